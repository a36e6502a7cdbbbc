import * as v from 'valibot';
import { hasAtMostSixDecimals, toMicro } from '../decimal.js';
import { fromValibotIssue, type InputIssue, TusoiInputError } from '../errors.js';
import { GROUP_TOTALS } from '../frame.js';
import { deepFreeze } from '../internal/frozen.js';
import { beyond, within, withoutPaths } from '../internal/prune.js';
import { isReservedKey } from '../internal/reserved-keys.js';
import { formatNumber } from '../message.js';
import { AppraisalRuleSchema } from '../rulesets/q2026/appraisal.js';
import { DeductionSchema } from '../rulesets/q2026/deductions.js';
import { KeyLevelPercentSchema } from '../rulesets/q2026/key-levels.js';
import { PlanRangesSchema } from '../rulesets/q2026/plan.js';
import { SUBJECT_KINDS, type SubjectKind } from '../schemas/assessment.js';
import { pointsSchema } from '../schemas/common.js';
import { RoundingRuleSchema } from './rounding.js';
import { noteId } from './unique-ids.js';

/** Format tag of a quarterly scoring pack (bảng chấm điểm quý); tusoi.pack/1 packs keep working unchanged. */
export const PACK2_FORMAT = 'tusoi.pack/2';

const d = v.description;
const text = v.pipe(v.string(), v.minLength(1), v.maxLength(5_000));
// "constructor" and "prototype" pass the pattern but are JavaScript's own names ("__proto__" does not).
const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][\w.-]*$/, 'pack-id'),
  v.check((x: string) => !isReservedKey(x), 'reserved-key'),
);
/** A share of 100% with at most 2 decimals (frame weights). */
const framePercent = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(100),
  v.check(atMostDecimals(2), 'decimals-2'),
);

/** Whether a number has at most `n` decimal places (exactly, via millionths). */
export function atMostDecimals(n: number): (x: number) => boolean {
  const unit = 10 ** (6 - n);
  return (x) => {
    const m = toMicro(x);
    return !Number.isNaN(m) && m % unit === 0;
  };
}

/** One general criterion: its maximum and wording. */
export const GeneralItemSchema = v.strictObject({
  id: v.pipe(id, d('Criterion id, unique in the pack; the key of `criteria.items` in an assessment.')),
  vi: v.pipe(text, d('Criterion wording in Vietnamese.')),
  en: v.optional(v.pipe(text, d('English gloss.'))),
  max: v.pipe(pointsSchema(0, 30), v.minValue(0.000001), d('Maximum points, more than 0.')),
  /** False when the wording is not verbatim from a legal text (shown as such). */
  verified: v.optional(
    v.pipe(v.boolean(), d('False when the wording is not verbatim from a legal text (shown as such).')),
  ),
});

/** A group of general criteria: `binary` (đảm bảo = max, không đảm bảo = 0) or `range` (0 to max, reasons for deductions). */
export const GeneralGroupSchema = v.strictObject({
  id: v.pipe(id, d('Group id, unique in the pack.')),
  vi: v.pipe(text, d('Group title in Vietnamese.')),
  en: v.optional(v.pipe(text, d('English gloss.'))),
  mode: v.pipe(
    v.picklist(['binary', 'range']),
    d('binary: đảm bảo = max, không đảm bảo = 0 (Q26-19); range: 0 to max, with reasons for deductions (Q26-20).'),
  ),
  /** The subject kinds this group applies to (groups by role); absent = every kind of the pack. */
  kinds: v.optional(
    v.pipe(
      v.array(v.picklist(SUBJECT_KINDS)),
      v.minLength(1),
      d('Subject kinds this group applies to (groups by role); absent = every kind of the pack.'),
    ),
  ),
  items: v.pipe(v.array(GeneralItemSchema), v.minLength(1), d('The criteria of the group.')),
});

/** K/AD (không áp dụng) handling: exclude-rescale = achieved ÷ applicable maxima × 30; grant-full = the item's max; manual = points given. */
export const NOT_APPLICABLE_RULES = /* @__PURE__ */ deepFreeze(['exclude-rescale', 'grant-full', 'manual'] as const);

