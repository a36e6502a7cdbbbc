import * as v from 'valibot';
import { GROUP_TOTALS } from '../frame.js';
import { deepFreeze } from '../internal/frozen.js';
import { SUBJECT_KINDS } from '../subject-kinds.js';
import { countSchema, dateSchema, levelSchema, pointsSchema, shareSchema, textSchema } from './common.js';
import { AnswerSchema, ASSESSMENT_FORMAT_2, QUARTERLY_ENTRIES } from './quarterly.js';

/** Format tag of an assessment. */
export const ASSESSMENT_FORMAT = 'tusoi.assessment/1';

/** Subject kinds (QĐ 366 Điều 10 → Phụ lục 1–5). */
export { SUBJECT_KINDS };

/** Disciplinary forms; every one of them is "từ khiển trách trở lên" (khiển trách is the lightest). */
export const DISCIPLINE_FORMS = /* @__PURE__ */ deepFreeze([
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
  'khai-tru',
] as const);

/** The basic socio-economic targets a leader or leadership collective is given ("5 chỉ tiêu kinh tế - xã hội cơ bản"). */
export const SOCIO_ECONOMIC_TARGETS = 5;

/** Status of a shortcoming named at the previous review. */
export const SHORTCOMING_STATUSES = /* @__PURE__ */ deepFreeze(['fixed', 'in-progress', 'not-fixed'] as const);

const d = v.description;
const n = (schema: typeof countSchema, text: string) => v.pipe(schema, d(text));
const flag = (text: string) => v.optional(v.pipe(v.boolean(), d(`${text} Default false.`)));
const text = (what: string) => v.pipe(textSchema, d(`${what} Free text, at most 100,000 characters.`));

const taskCountEntries = {
  assigned: n(countSchema, 'Tasks assigned in the period (nhiệm vụ được giao). Whole number ≥ 0.'),
  completed: n(countSchema, 'Tasks completed (hoàn thành). Whole number, at most `assigned` (checked by the library).'),
  onTimeWithQuality: n(
    countSchema,
    'Tasks completed on time with quality and effect (đúng hạn, bảo đảm chất lượng, hiệu quả). At most `completed`; `onTimeWithQuality + late` at most `completed`.',
  ),
  exceeded: n(
    countSchema,
    'Tasks completed above requirements (vượt mức yêu cầu). At most `completed`; HTXSNV needs at least 30% of `assigned` (Điều 11 khoản 1.3).',
  ),
  late: n(
    countSchema,
    'Completed tasks not on schedule (chưa bảo đảm tiến độ). At most `completed`; HTNV allows at most 20% of `assigned` (Điều 11 khoản 3).',
  ),
};

/** Task counts of the period (spec §1.3). */
export const TaskCountsSchema = v.pipe(
  v.strictObject(taskCountEntries),
  v.title('Task counts'),
  d('Counts of the tasks of the period. Cross-field: exceeded, onTimeWithQuality, late ≤ completed ≤ assigned.'),
);

/** Counts of the units a leader directly leads. */
export const LedUnitsSchema = v.pipe(
  v.strictObject({
    ...taskCountEntries,
    unitsResponsible: v.optional(
      n(countSchema, 'Units (agencies, localities) the leader is responsible for. Whole number ≥ 0. Default 0.'),
    ),
    unitsRatedNotCompleted: v.optional(
      n(
        countSchema,
        'Of those, units rated KHTNV. At most `unitsResponsible`; over half triggers KHTNV (Điều 11 khoản 4). Default 0.',
      ),
    ),
  }),
  v.title('Led units'),
  d('Task counts of the units a leader directly leads (Điều 11 judges leaders on them), same rules as `tasks`.'),
);

/** A disciplinary decision counted in the period. */
export const DisciplineSchema = v.strictObject({
  form: v.pipe(v.picklist(DISCIPLINE_FORMS), d('Disciplinary form, khiển trách (lightest) to khai trừ.')),
  dutyRelated: v.pipe(v.boolean(), d('Whether the violation is related to the performance of duties.')),
  selfReportedAndRemedied: flag('Self-reported and remedied (tự giác báo cáo, khắc phục).'),
  violationAtPreviousUnit: flag('The violation happened at a previous unit.'),
  unrelatedToCollective: flag('For collectives: the member’s violation is unrelated to the collective.'),
});

