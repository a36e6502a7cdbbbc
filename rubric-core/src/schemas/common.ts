import * as v from 'valibot';
import { hasAtMostSixDecimals } from '../decimal.js';
import { LEVELS } from '../levels.js';

// Custom check messages are codes; ../errors.ts turns each into Vietnamese and English.

/** A score or points value: finite, within [min, max], at most 6 decimal places. */
export function pointsSchema(min: number, max: number) {
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max), v.check(hasAtMostSixDecimals, 'decimals'));
}

/** A count of tasks, units or targets. */
export const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

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