/** How task results become the 70 points. */
export const RESULT_MODES = /* @__PURE__ */ deepFreeze([
  'task-weights',
  'axis-caps',
  'direct-axis',
  'kpi-scaled',
] as const);

/** A result axis (trục kết quả). */
export const AxisSchema = v.strictObject({
  id: v.pipe(id, d('Axis id, unique in the pack.')),
  vi: v.pipe(text, d('Axis title in Vietnamese.')),
  en: v.optional(v.pipe(text, d('English gloss.'))),
  /** Maximum points (axis-caps, direct-axis); the maxima add up to 70. */
  max: v.optional(v.pipe(pointsSchema(0, 70), d('Maximum points (axis-caps, direct-axis); the maxima add up to 70.'))),
});

/** A weight frame (khung tỷ trọng) of the components A, B, C, D in percent; they add up to 100. */
export const FrameSchema = v.strictObject({
  id: v.pipe(id, d('Frame id, unique in the pack.')),
  vi: v.pipe(text, d('Frame title in Vietnamese.')),
  en: v.optional(v.pipe(text, d('English gloss.'))),
  A: v.pipe(framePercent, d('Weight of component A, percent (at most 2 decimals).')),
  B: v.pipe(framePercent, d('Weight of component B, percent.')),
  C: v.pipe(framePercent, d('Weight of component C, percent.')),
  D: v.pipe(framePercent, d('Weight of component D, percent; A + B + C + D = 100.')),
});

/** Exceeding: `flag` (marks only; components above 100 are refused), `cap` (counted up to 100), `score120` (counted up to 120, the group still capped at 70). */
export const EXCEED_MODES = /* @__PURE__ */ deepFreeze(['flag', 'cap', 'score120'] as const);

/** Event counts of a task that a pack may turn into component caps (Q26-09, Q26-11). */
export const TASK_EVENTS = ['revisions', 'reminders', 'daysLate'] as const;

/**
 * A component cap by an event count (Q26-09 CAND: B by revisions, C by reminders; Q26-11 HCM: C by
 * working days late): the component counts at most the `cap` of the last tier whose `from` the count reaches.
 */
export const ComponentCapSchema = v.pipe(
  v.strictObject({
    component: v.pipe(v.picklist(['A', 'B', 'C', 'D']), d('The component capped.')),
    by: v.pipe(v.picklist(TASK_EVENTS), d("The task's event count that sets the cap (taskList[].events).")),
    tiers: v.pipe(
      v.array(
        v.strictObject({
          from: v.pipe(v.number(), v.safeInteger(), v.minValue(0), d('From this many events on …')),
          cap: v.pipe(
            v.number(),
            v.finite(),
            v.minValue(0),
            v.maxValue(120),
            d('… the component counts at most this percent.'),
          ),
        }),
      ),
      v.minLength(1),
      v.check(
        (t) => t[0]?.from === 0 && t.every((x, i) => i === 0 || x.from > (t[i - 1] as { from: number }).from),
        'tiers-order',
      ),
      d('Tiers in increasing `from`, the first from 0.'),
    ),
    source: v.pipe(text, d('Where the tiers come from.')),
  }),
  d('A component capped by an event count (Q26-09, Q26-11). A task without that count is not capped.'),
);

