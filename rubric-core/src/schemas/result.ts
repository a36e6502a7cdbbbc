import * as v from 'valibot';
import { deepFreeze } from '../internal/frozen.js';
import type { Level } from '../levels.js';
import { levelSchema } from './common.js';

/** Format tag of a result. */
export const RESULT_FORMAT = 'tusoi.result/1';

const d = v.description;
const messageSchema = v.pipe(
  v.strictObject({ vi: v.pipe(v.string(), d('Vietnamese text.')), en: v.pipe(v.string(), d('English text.')) }),
  d('A message in Vietnamese and English.'),
);

/** How a reason's rule came out. */
export const OUTCOMES = /* @__PURE__ */ deepFreeze(['passed', 'failed', 'triggered', 'mitigated', 'applied'] as const);

/** A citation as parts: document, article (Điều), clause (khoản), point (điểm), and any note. */
export const CitationSchema = v.pipe(
  v.strictObject({
    doc: v.pipe(v.string(), d('Document, e.g. "QĐ 366-QĐ/TW".')),
    article: v.optional(v.pipe(v.string(), d('Article (Điều), e.g. "11".'))),
    clause: v.optional(v.pipe(v.string(), d('Clause (khoản), e.g. "1".'))),
    point: v.optional(v.pipe(v.string(), d('Point (điểm), e.g. "1.5".'))),
    note: v.optional(v.pipe(v.string(), d('Anything else of the citation, e.g. "(cách hiểu của Tự Soi)".'))),
  }),
  d('The citation as parts, beside the display string `cite`.'),
);

/** One rule that shaped the outcome. */
export const ReasonSchema = v.strictObject({
  rule: v.pipe(v.string(), d('Rule id, e.g. "R366-11" (see docs/rules.md).')),
  cite: v.pipe(v.string(), d('Citation for display, e.g. "QĐ 366-QĐ/TW, Điều 11, khoản 1, điểm 1.3".')),
  citation: CitationSchema,
  outcome: v.pipe(
    v.picklist(OUTCOMES),
    d('passed / failed: a level condition held or not; triggered / mitigated: a KHTNV case; applied: the result.'),
  ),
  message: messageSchema,
});

/** A warning about the input (not a rule outcome). */
export const WarningSchema = v.strictObject({
  code: v.pipe(
    v.string(),
    d(
      'Stable warning code: PROPOSED_ABOVE_RESULT, NOT_USED_FOR_KIND, FINDING_NOT_FOR_KIND, FRAME_NOT_USED, UNRATED_NOT_ANNUAL; quarterly: FRAME_DEFAULT, ROUNDING_CROSSES_BAND, LATE_FULL_PROGRESS, KEY_LEVEL_PERCENT, EXPLANATION_REQUIRED, PLAN_* (a pack’s plan ranges), NOT_SCORED (a quarter not rated, left unscored), PROPOSED_NOT_RATED (a level proposed for a quarter not rated); the year: Q4_INTEGRATED, QUARTER_UNDECIDED, SUBJECT_NAME_MISMATCH (docs/assessment-format.md).',
    ),
  ),
  message: messageSchema,
  path: v.optional(v.pipe(v.string(), d('Field path the warning concerns.'))),
});

