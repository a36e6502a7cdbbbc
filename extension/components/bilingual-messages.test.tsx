import { render } from '@testing-library/preact';
import { splitBilingual } from '@tusoi/ui';
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '@/lib/lock';
import { LockedError, StaleError } from '@/lib/store';
import { SaveStatusLine } from './draft-safety';

// The extension's own bilingual messages reach the user with their English half marked
// lang="en", so a screen reader reads it with an English voice.

const VI_MARK = /[\u0300-\u0303\u0306\u0309\u031B\u0323đ]/iu;

describe("the extension's bilingual errors", () => {
  const messages = [
    new StaleError('lock').message,
    new StaleError('deleted').message,
    new LockedError().message,
    new WrongPassphraseError().message,
    'Bản kiểm điểm đang được sửa liên tục ở trang khác / The draft keeps changing in another page',
  ];

  it.each(messages)('%s: split into a Vietnamese and an English half', (message) => {
    const both = splitBilingual(message);
    expect(both).not.toBeNull();
    expect(`${both?.vi} / ${both?.en}`).toBe(message);
    expect(both?.vi.normalize('NFD')).toMatch(VI_MARK);
    expect(both?.en.normalize('NFD')).not.toMatch(VI_MARK);
  });

  it('a failed save says the error with its English half marked lang="en"', () => {
    const error = new StaleError('deleted');
    const { container } = render(<SaveStatusLine status={{ kind: 'failed', message: error.message }} lang="vi" />);
    const line = container.querySelector('[data-testid="save-status"]');
    expect(line?.textContent).toContain(error.message);
    expect(line?.querySelector('[lang="en"]')?.textContent).toBe('The draft was deleted in another page: not saved');
    expect(line?.querySelector('[lang="vi"]')?.textContent).toBe('Bản kiểm điểm đã bị xoá ở trang khác: chưa lưu');
  });
});