/** Valibot schema of tusoi.pack/2 (field shapes; sums and references are checked by {@link parsePack2}). */
export const Pack2Schema = v.pipe(
  v.strictObject({
    format: v.pipe(v.literal(PACK2_FORMAT), d('Format tag, always "tusoi.pack/2".')),
    id: v.pipe(id, d("Pack id, referred to by an assessment's `pack` (letters, digits, . - _).")),
    title: v.pipe(
      v.strictObject({
        vi: v.pipe(text, d('Title in Vietnamese.')),
        en: v.optional(v.pipe(text, d('English title.'))),
      }),
      d("The pack's title."),
    ),
    kinds: v.pipe(
      v.array(v.picklist(SUBJECT_KINDS)),
      v.minLength(1),
      d('Subject kinds the pack is for; general maxima add up to 30 for each.'),
    ),
    source: v.pipe(
      v.strictObject({
        citation: v.pipe(text, d('Where the pack comes from (document, page).')),
        grade: v.pipe(
          v.picklist(['A', 'B', 'C', 'D', 'X']),
          d('Source grade: A central text … D hearsay, X made up for examples (see docs/packs.md).'),
        ),
        note: v.optional(v.pipe(text, d('Anything else about the source.'))),
      }),
      d("The pack's source and how far it can be trusted."),
    ),
    general: v.pipe(
      v.strictObject({
        groups: v.pipe(v.array(GeneralGroupSchema), v.minLength(1), d('Groups of general criteria (30 points).')),
        notApplicable: v.optional(
          v.pipe(
            v.strictObject({
              allowed: v.pipe(v.boolean(), d('Whether an item may be marked K/AD (không áp dụng).')),
              rule: v.pipe(
                v.picklist(NOT_APPLICABLE_RULES),
                d(
                  "exclude-rescale: achieved ÷ applicable maxima × 30; grant-full: the item's max; manual: points given.",
                ),
              ),
            }),
            d('K/AD (không áp dụng) handling. Default: not allowed.'),
          ),
        ),
        /** A deduction of at least this many points on one item needs a reason (HD 03-HD/TVĐU tr.10: 1 point). */
        deductionReasonMin: v.optional(
          v.pipe(
            pointsSchema(0, 30),
            d('A deduction of at least this many points on one item needs a reason (HD 03-HD/TVĐU tr.10: 1 point).'),
          ),
        ),
      }),
      d('The general criteria (tiêu chí chung), 30 points.'),
    ),
    results: v.pipe(
      v.strictObject({
        mode: v.pipe(
          v.picklist(RESULT_MODES),
          d('How task results become the 70 points: task-weights, axis-caps, direct-axis or kpi-scaled.'),
        ),
        axes: v.optional(v.pipe(v.array(AxisSchema), d('Result axes (axis-caps, direct-axis).'))),
        frames: v.optional(v.pipe(v.array(FrameSchema), d('Weight frames of components A–D (task-weights).'))),
        defaultFrame: v.optional(v.pipe(id, d('Id of the frame used when an assessment names none.'))),
        /** How far each component's weight may move from the frame, in percentage points (HD 03-HD/TVĐU tr.13: 10). */
        frameAdjustPp: v.optional(
          v.pipe(
            v.number(),
            v.finite(),
            v.minValue(0),
            v.maxValue(100),
            d(
              "How far each component's weight may move from the frame, in percentage points (HD 03-HD/TVĐU tr.13: 10).",
            ),
          ),
        ),
        /** How far the task weights may add up from 70 (HD 03 app: 0,05). */
        weightTolerance: v.optional(
          v.pipe(pointsSchema(0, 70), d('How far the task weights may add up from 70, in points (HD 03: 0.05).')),
        ),
        /** kpi-scaled: the factor (HD 20-HD/ĐUCA Mục 5.3: 0,7) and whether D counts for leaders only. */
        kpiFactor: v.optional(
          v.pipe(
            v.number(),
            v.finite(),
            v.minValue(0),
            v.maxValue(1),
            v.check(hasAtMostSixDecimals, 'decimals'),
            d('kpi-scaled: the KPI is multiplied by this factor (HD 20-HD/ĐUCA Mục 5.3: 0.7).'),
          ),
        ),
        dLeadersOnly: v.optional(
          v.pipe(
            v.boolean(),
            d('kpi-scaled: component D counts for leaders only, so others score (A + B + C) / 3 (Q26-03).'),
          ),
        ),
        plan: v.optional(PlanRangesSchema),
        componentCaps: v.optional(
          v.pipe(
            v.array(ComponentCapSchema),
            d('task-weights: components capped by event counts (Q26-09, Q26-11). Default: none.'),
          ),
        ),
        keyLevelPercent: v.optional(
          v.pipe(
            v.array(KeyLevelPercentSchema),
            d(
              'task-weights: the result range of each Mức of a key task (Q26-15; KTC: Mức 1 90–100%, Mức 2 60 – under 90%, Mức 3 under 60%); a key task outside its Mức’s range is a warning only. Default: none.',
            ),
          ),
        ),
        deductions: v.optional(
          v.pipe(
            v.array(DeductionSchema),
            d(
              'task-weights: a share of a component taken off per event, after any caps (Q26-10; NĐ 335: B −25 per failed review, C −25 per delay). Default: none.',
            ),
          ),
        ),
        exceed: v.pipe(
          v.picklist(EXCEED_MODES),
          d(
            'Exceeding: flag (marks only; above 100 refused), cap (counted up to 100), score120 (up to 120, group capped at 70) (Q26-02, Q26-12).',
          ),
        ),
      }),
      d('The task results (kết quả thực hiện nhiệm vụ), 70 points.'),
    ),
    appraisal: v.optional(AppraisalRuleSchema),
    rounding: v.optional(
      v.pipe(
        v.strictObject({
          /** Each task's points (kpi-scaled: each component A–D). */
          taskScore: v.optional(v.pipe(RoundingRuleSchema, d("Each task's points (kpi-scaled: each component A–D)."))),
          /** The 70-point group. */
          tasksTotal: v.optional(v.pipe(RoundingRuleSchema, d('The 70-point group.'))),
          /** The KPI (kpi-scaled only), before × factor. */
          kpi: v.optional(v.pipe(RoundingRuleSchema, d('The KPI (kpi-scaled only), before × factor.'))),
          /** The 30-point group. */
          generalTotal: v.optional(v.pipe(RoundingRuleSchema, d('The 30-point group.'))),
          total: v.optional(v.pipe(RoundingRuleSchema, d('The total of 100.'))),
        }),
        d('Rounding rules, set per organisation; a step with no rule rounds half-even to 6 decimals.'),
      ),
    ),
  }),
  v.title('tusoi.pack/2'),
  d(
    'A quarterly scoring pack (bảng chấm điểm quý) of the 2026 quarterly review: general criteria (30), task results (70) and how they are computed and rounded.',
  ),
);

