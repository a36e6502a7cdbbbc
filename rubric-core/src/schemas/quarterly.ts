import * as v from 'valibot';
import { hasAtMostSixDecimals, toMicro } from '../decimal.js';
import { deepFreeze } from '../internal/frozen.js';
import { countSchema, levelSchema, notNegativeZero, pointsSchema, textSchema } from './common.js';

const d = v.description;

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
export const ANSWERS = /* @__PURE__ */ deepFreeze(['met', 'notMet', 'notApplicable'] as const);

/** One general criterion as answered on a quarterly form; `points` for range items or K/AD by hand, `reason` for K/AD and deductions. */
export const AnswerSchema = v.pipe(
  v.strictObject({
    answer: v.pipe(
      v.picklist(ANSWERS),
      d('met (Đảm bảo: the criterion’s max), notMet (Không đảm bảo), or notApplicable (K/AD, needs a tusoi.pack/2).'),
    ),
    points: v.optional(
      v.pipe(
        pointsSchema(0, 30),
        d(
          'Points given: for a range criterion, a deduction, or K/AD scored by the competent level; at most 6 decimals. A partial deduction on a range criterion is `answer: "notMet"` with the points kept (e.g. 6 of 8), and a `reason` when the pack asks for one.',
        ),
      ),
    ),
    reason: v.optional(v.pipe(textSchema, d('Why: required for K/AD and for a deduction the pack asks to justify.'))),
  }),
  d('A criterion as answered on a quarterly form (tusoi.assessment/2 only).'),
);

/** A component in percent of the task's standard (0–120, at most 4 decimals); above 100 only where the pack scores exceeding. */
export const componentSchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(120),
  v.check(decimals(4), 'decimals-4'),
);

/** Components A (khối lượng), B (chất lượng), C (tiến độ), D (lãnh đạo, tổ chức thực hiện) of one task, in percent. */
export const ComponentsSchema = v.pipe(
  v.strictObject({
    A: v.optional(
      v.pipe(componentSchema, d('Khối lượng (volume), percent of the standard, 0–120, at most 4 decimals.')),
    ),
    B: v.optional(
      v.pipe(componentSchema, d('Chất lượng (quality), percent of the standard, 0–120, at most 4 decimals.')),
    ),
    C: v.optional(
      v.pipe(componentSchema, d('Tiến độ (timeliness), percent of the standard, 0–120, at most 4 decimals.')),
    ),
    D: v.optional(
      v.pipe(componentSchema, d('Lãnh đạo, tổ chức thực hiện (leadership), percent, 0–120; frames that weigh D only.')),
    ),
  }),
  d('The task’s components A–D in percent; the frame weighs them (Q26-04, Q26-05).'),
);

/** Mức 1/2/3 of a key task (nhiệm vụ trọng tâm, then chốt). */
export const KEY_LEVELS = /* @__PURE__ */ deepFreeze([1, 2, 3] as const);

/** Kinds of task a plan range reads (Q26-42): sản phẩm đột xuất (unplanned), thường xuyên / định kỳ (regular). */
export const TASK_KINDS = /* @__PURE__ */ deepFreeze(['unplanned', 'regular'] as const);

/** One task (sản phẩm) of the period. */
export const TaskSchema = v.strictObject({
  name: v.pipe(textSchema, d('The task (sản phẩm) as named in the plan.')),
  axis: v.optional(v.pipe(v.string(), v.minLength(1), d('Result axis id of the pack (e.g. T1–T6).'))),
  weight: v.optional(
    v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0),
      v.maxValue(70),
      v.check(decimals(2), 'decimals-2'),
      v.check(notNegativeZero, 'negative-zero'),
      d('Weight in points of 70, at most 2 decimals, not -0; the task list’s weights add up to 70.'),
    ),
  ),
  components: v.optional(ComponentsSchema),
  frame: v.optional(
    v.pipe(v.string(), v.minLength(1), d('Frame id for this task when it differs from the person’s frame.')),
  ),
  exceeded: v.optional(
    v.pipe(
      v.boolean(),
      d('Vượt chuẩn / vượt mức yêu cầu: counted; adds no points unless the pack scores exceeding (Q26-12).'),
    ),
  ),
  key: v.optional(v.pipe(v.boolean(), d('Nhiệm vụ trọng tâm, then chốt (a key task, Q26-16).'))),
  kind: v.optional(
    v.pipe(
      v.picklist(TASK_KINDS),
      d(
        'unplanned (sản phẩm đột xuất) or regular (sản phẩm thường xuyên, định kỳ): read only by a pack’s plan ranges (Q26-42, warnings).',
      ),
    ),
  ),
  safety: v.optional(
    v.pipe(
      v.boolean(),
      d(
        'A safety product (VATM: sản phẩm điều hành bay): its B under 80% trips the safety gate when that policy option is on (Q26-41).',
      ),
    ),
  ),
  keyLevel: v.optional(
    v.pipe(v.picklist(KEY_LEVELS), d('Mức 1, 2 or 3 of a key task (3: requirements not met, Q26-16).')),
  ),
  completed: v.pipe(v.boolean(), d('Whether the task was completed in the quarter.')),
  late: v.optional(v.pipe(v.boolean(), d('Completed but not on time (chưa bảo đảm tiến độ).'))),
  objectiveReason: v.optional(
    v.pipe(
      textSchema,
      d(
        'Why an unfinished task does not count against the person: an objective cause confirmed by the competent level (Q26-17).',
      ),
    ),
  ),
  note: v.optional(v.pipe(textSchema, d('A free note.'))),
  events: v.optional(
    v.pipe(
      v.strictObject({
        revisions: v.optional(v.pipe(countSchema, d('Times the product was sent back for revision.'))),
        reminders: v.optional(v.pipe(countSchema, d('Times the person was reminded about its schedule.'))),
        daysLate: v.optional(v.pipe(countSchema, d('Working days late.'))),
        failedReviews: v.optional(
          v.pipe(
            countSchema,
            d(
              'Quality reviews the product failed (đánh giá chưa đạt) with no objective cause confirmed; a pack’s deductions read it (Q26-10).',
            ),
          ),
        ),
        delays: v.optional(
          v.pipe(countSchema, d('Times the product was late (lần chậm) with no objective cause confirmed (Q26-10).')),
        ),
        objectiveFailedReviews: v.optional(
          v.pipe(
            countSchema,
            d(
              'Failed reviews whose cause the competent level confirmed as objective: recorded, never deducted (NĐ 335 Điều 14.2.b).',
            ),
          ),
        ),
        objectiveDelays: v.optional(
          v.pipe(
            countSchema,
            d(
              'Delays whose cause the competent level confirmed as objective: recorded, never deducted (NĐ 335 Điều 14.2.c).',
            ),
          ),
        ),
      }),
      d(
        "Event counts a pack's componentCaps (Q26-09, Q26-11) or deductions (Q26-10) read; ignored by packs without them.",
      ),
    ),
  ),
});

