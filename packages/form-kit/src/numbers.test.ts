import { describe, expect, it } from 'vitest';
import { readNumber, writeNumber } from './numbers';

describe('writeNumber', () => {
  it('writes the shortest form with the field’s mark', () => {
    expect(writeNumber(27.5, ',')).toBe('27,5');
    expect(writeNumber(27.5, '.')).toBe('27.5');
    expect(writeNumber(64, ',')).toBe('64');
  });
});

describe('readNumber', () => {
  it.each([
    ['27,50', ',', 27.5],
    ['3,00', ',', 3],
    ['1.234,5', ',', 1234.5],
    ['1.234', ',', 1234],
    // A lone other mark with one or two digits is read as the decimal the page shows.
    ['27.5', ',', 27.5],
    ['27,5', '.', 27.5],
    ['1,234.5', '.', 1234.5],
    ['', ',', null],
    ['sáu mươi', ',', null],
    ['2,5,5', ',', null],
  ] as const)('%s with %s → %s', (text, mark, n) => {
    expect(readNumber(text, mark)).toBe(n);
  });
});