/** A quarterly scoring pack (tusoi.pack/2). */
export type Pack2 = v.InferOutput<typeof Pack2Schema>;
/** A general group of a pack/2. */
export type GeneralGroup = v.InferOutput<typeof GeneralGroupSchema>;
/** A weight frame. */
export type Frame = v.InferOutput<typeof FrameSchema>;

const micro = (x: number) => toMicro(x);

const groupCache = new WeakMap<Pack2, Map<SubjectKind, readonly GeneralGroup[]>>();

/** The general groups that apply to a subject kind (cached per pack: classify reads it on every call). */
export function groupsFor(pack: Pack2, kind: SubjectKind): readonly GeneralGroup[] {
  let byKind = groupCache.get(pack);
  if (byKind === undefined) {
    byKind = new Map();
    groupCache.set(pack, byKind);
  }
  let groups = byKind.get(kind);
  if (groups === undefined) {
    groups = pack.general.groups.filter((g) => g.kinds === undefined || g.kinds.includes(kind));
    byKind.set(kind, groups);
  }
  return groups;
}

/** Problems beyond field shapes: 30 per kind, axes 70, frames 100, unique ids, references. */
export function pack2Issues(p: Pack2): InputIssue[] {
  const issues: InputIssue[] = [];
  // Criteria are unique across groups (an assessment keys its answers by criterion id alone);
  // groups, axes and frames each among their own kind: a second "K1" would never be chosen.
  const items = new Set<string>();
  const groupIds = new Set<string>();
  p.general.groups.forEach((g, gi) => {
    noteId(groupIds, g.id, `general.groups[${gi}].id`, issues);
    for (const [ii, item] of g.items.entries()) noteId(items, item.id, `general.groups[${gi}].items[${ii}].id`, issues);
  });
  const axisIds = new Set<string>();
  for (const [i, a] of (p.results.axes ?? []).entries()) noteId(axisIds, a.id, `results.axes[${i}].id`, issues);
  const frameIds = new Set<string>();
  for (const [i, f] of (p.results.frames ?? []).entries()) noteId(frameIds, f.id, `results.frames[${i}].id`, issues);
  for (const kind of p.kinds) {
    let sum = 0;
    for (const g of groupsFor(p, kind)) for (const item of g.items) sum += micro(item.max);
    if (sum !== GROUP_TOTALS.general * 1_000_000)
      issues.push({
        code: 'group-sum',
        path: 'general.groups',
        message: {
          vi: `Nhóm tiêu chí chung cho đối tượng "${kind}": tổng điểm tối đa là ${formatNumber(sum / 1e6, 'vi')}, phải đúng 30`,
          en: `general criteria for kind "${kind}": maxima add up to ${sum / 1e6}, must be exactly 30`,
        },
      });
  }
  const r = p.results;
  const axes = r.axes ?? [];
  if ((r.mode === 'axis-caps' || r.mode === 'direct-axis') && axes.length === 0)
    issues.push({
      code: 'axes-missing',
      path: 'results.axes',
      message: { vi: 'cần danh sách trục', en: 'axes are required' },
    });
  if (r.mode === 'axis-caps' || r.mode === 'direct-axis') {
    let sum = 0;
    axes.forEach((a, i) => {
      if (a.max === undefined)
        issues.push({
          code: 'axis-max-missing',
          path: `results.axes[${i}].max`,
          message: { vi: 'trục cần điểm tối đa', en: 'the axis needs a max' },
        });
      else sum += micro(a.max);
    });
    if (sum !== GROUP_TOTALS.results * 1_000_000)
      issues.push({
        code: 'axes-sum',
        path: 'results.axes',
        message: {
          vi: `tổng điểm tối đa các trục là ${formatNumber(sum / 1e6, 'vi')}, phải đúng 70`,
          en: `axis maxima add up to ${sum / 1e6}, must be exactly 70`,
        },
      });
  }
  (r.frames ?? []).forEach((f, i) => {
    const sum = micro(f.A) + micro(f.B) + micro(f.C) + micro(f.D);
    if (sum !== 100_000_000)
      issues.push({
        code: 'frame-sum',
        path: `results.frames[${i}]`,
        message: {
          vi: `khung "${f.id}": A + B + C + D = ${formatNumber(sum / 1e6, 'vi')}%, phải đúng 100%`,
          en: `frame "${f.id}": A + B + C + D = ${sum / 1e6}%, must be exactly 100%`,
        },
      });
  });
  if (r.mode === 'task-weights' && (r.frames ?? []).length === 0)
    issues.push({
      code: 'frames-missing',
      path: 'results.frames',
      message: { vi: 'cần ít nhất một khung tỷ trọng', en: 'at least one frame is required' },
    });
  if (r.defaultFrame !== undefined && !(r.frames ?? []).some((f) => f.id === r.defaultFrame))
    issues.push({
      code: 'frame-unknown',
      path: 'results.defaultFrame',
      message: { vi: `không có khung "${r.defaultFrame}"`, en: `there is no frame "${r.defaultFrame}"` },
    });
  if (r.mode === 'kpi-scaled' && r.kpiFactor === undefined)
    issues.push({
      code: 'kpi-factor-missing',
      path: 'results.kpiFactor',
      message: { vi: 'cần hệ số KPI', en: 'kpiFactor is required' },
    });
  return issues;
}

