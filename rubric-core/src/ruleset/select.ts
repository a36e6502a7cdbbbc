import type { Assessment } from '../schemas/assessment.js';
import { ASSESSMENT_FORMAT_2 } from '../schemas/quarterly.js';

/** The first year whose quarters are rated by the quarterly rules (Hướng dẫn 02-HD/BTCTW, 2026). */
export const QUARTERLY_FROM_YEAR = 2026;

/**
 * The rule set an assessment names, or by period: a tusoi.assessment/2 of a quarter of 2026 or
 * later is quarterly (q2026); everything else is annual (qd366), so every /1 file keeps its rules.
 * (Kept apart from the registry so that validation does not pull in every rule set.)
 */
export function rulesetIdOf(a: Assessment): string {
  if (a.ruleset !== undefined) return a.ruleset;
  return a.format === ASSESSMENT_FORMAT_2 && a.period.quarter !== undefined && a.period.year >= QUARTERLY_FROM_YEAR
    ? 'q2026'
    : 'qd366';
}
