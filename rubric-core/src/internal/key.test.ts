import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textKey } from './key.js';

describe('textKey', () => {
  it('is NFC and trimmed, whatever the text (the ASCII shortcut changes nothing)', () => {
    const chars = fc.constantFrom(' ', '\t', '\u00a0', '\u2000', 'a', '~', '\x7f', '\x1f', 'o\u0302', 'ộ', '-', '.');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: chars, maxLength: 6 })), (s) => {
        expect(textKey(s)).toBe(s.normalize('NFC').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['pl4-1.10', 'pl4-1.10'],
    [' T1 ', 'T1'],
    ['T1 ', 'T1'],
    ['', ''],
    ['Chi bo\u0323\u0302', 'Chi bộ'],
    ['~', '~'],
  ])('%j → %j', (text, key) => {
    expect(textKey(text)).toBe(key);
  });
});
