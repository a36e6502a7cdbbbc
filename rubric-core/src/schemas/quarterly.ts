import * as v from 'valibot';
import { hasAtMostSixDecimals, toMicro } from '../decimal.js';
import { levelSchema, pointsSchema, textSchema } from './common.js';

// Optional additions of tusoi.assessment/2 for the 2026 quarterly review (Hướng dẫn 02-HD/BTCTW as
// implemented by subordinate documents; shared reference quarterly-2026.md). A /1 file stays valid;
// these fields are refused in a /1 file so that a reader of /1 never meets them.

/** Format tag of an assessment that may carry the quarterly additions. */
export const ASSESSMENT_FORMAT_2 = 'tusoi.assessment/2';

function decimals(n: number) {
  const unit = 10 ** (6 - n);
  return (x: number) => {
    const m = toMicro(x);
    return !Number.isNaN(m) && m % unit === 0;
  };
}

/** A criterion answer: Đảm bảo (met), Không đảm bảo (notMet), K/AD (notApplicable). */
export const ANSWERS = ['met', 'notMet', 'notApplicable'] as const;

/** One general criterion as answered on a quarterly form; `points` for range items or K/AD by hand, `reason` for K/AD and deductions. */
export const AnswerSchema = v.strictObject({
  answer: v.picklist(ANSWERS),
  points: v.optional(pointsSchema(0, 30)),
  reason: v.optional(textSchema),
});

/** A component in percent of the task's standard (0–120, at most 4 decimals); above 100 only where the pack scores exceeding. */
export const componentSchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(120),
  v.check(decimals(4), 'decimals-4'),
);

/** Components A (khối lượng), B (chất lượng), C (tiến độ), D (lãnh đạo, tổ chức thực hiện) of one task, in percent. */
export const ComponentsSchema = v.strictObject({
  A: v.optional(componentSchema),
  B: v.optional(componentSchema),
  C: v.optional(componentSchema),
  D: v.optional(componentSchema),
});

/** Mức 1/2/3 of a key task (nhiệm vụ trọng tâm, then chốt). */
export const KEY_LEVELS = [1, 2, 3] as const;

/** One task (sản phẩm) of the period. */
export const TaskSchema = v.strictObject({
  name: textSchema,
  /** Result axis id of the pack (T1–T6). */
  axis: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Weight in points of 70, at most 2 decimals. */
  // One flat pipe: the derived guard reads a pipe's own actions only.
  weight: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(70), v.check(decimals(2), 'decimals-2'))),
  components: v.optional(ComponentsSchema),
  /** Frame id for this task when it differs from the person's frame. */
  frame: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Vượt chuẩn / vượt mức yêu cầu (counted, never adds points unless the pack scores exceeding). */
  exceeded: v.optional(v.boolean()),
  /** Nhiệm vụ trọng tâm, then chốt. */
  key: v.optional(v.boolean()),
  keyLevel: v.optional(v.picklist(KEY_LEVELS)),
  completed: v.boolean(),
  /** Completed but not on time (chưa bảo đảm tiến độ). */
  late: v.optional(v.boolean()),
  /** Why an unfinished task does not count against the person: an objective cause confirmed by the competent level. */
  objectiveReason: v.optional(textSchema),
  note: v.optional(textSchema),
});

/** The person's weight frame, with the adjusted weights when the assigning level moved them (each within ±pp of the frame). */
export const FrameChoiceSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1)),
  A: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.check(decimals(2), 'decimals-2'))),
  B: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.check(decimals(2), 'decimals-2'))),
  C: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.check(decimals(2), 'decimals-2'))),
  D: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.check(decimals(2), 'decimals-2'))),
});

const kpiRatio = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(1.2),
  v.check(hasAtMostSixDecimals, 'decimals'),
);

/** Person-level KPI ratios A, B, C (and D for leaders), 0–1,2 (HD 20-HD/ĐUCA Mục 3.a). */
export const KpiSchema = v.strictObject({ A: kpiRatio, B: kpiRatio, C: kpiRatio, D: v.optional(kpiRatio) });

const months = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3), v.check(hasAtMostSixDecimals, 'decimals'));

/** The four "chưa xếp loại" cases of a quarter (Q26-30). */
export const UnratedFactsSchema = v.strictObject({
  /** Months of full-time training in the quarter (≥ 2 → not rated). */
  trainingMonths: v.optional(months),
  /** Months of sick or maternity leave in the quarter (≥ 2 → not rated). */
  sickOrMaternityMonths: v.optional(months),
  /** For a first appointment to a leading post in the quarter: months in the post (< 1 → not rated). */
  firstAppointedMonths: v.optional(months),
  /** Under check for signs of a violation. */
  underInvestigation: v.optional(v.boolean()),
});

/** One quarter as an annual assessment carries it: the level (null = not decided), whether it was not rated, the total. */
export const QuarterSummarySchema = v.strictObject({
  quarter: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  level: v.nullable(levelSchema),
  unrated: v.optional(v.boolean()),
  general: v.optional(pointsSchema(0, 30)),
  results: v.optional(pointsSchema(0, 70)),
  total: v.optional(pointsSchema(0, 100)),
});

/** The collective the subject heads, for "head ≤ collective" (Q26-29). */
export const HeadOfSchema = v.strictObject({
  level: v.optional(levelSchema),
  total: v.optional(pointsSchema(0, 100)),
});

/** The quarterly entries of tusoi.assessment/2 (all optional). */
export const QUARTERLY_ENTRIES = {
  taskList: v.optional(v.array(TaskSchema)),
  frame: v.optional(FrameChoiceSchema),
  axisPoints: v.optional(v.record(v.pipe(v.string(), v.minLength(1)), pointsSchema(0, 70))),
  axisPercent: v.optional(v.record(v.pipe(v.string(), v.minLength(1)), componentSchema)),
  kpi: v.optional(KpiSchema),
  unrated: v.optional(UnratedFactsSchema),
  headOf: v.optional(HeadOfSchema),
  quarters: v.optional(v.array(QuarterSummarySchema)),
};

/** Names of the fields only tusoi.assessment/2 may carry. */
export const QUARTERLY_FIELDS = Object.keys(QUARTERLY_ENTRIES) as readonly (keyof typeof QUARTERLY_ENTRIES)[];

/** A task of the task list. */
export type Task = v.InferOutput<typeof TaskSchema>;
/** A criterion answer. */
export type Answer = v.InferOutput<typeof AnswerSchema>;
/** A quarter as an annual assessment carries it. */
export type QuarterSummary = v.InferOutput<typeof QuarterSummarySchema>;