/** Facts concluded by the competent level; all default to false / []. */
export const FindingsSchema = v.pipe(
  v.strictObject({
    degradationConcluded: flag('Concluded to show degradation (suy thoái) in ideology, ethics or lifestyle.'),
    prohibitedActsViolated: flag('Concluded to have violated what party members must not do.'),
    exampleDutyViolated: flag('Concluded to have violated the duty to set an example.'),
    discipline: v.optional(
      v.pipe(v.array(DisciplineSchema), d('Disciplinary decisions counted in the period. Default [].')),
    ),
    corruptionInScopeDisciplined: flag('Corruption or waste in the scope led, disciplined.'),
    personnelViolationOrDisunity: flag('Violations in personnel work, or internal disunity.'),
    memberDegradationConcluded: flag('For collectives: a member concluded to show degradation.'),
    subordinateOrMemberDisciplined: flag('For collectives: a subordinate organisation or member disciplined.'),
    forceMajeure: flag('Force majeure (bất khả kháng) behind a shortfall, as accepted by the competent level.'),
    selfDetectedAndRemedied: flag('Shortfalls self-detected and remedied.'),
  }),
  v.title('Findings'),
  d('Facts concluded by the competent level (Điều 11 khoản 4 and its mitigation); each defaults to false.'),
);

/** A shortcoming named at the previous review (form part A.III). */
export const PriorShortcomingSchema = v.strictObject({
  text: text('The shortcoming as named at the previous review.'),
  // Optional so that a form read half-filled can still be checked (review check PRIOR_NO_STATUS).
  status: v.optional(
    v.pipe(
      v.picklist(SHORTCOMING_STATUSES),
      d('Whether it was fixed; HTXSNV needs every one fixed (Điều 11 khoản 1.4).'),
    ),
  ),
  progress: v.optional(v.pipe(shareSchema, d('Share fixed so far, 0 to 1, for `in-progress`.'))),
  responsibility: v.optional(text('Who is responsible.')),
  cause: v.optional(text('Cause.')),
  remedy: v.optional(text('Remedy.')),
});

/** Narrative of form part A. */
export const ReviewSchema = v.pipe(
  v.strictObject({
    strengths: v.optional(text('Strengths (ưu điểm).')),
    shortcomings: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            text: text('A shortcoming of this period.'),
            cause: v.optional(text('Its cause.')),
            responsibility: v.optional(text('Who is responsible.')),
            remedy: v.optional(text('Remedy.')),
          }),
        ),
        d('Shortcomings of this period (hạn chế, khuyết điểm).'),
      ),
    ),
    suggestedIssues: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            issue: text('An issue suggested for review.'),
            explanation: v.optional(text('Its explanation.')),
          }),
        ),
        d('Issues suggested for review and their explanation (vấn đề gợi ý kiểm điểm).'),
      ),
    ),
    collectiveResponsibility: v.optional(text('Responsibility for the collective’s shortcomings.')),
    direction: v.optional(text('Direction and remedies for the next period.')),
  }),
  v.title('Review'),
  d('Narrative of form part A.'),
);

/** Indicator id of the 27 biểu hiện: I-1 … III-9. */
export const indicatorIdSchema = v.pipe(v.string(), v.regex(/^(I|II|III)-[1-9]$/, 'indicator-id'));

/** Scores by criterion of a scoring pack (spec §1.2). */
export const CriteriaSchema = v.pipe(
  v.strictObject({
    pack: v.pipe(
      v.string(),
      v.minLength(1),
      d(
        'Id of the scoring pack the items belong to: a tusoi.pack/1 (annual) or a tusoi.pack/2 (quarterly, tusoi.assessment/2).',
      ),
    ),
    items: v.pipe(
      v.record(
        v.pipe(v.string(), v.minLength(1)),
        // An answer object only in tusoi.assessment/2 (checked in ../validate.ts).
        v.union([v.pipe(v.number(), v.finite()), v.boolean(), AnswerSchema]),
      ),
      d(
        'Points by criterion id (0 to the criterion’s max, at most 6 decimals), or true / false for a met / not-met criterion, or (tusoi.assessment/2 only) an answer object. Ids are compared after NFC and trimming; the pack checks the values.',
      ),
    ),
  }),
  v.title('Criteria'),
  d(
    'Scores by criterion of a scoring pack; the group totals are computed from it (and must equal `scores` when both are given).',
  ),
);