/** The person's weight frame, with the adjusted weights when the assigning level moved them (each within ±pp of the frame). */
const frameWeight = (c: string) =>
  v.optional(
    v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0),
      v.maxValue(100),
      v.check(decimals(2), 'decimals-2'),
      d(`Adjusted weight of component ${c} in percent, at most 2 decimals, within the pack’s ± points of the frame.`),
    ),
  );

export const FrameChoiceSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), d('Frame id of the pack (e.g. K1–K4).')),
    A: frameWeight('A'),
    B: frameWeight('B'),
    C: frameWeight('C'),
    D: frameWeight('D'),
  }),
  d('The person’s weight frame, with the weights the assigning level adjusted (Q26-04).'),
);

const kpiRatio = (what: string) =>
  v.pipe(
    v.number(),
    v.finite(),
    v.minValue(0),
    v.maxValue(1.2),
    v.check(hasAtMostSixDecimals, 'decimals'),
    d(`KPI ratio ${what}, 0 to 1.2, at most 6 decimals.`),
  );

/** Person-level KPI ratios A, B, C (and D for leaders), 0–1,2 (HD 20-HD/ĐUCA Mục 3.a). */
export const KpiSchema = v.pipe(
  v.strictObject({
    A: kpiRatio('A (khối lượng, volume)'),
    B: kpiRatio('B (chất lượng, quality)'),
    C: kpiRatio('C (tiến độ, timeliness)'),
    D: v.optional(kpiRatio('D (lãnh đạo, chỉ huy; leaders only)')),
  }),
  d('Person-level KPI ratios (HD 20-HD/ĐUCA Mục 3.a), for packs that score results by KPI (Q26-08).'),
);

const months = (what: string) =>
  v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3), v.check(hasAtMostSixDecimals, 'decimals'), d(what));

/** The four "chưa xếp loại" cases of a quarter (Q26-30). */
export const UnratedFactsSchema = v.pipe(
  v.strictObject({
    trainingMonths: v.optional(months('Months of full-time training in the quarter, 0–3 (2 or more: not rated).')),
    sickOrMaternityMonths: v.optional(
      months('Months of sick or maternity leave in the quarter, 0–3 (2 or more: not rated).'),
    ),
    firstAppointedMonths: v.optional(
      months('For a first appointment to a leading post in the quarter: months in the post, 0–3 (under 1: not rated).'),
    ),
    underInvestigation: v.optional(v.pipe(v.boolean(), d('Under check for signs of a violation (not rated).'))),
  }),
  d('The facts of the "chưa xếp loại" (not rated) cases of a quarter (Q26-30).'),
);

/** One quarter as an annual assessment carries it: the level (null = not decided), whether it was not rated, the total. */
export const QuarterSummarySchema = v.strictObject({
  quarter: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4), d('Quarter 1–4.')),
  level: v.pipe(v.nullable(levelSchema), d('The quarter’s level; null while the competent level has not decided.')),
  unrated: v.optional(v.pipe(v.boolean(), d('The quarter was not rated (chưa xếp loại, Q26-30).'))),
  general: v.optional(v.pipe(pointsSchema(0, 30), d('General criteria points of the quarter, 0–30.'))),
  results: v.optional(v.pipe(pointsSchema(0, 70), d('Task results points of the quarter, 0–70.'))),
  total: v.optional(v.pipe(pointsSchema(0, 100), d('Total points of the quarter, 0–100.'))),
});

