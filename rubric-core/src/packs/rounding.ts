import * as v from 'valibot';
import { hasAtMostSixDecimals, SCALE } from '../decimal.js';
import { deepFreeze } from '../internal/frozen.js';

/** How a rounding rule breaks a tie or cuts: half-up (from 0,5 up), half-even (to the even digit), truncate (drop). */
export const ROUNDING_MODES = /* @__PURE__ */ deepFreeze(['half-up', 'half-even', 'truncate'] as const);

/**
 * One rounding rule: to `decimals` places (0–6) or to a multiple of `step` points (e.g. 0,5), by `mode`.
 * Source: rounding is set per organisation (HD 03-HD/TVĐU tr.9: one decimal, or 0,5; HD 20-HD/ĐUCA: 3 and 2 decimals); no central rule.
 */
export const RoundingRuleSchema = v.pipe(
  v.strictObject({
    decimals: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(0),
        v.maxValue(6),
        v.description('Round to this many decimals (0–6).'),
      ),
    ),
    step: v.optional(
      v.pipe(
        v.number(),
        v.finite(),
        v.minValue(0.000001),
        v.maxValue(100),
        v.check(hasAtMostSixDecimals, 'decimals'),
        v.description('Or round to a multiple of this many points, e.g. 0.5.'),
      ),
    ),
    mode: v.pipe(
      v.picklist(ROUNDING_MODES),
      v.description('half-up (from 0.5 up), half-even (to the even digit) or truncate (drop).'),
    ),
  }),
  v.check((r) => (r.decimals === undefined) !== (r.step === undefined), 'rounding-one-of'),
  v.description('A rounding rule: exactly one of decimals or step, and a mode. Set per organisation.'),
);

/** A rounding rule. */
export type RoundingRule = v.InferOutput<typeof RoundingRuleSchema>;

/**
 * An exact non-negative value `micro + num / den` millionths (0 ≤ num < den), so that a product or a
 * mean is rounded once, from its exact value, never from a binary approximation.
 */
export interface Exact {
  readonly micro: number;
  readonly num: number;
  readonly den: number;
}

/** An exact value from integer millionths. */
export function exact(micro: number): Exact {
  return { micro, num: 0, den: 1 };
}

/** `n / d` millionths exactly (n ≥ 0, d > 0, both safe integers). */
export function ratio(n: number, d: number): Exact {
  const micro = Math.floor(n / d);
  return { micro, num: n - micro * d, den: d };
}

const HALF_UNIT_DEFAULT: RoundingRule = { decimals: 6, mode: 'half-even' };

const UNITS = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

/**
 * Rounds an exact value to millionths under a rule. Without a rule a value that is not a whole
 * number of millionths is rounded half-even to 6 places (scores carry at most 6).
 */
export function roundExact(x: Exact, rule: RoundingRule | undefined): number {
  return roundParts(x.micro, x.num, x.den, rule);
}

/** {@link roundExact} of `n / d` millionths (n ≥ 0, d > 0, safe integers), without building the Exact. */
export function roundRatio(n: number, d: number, rule: RoundingRule | undefined): number {
  const micro = Math.floor(n / d);
  return roundParts(micro, n - micro * d, d, rule);
}

function roundParts(micro: number, num: number, den: number, rule: RoundingRule | undefined): number {
  const r = rule ?? HALF_UNIT_DEFAULT;
  const unit = r.step !== undefined ? Math.round(r.step * SCALE) : (UNITS[r.decimals as number] as number);
  const q = Math.floor(micro / unit);
  const rest = micro - q * unit; // whole millionths past the last multiple
  if (rest === 0 && num === 0) return micro;
  if (r.mode === 'truncate') return q * unit;
  // Compare rest + num/den with unit/2 exactly: 2·(rest·den + num) vs unit·den.
  const twice = 2 * rest * den + 2 * num;
  const whole = unit * den;
  const up = twice > whole || (twice === whole && (r.mode === 'half-up' || q % 2 === 1));
  return (up ? q + 1 : q) * unit;
}
