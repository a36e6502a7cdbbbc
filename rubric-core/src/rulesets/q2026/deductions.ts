import * as v from 'valibot';
import { toMicro } from '../../decimal.js';
import { deepFreeze } from '../../internal/frozen.js';
import { formatNumber } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Sink } from '../qd366/evaluate.js';
import { pushQ } from './reason.js';

// Q26-10, Nghị định 335/2025/NĐ-CP Điều 14.2.b–c: "mỗi lần đánh giá chưa đạt bị trừ 25% điểm chất lượng
// của sản phẩm/công việc đó" and "mỗi lần chậm bị trừ 25% điểm tiến độ", except where the competent
// level confirms an objective cause. A pack setting (`results.deductions`), distinct from the caps of
// Q26-09/Q26-11: a cap limits a component to a tier, a deduction takes a share off per event.
// Reading (Tự Soi's, X): "25% điểm chất lượng của sản phẩm" is 25% of the task's full quality points,
// i.e. 25 percentage points of the standard per event, never below 0.

const d = v.description;

/** The event counts a deduction reads (taskList[].events); each has an objective counterpart that is never deducted. */
export const DEDUCTION_EVENTS = ['failedReviews', 'delays'] as const;

const OBJECTIVE = { failedReviews: 'objectiveFailedReviews', delays: 'objectiveDelays' } as const;

/** One deduction rule: `percent` points of the standard off `component` per event counted in `by`. */
export const DeductionSchema = v.pipe(
  v.strictObject({
    component: v.pipe(v.picklist(['A', 'B', 'C', 'D']), d('The component deducted from.')),
    by: v.pipe(
      v.picklist(DEDUCTION_EVENTS),
      d(
        "The task's event count (taskList[].events): failedReviews (đánh giá chưa đạt) or delays (lần chậm); their objective counterparts are not deducted.",
      ),
    ),
    percent: v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0),
      v.maxValue(100),
      v.check((x) => toMicro(x) % 10_000 === 0, 'decimals-2'),
      d('Percentage points of the standard taken off per event (NĐ 335: 25), at most 2 decimals.'),
    ),
    source: v.pipe(v.string(), v.minLength(1), v.maxLength(5_000), d('Where the deduction comes from.')),
  }),
  d('A deduction per event (Q26-10): the component loses `percent` points of the standard per event, down to 0.'),
);

/** A deduction rule of a pack. */
export type Deduction = v.InferOutput<typeof DeductionSchema>;

/** NĐ 335/2025 Điều 14.2.b–c as data: B −25 per failed quality review, C −25 per delay. Not set on any built-in pack. */
export const ND335_DEDUCTIONS: readonly Deduction[] = /* @__PURE__ */ deepFreeze([
  { component: 'B', by: 'failedReviews', percent: 25, source: 'Nghị định 335/2025/NĐ-CP, Điều 14, khoản 2, điểm b' },
  { component: 'C', by: 'delays', percent: 25, source: 'Nghị định 335/2025/NĐ-CP, Điều 14, khoản 2, điểm c' },
]);

/** One component a deduction touched: task index, component, events counted and exempt, percent each, before and after (percent). */
export interface EventDeduction {
  readonly task: number;
  readonly component: 'A' | 'B' | 'C' | 'D';
  readonly by: (typeof DEDUCTION_EVENTS)[number];
  readonly count: number;
  readonly exempt: number;
  readonly percent: number;
  readonly before: number;
  readonly after: number;
}

type Task = NonNullable<Assessment['taskList']>[number];

/**
 * A component's millionths of a percent after the pack's deductions (only called when the pack has
 * some): `percent` × the events counted, floored at 0. Each deduction that counted or exempted an
 * event is recorded in `applied`.
 */
export function deductByEvents(
  deductions: readonly Deduction[],
  c: 'A' | 'B' | 'C' | 'D',
  t: Task,
  micro: number,
  task: number,
  applied: EventDeduction[],
): number {
  let out = micro;
  for (const rule of deductions) {
    if (rule.component !== c) continue;
    const count = t.events?.[rule.by] ?? 0;
    const exempt = t.events?.[OBJECTIVE[rule.by]] ?? 0;
    if (count === 0 && exempt === 0) continue;
    const before = out;
    out = Math.max(0, out - count * toMicro(rule.percent));
    applied.push({
      task,
      component: c,
      by: rule.by,
      count,
      exempt,
      percent: rule.percent,
      before: before / 1e6,
      after: out / 1e6,
    });
  }
  return out;
}

const WORDS = {
  failedReviews: { vi: 'lần đánh giá chưa đạt', en: 'failed quality review(s)', what: 'chất lượng', whatEn: 'quality' },
  delays: { vi: 'lần chậm', en: 'delay(s)', what: 'tiến độ', whatEn: 'timeliness' },
} as const;

const READING = {
  vi: 'cách hiểu của Tự Soi: tính trên điểm chuẩn của sản phẩm',
  en: "Tự Soi's reading: a share of the task's full points",
};

/** The cited reasons of the deductions a quarter's scoring made (Q26-10). */
export function deductionReasons(applied: readonly EventDeduction[], out: Sink): void {
  if (out === null) return;
  for (const e of applied) {
    const w = WORDS[e.by];
    const p = formatNumber(e.percent, 'vi');
    const exemptVi =
      e.exempt > 0 ? `; ${e.exempt} ${w.vi} do nguyên nhân khách quan được cấp có thẩm quyền xác nhận: không trừ` : '';
    const exemptEn = e.exempt > 0 ? `; ${e.exempt} with a confirmed objective cause: not deducted` : '';
    pushQ(out, 'Q26-10', 'applied', {
      vi: `Sản phẩm ${e.task + 1}: ${e.count} ${w.vi}, mỗi lần trừ ${p}% điểm ${w.what}: thành phần ${e.component} từ ${formatNumber(e.before, 'vi')}% còn ${formatNumber(e.after, 'vi')}%${exemptVi} (${READING.vi}).`,
      en: `Task ${e.task + 1}: ${e.count} ${w.en}, ${e.percent}% of the ${w.whatEn} points off each: component ${e.component} from ${e.before}% to ${e.after}%${exemptEn} (${READING.en}).`,
    });
  }
}