const resultEntries = {
  format: v.pipe(v.literal(RESULT_FORMAT), d('Format tag, always "tusoi.result/1".')),
  ruleset: v.pipe(v.string(), d('Ruleset that decided, e.g. "qd366" or "q2026".')),
  version: v.pipe(v.string(), d('Version of @tusoi/rubric-core that produced the result.')),
  score: v.pipe(
    v.strictObject({
      general: v.pipe(v.number(), d('General criteria points, 0–30.')),
      results: v.pipe(v.number(), d('Task results points, 0–70.')),
      total: v.pipe(v.number(), d('Total, 0–100, added exactly.')),
    }),
    d('The scores the rules read.'),
  ),
  reasons: v.pipe(
    v.array(ReasonSchema),
    d('Every rule that shaped the outcome, in order, cited. [] with reasons: false.'),
  ),
  warnings: v.pipe(v.array(WarningSchema), d('Warnings about the input (not rule outcomes).')),
  breakdown: v.optional(
    v.pipe(
      v.strictObject({
        tasks: v.optional(v.pipe(v.array(v.number()), d('Points of each task, in the order of the task list.'))),
        axes: v.optional(v.pipe(v.record(v.string(), v.number()), d('Points of each results axis, by axis id.'))),
        kpi: v.optional(v.pipe(v.number(), d('The KPI points after the pack’s factor.'))),
        notApplicable: v.optional(
          v.pipe(v.array(v.string()), d('K/AD criteria marked not applicable (their points rescaled).')),
        ),
      }),
      d('Quarterly: how the scores were built (each task, each axis, the KPI, K/AD criteria).'),
    ),
  ),
  year: v.optional(
    v.pipe(
      v.strictObject({
        basis: v.pipe(
          v.picklist(['annual', 'mean', 'quarters']),
          d(
            'What the year rests on: annual (the annual self-review, with the quarter rules), mean (yearMode mean: the total is the mean of the rated quarters and each group the mean of that group, with the annual self-review’s other conditions when it is given; with no rated quarter to average and no annual self-review, the warning NOT_SCORED: no score) or quarters (no annual self-review, yearMode no-average: the levels of the quarters; `score` is then only the mean of the parts, not a score of the year).',
          ),
        ),
        quarters: v.pipe(
          v.array(
            v.strictObject({
              quarter: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4), d('Quarter 1–4.')),
              decision: v.pipe(v.picklist(['rule', 'discretion', 'unrated']), d('As in a result.')),
              level: v.pipe(v.nullable(levelSchema), d('The quarter’s level; null when not rated or undecided.')),
              total: v.pipe(v.number(), d('The quarter’s total, 0–100; 0 and not a score when `scored` is false.')),
              scored: v.optional(
                v.pipe(
                  v.literal(false),
                  d(
                    'false: a quarter not rated (Q26-30) left unscored (its result had the warning NOT_SCORED), whose `total` 0 is not a score; absent when the quarter was scored.',
                  ),
                ),
              ),
              reasons: v.pipe(
                v.array(ReasonSchema),
                d('The quarter’s reasons other than passed ones (why it came out as it did); [] with reasons: false.'),
              ),
            }),
          ),
          d('Each quarter given, in order, as classified.'),
        ),
      }),
      d('`tusoi year` / classifyYear only: how the year was reached and each quarter’s result.'),
    ),
  ),
  flags: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          code: v.pipe(v.string(), d('Stable flag code.')),
          rule: v.pipe(v.string(), d('Rule id that raises the flag, e.g. "Q26-36".')),
          message: messageSchema,
        }),
      ),
      d('Facts for the competent level that change no level (e.g. two consecutive KHTNV quarters, Q26-36).'),
    ),
  ),
};

/** A result the rules decide: a level, no candidates. */
export const RuleResultSchema = v.strictObject({
  ...resultEntries,
  decision: v.pipe(v.literal('rule'), d('The rules decide the level.')),
  level: v.pipe(levelSchema, d('The level: HTXSNV, HTTNV, HTNV or KHTNV.')),
  candidates: v.pipe(v.array(levelSchema), v.maxLength(0), d('Always [] when the rules decide.')),
});

/** A result left to the competent level: no level, the candidates it decides between. */
export const DiscretionResultSchema = v.strictObject({
  ...resultEntries,
  decision: v.pipe(v.literal('discretion'), d('The competent level decides (Điều 11 leaves it open).')),
  level: v.pipe(v.null(), d('No level: see candidates.')),
  candidates: v.pipe(v.array(levelSchema), v.minLength(2), d('The levels the competent level decides between.')),
});

/** A quarter not rated (chưa xếp loại, Q26-30; quarterly only): no level, no candidates. */
export const UnratedResultSchema = v.strictObject({
  ...resultEntries,
  decision: v.pipe(v.literal('unrated'), d('Chưa xếp loại this quarter (Q26-30); quarterly only.')),
  level: v.pipe(v.null(), d('No level: the quarter is not rated.')),
  candidates: v.pipe(v.array(levelSchema), v.maxLength(0), d('Always [] when the quarter is not rated.')),
});

/** Valibot schema of tusoi.result/1: `decision` tells which of the three shapes. */
export const ResultSchema = v.pipe(
  v.variant('decision', [RuleResultSchema, DiscretionResultSchema, UnratedResultSchema]),
  v.title('tusoi.result/1'),
  d(
    'The classification of one assessment: `decision` "rule" with a level, "discretion" with candidates, or "unrated" (a quarter not rated).',
  ),
);

// The schemas say `candidates` has at most 0 items; the types say so too: `Level[] & []` is an
// empty tuple after `r.decision === 'rule'` (assignable to `readonly []`, length 0), while
// `r.candidates.includes(level)` on a union of results still type-checks (a bare `[]` would make
// its argument `never`).
/** A result decided by rule: a level, `candidates` always `[]`. */
export type RuleResult = Omit<v.InferOutput<typeof RuleResultSchema>, 'candidates'> & { candidates: Level[] & [] };
/** A result for the competent level to decide. */
export type DiscretionResult = v.InferOutput<typeof DiscretionResultSchema>;
/** A quarter not rated (Q26-30): no level, `candidates` always `[]`. */
export type UnratedResult = Omit<v.InferOutput<typeof UnratedResultSchema>, 'candidates'> & {
  candidates: Level[] & [];
};
/** The classification of one assessment (tusoi.result/1); narrow on `decision`. */
export type Result = RuleResult | DiscretionResult | UnratedResult;
/** One reason of a result. */
export type Reason = v.InferOutput<typeof ReasonSchema>;
/** A structured citation. */
export type Citation = v.InferOutput<typeof CitationSchema>;
/** One warning of a result. */
export type Warning = v.InferOutput<typeof WarningSchema>;
/** A reason's outcome. */
export type Outcome = (typeof OUTCOMES)[number];
