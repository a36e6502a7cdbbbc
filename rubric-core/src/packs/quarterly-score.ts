import { fromMicro, toMicro } from '../decimal.js';
import { type InputIssue, TusoiInputError } from '../errors.js';
import { isDeepFrozen } from '../internal/frozen.js';
import { textKey } from '../internal/key.js';
import { formatNumber } from '../message.js';
import { deductByEvents, type EventDeduction } from '../rulesets/q2026/deductions.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Answer } from '../schemas/quarterly.js';
import { type Frame, type GeneralGroup, groupsFor, type NOT_APPLICABLE_RULES, type Pack2 } from './quarterly-pack.js';
import { type Exact, exact, ratio, roundExact, roundRatio } from './rounding.js';

/** The scores of a quarterly assessment under a tusoi.pack/2, each level rounded as the pack says. */
export interface QuarterScores {
  readonly general: number;
  readonly results: number;
  readonly total: number;
  /** Each task's points (task-weights), in list order. */
  readonly tasks?: readonly number[];
  /** Each axis's points (axis-caps, direct-axis). */
  readonly axes?: Readonly<Record<string, number>>;
  /** The KPI in percent (kpi-scaled). */
  readonly kpi?: number;
  /** Criteria answered K/AD. */
  readonly notApplicable: readonly string[];
  /** How the pack handles them (Q26-21), when any was answered K/AD. */
  readonly notApplicableRule?: (typeof NOT_APPLICABLE_RULES)[number];
  /** True when a cap (30, 70, 100) cut a computed value (Q26-01). */
  readonly capped: boolean;
  /** Components the pack's event caps lowered (Q26-09, Q26-11), in task order. */
  readonly eventCaps?: readonly EventCap[];
  /** Components the pack's deductions lowered or exempted (Q26-10), in task order. */
  readonly deductions?: readonly EventDeduction[];
  /** Each task's result in millionths of a percent (task-weights), only when the pack maps Mức to % (Q26-15). */
  readonly taskPercents?: readonly number[];
  /** The weight frame the tasks were scored with (task-weights, Q26-04). */
  readonly frame?: FrameUsed;
  /** True when the axis points were entered directly (direct-axis, Q26-07). */
  readonly axesDirect?: boolean;
  /** The results total had the unrounded task points been added, when rounding each task moved it (Q26-18). */
  readonly unroundedResults?: number;
}

/** The person's weight frame as applied: declared, declared with adjusted weights, or the pack's default; and tasks with their own. */
export interface FrameUsed {
  readonly frame: Frame;
  readonly how: 'declared' | 'adjusted' | 'default';
  /** Tasks scored with a frame of their own: list index and frame id. */
  readonly own: readonly { readonly task: number; readonly id: string }[];
}

/** One component lowered by an event cap: task index, component, the event count and the cap in percent. */
export interface EventCap {
  readonly task: number;
  readonly component: 'A' | 'B' | 'C' | 'D';
  readonly by: 'revisions' | 'reminders' | 'daysLate';
  readonly count: number;
  readonly cap: number;
}

const GENERAL_MAX = 30_000_000;
const RESULTS_MAX = 70_000_000;
const TOTAL_MAX = 100_000_000;

function normalise(value: number | boolean | Answer, max: number): Answer {
  if (typeof value === 'boolean') return { answer: value ? 'met' : 'notMet' };
  if (typeof value === 'number')
    return toMicro(value) === toMicro(max) ? { answer: 'met' } : { answer: 'notMet', points: value };
  return value;
}

interface General {
  readonly micro: number;
  readonly notApplicable: string[];
  readonly capped: boolean;
}

/**
 * The answers by criterion id as compared (NFC, trimmed, as tusoi.assessment/1 reads them): " pl4-1.1 "
 * is pl4-1.1. Two keys that are one id are refused (`duplicate-id`), neither silently kept.
 */
