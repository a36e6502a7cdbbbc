import { fromMicro, toMicro } from '../../decimal.js';
import { TusoiInputError } from '../../errors.js';
import { canonicalJson } from '../../internal/canonical-json.js';
import { textKey } from '../../internal/key.js';
import type { Message } from '../../message.js';
import { builtinPack } from '../../packs/builtin.js';
import { checkedPackMemo } from '../../packs/checked.js';
import { frameNotUsed } from '../../packs/frame-not-used.js';
import { builtinPack2 } from '../../packs/quarterly-builtin.js';
import { PACK2_FORMAT, type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import { type QuarterScores, scoreQuarter } from '../../packs/quarterly-score.js';
import type { Assessment, TaskCounts } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import { countsFromTaskList } from '../../task-list.js';
import { type Facts, type FindingName, kindGroup, NO_FINDINGS, type Policy } from '../qd366/facts.js';
import { type FindingsAlso, findingWarnings } from '../qd366/findings.js';
import { scoresMismatch, scoresOf } from '../qd366/scores.js';
import { checkAppraisal } from './appraisal.js';
import { isHead } from './collective.js';
import { checkKeyLevels } from './key-levels.js';
import { checkPlan } from './plan.js';
import type { QuarterPolicy } from './policy.js';
import { frameWarning, roundingWarning } from './score-notes.js';
import { taskFlagWarnings } from './task-notes.js';
import { notScored as notScoredWarning, UNRATED_MONTHS, type UnratedCase } from './unrated.js';

export type { UnratedCase } from './unrated.js';

/** What the quarterly rules read. */
export interface QuarterFacts {
  /** The Điều 11 facts (counts from the task list, scores from the pack). */
  readonly base: Facts;
  readonly scores: QuarterScores | null;
  readonly unrated: readonly UnratedCase[];
  /**
   * A quarter not rated (Q26-30) whose scores cannot be made: no self-assessed scores or criteria,
   * or no task list (e.g. three months of maternity leave), with the warning that says which; null
   * otherwise. Its `base` scores are then 0 and not a score.
   */
  readonly notScored: Warning | null;
  /** Tasks not completed without a confirmed objective reason (Q26-17). */
  readonly subjectiveUnfinished: number;
  /** Key tasks, and how many were rated Mức 2 and Mức 3 (Q26-16). */
  readonly key: number;
  readonly level2: number;
  readonly level3: number;
  readonly qp: QuarterPolicy;
  /** The total before "head ≤ collective" capped it by score (Q26-29), when it did. */
  readonly uncappedTotal: number | null;
  /** Plan warnings under the pack's `results.plan` (Q26-05, Q26-42, Q26-43); never a level change. */
  readonly plan: readonly Warning[];
  /** The tusoi.pack/2 scored with, when one was; `ownPack` when it came from the `pack` option (cited as itself). */
  readonly pack?: Pack2 | undefined;
  readonly ownPack?: boolean;
  /**
   * One object per pack content (the built-in itself; for the `pack` option, the memo its content
   * keeps): texts taken from the pack's wording are kept under it, so an option object changed
   * after a call is never named by its old wording.
   */
  readonly packKey?: object | undefined;
}

const NO_WARNINGS: readonly Warning[] = [];
const NOT_UNRATED: readonly UnratedCase[] = Object.freeze([]);
// Q26-30's thresholds as whole millionths (toMicro), compared exactly.
const TRAINING_MIN = toMicro(UNRATED_MONTHS.trainingMonths.atLeast);
const LEAVE_MIN = toMicro(UNRATED_MONTHS.sickOrMaternityMonths.atLeast);
const FIRST_POST_UNDER = toMicro(UNRATED_MONTHS.firstAppointedMonths.under);

/**
 * Which inputs a quarter is scored from are missing: `scores` (no self-assessed scores or criteria
 * answers) and `tasks` (no task list, nor the counts a leader or a counts-only quarter gives). The rule
 * set asks for both (index.ts), except of a quarter not rated (Q26-30), which needs no score.
 */
export function missingScoringInputs(a: Assessment): { readonly scores: boolean; readonly tasks: boolean } {
  return {
    scores: a.scores === undefined && a.criteria === undefined,
    tasks: a.taskList === undefined && a.tasks === undefined && a.ledUnits === undefined,
  };
}

/** The "chưa xếp loại" cases that hold (Q26-30: ≥ 2 months training or sick/maternity leave; first appointed < 1 month; under check). */
export function unratedCases(a: Assessment): readonly UnratedCase[] {
  const u = a.unrated;
  if (u === undefined) return NOT_UNRATED;
  const out: UnratedCase[] = [];
  if (u.trainingMonths !== undefined && toMicro(u.trainingMonths) >= TRAINING_MIN) out.push('training');
  if (u.sickOrMaternityMonths !== undefined && toMicro(u.sickOrMaternityMonths) >= LEAVE_MIN)
    out.push('sickOrMaternity');
  if (u.firstAppointedMonths !== undefined && toMicro(u.firstAppointedMonths) < FIRST_POST_UNDER)
    out.push('firstAppointed');
  if (u.underInvestigation === true) out.push('underInvestigation');
  return out;
}

/** The pack a quarter is scored with; `own` when it is the user's (cited as itself, not as a built-in). */
interface PackUsed {
  readonly pack: Pack2;
  readonly own: boolean;
  /** See {@link QuarterFacts.packKey}. */
  readonly key: object;
}
const BUILTIN_USED = new WeakMap<Pack2, PackUsed>();
const builtinUsed = (pack: Pack2): PackUsed => {
  let used = BUILTIN_USED.get(pack);
  if (used === undefined) {
    used = { pack, own: false, key: pack };
    BUILTIN_USED.set(pack, used);
  }
  return used;
};

// The memo slot (packs/checked.ts) where a pack option's content keeps whether it is a built-in's.
const OWN_SLOT = {};
const BUILTIN_TEXT = new Map<string, string>();

/**
 * A pack given as the option is the built-in only when its content is the built-in's with that id
 * (keys in any order); an edited copy that keeps the id is the user's own and is cited as itself.
 * Computed once per content (the memo of packs/checked.ts), so a repeated option costs a lookup.
 */
function isOwnPack(pack: Pack2, memo: Map<object, unknown> | undefined): boolean {
  const hit = memo?.get(OWN_SLOT);
  if (typeof hit === 'boolean') return hit;
  const builtin = builtinPack2(textKey(pack.id));
  let own = true;
  if (builtin !== undefined) {
    let text = BUILTIN_TEXT.get(builtin.id);
    if (text === undefined) {
      text = canonicalJson(builtin);
      BUILTIN_TEXT.set(builtin.id, text);
    }
    own = canonicalJson(pack) !== text;
  }
  memo?.set(OWN_SLOT, own);
  return own;
}

/** The quarterly pack: the `pack` option, or the built-in named by `criteria.pack`. */
function packFor(a: Assessment, option: unknown): PackUsed | null | 'pack1' {
  if (option !== undefined && (option as { format?: unknown }).format === PACK2_FORMAT) {
    let p: Pack2;
    let memo: Map<object, unknown> | undefined;
    try {
      memo = checkedPackMemo(option, parsePack2);
      p = option as Pack2;
    } catch (e) {
      // The option's own problems are named as the option, as qd366 names them.
      if (!(e instanceof TusoiInputError)) throw e;
      throw new TusoiInputError(
        e.issues.map((i) => ({ ...i, path: i.path === '' ? 'options.pack' : `options.pack.${i.path}` })),
      );
    }
    if (a.criteria !== undefined && textKey(a.criteria.pack) !== textKey(p.id))
      throw new TusoiInputError([
        {
          code: 'pack',
          path: 'criteria.pack',
          message: {
            vi: `đánh giá dùng bảng "${a.criteria.pack}" nhưng bảng được đưa vào là "${p.id}"`,
            en: `the assessment names pack "${a.criteria.pack}" but "${p.id}" was given`,
          },
        },
      ]);
    // Without a memo (parse refuses such a pack first) a fresh key: nothing is kept for it.
    return { pack: p, own: isOwnPack(p, memo), key: memo ?? {} };
  }
  if (option !== undefined) return 'pack1';
  if (a.criteria === undefined) return null;
  const builtin = builtinPack2(textKey(a.criteria.pack));
  if (builtin !== undefined) return builtinUsed(builtin);
  if (builtinPack(textKey(a.criteria.pack)) !== undefined) return 'pack1';
  throw new TusoiInputError([
    {
      code: 'pack',
      path: 'criteria.pack',
      message: {
        vi: `không có bảng chấm điểm "${a.criteria.pack}" (tuỳ chọn pack hoặc bảng có sẵn)`,
        en: `there is no scoring pack "${a.criteria.pack}" (option pack or a built-in)`,
      },
    },
  ]);
}

/**
 * The tusoi.pack/2 a quarter is scored with; undefined when there is none, it is a tusoi.pack/1, or
 * the pack itself is wrong (facts names that problem).
 */
export function quarterPack(a: Assessment, packOption: unknown): Pack2 | undefined {
  try {
    const used = packFor(a, packOption);
    return used === null || used === 'pack1' ? undefined : used.pack;
  } catch (e) {
    if (e instanceof TusoiInputError) return undefined;
    throw e;
  }
}

/**
 * The facts of a quarterly assessment: scores from its pack (or `scores`), Điều 11 counts from its
 * task list (or `tasks`), the key-task levels, the "chưa xếp loại" cases.
 *
 * @throws {TusoiInputError} Whatever the pack's scoring finds wrong, each issue with its path.
 */
export function quarterFacts(a: Assessment, policy: Policy, qp: QuarterPolicy, packOption: unknown): QuarterFacts {
  const group = kindGroup(a.subject.kind);
  const used = packFor(a, packOption);
  const pack = used === null || used === 'pack1' ? used : used.pack;
  let scores: QuarterScores | null = null;
  let general: number;
  let results: number;
  const unrated = unratedCases(a);
  // A quarter not rated needs no score (Q26-30): without the inputs, nothing is scored (0, said so).
  const missing = unrated.length > 0 ? missingScoringInputs(a) : undefined;
  const notScored =
    missing && (missing.scores || missing.tasks) ? notScoredWarning(missing.scores, missing.tasks) : null;
  if (notScored !== null) {
    general = 0;
    results = 0;
  } else if (pack === 'pack1') ({ general, results } = scoresOf(a, packOption));
  else if (pack === null) ({ general, results } = a.scores as NonNullable<Assessment['scores']>);
  else {
    if (!pack.kinds.includes(a.subject.kind))
      throw new TusoiInputError([
        {
          code: 'pack',
          path: 'subject.kind',
          message: {
            vi: `bảng "${pack.id}" không dành cho đối tượng "${a.subject.kind}"`,
            en: `pack "${pack.id}" is not for kind "${a.subject.kind}"`,
          },
        },
      ]);
    scores = scoreQuarter(pack, a, group === 'leader');
    general = scores.general;
    results = scores.results;
    if (a.scores !== undefined) refuseScoresMismatch(a.scores, scores, a.criteria !== undefined);
  }
  const list = a.taskList ?? [];
  // Leaders keep Điều 11's reading of the units they lead when those counts are given.
  const counts = group === 'leader' && a.ledUnits !== undefined ? a.ledUnits : (a.tasks ?? countsFromTaskList(list));
  // The pack's rounded total when it has one (it may differ from general + results by its rounding).
  const total = scores !== null ? scores.total : fromMicro(toMicro(general) + toMicro(results));
  let base: Facts = {
    a,
    kind: a.subject.kind,
    group,
    counts,
    general,
    results,
    total,
    totalMicro: toMicro(total),
    findings: a.findings ?? NO_FINDINGS,
    policy,
  };
  let uncappedTotal: number | null = null;
  const head = isHead(a.headOf) ? a.headOf?.total : undefined;
  if (qp.headCap === 'score' && head !== undefined && toMicro(head) < base.totalMicro) {
    uncappedTotal = base.total;
    base = { ...base, total: head, totalMicro: toMicro(head) };
  }
  let subjectiveUnfinished = 0;
  let key = 0;
  let level2 = 0;
  let level3 = 0;
  for (const t of list) {
    if (!t.completed && (t.objectiveReason === undefined || t.objectiveReason.trim() === '')) subjectiveUnfinished++;
    if (t.key === true) {
      key++;
      if (t.keyLevel === 2) level2++;
      else if (t.keyLevel === 3) level3++;
    }
  }
  // Counts alone do not say why a task is unfinished: force majeure (a finding) is the objective cause.
  const countsOnly = a.tasks !== undefined && list.length === 0;
  if (countsOnly && a.findings?.[COUNTS_ONLY_FINDING] !== true)
    subjectiveUnfinished = (a.tasks as TaskCounts).assigned - (a.tasks as TaskCounts).completed;
  // Without plan ranges checkPlan has nothing to say: not called (its fresh [] on every quarter).
  let plan =
    pack !== null && pack !== 'pack1' && pack.results.plan !== undefined
      ? checkPlan(a, pack.results.plan)
      : NO_WARNINGS;
  // Q26-23 (a pack setting, off by default): the self total against the appraisal's, before any head cap.
  if (a.appraisal !== undefined && pack !== null && pack !== 'pack1' && pack.appraisal !== undefined)
    plan = [...plan, ...checkAppraisal(a.appraisal, uncappedTotal ?? base.total, pack.appraisal)];
  // Q26-15 (a pack setting, off by default): a key task's Mức against its result.
  if (scores?.taskPercents !== undefined && pack !== null && pack !== 'pack1' && pack.results.keyLevelPercent)
    plan = [...plan, ...checkKeyLevels(list, scores.taskPercents, pack.results.keyLevelPercent)];
  // Flags that do not sit with the task's components (warnings only).
  const flagged = list.length === 0 ? NO_WARNINGS : taskFlagWarnings(list);
  if (flagged.length > 0) plan = [...plan, ...flagged];
  const noted = scoreWarnings(scores, base.total, pack);
  if (noted.length > 0) plan = [...plan, ...noted];
  // Only when the input gives them (a normal quarter names a frame its pack has, and no findings).
  if ((pack === null || pack === 'pack1' || pack.results.mode !== 'task-weights') && a.frame !== undefined)
    plan = [...plan, frameNotUsed(a.frame.id, noFrames(pack, a))];
  if (base.findings !== NO_FINDINGS) {
    const unread = findingWarnings(base.findings, a.subject.kind, countsOnly ? COUNTS_ONLY_READ : WITH_LIST);
    if (unread.length > 0) plan = [...plan, ...unread];
  }
  const pack2 = pack === null || pack === 'pack1' ? undefined : pack;
  // One shape whatever the pack (pack and ownPack always present).
  return {
    base,
    scores,
    unrated,
    notScored,
    subjectiveUnfinished,
    key,
    level2,
    level3,
    qp,
    uncappedTotal,
    plan,
    pack: pack2,
    ownPack: used !== null && used !== 'pack1' && used.own,
    packKey: used !== null && used !== 'pack1' ? used.key : undefined,
  };
}

/**
 * `scores` given with the inputs a pack scores from must equal what it computes (docs/format.md, as
 * the annual rules say it): each group is compared only where the pack computed it (the general group
 * from `criteria`, the results from the task list, axis points or KPI); a group given only by `scores`
 * is the pack's score of it and stays.
 *
 * @throws {TusoiInputError} `scores-mismatch` at `scores`.
 */
function refuseScoresMismatch(given: NonNullable<Assessment['scores']>, s: QuarterScores, fromCriteria: boolean): void {
  const fromInputs = s.tasks !== undefined || s.axes !== undefined || s.kpi !== undefined;
  const computed = {
    general: fromCriteria ? s.general : given.general,
    results: fromInputs ? s.results : given.results,
  };
  const mismatch = scoresMismatch(given, computed);
  if (mismatch !== undefined) throw new TusoiInputError([mismatch]);
}

/** The finding Q26-17 reads for a quarter given as task counts alone: the objective cause of unfinished tasks. */
const COUNTS_ONLY_FINDING = 'forceMajeure' satisfies FindingName;
const COUNTS_ONLY_READ: FindingsAlso = { read: COUNTS_ONLY_FINDING };
const WITH_LIST: FindingsAlso = {
  notes: {
    [COUNTS_ONLY_FINDING]: {
      vi: 'Trong đánh giá quý, bất khả kháng chỉ được đọc khi chỉ ghi số nhiệm vụ (tasks) mà không có danh sách; với danh sách nhiệm vụ, ghi lý do khách quan của từng nhiệm vụ chưa hoàn thành (objectiveReason, Q26-17).',
      en: 'In a quarter, force majeure is read only when the tasks are given as counts (tasks) without a list; with a task list, give each unfinished task its objective reason (objectiveReason, Q26-17).',
    },
  },
};

/** Why a quarter's frame is not scored with: no tusoi.pack/2, or one that does not score by task weights. */
function noFrames(pack: Pack2 | null | 'pack1', a: Assessment): Message {
  if (pack === null)
    return {
      vi: 'không có bảng chấm điểm quý (tusoi.pack/2), điểm lấy từ scores',
      en: 'there is no quarterly pack (tusoi.pack/2), the scores come from scores',
    };
  if (pack === 'pack1') {
    const id = a.criteria === undefined ? '' : ` "${a.criteria.pack}"`;
    return {
      vi: `bảng chấm điểm${id} là bảng tusoi.pack/1, không có khung tỷ trọng`,
      en: `the scoring pack${id} is a tusoi.pack/1, which has no weight frames`,
    };
  }
  return {
    vi: `bảng "${pack.id}" chấm kết quả theo cách "${pack.results.mode}", không theo khung tỷ trọng`,
    en: `pack "${pack.id}" scores results by "${pack.results.mode}", not by weight frames`,
  };
}

/** The frame default and rounding-across-a-band warnings (./score-notes.ts). */
function scoreWarnings(scores: QuarterScores | null, total: number, pack: Pack2 | null | 'pack1'): readonly Warning[] {
  if (scores === null || pack === null || pack === 'pack1') return NO_WARNINGS;
  if (scores.frame?.how !== 'default' && scores.unroundedResults === undefined) return NO_WARNINGS;
  const frame = frameWarning(scores.frame, pack.id);
  const rounding = roundingWarning(scores, total);
  if (frame === undefined) return rounding === undefined ? NO_WARNINGS : [rounding];
  return rounding === undefined ? [frame] : [frame, rounding];
}