/** Whether the subject heads the collective or is a deputy / member of its leadership (Q26-28, Q26-29). */
export const HEAD_ROLES = /* @__PURE__ */ deepFreeze(['head', 'deputy'] as const);

/** The collective the subject heads (or deputises in), for "head ≤ collective" (Q26-29) and its completion (Q26-28). */
export const HeadOfSchema = v.pipe(
  v.strictObject({
    level: v.optional(v.pipe(levelSchema, d('The level of the collective the subject heads.'))),
    total: v.optional(v.pipe(pointsSchema(0, 100), d('The total points of that collective, 0–100.'))),
    role: v.optional(
      v.pipe(
        v.picklist(HEAD_ROLES),
        d(
          'head (default): the subject heads the collective; deputy: a deputy head or member of its leadership (cấp phó, thành viên lãnh đạo). Q26-29 caps heads only.',
        ),
      ),
    ),
    assigned: v.optional(
      v.pipe(
        countSchema,
        d(
          "The collective's tasks in the period, whole number ≥ 0, tasks whose shortfall the competent level confirmed as force majeure left out (Q26-28). Given with `completed`.",
        ),
      ),
    ),
    completed: v.optional(
      v.pipe(
        countSchema,
        d('Of those, completed; at most `assigned`. Under 70%: a head is rated KHTNV, a deputy not HTXSNV (Q26-28).'),
      ),
    ),
  }),
  d(
    'The collective the subject heads or deputises in: its level and total for "head ≤ collective" (Q26-29), its task completion for Q26-28.',
  ),
);

/** A change of post or unit within the quarter (Q26-32). */
export const PostChangeSchema = v.pipe(
  v.strictObject({
    monthsInNewPost: months(
      'Months in the new post or unit within the quarter, 0–3 (2 or more: the new unit rates; 1 or less: the previous one, which worked with the person 2 months or more).',
    ),
  }),
  d('A change of post or unit within the quarter (Q26-32): which unit rates the quarter.'),
);

/** The quarterly entries of tusoi.assessment/2 (all optional). */
export const QUARTERLY_ENTRIES = /* @__PURE__ */ deepFreeze({
  taskList: v.optional(
    v.pipe(
      v.array(TaskSchema),
      d('tusoi.assessment/2: the quarter’s tasks (sản phẩm); counts and results points are read from it.'),
    ),
  ),
  frame: v.optional(FrameChoiceSchema),
  axisPoints: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.minLength(1)), pointsSchema(0, 70)),
      d('tusoi.assessment/2: results points by axis id, for packs that score axes directly (Q26-07).'),
    ),
  ),
  axisPercent: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.minLength(1)), componentSchema),
      d('tusoi.assessment/2: results by axis id in percent of the axis (0–120), for packs that score axes by percent.'),
    ),
  ),
  kpi: v.optional(KpiSchema),
  unrated: v.optional(UnratedFactsSchema),
  headOf: v.optional(HeadOfSchema),
  postChange: v.optional(PostChangeSchema),
  partyWork: v.optional(
    v.pipe(
      v.boolean(),
      d(
        'tusoi.assessment/2: a member of a Party committee or inspection commission, or given Party-building work by the committee (VATM: Trục 4 applies; Q26-43, a warning only).',
      ),
    ),
  ),
  appraisal: v.optional(
    v.pipe(
      v.strictObject({
        total: v.pipe(
          pointsSchema(0, 100),
          d('The total the competent level proposes (điểm đề xuất), 0–100, at most 6 decimals.'),
        ),
        explanation: v.optional(
          v.pipe(textSchema, d('The explanation of each basis (nội dung giải trình) where the totals differ.')),
        ),
      }),
      d(
        'tusoi.assessment/2: the appraisal’s total against the self total; a pack’s `appraisal` setting asks for an explanation when they differ enough (Q26-23, a warning only).',
      ),
    ),
  ),
  safetyIncident: v.optional(
    v.pipe(
      v.boolean(),
      d(
        'tusoi.assessment/2: directly or jointly responsible for an operational safety incident with a subjective cause in the quarter (Q26-41 safety gate, a policy option off by default).',
      ),
    ),
  ),
  quarters: v.optional(
    v.pipe(
      v.array(QuarterSummarySchema),
      d('tusoi.assessment/2, annual only: the year’s quarters, for the quarter → year rules (Q26-33…36).'),
    ),
  ),
});

/** Names of the fields only tusoi.assessment/2 may carry. */
export const QUARTERLY_FIELDS = /* @__PURE__ */ deepFreeze(
  Object.keys(QUARTERLY_ENTRIES) as readonly (keyof typeof QUARTERLY_ENTRIES)[],
);

/** A task of the task list. */
export type Task = v.InferOutput<typeof TaskSchema>;
/** A criterion answer. */
export type Answer = v.InferOutput<typeof AnswerSchema>;
/** A quarter as an annual assessment carries it. */
export type QuarterSummary = v.InferOutput<typeof QuarterSummarySchema>;
