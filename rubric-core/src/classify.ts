import * as v from 'valibot';
import { toMicro } from './decimal.js';
import type { Pack } from './packs/pack.js';
import type { Pack2 } from './packs/quarterly-pack.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import type { QuarterPolicy } from './rulesets/q2026/policy.js';
import { QuarterPolicyOptionsSchema, quarterPolicy } from './rulesets/q2026/policy.js';
import { applyYearRules, assertQuarters, countedQuarters, meanTotal } from './rulesets/q2026/year.js';
import { QD366_RULESET, type Qd366Context, resolvePolicy } from './rulesets/qd366/index.js';
import { DEFAULT_POLICY, PolicyOptionsSchema } from './rulesets/qd366/policy.js';
import type { Assessment } from './schemas/assessment.js';
import type { Result } from './schemas/result.js';
import { parseAssessment } from './validate.js';

/** Policy options for the places where the text is silent or loose (spec §2), plus output options. */
export interface ClassifyOptions {
  /** Each level's conditions include the lower levels' (default true). */
  readonly nested?: boolean;
  /** `cascade` (default): a score above a band does not forbid a lower level; `strict`: it gives a discretion result. */
  readonly bands?: 'cascade' | 'strict';
  /** When no level's conditions hold and no trigger fires: `discretion` (default) or `KHTNV`. */
  readonly gap?: 'discretion' | 'KHTNV';
  /** A mitigated trigger: `discretion` (default), `none` (it still gives KHTNV) or `waive` (it is ignored). */
  readonly mitigation?: 'discretion' | 'none' | 'waive';
  /** The 5 socio-economic targets trigger fires when `any` (default) or `all` are missed. */
  readonly targets?: 'any' | 'all';
  /** Build the reasons (default true); false is faster and returns `reasons: []`. */
  readonly reasons?: boolean;
  /** The scoring pack named by `criteria.pack` (tusoi.pack/1, or tusoi.pack/2 for a quarter; built-in /2 packs are found by id). */
  readonly pack?: Pack | Pack2;
  /** Head ≤ collective (Q26-29): `rank` (default), `score` or `off`. */
  readonly headCap?: QuarterPolicy['headCap'];
  /** Quarters → year (Q26-33): `no-average` (default) or `mean`. */
  readonly yearMode?: QuarterPolicy['yearMode'];
  /** Q4 (Q26-34): `integrated` (default) or `rated`. */
  readonly q4?: QuarterPolicy['q4'];
  /** One KHTNV quarter rules out an annual HTXSNV (Q26-35) for `all` (default), `managers` or `off`. */
  readonly khtnvQuarter?: QuarterPolicy['khtnvQuarter'];
  /** Flag two consecutive KHTNV quarters (Q26-36; default true). */
  readonly consecutiveFlag?: boolean;
}

export { DEFAULT_POLICY, PolicyOptionsSchema };

const OptionsSchema = v.strictObject({
  ...PolicyOptionsSchema.entries,
  ...QuarterPolicyOptionsSchema.entries,
  reasons: v.optional(v.boolean()),
  pack: v.optional(v.unknown()),
});

/**
 * Classifies one self-review: under Quy định 366-QĐ/TW Điều 11 (annual, rule set `qd366`), or as a
 * 2026 quarter (rule set `q2026`: Điều 11 plus the quarterly rules) for a tusoi.assessment/2 of a quarter.
 * An annual assessment that carries its `quarters` also gets the quarter → year rules (Q26-33…36).
 *
 * @param input An assessment (tusoi.assessment/1 or /2); validated first.
 * @param options Policy options; each default follows spec §2.
 * @returns The result (tusoi.result/1), with every rule that shaped it, cited.
 * @throws {TusoiInputError} When the input is invalid: every problem, with its field path, in Vietnamese and English.
 */
export function classify(input: unknown, options?: ClassifyOptions): Result {
  const policy = resolvePolicy(options as Readonly<Record<string, unknown>> | undefined, OptionsSchema);
  const a = parseAssessment(input);
  const explain = options?.reasons !== false;
  const ctx = { options: options as Readonly<Record<string, unknown>> | undefined, policy };
  const id = rulesetIdOf(a);
  if (id === 'qd366') {
    // The annual rule set, unchanged; an annual assessment that carries its quarters gets the year rules.
    if (a.quarters === undefined) return QD366_RULESET.evaluate(QD366_RULESET.facts(a, ctx), explain);
    return classifyAnnualWithQuarters(a, ctx, explain);
  }
  const ruleset = RULESET_REGISTRY[id] as Ruleset<unknown>;
  return ruleset.evaluate(ruleset.facts(a, ctx), explain);
}

function classifyAnnualWithQuarters(a: Assessment, ctx: Qd366Context, explain: boolean): Result {
  const quarters = a.quarters ?? [];
  assertQuarters(quarters, 'quarters');
  const qp = quarterPolicy(ctx.options);
  let f = QD366_RULESET.facts(a, ctx);
  const mean = qp.yearMode === 'mean' ? meanTotal(countedQuarters(quarters, qp)) : null;
  // yearMode = mean (NĐ 335 Điều 17.3; CAND 5.2): the year's total is the quarters' mean.
  if (mean !== null) f = { ...f, total: mean, totalMicro: toMicro(mean) };
  return applyYearRules(QD366_RULESET.evaluate(f, explain), quarters, a.subject.kind, qp, explain);
}