function keyedItems<V>(raw: Readonly<Record<string, V>>, issues: InputIssue[]): Readonly<Record<string, V>> {
  let plain = true;
  for (const key in raw) if (textKey(key) !== key) plain = false;
  if (plain) return raw;
  const out: Record<string, V> = {};
  for (const key of Object.keys(raw)) {
    const id = textKey(key);
    if (Object.hasOwn(out, id))
      issues.push({
        code: 'duplicate-id',
        path: `criteria.items.${key}`,
        message: { vi: `tiêu chí "${id}" được ghi hai lần`, en: `criterion "${id}" is given twice` },
      });
    else Object.defineProperty(out, id, { value: raw[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const itemPath = (id: string): string => `criteria.items.${id}`;

/** The criteria of a kind in order (ids, keys as compared, maxima in millionths) and whether each key is its id. */
interface CriteriaKeys {
  readonly ids: readonly string[];
  readonly maxes: readonly number[];
  readonly keys: readonly string[];
  readonly micros: readonly number[];
  /** Every key is its id (already NFC, trimmed), no two alike, none a name Object.prototype has. */
  readonly exact: boolean;
  /** The groups were deep-frozen when read: they cannot have changed since. */
  readonly frozen: boolean;
}

// Kept per group list (groupsFor keeps one per pack and kind) with the ids and maxima read: a
// list whose items were changed since is read again. Saves normalising every id on every call.
const criteriaKeyCache = new WeakMap<readonly GeneralGroup[], CriteriaKeys>();

function criteriaKeys(groups: readonly GeneralGroup[]): CriteriaKeys {
  const hit = criteriaKeyCache.get(groups);
  if (hit?.frozen === true) return hit;
  if (hit !== undefined) {
    let j = 0;
    let same = true;
    for (const g of groups)
      for (const item of g.items) {
        if (item.id !== hit.ids[j] || item.max !== hit.maxes[j]) same = false;
        j++;
      }
    if (same && j === hit.ids.length) return hit;
  }
  const list = groups.flatMap((g) => g.items);
  const ids = list.map((i) => i.id);
  const keys = ids.map(textKey);
  const exact = keys.every((k, i) => k === ids[i] && !(k in Object.prototype)) && new Set(keys).size === keys.length;
  const out = {
    ids,
    maxes: list.map((i) => i.max),
    keys,
    micros: list.map((i) => toMicro(i.max)),
    exact,
    frozen: groups.every(isDeepFrozen),
  };
  criteriaKeyCache.set(groups, out);
  return out;
}

/**
 * The number of answers when the answers' keys are exactly the criteria's keys (each found, none
 * other), else -1: then no key needs normalising (what {@link keyedItems} would find).
 */
function exactAnswerCount(raw: Readonly<Record<string, unknown>>, keys: readonly string[]): number {
  for (const k of keys) if (raw[k] === undefined) return -1;
  let n = 0;
  for (const _ in raw) n++;
  return n === keys.length ? n : -1;
}

/**
 * The answers in the criteria's order when the answers' keys are exactly the criteria's keys in that
 * order (as forms and drafts write them), else undefined. One for-in pass: V8 reads each value from
 * the object's own key list, where looking 17 ids up by name costs several times more.
 */
function answersInOrder<V>(raw: Readonly<Record<string, V>>, keys: readonly string[]): V[] | undefined {
  const out = new Array<V>(keys.length);
  let j = 0;
  for (const k in raw) {
    if (k !== keys[j]) return undefined;
    const value = raw[k] as V;
    if (value === undefined) return undefined;
    out[j++] = value;
  }
  return j === keys.length ? out : undefined;
}

function generalScore(pack: Pack2, a: Assessment, issues: InputIssue[]): General {
  const groups = groupsFor(pack, a.subject.kind);
  const ck = criteriaKeys(groups);
  const answers = a.criteria?.items ?? {};
  const ordered = ck.exact ? answersInOrder(answers, ck.keys) : undefined;
  const exactCount = ordered !== undefined ? ordered.length : ck.exact ? exactAnswerCount(answers, ck.keys) : -1;
  const items = exactCount >= 0 ? answers : keyedItems(answers, issues);
  const na = pack.general.notApplicable;
  const reasonMin = pack.general.deductionReasonMin === undefined ? -1 : toMicro(pack.general.deductionReasonMin);
  let achieved = 0;
  let applicable = 0;
  let excluded = false;
  const notApplicable: string[] = [];
  let answered = 0;
  let j = 0;
  // Indexed loops: a built-in pack's arrays are frozen, and V8 steps a for-of over a frozen array
  // through a call per element.
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi] as GeneralGroup;
    for (let ii = 0; ii < group.items.length; ii++) {
      const item = group.items[ii] as GeneralGroup['items'][number];
      // Paths are written only when an issue needs one (no closure per item: this loop is hot).
      const raw = ordered !== undefined ? ordered[j] : items[ck.keys[j] as string];
      const max = ck.micros[j] as number;
      j++;
      if (raw === undefined) {
        issues.push({
          code: 'missing',
          path: itemPath(item.id),
          message: { vi: 'tiêu chí chưa được chấm', en: 'criterion not scored yet' },
        });
        continue;
      }
      answered++;
      const ans = normalise(raw, item.max);
      let points = 0;
      if (ans.answer === 'notApplicable') {
        notApplicable.push(item.id);
        if (na?.allowed !== true) {
          issues.push({
            code: 'not-applicable-not-allowed',
            path: itemPath(item.id),
            message: {
              vi: `bảng "${pack.id}" không cho ghi "K/AD" (không áp dụng)`,
              en: `pack "${pack.id}" does not allow K/AD (not applicable)`,
            },
          });
          continue;
        }
        if (ans.reason === undefined || ans.reason.trim() === '') {
          issues.push({
            code: 'reason-missing',
            path: `${itemPath(item.id)}.reason`,
            message: {
              vi: 'tiêu chí ghi "K/AD" phải nêu lý do (không mặc nhiên chấm tối đa hoặc bằng không)',
              en: 'a K/AD criterion needs a reason (never silently full marks or zero)',
            },
          });
          continue;
        }
        if (na.rule === 'exclude-rescale') {
          excluded = true;
          continue;
        }
        if (na.rule === 'grant-full') points = max;
        else if (ans.points === undefined) {
          issues.push({
            code: 'points-missing',
            path: `${itemPath(item.id)}.points`,
            message: {
              vi: 'bảng xử lý "K/AD" theo quyết định của cấp có thẩm quyền: cần ghi số điểm',
              en: 'the pack leaves K/AD to the competent level: the points are required',
            },
          });
          continue;
        } else points = toMicro(ans.points);
      } else if (ans.answer === 'met') {
        points = max;
        if (ans.points !== undefined && toMicro(ans.points) !== max) {
          issues.push({
            code: 'met-points',
            path: `${itemPath(item.id)}.points`,
            message: {
              vi: `"đảm bảo" là đủ ${formatNumber(item.max, 'vi')} điểm (nhận ${formatNumber(ans.points, 'vi')})`,
              en: `"met" is the full ${item.max} points (got ${ans.points})`,
            },
          });
          continue;
        }
      } else {
        points = ans.points === undefined ? (group.mode === 'binary' ? 0 : Number.NaN) : toMicro(ans.points);
        if (Number.isNaN(points)) {
          issues.push({
            code: 'points-missing',
            path: `${itemPath(item.id)}.points`,
            message: { vi: 'tiêu chí chấm theo mức cần số điểm đạt', en: 'a range criterion needs its points' },
          });
          continue;
        }
        const ok = group.mode === 'binary' ? points === 0 : points < max;
        if (!ok) {
          issues.push({
            code: 'not-met-points',
            path: `${itemPath(item.id)}.points`,
            message:
              group.mode === 'binary'
                ? { vi: '"không đảm bảo" là 0 điểm', en: '"not met" is 0 points' }
                : {
                    vi: `"không đảm bảo đầy đủ" phải dưới ${formatNumber(item.max, 'vi')} điểm`,
                    en: `"not fully met" must be under ${item.max} points`,
                  },
          });
          continue;
        }
        if (reasonMin >= 0 && max - points >= reasonMin && (ans.reason === undefined || ans.reason.trim() === '')) {
          issues.push({
            code: 'reason-missing',
            path: `${itemPath(item.id)}.reason`,
            message: {
              vi: `giảm ${formatNumber(fromMicro(max - points), 'vi')} điểm (từ ${formatNumber(fromMicro(reasonMin), 'vi')} điểm trở lên) phải nêu căn cứ`,
              en: `a deduction of ${fromMicro(max - points)} point${max - points === 1_000_000 ? '' : 's'} (${fromMicro(reasonMin)} or more) needs its basis`,
            },
          });
          continue;
        }
      }
      achieved += points;
      applicable += max;
    }
  }
  let given = exactCount;
  if (given < 0) {
    given = 0;
    for (const _ in items) given++;
  }
  // Only when some key is not a criterion of the pack: find which (rare path).
  if (given !== answered)
    for (const key of Object.keys(items))
      if (!groups.some((g) => g.items.some((i) => textKey(i.id) === key)))
        issues.push({
          code: 'unknown-criterion',
          path: `criteria.items.${key}`,
          message: {
            vi: `bảng "${pack.id}" không có tiêu chí "${key}" cho đối tượng "${a.subject.kind}"`,
            en: `pack "${pack.id}" has no criterion "${key}" for kind "${a.subject.kind}"`,
          },
        });
  if (excluded && applicable === 0) {
    issues.push({
      code: 'all-not-applicable',
      path: 'criteria.items',
      message: {
        vi: 'mọi tiêu chí đều "K/AD": không tính được điểm',
        en: 'every criterion is K/AD: no score can be computed',
      },
    });
    return { micro: 0, notApplicable, capped: false };
  }
  // K/AD exclude-rescale (Q26-21): achieved ÷ applicable maxima × 30, rounded once.
  const value: Exact = excluded ? ratio(achieved * GENERAL_MAX, applicable) : exact(achieved);
  const micro = roundExact(value, pack.rounding?.generalTotal);
  return { micro: Math.min(micro, GENERAL_MAX), notApplicable, capped: micro > GENERAL_MAX };
}

const COMPONENTS = ['A', 'B', 'C', 'D'] as const;

/** The first of a pack's frames whose id is `id` (ids compared NFC and trimmed). */
function findFrame(frames: readonly Frame[], id: string): Frame | undefined {
  // A loop, the wanted key normalised once: this runs for every quarter (a find callback
  // normalised it again for every frame).
  const key = textKey(id);
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (f.id === key || textKey(f.id) === key) return f;
  }
  return undefined;
}

function frameOf(pack: Pack2, a: Assessment, issues: InputIssue[]): Frame | undefined {
  const frames = pack.results.frames ?? [];
  const id = a.frame?.id ?? pack.results.defaultFrame;
  if (id === undefined) {
    issues.push({
      code: 'frame-missing',
      path: 'frame',
      message: { vi: 'cần chọn khung tỷ trọng', en: 'a weight frame is required' },
    });
    return undefined;
  }
  const base = findFrame(frames, id);
  if (base === undefined) {
    issues.push({
      code: 'frame-unknown',
      path: 'frame.id',
      message: { vi: `bảng "${pack.id}" không có khung "${id}"`, en: `pack "${pack.id}" has no frame "${id}"` },
    });
    return undefined;
  }
  const chosen = a.frame;
  if (
    chosen === undefined ||
    (chosen.A === undefined && chosen.B === undefined && chosen.C === undefined && chosen.D === undefined)
  )
    return base;
  // Adjusted weights (HD 03-HD/TVĐU tr.13): each within ±pp of the frame, together exactly 100%.
  const pp = toMicro(pack.results.frameAdjustPp ?? 0);
  const adjusted = { ...base };
  let sum = 0;
  let ok = true;
  for (const c of COMPONENTS) {
    const value = chosen[c] ?? base[c];
    if (Math.abs(toMicro(value) - toMicro(base[c])) > pp) {
      ok = false;
      issues.push({
        code: 'frame-adjustment-range',
        path: `frame.${c}`,
        message: {
          vi: `tỷ trọng ${c} = ${formatNumber(value, 'vi')}% lệch khung ${base.id} (${formatNumber(base[c], 'vi')}%) quá ${formatNumber(fromMicro(pp), 'vi')} điểm phần trăm`,
          en: `weight ${c} = ${value}% is more than ${fromMicro(pp)} pp from frame ${base.id} (${base[c]}%)`,
        },
      });
    }
    adjusted[c] = value;
    sum += toMicro(value);
  }
  if (sum !== 100_000_000) {
    ok = false;
    issues.push({
      code: 'frame-sum',
      path: 'frame',
      message: {
        vi: `A + B + C + D của khung = ${formatNumber(fromMicro(sum), 'vi')}%, phải đúng 100%`,
        en: `the frame's A + B + C + D = ${fromMicro(sum)}%, must be exactly 100%`,
      },
    });
  }
  return ok ? adjusted : undefined;
}

/**
 * The problems of an assessment's `frame` against a pack that scores by task weights: a frame the
 * pack does not have (`frame-unknown` at `frame.id`), adjusted weights beyond ±pp
 * (`frame-adjustment-range` at `frame.<A–D>`) or not summing to 100% (`frame-sum` at `frame`).
 * None when no frame is named or the pack scores otherwise. {@link scoreQuarter} checks the same.
 */
export function frameIssues(pack: Pack2, a: Assessment): InputIssue[] {
  const issues: InputIssue[] = [];
  if (a.frame !== undefined && pack.results.mode === 'task-weights') frameOf(pack, a, issues);
  return issues;
}

/** A frame's A, B, C, D weights in hundredths of a percent (whole numbers: frames carry at most 2 decimals). */
function frameParts(frame: Frame): readonly number[] {
  return [toMicro(frame.A) / 10_000, toMicro(frame.B) / 10_000, toMicro(frame.C) / 10_000, toMicro(frame.D) / 10_000];
}

/** A component's millionths of a percent after the pack's event caps (the lowest cap that applies). */
function capByEvents(
  caps: NonNullable<Pack2['results']['componentCaps']>,
  c: 'A' | 'B' | 'C' | 'D',
  t: NonNullable<Assessment['taskList']>[number],
  micro: number,
  task: number,
  lowered: EventCap[],
): number {
  let out = micro;
  for (const cap of caps) {
    if (cap.component !== c) continue;
    const n = t.events?.[cap.by];
    if (n === undefined) continue;
    let limit = cap.tiers[0]?.cap ?? 120;
    for (const tier of cap.tiers) if (n >= tier.from) limit = tier.cap;
    if (toMicro(limit) < out) {
      out = toMicro(limit);
      lowered.push({ task, component: c, by: cap.by, count: n, cap: limit });
    }
  }
  return out;
}

type Axes = readonly { readonly id: string }[];

/** A pack's axis ids as compared (NFC, trimmed); `exact` when each is its id as written. */
interface AxisKeys {
  readonly ids: readonly string[];
  readonly keys: readonly string[];
  /** The keys as a set: one hashed lookup per task rather than comparing text with each axis. */
  readonly keySet: ReadonlySet<string>;
  readonly exact: boolean;
  /** The axes were deep-frozen when read: they cannot have changed since. */
  readonly frozen: boolean;
}

// Kept per axes list with the ids they came from: a list whose ids were changed since is read
// again. Saves normalising every axis for every task.
const axisKeyCache = new WeakMap<Axes, AxisKeys>();

/** Whether the axes still carry the ids read before (a loop: checked on every quarter). */
function sameIds(ids: readonly string[], axes: Axes): boolean {
  if (ids.length !== axes.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== axes[i]?.id) return false;
  return true;
}

function axisKeys(axes: Axes): AxisKeys {
  const hit = axisKeyCache.get(axes);
  if (hit !== undefined && (hit.frozen || sameIds(hit.ids, axes))) return hit;
  const ids = axes.map((x) => x.id);
  const keys = ids.map(textKey);
  const out = {
    ids,
    keys,
    keySet: new Set(keys),
    exact: keys.every((k, i) => k === ids[i]),
    frozen: isDeepFrozen(axes),
  };
  axisKeyCache.set(axes, out);
  return out;
}

/** Whether `id` names one of the axes (ids compared NFC and trimmed). */
function hasAxis(axes: AxisKeys, id: string): boolean {
  // An id written exactly as an axis id that is its own key needs no normalising.
  return (axes.exact && axes.keySet.has(id)) || axes.keySet.has(textKey(id));
}

function componentValue(pack: Pack2, value: number, path: string, issues: InputIssue[], unit = 100): number {
  const m = toMicro(value);
  const cap = unit * 1_000_000;
  if (m <= cap) return m;
  if (pack.results.exceed === 'cap') return cap;
  if (pack.results.exceed === 'score120') return m;
  issues.push({
    code: 'exceeding-not-scored',
    path,
    message: {
      vi: `bảng "${pack.id}" không cộng điểm vượt chuẩn: tối đa ${unit === 1 ? '1' : '100%'} (đánh dấu "Vượt chuẩn" (exceeded) cho nhiệm vụ thay vào đó)`,
      en: `pack "${pack.id}" adds no points for exceeding: at most ${unit === 1 ? '1' : '100%'} (mark "exceeded" instead)`,
    },
  });
  return cap;
}

const taskPath = (i: number): string => `taskList[${i}]`;

/** Component A, B, C or D (k = 0…3) by name: one monomorphic read each rather than a keyed one. */
function componentOf(c: NonNullable<NonNullable<Assessment['taskList']>[number]['components']>, k: number) {
  return k === 0 ? c.A : k === 1 ? c.B : k === 2 ? c.C : c.D;
}

function taskWeights(
  pack: Pack2,
  a: Assessment,
  issues: InputIssue[],
): {
  micro: number;
  tasks: number[];
  lowered?: EventCap[] | undefined;
  deducted?: EventDeduction[] | undefined;
  percents?: number[] | undefined;
  frame?: FrameUsed | undefined;
  unrounded?: number | undefined;
} {
  const list = a.taskList ?? [];
  const tasks: number[] = [];
  if (list.length === 0) {
    issues.push({
      code: 'task-list-missing',
      path: 'taskList',
      message: { vi: 'cần danh sách nhiệm vụ', en: 'the task list is required' },
    });
    // A frame the user named is checked all the same: its problems are named with the missing list.
    if (a.frame !== undefined) frameOf(pack, a, issues);
    return { micro: 0, tasks };
  }
  const person = frameOf(pack, a, issues);
  const axes = pack.results.axes === undefined ? undefined : axisKeys(pack.results.axes);
  const frames = pack.results.frames ?? [];
  const rule = pack.rounding?.taskScore;
  let weights = 0;
  let total = 0;
  const caps = pack.results.componentCaps;
  const lowered: EventCap[] = [];
  const deductions = pack.results.deductions;
  const deducted: EventDeduction[] = [];
  const percents = pack.results.keyLevelPercent === undefined ? undefined : new Array<number>(list.length);
  // The person's frame as whole hundredths of a percent, once (not per task).
  const personParts = person === undefined ? undefined : frameParts(person);
  let own: { task: number; id: string }[] | undefined;
  // The sum of the unrounded task points (same units as `s * weight`), to tell when rounding each task moved the total.
  let raw = 0;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as NonNullable<Assessment['taskList']>[number];
    // Paths are written only when an issue needs one (no closure per task: this loop is hot).
    if (t.axis !== undefined && axes !== undefined && !hasAxis(axes, t.axis))
      issues.push({
        code: 'axis-unknown',
        path: `${taskPath(i)}.axis`,
        message: { vi: `bảng "${pack.id}" không có trục "${t.axis}"`, en: `pack "${pack.id}" has no axis "${t.axis}"` },
      });
    let frame = person;
    let parts = personParts;
    if (t.frame !== undefined) {
      frame = findFrame(frames, t.frame);
      parts = frame === undefined ? undefined : frameParts(frame);
      if (frame !== undefined) {
        own ??= [];
        own.push({ task: i, id: frame.id });
      }
      if (frame === undefined)
        issues.push({
          code: 'frame-unknown',
          path: `${taskPath(i)}.frame`,
          message: {
            vi: `bảng "${pack.id}" không có khung "${t.frame}"`,
            en: `pack "${pack.id}" has no frame "${t.frame}"`,
          },
        });
    }
    if (t.weight === undefined) {
      issues.push({
        code: 'weight-missing',
        path: `${taskPath(i)}.weight`,
        message: { vi: 'nhiệm vụ cần trọng số', en: 'the task needs a weight' },
      });
      continue;
    }
    const weight = toMicro(t.weight);
    weights += weight;
    if (frame === undefined || parts === undefined) continue;
    // R = ΣA·fA (percent), points = R × w / 100, exact: components at 4 decimals, frame and weight at 2.
    let s = 0;
    for (let k = 0; k < 4; k++) {
      const f = parts[k] as number;
      if (f === 0) continue;
      const c = COMPONENTS[k] as (typeof COMPONENTS)[number];
      const value = t.components === undefined ? undefined : componentOf(t.components, k);
      if (value === undefined) {
        issues.push({
          code: 'component-missing',
          path: `${taskPath(i)}.components.${c}`,
          message: {
            vi: `thiếu thành phần ${c} (khung ${frame.id})`,
            en: `component ${c} is missing (frame ${frame.id})`,
          },
        });
        continue;
      }
      // Up to 100% is the value itself (componentValue's first case), without building a path.
      const m = toMicro(value);
      let micro = m <= 100_000_000 ? m : componentValue(pack, value, `${taskPath(i)}.components.${c}`, issues);
      if (caps !== undefined) micro = capByEvents(caps, c, t, micro, i, lowered);
      if (deductions !== undefined) micro = deductByEvents(deductions, c, t, micro, i, deducted);
      s += (micro / 100) * f;
    }
    // s is the result in units of 1e-8 percent (components × frame hundredths).
    if (percents !== undefined) percents[i] = s / 100;
    const points = roundRatio(s * (weight / 10_000), 1_000_000, rule);
    tasks.push(fromMicro(points));
    total += points;
    raw += s * (weight / 10_000);
  }
  const tolerance = toMicro(pack.results.weightTolerance ?? 0);
  if (Math.abs(weights - RESULTS_MAX) > tolerance)
    issues.push({
      code: 'weight-sum',
      path: 'taskList',
      message: {
        vi: `tổng trọng số các nhiệm vụ là ${formatNumber(fromMicro(weights), 'vi')}, phải bằng 70${tolerance > 0 ? ` (sai số ±${formatNumber(fromMicro(tolerance), 'vi')})` : ''}`,
        en: `task weights add up to ${fromMicro(weights)}, must be 70${tolerance > 0 ? ` (±${fromMicro(tolerance)})` : ''}`,
      },
    });
  // One shape for every call (absent parts undefined): spreading per part costs on the hot path.
  return {
    micro: total,
    tasks,
    lowered: lowered.length > 0 ? lowered : undefined,
    deducted: deducted.length > 0 ? deducted : undefined,
    percents,
    frame: person === undefined ? undefined : frameUsed(person, a.frame, own),
    // The exact sum rounded once, under the rule each task's points were rounded by (Q26-18's default
    // rounds each task, then adds): what adding first would have given.
    unrounded: person === undefined ? undefined : roundRatio(raw, 1_000_000, rule),
  };
}

const NO_OWN: FrameUsed['own'] = [];
// Kept per frame object and how it was chosen when no task has its own frame (the usual case).
const FRAMES_USED = new WeakMap<Frame, Partial<Record<FrameUsed['how'], FrameUsed>>>();

/** How the person's frame was chosen: declared, declared with adjusted weights, or the pack's default. */
function frameUsed(frame: Frame, chosen: Assessment['frame'], own: FrameUsed['own'] | undefined): FrameUsed {
  const how =
    chosen?.id === undefined
      ? 'default'
      : chosen.A !== undefined || chosen.B !== undefined || chosen.C !== undefined || chosen.D !== undefined
        ? 'adjusted'
        : 'declared';
  if (own !== undefined) return { frame, how, own };
  let byHow = FRAMES_USED.get(frame);
  if (byHow === undefined) {
    byHow = {};
    FRAMES_USED.set(frame, byHow);
  }
  const kept = byHow[how];
  if (kept !== undefined) return kept;
  const made: FrameUsed = Object.freeze({ frame, how, own: NO_OWN });
  byHow[how] = made;
  return made;
}

function axisScores(pack: Pack2, a: Assessment, issues: InputIssue[]): { micro: number; axes: Record<string, number> } {
  const direct = pack.results.mode === 'direct-axis';
  const given = (direct ? a.axisPoints : a.axisPercent) ?? {};
  const field = direct ? 'axisPoints' : 'axisPercent';
  const axes: Record<string, number> = {};
  let total = 0;
  // The task list is not scored in the axis modes, but an axis it names must be one of the pack's.
  const packAxes = axisKeys(pack.results.axes ?? []);
  a.taskList?.forEach((t, i) => {
    if (t.axis !== undefined && !hasAxis(packAxes, t.axis))
      issues.push({
        code: 'axis-unknown',
        path: `taskList[${i}].axis`,
        message: { vi: `bảng "${pack.id}" không có trục "${t.axis}"`, en: `pack "${pack.id}" has no axis "${t.axis}"` },
      });
  });
  // Axis ids compared after NFC and trimming, like every other text key (" T1 " is axis T1).
  const byKey = new Map<string, number>();
  for (const key of Object.keys(given)) {
    if (byKey.has(textKey(key)))
      issues.push({
        code: 'duplicate-id',
        path: `${field}.${key}`,
        message: { vi: `trục "${textKey(key)}" được ghi hai lần`, en: `axis "${textKey(key)}" is given twice` },
      });
    byKey.set(textKey(key), given[key] as number);
  }
  for (const axis of pack.results.axes ?? []) {
    const value = byKey.get(textKey(axis.id));
    const max = toMicro(axis.max ?? 0);
    if (value === undefined) {
      issues.push({
        code: 'axis-points-missing',
        path: `${field}.${axis.id}`,
        message: {
          vi: `chưa có điểm của trục "${axis.id}" (ghi 0 nếu trục không có nhiệm vụ)`,
          en: `axis "${axis.id}" has no value (write 0 if it has no task)`,
        },
      });
      continue;
    }
    let points: number;
    if (direct) {
      points = toMicro(value);
      if (points > max) {
        issues.push({
          code: 'points-range',
          path: `${field}.${axis.id}`,
          message: {
            vi: `trục "${axis.id}" tối đa ${formatNumber(fromMicro(max), 'vi')} điểm (nhận ${formatNumber(value, 'vi')})`,
            en: `axis "${axis.id}" is at most ${fromMicro(max)} points (got ${value})`,
          },
        });
        continue;
      }
    } else {
      const pct = componentValue(pack, value, `${field}.${axis.id}`, issues) / 100;
      points = roundExact(ratio(max * pct, 1_000_000), pack.rounding?.taskScore);
    }
    axes[axis.id] = fromMicro(points);
    total += points;
  }
  for (const key of Object.keys(given))
    if (!(pack.results.axes ?? []).some((x) => textKey(x.id) === textKey(key)))
      issues.push({
        code: 'axis-unknown',
        path: `${field}.${key}`,
        message: { vi: `bảng "${pack.id}" không có trục "${key}"`, en: `pack "${pack.id}" has no axis "${key}"` },
      });
  return { micro: total, axes };
}

function kpiScaled(pack: Pack2, a: Assessment, leader: boolean, issues: InputIssue[]): { micro: number; kpi: number } {
  const k = a.kpi;
  if (k === undefined) {
    issues.push({
      code: 'kpi-missing',
      path: 'kpi',
      message: { vi: 'cần chỉ số A, B, C (kpi)', en: 'the KPI ratios A, B, C are required (kpi)' },
    });
    return { micro: 0, kpi: 0 };
  }
  const useD = pack.results.dLeadersOnly === true ? leader : k.D !== undefined;
  if (useD && k.D === undefined)
    issues.push({
      code: 'kpi-d-missing',
      path: 'kpi.D',
      message: {
        vi: 'cán bộ lãnh đạo, chỉ huy cần thành phần D (HD 20-HD/ĐUCA Mục 3.d)',
        en: 'leaders need component D (HD 20-HD/ĐUCA Mục 3.d)',
      },
    });
  if (!useD && k.D !== undefined)
    issues.push({
      code: 'kpi-d-not-allowed',
      path: 'kpi.D',
      message: {
        vi: 'thành phần D chỉ tính cho cán bộ lãnh đạo, chỉ huy',
        en: 'component D counts for leaders only',
      },
    });
  const rule = pack.rounding?.taskScore;
  let sum = 0;
  const names = useD ? COMPONENTS : COMPONENTS.slice(0, 3);
  for (const c of names) {
    const value = k[c];
    if (value === undefined) continue;
    sum += roundExact(exact(componentValue(pack, value, `kpi.${c}`, issues, 1)), rule);
  }
  // KPI = (A + B + C [+ D]) / n × 100, then × factor (HD 20-HD/ĐUCA Mục 3.b–d, 5.3).
  const kpi = roundExact(ratio(sum * 100, names.length), pack.rounding?.kpi);
  const factor = toMicro(pack.results.kpiFactor ?? 0.7);
  const results = roundExact(ratio(kpi * factor, 1_000_000), pack.rounding?.tasksTotal);
  return { micro: results, kpi: fromMicro(kpi) };
}

/** Whether some task carries a weight (a loop, not a callback: this is read on every quarter). */
function hasWeight(list: Assessment['taskList']): boolean {
  if (list === undefined) return false;
  for (const t of list) if (t.weight !== undefined) return true;
  return false;
}

/**
 * Scores a quarterly assessment with a tusoi.pack/2: the general group from the criterion answers
 * (K/AD per the pack's rule), the 70 points by the pack's mode, every level rounded as the pack says,
 * each group capped (30, 70, 100; Q26-01). Where the assessment gives `scores` and not the inputs of
 * a group, that group's given score is used.
 *
 * @throws {TusoiInputError} Every problem, each with its path: an unanswered criterion, a K/AD or a
 *   deduction without a reason, weights not adding to 70 beyond the tolerance, an axis or frame not in
 *   the pack, adjusted frame weights not adding to 100% or beyond ±pp, a component above 100% where the
 *   pack scores no exceeding.
 */
export function scoreQuarter(pack: Pack2, a: Assessment, leader: boolean): QuarterScores {
  const issues: InputIssue[] = [];
  let capped = false;
  let general: General;
  if (a.criteria !== undefined) general = generalScore(pack, a, issues);
  else if (a.scores !== undefined) general = { micro: toMicro(a.scores.general), notApplicable: [], capped: false };
  else {
    issues.push({
      code: 'criteria-missing',
      path: 'criteria',
      message: { vi: 'cần chấm các tiêu chí chung', en: 'the general criteria are required' },
    });
    general = { micro: 0, notApplicable: [], capped: false };
  }
  capped ||= general.capped;
  const mode = pack.results.mode;
  const hasInputs =
    mode === 'task-weights'
      ? hasWeight(a.taskList)
      : mode === 'kpi-scaled'
        ? a.kpi !== undefined
        : (mode === 'direct-axis' ? a.axisPoints : a.axisPercent) !== undefined;
  let results = 0;
  let tasks: number[] | undefined;
  let axes: Record<string, number> | undefined;
  let kpi: number | undefined;
  let eventCaps: EventCap[] | undefined;
  let deducted: EventDeduction[] | undefined;
  let percents: number[] | undefined;
  let frameUsed: FrameUsed | undefined;
  let unroundedResults: number | undefined;
  if (!hasInputs && a.scores !== undefined) {
    results = toMicro(a.scores.results);
    // The results come from `scores`, yet a frame the user named must be one the pack has (Q26-04).
    if (mode === 'task-weights' && a.frame !== undefined) frameOf(pack, a, issues);
  } else if (mode === 'task-weights') {
    const r = taskWeights(pack, a, issues);
    results = roundRatio(r.micro, 1, pack.rounding?.tasksTotal);
    tasks = r.tasks;
    eventCaps = r.lowered;
    deducted = r.deducted;
    percents = r.percents;
    frameUsed = r.frame;
    const moved = r.unrounded !== undefined ? Math.min(r.unrounded, RESULTS_MAX) : undefined;
    if (moved !== undefined && moved !== Math.min(results, RESULTS_MAX)) unroundedResults = moved;
  } else if (mode === 'kpi-scaled') {
    const r = kpiScaled(pack, a, leader, issues);
    results = r.micro;
    kpi = r.kpi;
  } else {
    const r = axisScores(pack, a, issues);
    results = roundExact(exact(r.micro), pack.rounding?.tasksTotal);
    axes = r.axes;
  }
  if (issues.length > 0) throw new TusoiInputError(issues);
  if (results > RESULTS_MAX) {
    capped = true;
    results = RESULTS_MAX;
  }
  let total = roundRatio(general.micro + results, 1, pack.rounding?.total);
  if (total > TOTAL_MAX) {
    capped = true;
    total = TOTAL_MAX;
  }
  const out: { -readonly [K in keyof QuarterScores]: QuarterScores[K] } = {
    general: fromMicro(general.micro),
    results: fromMicro(results),
    total: fromMicro(total),
    notApplicable: general.notApplicable,
    capped,
  };
  const naRule = pack.general.notApplicable?.rule;
  if (general.notApplicable.length > 0 && naRule !== undefined) out.notApplicableRule = naRule;
  if (tasks !== undefined) out.tasks = tasks;
  if (axes !== undefined) out.axes = axes;
  if (kpi !== undefined) out.kpi = kpi;
  if (eventCaps !== undefined) out.eventCaps = eventCaps;
  if (deducted !== undefined) out.deductions = deducted;
  if (percents !== undefined) out.taskPercents = percents;
  if (frameUsed !== undefined) out.frame = frameUsed;
  if (axes !== undefined && mode === 'direct-axis') out.axesDirect = true;
  if (unroundedResults !== undefined) out.unroundedResults = fromMicro(unroundedResults);
  return out;
}