/** Valibot schema of tusoi.assessment/1 (field shapes; cross-field rules are in ../validate.ts). */
export const AssessmentSchema = v.pipe(
  v.strictObject({
    format: v.pipe(
      v.picklist([ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_2]),
      d('Format tag: "tusoi.assessment/1", or "tusoi.assessment/2" for a file that may carry the quarterly additions.'),
    ),
    ruleset: v.optional(
      v.pipe(
        v.string(),
        d(
          'Ruleset id (qd366: QĐ 366-QĐ/TW, years 2025 on; q2026: the 2026 quarterly review). Default "q2026" for a tusoi.assessment/2 quarter of 2026 on, else "qd366".',
        ),
      ),
    ),
    period: v.pipe(
      v.strictObject({
        year: v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1990),
          v.maxValue(2100),
          d('Evaluation year. The qd366 ruleset rates 2025 on; earlier years are refused, naming their rules.'),
        ),
        quarter: v.optional(
          v.pipe(
            v.number(),
            v.integer(),
            v.minValue(1),
            v.maxValue(4),
            d('Quarter 1–4 for a quarterly review; absent for the year.'),
          ),
        ),
      }),
      d('The period reviewed.'),
    ),
    subject: v.pipe(
      v.strictObject({
        kind: v.pipe(
          v.picklist(SUBJECT_KINDS),
          d(
            'Who is rated (Điều 10, Phụ lục 1–5): collective, leadership collective, leader (central or not), staff, member outside.',
          ),
        ),
        name: v.optional(text('Name of the person or collective.')),
        birthDate: v.optional(v.pipe(dateSchema, d('Date of birth, YYYY-MM-DD, a day that exists.'))),
        unit: v.optional(text('Unit (đơn vị công tác).')),
        cell: v.optional(text('Party cell (chi bộ).')),
      }),
      d('Who is reviewed.'),
    ),
    scores: v.optional(
      v.pipe(
        v.strictObject({
          general: v.pipe(
            pointsSchema(0, GROUP_TOTALS.general),
            d('Points of the general criteria group (nhóm tiêu chí chung), 0–30, at most 6 decimals.'),
          ),
          results: v.pipe(
            pointsSchema(0, GROUP_TOTALS.results),
            d('Points of the task results group (kết quả thực hiện nhiệm vụ), 0–70, at most 6 decimals.'),
          ),
        }),
        d('The two group totals of the 100-point frame. Required unless `criteria` is given.'),
      ),
    ),
    criteria: v.optional(CriteriaSchema),
    tasks: v.optional(TaskCountsSchema),
    ledUnits: v.optional(LedUnitsSchema),
    socioEconomicTargets: v.optional(
      v.pipe(
        v.strictObject({
          applicable: v.pipe(v.boolean(), d('Whether the subject is given the basic socio-economic targets.')),
          missed: v.pipe(countSchema, v.maxValue(SOCIO_ECONOMIC_TARGETS), d('Targets missed, whole number 0–5.')),
        }),
        d('The 5 basic socio-economic targets of leaders and leadership collectives (Điều 11 khoản 4).'),
      ),
    ),
    confidenceVote: v.optional(
      v.pipe(
        v.strictObject({
          held: v.pipe(v.boolean(), d('Whether a confidence vote was held in the period.')),
          lowShare: v.optional(
            v.pipe(shareSchema, d('Share of low-confidence votes, 0 to 1. Required when `held` is true.')),
          ),
        }),
        d('The confidence vote (lấy phiếu tín nhiệm) of a leader.'),
      ),
    ),
    priorShortcomings: v.optional(
      v.pipe(
        v.array(PriorShortcomingSchema),
        d('Shortcomings named at the previous review (form part A.III). Default [].'),
      ),
    ),
    findings: v.optional(FindingsSchema),
    selfCheck: v.optional(
      v.pipe(
        v.record(
          indicatorIdSchema,
          v.strictObject({
            noted: v.pipe(v.boolean(), d('Whether the indicator shows in the subject.')),
            note: v.optional(text('What was noted.')),
          }),
        ),
        d('Self-check against the 27 indicators of degradation (I-1 … III-9), by indicator id.'),
      ),
    ),
    review: v.optional(ReviewSchema),
    proposedLevel: v.optional(v.pipe(levelSchema, d('Level the subject proposes: HTXSNV, HTTNV, HTNV or KHTNV.'))),
    // tusoi.assessment/2 only: the quarterly additions (./quarterly.ts).
    ...QUARTERLY_ENTRIES,
  }),
  v.title('tusoi.assessment/1'),
  d(
    'A self-review for rating under QĐ 366-QĐ/TW (tusoi.assessment/2 adds the optional quarterly fields of the 2026 quarterly review). Cross-field rules the shipped JSON Schema also expresses (allOf): scores or criteria required; tasks (or taskList in /2, or ledUnits for leaders) required; a held vote needs lowShare; year 2025 or later for qd366. Only the library checks (JSON Schema cannot): the quarterly fields only in /2; exceeded, onTimeWithQuality, late ≤ completed ≤ assigned; onTimeWithQuality + late ≤ completed; unitsRatedNotCompleted ≤ unitsResponsible.',
  ),
);

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
