/**
 * Exact decimal arithmetic for scores. A score is read as the decimal the user typed (its
 * shortest round-trip form) and held as an integer number of millionths, so 29.9 + 60.1 is
 * exactly 90 and ten criteria of 0.1 add up to exactly 1.
 */

/** Units per point: scores may carry at most 6 decimal places. */
export const SCALE = 1_000_000;

/** Maximum decimal places a score may carry. */
export const MAX_DECIMALS = 6;

/**
 * The score as an integer count of millionths, or NaN when the number has more than
 * {@link MAX_DECIMALS} decimal places (or is not finite).
 */
export function toMicro(value: number): number {
  // A whole number in the 32-bit range (most weights, components and counts): its millionths are
  // exact (below 2^53), without the rounding and the division below.
  if ((value | 0) === value) return value * SCALE;
  const micro = Math.round(value * SCALE);
  // The decimal micro / SCALE round-trips to `value` only if `value` was typed with ≤ 6 decimals.
  return Number.isFinite(micro) && micro / SCALE === value ? micro : Number.NaN;
}

/** Back from millionths to a number (the nearest double to the exact decimal). */
export function fromMicro(micro: number): number {
  return micro / SCALE;
}

/** Whether a number is a valid score value: finite with at most 6 decimal places. */
export function hasAtMostSixDecimals(value: number): boolean {
  return !Number.isNaN(toMicro(value));
}

/** Adds decimals exactly. */
export function sumExact(values: readonly number[]): number {
  let micro = 0;
  for (const value of values) micro += toMicro(value);
  return fromMicro(micro);
}
