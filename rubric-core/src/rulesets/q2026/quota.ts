import { deepFreeze } from '../../internal/frozen.js';
import { type QuotaDefaults, type QuotaOptions, quotaWith } from '../../quota.js';
import type { CohortResult } from '../../schemas/cohort.js';
import { Q2026_RULES } from './rules.js';

// The quarter's HTXSNV quota (Q26-25…27): the same cut as the annual one (Điều 11 khoản 1.5; heads
// left out, Q26-26), with the defaults the quarterly documents state. Where they disagree (what the
// 20% is a share of) the choice is an option with its source.

/**
 * Defaults of {@link applyQuarterQuota}, each with its source:
 * - `denominator: "httnv"`: Điều 11 khoản 1.5 ("20% số HTTNV", grade A), HD 03-HD/TVĐU III.6 ("HTT")
 *   and QĐ 1923 Đ16.2; `httnv-or-better` is the option (HD 03-HD/TVĐU Mẫu 15A/15B/16 "tốt trở lên",
 *   QĐ 1923 Đ19.2 "HTT trở lên").
 * - `rounding: "half-up"`: HD 03-HD/TVĐU III.6 ("làm tròn từ 0,5 trở lên thành 1"; the only quarterly
 *   text on it, grade C); the annual quota keeps `floor`.
 * - `rankBy: "q26"`: HD 03-HD/TVĐU III.6 and CV 427 mục 7 (tasks exceeded before the total; never position).
 */
export const QUARTER_QUOTA_DEFAULTS: QuotaDefaults = /* @__PURE__ */ deepFreeze({
  denominator: 'httnv',
  rounding: 'half-up',
  rankBy: 'q26',
  rule: Q2026_RULES['Q26-25'],
  ruleset: 'q2026',
  period: 'quarter',
});

/**
 * Applies the quarter's HTXSNV quota to each peer group of a cohort (tusoi.cohort/1 of one quarter's
 * proposed levels): members beyond it become HTTNV with a reason citing Q26-25; a tie at the cut goes
 * to the competent level; heads are left out (Q26-26). Options and the cohort's own settings override
 * {@link QUARTER_QUOTA_DEFAULTS} exactly as in `applyQuota` (a contradiction is an error).
 *
 * @throws {TusoiInputError} When the cohort or the options are invalid or contradict each other.
 */
export function applyQuarterQuota(input: unknown, options?: QuotaOptions): CohortResult {
  return quotaWith(input, options, QUARTER_QUOTA_DEFAULTS);
}
