import * as v from 'valibot';
import { toMicro } from '../../decimal.js';
import { deepFreeze } from '../../internal/frozen.js';
import { formatNumber, type Message } from '../../message.js';
import type { Warning } from '../../schemas/result.js';
import { type Q26RuleId, Q2026_RULES } from './rules.js';

// The plan settings (Q26-05 task count, Q26-42 weight ranges, Q26-43 axes) and the helpers their checks share:
// warnings about how a quarter's
// tasks were planned, never a level change. The ranges are organisation data (HD 03-HD/TVĐU PL II
// gives them as references that do not even add up to 70), so they live in a pack setting, off by default.

const d = v.description;

function range(what: string, max: number) {
  return v.pipe(
    v.strictObject({
      min: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max), d(`Fewest ${what}.`))),
      max: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max), d(`Most ${what}.`))),
    }),
    v.check((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'range-min-max'),
  );
}

/** Managers (KTC) or Party work (VATM): whom the Party-building axis (Trục 4) is required for (Q26-43). */
export const PARTY_AXIS_FOR = /* @__PURE__ */ deepFreeze(['managers', 'party-work'] as const);

/** Trục 4 (Xây dựng Đảng) required in the plan: the two organisations that state it disagree on whom for (Q26-43). */
export const PartyAxisSchema = v.pipe(
  v.strictObject({
    axis: v.pipe(v.string(), v.minLength(1), d('The Party-building axis id of the pack (Trục 4, e.g. T4).')),
    requiredFor: v.pipe(
      v.picklist(PARTY_AXIS_FOR),
      d(
        'managers: every leader, Party member or not (QĐ 1923/QĐ-CĐKT Đ12.1); party-work: those with `partyWork` (committee, inspection commission or Party-building work; HD 03-HD/TVĐU tr.11).',
      ),
    ),
  }),
  d('Trục 4 required in a quarter’s plan, and for whom (Q26-43; a warning only). Default: not checked.'),
);

/** The plan ranges a tusoi.pack/2 may set (`results.plan`); each is only a warning. */
export const PlanRangesSchema = v.pipe(
  v.strictObject({
    tasks: v.optional(v.pipe(range('tasks in the quarter', 1000), d('Tasks in the quarter (Q26-05; VATM: 3–7).'))),
    mainAxisPercent: v.optional(
      v.pipe(
        range('percent of the weight on the main axis', 100),
        d('Share of the 70 points on the main axis, in percent (Q26-42/43; VATM 40–50, KTC at least 40).'),
      ),
    ),
    keyTaskPoints: v.optional(
      v.pipe(range('points of a key task', 70), d('Weight of each key task, in points (Q26-42; VATM: 15–30).')),
    ),
    keyTasks: v.optional(
      v.pipe(range('key tasks', 1000), d('Key tasks (sản phẩm trọng tâm) in the quarter (Q26-42; VATM: 1–2).')),
    ),
    axisRequired: v.optional(
      v.pipe(v.boolean(), d('Each task names its axis (Q26-43: each task in exactly one axis).')),
    ),
    unplannedTaskPoints: v.optional(
      v.pipe(
        range('points of an unplanned task', 70),
        d('Weight of each unplanned task (sản phẩm đột xuất, `kind: "unplanned"`), in points (Q26-42; VATM: 10–15).'),
      ),
    ),
    regularTaskPoints: v.optional(
      v.pipe(
        range('points of a regular task', 70),
        d(
          'Weight of each regular task (sản phẩm thường xuyên, định kỳ, `kind: "regular"`), in points (Q26-42; VATM: 5–10).',
        ),
      ),
    ),
    regularPercent: v.optional(
      v.pipe(
        range('percent of the weight on regular tasks', 100),
        d(
          'Share of the weight on regular tasks, in percent, checked when a task names its kind (Q26-42; VATM: 30–40).',
        ),
      ),
    ),
    partyAxis: v.optional(PartyAxisSchema),
  }),
  d(
    'Plan checks of a quarter’s task list (warnings only, never a level change; Q26-05, Q26-42, Q26-43). Default: none.',
  ),
);

/** Plan ranges of a pack. */
export type PlanRanges = v.InferOutput<typeof PlanRangesSchema>;

/**
 * VATM's reference ranges (HD 03-HD/TVĐU, tr.11 and PL II tr.26–28; grade C): 3–7 tasks, the main axis
 * 40–50% of the weight, each key task 15–30 points, 1–2 key tasks, every task on an axis, each
 * unplanned task 10–15 points, each regular task 5–10 points and 30–40% of the weight on them. Not set on
 * the built-in packs (their results stay as they were); a pack adds them as `results.plan`.
 */
export const VATM_PLAN_RANGES: PlanRanges = /* @__PURE__ */ deepFreeze({
  tasks: { min: 3, max: 7 },
  mainAxisPercent: { min: 40, max: 50 },
  keyTaskPoints: { min: 15, max: 30 },
  keyTasks: { min: 1, max: 2 },
  axisRequired: true,
  unplannedTaskPoints: { min: 10, max: 15 },
  regularTaskPoints: { min: 5, max: 10 },
  regularPercent: { min: 30, max: 40 },
});

export function warn(code: string, path: string, rule: Q26RuleId, message: Message): Warning {
  const cite = Q2026_RULES[rule].cite;
  return {
    code,
    path,
    message: {
      vi: `${message.vi} (${rule}, ${cite}; chỉ là cảnh báo, không đổi mức xếp loại)`,
      en: `${message.en} (${rule}; a warning only, the level is unchanged)`,
    },
  };
}

/** A min–max range of the plan settings (either end optional). */
export type Range = { readonly min?: number | undefined; readonly max?: number | undefined };

/** Whether `value` is outside [min, max] (exactly, on millionths). */
export function outside(value: number, r: Range): boolean {
  const m = toMicro(value);
  return (r.min !== undefined && m < toMicro(r.min)) || (r.max !== undefined && m > toMicro(r.max));
}

export function rangeText(r: Range, lang: 'vi' | 'en'): string {
  const f = (x: number) => formatNumber(x, lang);
  if (r.min !== undefined && r.max !== undefined) return `${f(r.min)}–${f(r.max)}`;
  if (r.min !== undefined) return lang === 'vi' ? `từ ${f(r.min)}` : `at least ${f(r.min)}`;
  return lang === 'vi' ? `tối đa ${f(r.max ?? 0)}` : `at most ${f(r.max ?? 0)}`;
}

/**
 * part / total as a percent for a plan warning, to at most 2 decimals, rounded away from the range it
 * missed (down when under `min`, up when over `max`), so 39,995% under a 40% floor shows 39,99, never 40.
 * `part` and `total` in the same unit (millionths of a point), total > 0.
 */
export function shareOutside(part: number, total: number, over: boolean): number {
  // Hundredths of a percent: part × 10 000 / total, on integers.
  const n = part * 10_000;
  let q = Math.floor(n / total);
  while ((q + 1) * total <= n) q++;
  while (q * total > n) q--;
  return (over && q * total < n ? q + 1 : q) / 100;
}
