import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './message.js';

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
});
