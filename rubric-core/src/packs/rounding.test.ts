import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, ratio, roundExact } from './rounding.js';

const µ = (x: number) => Math.round(x * 1e6);

describe('roundExact', () => {
  it.each([
    [4.575, { decimals: 1, mode: 'half-up' as const }, 4.6],
    [4.55, { decimals: 1, mode: 'half-even' as const }, 4.6],
    [4.45, { decimals: 1, mode: 'half-even' as const }, 4.4],
    [4.45, { decimals: 1, mode: 'half-up' as const }, 4.5],
    [4.59, { decimals: 1, mode: 'truncate' as const }, 4.5],
    [97.6, { step: 0.5, mode: 'half-up' as const }, 97.5],
    [97.75, { step: 0.5, mode: 'half-up' as const }, 98],
    [97.75, { step: 0.5, mode: 'half-even' as const }, 98],
    [97.25, { step: 0.5, mode: 'half-even' as const }, 97],
    [97.99, { step: 0.5, mode: 'truncate' as const }, 97.5],
  ])('%d with %o → %d', (value, rule, want) => {
    expect(roundExact(exact(µ(value)), rule) / 1e6).toBe(want);
  });

  it('rounds a ratio from its exact value: 26/28 × 30 = 27,857… → 27,9; 293,9/3 = 97,966… → 97,97', () => {
    expect(roundExact(ratio(26e6 * 30e6, 28e6), { decimals: 1, mode: 'half-up' })).toBe(27_900_000);
    expect(roundExact(ratio(2_939_000 * 100, 3), { decimals: 2, mode: 'half-up' })).toBe(97_970_000);
  });

  it('a value just above a half rounds up even under half-even (the remainder counts)', () => {
    // 4.45 + 1/3 millionth
    expect(roundExact({ micro: 4_450_000, num: 1, den: 3 }, { decimals: 1, mode: 'half-even' })).toBe(4_500_000);
  });

  it('without a rule keeps 6 places, half-even', () => {
    expect(roundExact(ratio(2, 3), undefined)).toBe(1);
    expect(roundExact(ratio(1, 2), undefined)).toBe(0);
    expect(roundExact(ratio(3, 2), undefined)).toBe(2);
  });

  it('never moves a value by more than one unit, and truncate never rounds up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('half-up' as const, 'half-even' as const, 'truncate' as const),
        (micro, decimals, mode) => {
          const r = roundExact(exact(micro), { decimals, mode });
          const unit = 10 ** (6 - decimals);
          expect(r % unit).toBe(0);
          expect(Math.abs(r - micro)).toBeLessThanOrEqual(unit / 2 + (mode === 'truncate' ? unit / 2 : 0));
          if (mode === 'truncate') expect(r).toBeLessThanOrEqual(micro);
        },
      ),
    );
  });
});
