import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMicro, hasAtMostSixDecimals, sumExact, toMicro } from './decimal.js';

describe('exact decimals', () => {
  it('adds 29.9 + 60.1 to exactly 90', () => {
    expect(29.9 + 60.1).not.toBe(90.00000000000001 - 1); // the float sum is what we avoid
    expect(sumExact([29.9, 60.1])).toBe(90);
    expect(toMicro(29.9) + toMicro(60.1)).toBe(90_000_000);
  });

  it('adds ten 0.1 to exactly 1', () => {
    expect(sumExact(Array(10).fill(0.1))).toBe(1);
  });

  it('keeps 89.9 below 90 and 69.9 below 70', () => {
    expect(toMicro(89.9)).toBe(89_900_000);
    expect(toMicro(30) + toMicro(59.9)).toBeLessThan(90_000_000);
    expect(toMicro(20) + toMicro(49.9)).toBeLessThan(70_000_000);
  });

  it('accepts up to 6 decimal places and rejects 7', () => {
    expect(hasAtMostSixDecimals(0.123456)).toBe(true);
    expect(hasAtMostSixDecimals(0.1234567)).toBe(false);
    expect(hasAtMostSixDecimals(Number.POSITIVE_INFINITY)).toBe(false);
    expect(fromMicro(toMicro(12.345678))).toBe(12.345678);
  });

  it('the whole-number shortcut gives what rounding gives (-0, ±2^31 and beyond included)', () => {
    const reference = (value: number) => {
      const micro = Math.round(value * 1_000_000);
      return Number.isFinite(micro) && micro / 1_000_000 === value ? micro : Number.NaN;
    };
    const edges = [0, -0, 1, -1, 120, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY];
    for (const x of edges) expect(Object.is(toMicro(x), reference(x))).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double(),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        ),
        (x) => {
          expect(Object.is(toMicro(x), reference(x))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
