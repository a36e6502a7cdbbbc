// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BilingualText, splitBilingual } from './bilingual';

afterEach(cleanup);

describe('splitBilingual', () => {
  it('splits "Tiếng Việt / English" at the " / " between the languages', () => {
    expect(splitBilingual('Dữ liệu đang khoá / Data is locked')).toEqual({
      vi: 'Dữ liệu đang khoá',
      en: 'Data is locked',
    });
    // A " / " inside the Vietnamese half (no Vietnamese before it, or Vietnamese after it) is not the split.
    expect(splitBilingual('scores.general: Quý I / Quý II không hợp lệ / Q1 / Q2 is not valid')).toEqual({
      vi: 'scores.general: Quý I / Quý II không hợp lệ',
      en: 'Q1 / Q2 is not valid',
    });
    expect(splitBilingual('Bản “a.json” không đọc được / “a.json” cannot be read')?.en).toBe('“a.json” cannot be read');
  });

  it('leaves a text of one language alone', () => {
    expect(splitBilingual('QuotaExceededError / storage full')).toBeNull();
    expect(splitBilingual('Đã lưu trên máy này')).toBeNull();
    expect(splitBilingual('Quý II / 2025')).toBeNull();
  });
});

describe('BilingualText', () => {
  it('marks the English half lang="en" and the Vietnamese half lang="vi"', () => {
    const { container } = render(
      <p>
        <BilingualText text="Mật khẩu không đúng / Wrong passphrase" />
      </p>,
    );
    expect(container.textContent).toBe('Mật khẩu không đúng / Wrong passphrase');
    expect(container.querySelector('[lang="en"]')?.textContent).toBe('Wrong passphrase');
    expect(container.querySelector('[lang="vi"]')?.textContent).toBe('Mật khẩu không đúng');
  });

  it('says the given language first, with the given separator', () => {
    const { container } = render(
      <pre>
        <BilingualText text={{ vi: '• Tệp: thiếu', en: '• File: missing' }} first="en" sep={'\n\n'} />
      </pre>,
    );
    expect(container.textContent).toBe('• File: missing\n\n• Tệp: thiếu');
    const spans = [...container.querySelectorAll('span')].map((s) => s.getAttribute('lang'));
    expect(spans).toEqual(['en', 'vi']);
  });

  it('shows a text of one language as it is, unmarked', () => {
    const { container } = render(
      <p>
        <BilingualText text="Failed to fetch" />
      </p>,
    );
    expect(container.textContent).toBe('Failed to fetch');
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
