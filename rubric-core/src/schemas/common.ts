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
