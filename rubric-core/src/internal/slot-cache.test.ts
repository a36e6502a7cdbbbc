import { describe, expect, it } from 'vitest';
import { SlotCache, slotOf } from './slot-cache.js';

describe('SlotCache', () => {
  it('finds nothing before a key is kept (an empty slot equals no key, not even 0 or NaN)', () => {
    const c = new SlotCache<string>(4);
    expect(c.find(0)).toBeUndefined();
    expect(c.find(Number.NaN)).toBeUndefined();
    expect(c.keep(0, 'zero')).toBe('zero');
    expect(c.find(0)).toBe('zero');
  });

  it('keeps negative keys and keys past 2^32 apart from their 32-bit images', () => {
    const c = new SlotCache<string>();
    c.keep(-27_500_000, 'neg');
    c.keep(2 ** 32 + 5, 'big');
    expect(c.find(-27_500_000)).toBe('neg');
    expect(c.find(2 ** 32 + 5)).toBe('big');
    expect(c.find(5)).toBeUndefined();
    expect(c.find(27_500_000)).toBeUndefined();
  });

  it('a newer key in the same slot replaces the older one, which is then not found', () => {
    const bits = 3;
    const c = new SlotCache<number>(bits);
    const first = 1;
    let other = first + 1;
    while (slotOf(other, bits) !== slotOf(first, bits)) other++;
    c.keep(first, 10);
    c.keep(other, 20);
    expect(c.find(other)).toBe(20);
    expect(c.find(first)).toBeUndefined();
  });

  it('spreads keys in steps of 2^6 × 3125 (totals a tenth of a point apart) over many slots', () => {
    const slots = new Set<number>();
    for (let total = 50_000_000; total <= 100_000_000; total += 100_000) slots.add(slotOf(total * 2, 10));
    // 501 keys into 1024 slots: a low-bits index would use 16 of them.
    expect(slots.size).toBeGreaterThan(300);
  });

  it('every slot is within range, at both ends of the key range', () => {
    for (const key of [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1, -1, -(2 ** 53 - 1)]) {
      const s = slotOf(key, 10);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(1024);
      expect(Number.isInteger(s)).toBe(true);
    }
  });
});
