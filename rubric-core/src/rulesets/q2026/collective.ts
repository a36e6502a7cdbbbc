import type { InputIssue } from '../../errors.js';
import { compareProducts } from '../../internal/exact.js';
import { formatPercent } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Reason } from '../../schemas/result.js';
import { citationOf } from '../qd366/rules.js';
import { type Q26RuleId, Q2026_RULES } from './rules.js';

// Q26-28: a collective that completes under 70% of its tasks (force majeure confirmed by the
// competent level left out) — its head is rated KHTNV (QĐ 366 Điều 11 khoản 4), its deputies and
// leadership members are not rated HTXSNV (HD 03-HD/TVĐU III.7, CV 427, QĐ 1923 Đ15.3b).

type HeadOf = NonNullable<Assessment['headOf']>;

/** What Q26-28 gives for a subject: nothing to say, holds, head → KHTNV, or deputy → no HTXSNV. */
export type CollectiveOutcome = 'none' | 'passed' | 'headKhtnv' | 'deputyNoHtxsnv';

/** Whether the subject heads the collective (the default) rather than deputising in it. */
export function isHead(h: HeadOf | undefined): boolean {
  return h !== undefined && h.role !== 'deputy';
}

/** Q26-28 for the collective's counts: `none` without counts or with no task; exact (10·completed < 7·assigned). */
export function collectiveOutcome(h: HeadOf | undefined): CollectiveOutcome {
  if (h?.assigned === undefined || h.completed === undefined || h.assigned === 0) return 'none';
  if (compareProducts(10, h.completed, 7, h.assigned) >= 0) return 'passed';
  return isHead(h) ? 'headKhtnv' : 'deputyNoHtxsnv';
}

/** The cited reason of Q26-28 for an outcome other than `none`. */
export function collectiveReason(h: HeadOf, outcome: Exclude<CollectiveOutcome, 'none'>): Reason {
  const rule: Q26RuleId = 'Q26-28';
  const cite = Q2026_RULES[rule].cite;
  const c = h.completed ?? 0;
  const n = h.assigned ?? 0;
  const share = { vi: `${c}/${n} (${formatPercent(c, n, 'vi')})`, en: `${c}/${n} (${formatPercent(c, n, 'en')})` };
  const base = { rule, cite, citation: citationOf(cite) };
  if (outcome === 'passed')
    return {
      ...base,
      outcome: 'passed',
      message: {
        vi: `Tập thể hoàn thành ${share.vi} nhiệm vụ, không dưới 70%.`,
        en: `The collective completed ${share.en} of its tasks, not under 70%.`,
      },
    };
  if (outcome === 'headKhtnv')
    return {
      ...base,
      outcome: 'triggered',
      message: {
        vi: `Tập thể do mình đứng đầu hoàn thành ${share.vi} nhiệm vụ, dưới 70% (không kể trường hợp bất khả kháng được xác nhận). Người đứng đầu xếp loại Không hoàn thành nhiệm vụ.`,
        en: `The collective they head completed ${share.en} of its tasks, under 70% (confirmed force majeure aside). The head is rated KHTNV.`,
      },
    };
  return {
    ...base,
    outcome: 'failed',
    message: {
      vi: `Tập thể hoàn thành ${share.vi} nhiệm vụ, dưới 70%: cấp phó, thành viên lãnh đạo không xếp loại Hoàn thành xuất sắc nhiệm vụ.`,
      en: `The collective completed ${share.en} of its tasks, under 70%: a deputy or leadership member is not rated HTXSNV.`,
    },
  };
}

/** `headOf` problems no shape check sees: completed over assigned, or one count without the other. */
export function headOfIssues(a: Assessment): InputIssue[] {
  const h = a.headOf;
  if (h === undefined || (h.assigned === undefined && h.completed === undefined)) return [];
  if (h.assigned === undefined || h.completed === undefined) {
    const missing = h.assigned === undefined ? 'assigned' : 'completed';
    return [
      {
        code: 'head-of-counts',
        path: `headOf.${missing}`,
        message: {
          vi: 'số nhiệm vụ được giao và số hoàn thành của tập thể phải ghi cùng nhau',
          en: "the collective's tasks assigned and completed go together",
        },
      },
    ];
  }
  if (h.completed > h.assigned)
    return [
      {
        code: 'completed-over-assigned',
        path: 'headOf.completed',
        message: {
          vi: `số hoàn thành của tập thể (${h.completed}) lớn hơn số được giao (${h.assigned})`,
          en: `the collective's completed (${h.completed}) exceeds assigned (${h.assigned})`,
        },
      },
    ];
  return [];
}
