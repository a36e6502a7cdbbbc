import { Q2026_RULESET } from '../rulesets/q2026/index.js';
import { QD366_RULESET } from '../rulesets/qd366/index.js';
import type { Assessment } from '../schemas/assessment.js';
import { ASSESSMENT_FORMAT_2 } from '../schemas/quarterly.js';
import type { Ruleset } from './ruleset.js';

/** Every rule set this version carries, looked up by id (older sets join this list). */
export const RULESET_REGISTRY: Readonly<Record<string, Ruleset<never>>> = {
  qd366: QD366_RULESET as Ruleset<never>,
  q2026: Q2026_RULESET as Ruleset<never>,
};

/** The ids of the carried rule sets. */
export const RULESET_IDS = Object.keys(RULESET_REGISTRY);

/**
 * The rule set an assessment names, or by period: a tusoi.assessment/2 of a quarter of 2026 or
 * later is quarterly (q2026); everything else is annual (qd366), so every /1 file keeps its rules.
 */
export function rulesetIdOf(a: Assessment): string {
  if (a.ruleset !== undefined) return a.ruleset;
  return a.format === ASSESSMENT_FORMAT_2 && a.period.quarter !== undefined && a.period.year >= 2026
    ? 'q2026'
    : 'qd366';
}
