import type { Level } from '../../levels.js';
import type { Message } from '../../message.js';
import type { Outcome, Reason } from '../../schemas/result.js';
import type { Sink } from '../qd366/evaluate.js';
import { citationOf } from '../qd366/rules.js';
import { type Q26RuleId, Q2026_RULES } from './rules.js';

/** The highest level a decision may keep: a level, or `none` when no graded level's conditions can hold. */
export type Ceiling = Level | 'none';

/** A cited q2026 reason. */
export function reasonQ(rule: Q26RuleId, outcome: Outcome, message: Message): Reason {
  const cite = Q2026_RULES[rule].cite;
  return { rule, cite, citation: citationOf(cite), outcome, message };
}

/** Appends one cited q2026 reason. */
export function pushQ(out: Sink, rule: Q26RuleId, outcome: Outcome, message: Message): void {
  out?.push(reasonQ(rule, outcome, message));
}
