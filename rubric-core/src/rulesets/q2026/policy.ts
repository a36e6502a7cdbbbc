import * as v from 'valibot';
import { deepFreeze } from '../../internal/frozen.js';

/**
 * Policy options where organisations implementing the 2026 quarterly review differ. Each default
 * is stated with its source (docs/rules.md); none is a guess hard-coded in the rules.
 */
export const QuarterPolicyOptionsSchema = v.strictObject({
  /** Head ≤ collective (Q26-29): `rank` (default; NĐ 335 Điều 20.6, VATM III.7), `score` (CAND: points capped at the collective's), `off`. */
  headCap: v.optional(v.picklist(['rank', 'score', 'off'])),
  /** Quarters → year (Q26-33): `no-average` (default; VATM III.10) or `mean` (NĐ 335 Điều 17.3; CAND 5.2). */
  yearMode: v.optional(v.picklist(['no-average', 'mean'])),
  /** Q4 (Q26-34): `integrated` into the annual review (default; VATM tr.5) or `rated` as a quarter. */
  q4: v.optional(v.picklist(['integrated', 'rated'])),
  /** One KHTNV quarter forbids an annual HTXSNV (Q26-35) for `all` (default; VATM, HY), `managers` only (KTC Đ19.5) or `off`. */
  khtnvQuarter: v.optional(v.picklist(['all', 'managers', 'off'])),
  /** Flag two consecutive KHTNV quarters (Q26-36; default true). */
  consecutiveFlag: v.optional(v.boolean()),
  /** The safety gate of VATM's worked example (Q26-41; grade X, whether it binds is unclear): default false. */
  safetyGate: v.optional(v.boolean()),
});

/** The quarterly policy options after defaults. */
export interface QuarterPolicy {
  readonly headCap: 'rank' | 'score' | 'off';
  readonly yearMode: 'no-average' | 'mean';
  readonly q4: 'integrated' | 'rated';
  readonly khtnvQuarter: 'all' | 'managers' | 'off';
  readonly consecutiveFlag: boolean;
  readonly safetyGate: boolean;
}

/** The defaults of the quarterly policy options. */
export const DEFAULT_QUARTER_POLICY: QuarterPolicy = /* @__PURE__ */ deepFreeze({
  headCap: 'rank',
  yearMode: 'no-average',
  q4: 'integrated',
  khtnvQuarter: 'all',
  consecutiveFlag: true,
  safetyGate: false,
});

/** The quarterly options of already-validated classify options, with defaults. */
export function quarterPolicy(options: Readonly<Record<string, unknown>> | undefined): QuarterPolicy {
  if (options === undefined) return DEFAULT_QUARTER_POLICY;
  const o = options as Partial<QuarterPolicy>;
  if (
    o.headCap === undefined &&
    o.yearMode === undefined &&
    o.q4 === undefined &&
    o.khtnvQuarter === undefined &&
    o.consecutiveFlag === undefined &&
    o.safetyGate === undefined
  )
    return DEFAULT_QUARTER_POLICY;
  return {
    headCap: o.headCap ?? DEFAULT_QUARTER_POLICY.headCap,
    yearMode: o.yearMode ?? DEFAULT_QUARTER_POLICY.yearMode,
    q4: o.q4 ?? DEFAULT_QUARTER_POLICY.q4,
    khtnvQuarter: o.khtnvQuarter ?? DEFAULT_QUARTER_POLICY.khtnvQuarter,
    consecutiveFlag: o.consecutiveFlag ?? DEFAULT_QUARTER_POLICY.consecutiveFlag,
    safetyGate: o.safetyGate ?? DEFAULT_QUARTER_POLICY.safetyGate,
  };
}
