import * as v from 'valibot';
import { toMicro } from './decimal.js';
import { TusoiInputError } from './errors.js';
import type { Pack } from './packs/pack.js';
import type { Pack2 } from './packs/quarterly-pack.js';
import type { Ruleset } from './ruleset/ruleset.js';
import { headOfIssues, isHead } from './rulesets/q2026/collective.js';
import { type QuarterPolicy, QuarterPolicyOptionsSchema, quarterPolicy } from './rulesets/q2026/policy.js';
import {
  applyHeadCap,
  applyYearRules,
  assertQuarters,
  countedQuarters,
  meanReason,
  meanScore,
  noMeanReason,
  type QuarterCases,
} from './rulesets/q2026/year.js';
import { proposedAbove } from './rulesets/qd366/evaluate.js';
import type { Facts, Policy } from './rulesets/qd366/facts.js';
import { resolvePolicy } from './rulesets/qd366/index.js';
import { PolicyOptionsSchema } from './rulesets/qd366/policy.js';
import type { Assessment } from './schemas/assessment.js';
import type { Reason, Result } from './schemas/result.js';
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
  /** The safety gate of VATM's worked example (Q26-41; grade X, whether it binds is unclear): default false. */
  readonly safetyGate?: boolean;
}

const OptionsSchema = v.strictObject({
  ...PolicyOptionsSchema.entries,
  ...QuarterPolicyOptionsSchema.entries,
  reasons: v.optional(v.boolean()),
  pack: v.optional(v.unknown()),
});

/** Validates the options (throws {@link TusoiInputError} naming `options.<name>`) and returns the Điều 11 policy. */
export function resolveOptions(options: ClassifyOptions | undefined): Policy {
  return resolvePolicy(options as Readonly<Record<string, unknown>> | undefined, OptionsSchema);
}

/**
 * Runs one rule set on a validated assessment: its own issues, facts, evaluation, then the year rules if it
 * carries quarters (`cases`: the Q26-30 cases of its quarters not rated, when the caller has their files).
 */
export function runRuleset(
  ruleset: Ruleset<unknown>,
  a: Assessment,
  options: ClassifyOptions | undefined,
  policy: Policy,
  cases?: QuarterCases,
): Result {
  const explain = options?.reasons !== false;
  const ctx = { options: options as Readonly<Record<string, unknown>> | undefined, policy };
  const issues = ruleset.issues(a, ctx);
  if (issues.length > 0) throw new TusoiInputError(issues);
  const annual = a.period.quarter === undefined;
  if (annual && a.headOf !== undefined) {
    const head = headOfIssues(a);
    if (head.length > 0) throw new TusoiInputError(head);
  }
  if (a.quarters === undefined && (a.headOf === undefined || !annual))
    return ruleset.evaluate(ruleset.facts(a, ctx), explain);
  // An annual assessment that carries its quarters (Q26-33…36) or heads a collective (Q26-29).
  const qp = quarterPolicy(ctx.options);
  let f = ruleset.facts(a, ctx) as Facts;
  const quarters = a.quarters;
  let meanNote: Reason | undefined;
  if (quarters !== undefined) {
    assertQuarters(quarters, 'quarters');
    // yearMode = mean (NĐ 335 Điều 17.3; CAND 5.2): the year's total is the quarters' mean, and so are
    // the groups shown with it (the annual review's own scores would not add up to it); the annual
    // review's other conditions still apply. No rated quarter to average: its own scores, said so.
    if (qp.yearMode === 'mean') {
      const m = meanScore(countedQuarters(quarters, qp));
      if (m !== null)
        f = { ...f, general: m.general, results: m.results, total: m.total, totalMicro: toMicro(m.total) };
      meanNote = m === null ? noMeanReason(true) : meanReason(m, true);
    }
  }
  let uncapped: number | null = null;
  // "Head ≤ collective" by score caps heads only (Q26-29); a deputy keeps their own total.
  const headTotal = isHead(a.headOf) ? a.headOf?.total : undefined;
  if (qp.headCap === 'score' && headTotal !== undefined && toMicro(headTotal) < f.totalMicro) {
    uncapped = f.total;
    f = { ...f, total: headTotal, totalMicro: toMicro(headTotal) };
  }
  let result = ruleset.evaluate(f, explain);
  // Said before the outcome, which stays the last reason.
  if (explain && meanNote !== undefined) result.reasons.splice(Math.max(0, result.reasons.length - 1), 0, meanNote);
  if (quarters !== undefined) result = applyYearRules(result, quarters, a.subject.kind, qp, explain, cases);
  if (a.headOf !== undefined) result = applyHeadCap(result, a.headOf, qp, uncapped, explain);
  // The year and head rules may lower the outcome: the proposal is weighed against the final one.
  const others = result.warnings.filter((w) => w.code !== 'PROPOSED_ABOVE_RESULT');
  const above = proposedAbove(a.proposedLevel, result);
  return { ...result, warnings: above === undefined ? others : [above, ...others] };
}

/**
 * Classifies with one given rule set (e.g. `QD366_RULESET`), whatever the assessment names: the
 * core of {@link classify} that bundlers can tree-shake, so that a page script does not carry every
 * rule set. Same options, result and errors as `classify`.
 */
export function classifyWith<F>(ruleset: Ruleset<F>, input: unknown, options?: ClassifyOptions): Result {
  const policy = resolveOptions(options);
  return runRuleset(ruleset as Ruleset<unknown>, parseAssessment(input, { pack: options?.pack }), options, policy);
}
