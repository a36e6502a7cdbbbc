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
