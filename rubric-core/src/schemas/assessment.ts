import * as v from 'valibot';
import { GROUP_TOTALS } from '../frame.js';
import { countSchema, levelSchema, pointsSchema, shareSchema, textSchema } from './common.js';
import { AnswerSchema, ASSESSMENT_FORMAT_2, QUARTERLY_ENTRIES } from './quarterly.js';

/** Format tag of an assessment. */
export const ASSESSMENT_FORMAT = 'tusoi.assessment/1';

/** Subject kinds (QĐ 366 Điều 10 → Phụ lục 1–5). */
export const SUBJECT_KINDS = [
  'collective',
  'leadership-collective',
  'leader-central',
  'leader',
  'staff',
  'member-outside',
] as const;

/** Disciplinary forms; every one of them is "từ khiển trách trở lên" (khiển trách is the lightest). */
export const DISCIPLINE_FORMS = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
  'khai-tru',
] as const;

/** The basic socio-economic targets a leader or leadership collective is given ("5 chỉ tiêu kinh tế - xã hội cơ bản"). */
export const SOCIO_ECONOMIC_TARGETS = 5;

/** Status of a shortcoming named at the previous review. */
export const SHORTCOMING_STATUSES = ['fixed', 'in-progress', 'not-fixed'] as const;

const taskCountEntries = {
  assigned: countSchema,
  completed: countSchema,
  onTimeWithQuality: countSchema,
  exceeded: countSchema,
  late: countSchema,
};

/** Task counts of the period (spec §1.3). */
export const TaskCountsSchema = v.strictObject(taskCountEntries);

/** Counts of the units a leader directly leads. */
export const LedUnitsSchema = v.strictObject({
  ...taskCountEntries,
  unitsResponsible: v.optional(countSchema),
  unitsRatedNotCompleted: v.optional(countSchema),
});

/** A disciplinary decision counted in the period. */
export const DisciplineSchema = v.strictObject({
  form: v.picklist(DISCIPLINE_FORMS),
  dutyRelated: v.boolean(),
  selfReportedAndRemedied: v.optional(v.boolean()),
  violationAtPreviousUnit: v.optional(v.boolean()),
  unrelatedToCollective: v.optional(v.boolean()),
});

/** Facts concluded by the competent level; all default to false / []. */
export const FindingsSchema = v.strictObject({
  degradationConcluded: v.optional(v.boolean()),
  prohibitedActsViolated: v.optional(v.boolean()),
  exampleDutyViolated: v.optional(v.boolean()),
  discipline: v.optional(v.array(DisciplineSchema)),
  corruptionInScopeDisciplined: v.optional(v.boolean()),
  personnelViolationOrDisunity: v.optional(v.boolean()),
  memberDegradationConcluded: v.optional(v.boolean()),
  subordinateOrMemberDisciplined: v.optional(v.boolean()),
  forceMajeure: v.optional(v.boolean()),
  selfDetectedAndRemedied: v.optional(v.boolean()),
});

/** A shortcoming named at the previous review (form part A.III). */
export const PriorShortcomingSchema = v.strictObject({
  text: textSchema,
  // Optional so that a form read half-filled can still be checked (review check PRIOR_NO_STATUS).
  status: v.optional(v.picklist(SHORTCOMING_STATUSES)),
  progress: v.optional(shareSchema),
  responsibility: v.optional(textSchema),
  cause: v.optional(textSchema),
  remedy: v.optional(textSchema),
});

/** Narrative of form part A. */
export const ReviewSchema = v.strictObject({
  strengths: v.optional(textSchema),
  shortcomings: v.optional(
    v.array(
      v.strictObject({
        text: textSchema,
        cause: v.optional(textSchema),
        responsibility: v.optional(textSchema),
        remedy: v.optional(textSchema),
      }),
    ),
  ),
  suggestedIssues: v.optional(v.array(v.strictObject({ issue: textSchema, explanation: v.optional(textSchema) }))),
  collectiveResponsibility: v.optional(textSchema),
  direction: v.optional(textSchema),
});

/** Indicator id of the 27 biểu hiện: I-1 … III-9. */
export const indicatorIdSchema = v.pipe(v.string(), v.regex(/^(I|II|III)-[1-9]$/, 'indicator-id'));

/** Scores by criterion of a scoring pack (spec §1.2). */
export const CriteriaSchema = v.strictObject({
  pack: v.pipe(v.string(), v.minLength(1)),
  items: v.record(
    v.pipe(v.string(), v.minLength(1)),
    // An answer object only in tusoi.assessment/2 (checked in ../validate.ts).
    v.union([v.pipe(v.number(), v.finite()), v.boolean(), AnswerSchema]),
  ),
});

/** Valibot schema of tusoi.assessment/1 (field shapes; cross-field rules are in ../validate.ts). */
export const AssessmentSchema = v.strictObject({
  format: v.picklist([ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_2]),
  ruleset: v.optional(v.string()),
  period: v.strictObject({
    year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
    quarter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
  }),
  subject: v.strictObject({
    kind: v.picklist(SUBJECT_KINDS),
    name: v.optional(textSchema),
    birthDate: v.optional(v.pipe(v.string(), v.isoDate('iso-date'))),
    unit: v.optional(textSchema),
    cell: v.optional(textSchema),
  }),
  scores: v.optional(
    v.strictObject({
      general: pointsSchema(0, GROUP_TOTALS.general),
      results: pointsSchema(0, GROUP_TOTALS.results),
    }),
  ),
  criteria: v.optional(CriteriaSchema),
  tasks: v.optional(TaskCountsSchema),
  ledUnits: v.optional(LedUnitsSchema),
  socioEconomicTargets: v.optional(
    v.strictObject({ applicable: v.boolean(), missed: v.pipe(countSchema, v.maxValue(SOCIO_ECONOMIC_TARGETS)) }),
  ),
  confidenceVote: v.optional(v.strictObject({ held: v.boolean(), lowShare: v.optional(shareSchema) })),
  priorShortcomings: v.optional(v.array(PriorShortcomingSchema)),
  findings: v.optional(FindingsSchema),
  selfCheck: v.optional(
    v.record(indicatorIdSchema, v.strictObject({ noted: v.boolean(), note: v.optional(textSchema) })),
  ),
  review: v.optional(ReviewSchema),
  proposedLevel: v.optional(levelSchema),
  // tusoi.assessment/2 only: the quarterly additions (./quarterly.ts).
  ...QUARTERLY_ENTRIES,
});

/** A self-review in the interchange format (tusoi.assessment/1). */
export type Assessment = v.InferOutput<typeof AssessmentSchema>;
/** A subject kind. */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
/** Task counts. */
export type TaskCounts = v.InferOutput<typeof TaskCountsSchema>;
/** A disciplinary decision. */
export type Discipline = v.InferOutput<typeof DisciplineSchema>;
/** Findings of the competent level. */
export type Findings = v.InferOutput<typeof FindingsSchema>;
