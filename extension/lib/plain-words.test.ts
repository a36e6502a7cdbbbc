import { describe, expect, it } from 'vitest';
import { locatorText, pageProblem, pageProblemText, stepLabel } from './plain-words';

describe('plain words for browser errors, fill steps and locators', () => {
  it('turns Chromium and Firefox errors into what the user can do', () => {
    const cases: [string, string][] = [
      [
        'Cannot access contents of url "https://kiemdiem.tinh.gov.vn/form". Extension manifest must request permission to access this host.',
        'permission',
      ],
      ['Missing host permission for the tab', 'permission'],
      ['Cannot access a chrome:// URL', 'browser-page'],
      [
        'Cannot access contents of url "chrome-extension://abc/sidepanel.html". Extension manifest must …',
        'browser-page',
      ],
      ['Could not establish connection. Receiving end does not exist.', 'not-ready'],
      ['No tab with id: 42.', 'tab-gone'],
      ['Something else entirely', 'other'],
    ];
    for (const [message, kind] of cases) expect(pageProblem(new Error(message)), message).toBe(kind);
    expect(pageProblemText('permission', 'vi')).toMatch(/^Tự Soi chưa được phép đọc trang này: bấm “Mở Cài đặt”/);
    expect(pageProblemText('permission', 'en')).toMatch(/^Tự Soi may not read this page yet/);
  });

  it('names fill steps by their labels, never by keys', () => {
    expect(stepLabel('scores.general', 'vi')).toBe('Nhóm tiêu chí chung');
    expect(stepLabel('scores.total#7', 'vi')).toBe('Tổng điểm');
    expect(stepLabel('criteria.pl4-2.3', 'vi')).toBe('Bảng thang điểm: Tiêu chí 2.3');
    expect(stepLabel('criteria.pl4-2.3.reason', 'en')).toBe('Scoring pack: Criterion 2.3 (reason)');
    expect(stepLabel('click-2', 'vi')).toBe('nút chuyển bước');
  });

  it('describes a locator in words, not as JSON', () => {
    expect(locatorText({ name: 'f01' }, 'vi')).toBe('ô có tên “f01”');
    expect(locatorText({ label: 'Họ và tên' }, 'en')).toBe('the box labelled “Họ và tên”');
    expect(locatorText({ css: '#x > input' }, 'vi')).toBe('ô đã chọn trên trang');
  });
});
