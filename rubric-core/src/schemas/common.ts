import * as v from 'valibot';
import { hasAtMostSixDecimals } from '../decimal.js';
import { LEVELS } from '../levels.js';

// Custom check messages are codes; ../errors.ts turns each into Vietnamese and English.

/** Whether a number is not -0: JSON's "-0" is refused like a spreadsheet's "-0" (a sign on nothing is a slip). */
export const notNegativeZero = (x: number): boolean => !Object.is(x, -0);

/** A score or points value: finite, within [min, max], at most 6 decimal places, not -0. */
export function pointsSchema(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.finite(),
    v.minValue(min),
    v.maxValue(max),
    v.check(hasAtMostSixDecimals, 'decimals'),
    v.check(notNegativeZero, 'negative-zero'),
  );
}

/**
 * A count of tasks, units or targets: a whole number from 0 to 2^53 − 1 (beyond, JSON numbers are
 * no longer exact: 9007199254740993 reads as …992, so it is refused as too large, not as a fraction).
 */
export const countSchema = v.pipe(
  v.number(),
  v.finite(),
  v.integer(),
  v.minValue(0),
  v.maxValue(Number.MAX_SAFE_INTEGER),
  v.check(notNegativeZero, 'negative-zero'),
);

/** A share in [0, 1]. */
export const shareSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

/** One of the four level codes. */
export const levelSchema = v.picklist(LEVELS);

/** Free text from a form. */
export const textSchema = v.pipe(v.string(), v.maxLength(100_000));

/** Whether a YYYY-MM-DD string names a day that exists (2025-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** A calendar date written YYYY-MM-DD. */
export const dateSchema = v.pipe(v.string(), v.isoDate('iso-date'), v.check(isCalendarDate, 'date'));
