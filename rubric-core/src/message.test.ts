import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberBoth, formatPercent, parseNumber } from './message.js';

describe('parseNumber: decimal comma or point, never a thousands separator', () => {
  it('reads "27,5" and "27.5" alike, and formatNumber shows the Vietnamese way back', () => {
    expect(parseNumber('27,5')).toBe(27.5);
    expect(parseNumber('27.5')).toBe(27.5);
    expect(formatNumber(parseNumber('27,5') as number, 'vi')).toBe('27,5');
    expect(formatNumber(parseNumber('27,5') as number, 'en')).toBe('27.5');
  });

  it('takes the edges of a well-formed number: integers, a leading or trailing separator, spaces around, a minus', () => {
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber(',5')).toBe(0.5);
    expect(parseNumber('27,')).toBe(27); // while typing "27,5"
    expect(parseNumber('  62,25 ')).toBe(62.25);
    expect(parseNumber('-1,5')).toBe(-1.5);
    expect(parseNumber('0,000001')).toBe(0.000001);
  });

  it('never reads a comma or a point as a thousands separator', () => {
    expect(parseNumber('1,000')).toBe(1);
    expect(parseNumber('1.000')).toBe(1);
    expect(parseNumber('1.000,5')).toBeUndefined();
    expect(parseNumber('1,000,000')).toBeUndefined();
  });

  it('refuses everything else', () => {
    for (const junk of [
      '',
      ' ',
      ',',
      '.',
      '-',
      '27,5,1',
      '27.5.1',
      '27,5.1',
      '27 5',
      '1e3',
      '0x10',
      '+5',
      'abc',
      '27a',
      'Infinity',
      'NaN',
      '--1',
    ])
      expect(parseNumber(junk), junk).toBeUndefined();
  });
});

describe('formatNumber writes what String() writes, with the Vietnamese comma', () => {
  const reference = (x: number, lang: 'vi' | 'en') => (lang === 'vi' ? String(x).replace('.', ',') : String(x));

  it('for every value of at most 6 decimals (the fast path) and any other double (the fallback)', () => {
    const micro = fc.integer({ min: -1e15, max: 1e15 }).map((m) => m / 1_000_000);
    fc.assert(
      fc.property(
        fc.oneof(micro, fc.double(), fc.integer()),
        fc.constantFrom('vi' as const, 'en' as const),
        (x, lang) => {
          expect(formatNumber(x, lang)).toBe(reference(x, lang));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('at the edges: 1e-6, 1e-7, -0, negatives, 999999999.999999, 1e9 + 0.5, 1e21', () => {
    for (const x of [0.000001, 1e-7, -0, -0.5, -27.25, 999_999_999.999999, 1e9 + 0.5, 1e21, 0.1 + 0.2, 29.3])
      for (const lang of ['vi', 'en'] as const) expect(formatNumber(x, lang)).toBe(reference(x, lang));
    expect(formatNumber(27.9, 'vi')).toBe('27,9');
    expect(formatNumber(-0.5, 'vi')).toBe('-0,5');
  });

  it('formatNumberBoth gives both at once', () => {
    const micro = fc.integer({ min: -1e15, max: 1e15 }).map((m) => m / 1_000_000);
    fc.assert(
      fc.property(fc.oneof(micro, fc.double(), fc.integer()), (x) => {
        expect(formatNumberBoth(x)).toEqual({ vi: reference(x, 'vi'), en: reference(x, 'en') });
      }),
      { numRuns: 5000 },
    );
    expect(formatNumberBoth(29.3)).toEqual({ vi: '29,3', en: '29.3' });
    expect(formatNumberBoth(-0)).toEqual({ vi: '0', en: '0' });
  });

  it('the same text each time a value comes back, in either language, past the number of texts kept', () => {
    // 10,000 values (more than the texts kept), each written twice, ±, vi and en interleaved.
    for (let round = 0; round < 2; round++)
      for (let i = 1; i <= 10_000; i++) {
        const x = (i % 2 === 0 ? 1 : -1) * (i / 1000 + 0.0001);
        expect(formatNumber(x, 'vi')).toBe(reference(x, 'vi'));
        expect(formatNumber(x, 'en')).toBe(reference(x, 'en'));
      }
  });
});

describe('formatPercent: a figure that never contradicts the comparison beside it', () => {
  it('one decimal as usual; exact whole percentages as they are', () => {
    expect(formatPercent(2, 3, 'vi')).toBe('66,7%');
    expect(formatPercent(3, 10, 'vi')).toBe('30%');
    expect(formatPercent(1, 8, 'en')).toBe('12.5%');
    expect(formatPercent(0, 7, 'vi')).toBe('0%');
  });

  it('just below or above a whole percentage: its true leading digits and "…", never the whole number', () => {
    // Field case 80: 29.99…% exceeded near 2^53 is below 30%, and must not read "30%".
    const a = 9_007_199_254_740_990; // near 2^53, divisible by 10
    const thirty = (a / 10) * 3; // 30% of a, exactly
    expect(formatPercent(thirty - 1, a, 'vi')).toBe('29,9…%');
    expect(formatPercent(2999, 10_000, 'vi')).toBe('29,9…%');
    expect(formatPercent(2004, 10_000, 'en')).toBe('20.04%');
    expect(formatPercent(200_001, 1_000_000, 'vi')).toBe('20,0001%');
    expect(formatPercent(1, 3_000_000, 'vi')).toBe('0,00003…%');
    // Boundary: exactly 30% and 20% stay whole.
    expect(formatPercent(thirty, a, 'vi')).toBe('30%');
  });
});
