import { describe, expect, it } from 'vitest';
import { locatorText, pageProblem, pageProblemText } from './plain-words';

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

  it('describes a locator in words, not as JSON', () => {
    expect(locatorText({ name: 'f01' }, 'vi')).toBe('ô có tên “f01”');
    expect(locatorText({ label: 'Họ và tên' }, 'en')).toBe('the box labelled “Họ và tên”');
    expect(locatorText({ css: '#x > input' }, 'vi')).toBe('ô đã chọn trên trang');
  });
});