/**
 * The pack's own problems in `input` without its bad fields. When the copy lacks only those fields
 * (a required title too short), the checks still run on it, and whatever they say at or above a
 * left-out field (a sum over a bad value) is dropped: those checks' inputs are invalid.
 */
function restIssues(input: unknown, bad: ReadonlySet<string>): InputIssue[] {
  const rest = withoutPaths(input, bad);
  const again = v.safeParse(Pack2Schema, rest);
  if (again.success) return pack2Issues(again.output);
  const onlyLeftOut = again.issues.every((i) => [...bad].some((p) => within(fromValibotIssue(i).path, p)));
  if (!onlyLeftOut) return [];
  try {
    return pack2Issues(rest as Pack2).filter((i) => ![...bad].some((p) => within(p, i.path)));
  } catch {
    return [];
  }
}

/** Validates a quarterly pack; throws {@link TusoiInputError} naming every problem. */
export function parsePack2(input: unknown): Pack2 {
  const parsed = v.safeParse(Pack2Schema, input);
  if (!parsed.success) {
    // One pass: the pack's own checks (ids, sums) still run on the fields that are well-shaped.
    const fields = parsed.issues.map(fromValibotIssue);
    const bad = new Set(fields.map((i) => i.path));
    throw new TusoiInputError(bad.has('') ? fields : [...fields, ...beyond(fields, restIssues(input, bad))]);
  }
  const issues = pack2Issues(parsed.output);
  if (issues.length > 0) throw new TusoiInputError(issues);
  return parsed.output;
}
