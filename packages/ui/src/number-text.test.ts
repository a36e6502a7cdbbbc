import { describe, expect, it } from 'vitest';
import { readNumber, showNumber } from './number-text';

const value = (text: string, limits = {}) => {
  const r = readNumber(text, limits);
  return r.ok ? r.value : 'refused';
};

describe('readNumber: what a number field accepts', () => {
  it('reads a decimal comma and a decimal point alike; empty clears the field', () => {
    expect(value('27,5')).toBe(27.5);
    expect(value('27.5')).toBe(27.5);
    expect(value(' 27,5 ')).toBe(27.5);
    expect(value('')).toBeUndefined();
    expect(value('   ')).toBeUndefined();
  });

  it('refuses "27,5,1" and other junk with a bilingual message saying the stored value is kept', () => {
    const r = readNumber('27,5,1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toContain('“27,5,1” không phải là số');
    expect(r.error.vi).toContain('Giá trị đã lưu không đổi.');
    expect(r.error.en).toContain('“27,5,1” is not a number');
    for (const junk of ['27.5.1', '1.000,5', '27 5', 'abc', '1e3', '+3', '--1', ',', '2,5%'])
      expect(value(junk), junk).toBe('refused');
  });

  it('never reads a comma as thousands: "1,000" is one', () => {
    expect(value('1,000')).toBe(1);
    expect(value('1,000', { integer: true })).toBe(1);
  });

  it('limits: min and max are inclusive, one step past each is refused', () => {
    const limits = { min: 0, max: 30 };
    expect(value('0', limits)).toBe(0);
    expect(value('30', limits)).toBe(30);
    expect(value('30,000001', limits)).toBe('refused');
    expect(value('-0,000001', limits)).toBe('refused');
    const r = readNumber('31', limits);
    expect(!r.ok && r.error.vi).toContain('Số lớn nhất là 30.');
  });

  it('counts take whole numbers only; scores take at most six decimals', () => {
    expect(value('10', { integer: true })).toBe(10);
    expect(value('10,5', { integer: true })).toBe('refused');
    expect(value('0,000001')).toBe(0.000001);
    expect(value('0,0000001')).toBe('refused');
  });
});

describe('showNumber', () => {
  it('shows a decimal comma in Vietnamese, a point in English, shares as percentages, nothing for no value', () => {
    expect(showNumber(27.5, 'vi')).toBe('27,5');
    expect(showNumber(27.5, 'en')).toBe('27.5');
    expect(showNumber(10000, 'vi')).toBe('10000');
    expect(showNumber(0.275, 'vi', 100)).toBe('27,5');
    expect(showNumber(undefined, 'vi')).toBe('');
    expect(showNumber('27', 'vi')).toBe('');
  });
});
