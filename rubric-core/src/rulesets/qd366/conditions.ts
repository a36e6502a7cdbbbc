import { compareProducts } from '../../internal/exact.js';
import type { Level } from '../../levels.js';
import { formatNumber, formatPercent, type Message } from '../../message.js';
import { type Facts, type FindingName, type KindGroup, scopeOf } from './facts.js';
import type { RuleId } from './rules.js';

// Each Điều 11 condition is a pure test over the facts plus its explanation. Percentages are
// compared on integers (10·exceeded ≥ 3·assigned), never on floating-point ratios.

/** The atomic conditions of Điều 11 khoản 1–3. */
export type ConditionKey =
  | 'band90'
  | 'band70'
  | 'band50'
  | 'exceeded30'
  | 'onTimeAll'
  | 'completedAll'
  | 'late20'
  | 'priorsFixed'
  | 'noSubDiscipline';

/**
 * The numbers a condition or trigger weighs, for teaching views ("3/6 = 50%, threshold: over 50%").
 * Display only: the rules themselves compare exactly on integers.
 */
export interface Measure {
  /** `points`: `value` is a total; `share`: `value` of `of`; `count`: `value` items; `flag`: 1 when set, else 0. */
  readonly kind: 'points' | 'share' | 'count' | 'flag';
  readonly value: number;
  /** The whole of a share (tasks assigned, units responsible; 1 for a share already in 0–1). */
  readonly of?: number;
  /** The text's threshold, in points, a share 0–1, or a count. */
  readonly threshold: number;
  /** How `value` (as a share: value / of) compares with `threshold` when the condition holds or the trigger fires. */
  readonly test: 'atLeast' | 'above' | 'below' | 'atMost';
  /** Items present but not counted by this rule (a disciplinary decision not related to official duties). */
  readonly notCounted?: number;
  /** A score band read strictly ("từ 70 đến dưới 90"): the total must also be under this many points. */
  readonly under?: number;
}

/** Whether a measure passes its own test (a check that it agrees with the rule; tolerant of float error). */
export function measurePasses(m: Measure): boolean {
  const whole = m.kind === 'share' ? (m.of ?? 1) : 1;
  const x = m.value;
  const t = m.threshold * whole;
  const eps = 1e-9 * Math.max(1, whole);
  if (m.under !== undefined && x >= m.under - eps) return false;
  if (m.test === 'atLeast') return x >= t - eps;
  if (m.test === 'atMost') return x <= t + eps;
  if (m.test === 'above') return x > t + eps;
  return x < t - eps;
}

interface Condition {
  holds(f: Facts): boolean;
  explain(f: Facts, ok: boolean): Message;
  measure(f: Facts): Measure;
  /**
   * A whole number ≥ 0 that determines `explain(f, ok)` (so its reason can be reused), or -1 when
   * the inputs are too large to pack into one.
   */
  memoKey(f: Facts, ok: boolean): number;
}

// The finding of the collectives' HTXSNV exclusion (Điều 11 khoản 1.1), named once.
const SUB_DISCIPLINED = 'subordinateOrMemberDisciplined' satisfies FindingName;

const GROUP_CODE: Readonly<Record<KindGroup, number>> = { individual: 0, collective: 1, leader: 2 };
// Small enough that the key stays a small integer (no boxed number to hash); larger counts are not reused.
const PART = 2 ** 10;

/** Packs two counts, the kind group (the scope prefix) and the outcome into one small integer; -1 when a count is ≥ 2^10. */
function countsKey(f: Facts, a: number, b: number, ok: boolean): number {
  if (a >= PART || b >= PART) return -1;
  return ((a * PART + b) * 3 + GROUP_CODE[f.group]) * 2 + (ok ? 1 : 0);
}

/** The lowest total of each level's band (Điều 11 khoản 1–3); under the HTNV band is khoản 4. */
export const BAND_MIN = { HTXSNV: 90, HTTNV: 70, HTNV: 50 } as const;

/** Whether the total reaches a level's band. */
export function inBand(f: Facts, level: keyof typeof BAND_MIN): boolean {
  return f.totalMicro >= BAND_MIN[level] * 1_000_000;
}

function band(level: keyof typeof BAND_MIN, levelVi: string, levelEn: string): Condition {
  const min = BAND_MIN[level];
  return {
    holds: (f) => inBand(f, level),
    memoKey: (f, ok) => f.totalMicro * 2 + (ok ? 1 : 0),
    measure: (f) => ({ kind: 'points', value: f.total, threshold: min, test: 'atLeast' }),
    explain: (f, ok) =>
      ok
        ? {
            vi: `Tổng điểm ${formatNumber(f.total, 'vi')} đạt từ ${min} điểm trở lên (${levelVi}).`,
            en: `Total ${f.total} is ${min} or more (${levelEn}).`,
          }
        : {
            vi: `Tổng điểm ${formatNumber(f.total, 'vi')} chưa đạt ${min} điểm (${levelVi} cần từ ${min} điểm).`,
            en: `Total ${f.total} is under ${min} (${levelEn} needs ${min}).`,
          },
  };
}

function withScope(f: Facts, m: Message): Message {
  const s = scopeOf(f);
  return { vi: s.vi + m.vi, en: s.en + m.en };
}

/**
 * The `findings` each condition reads, beside the conditions (kept apart so that every condition
 * object has one shape: the level loop calls them on every rating). Which findings a kind weighs is
 * read from these and the triggers' `reads` (./findings.ts).
 */
export const CONDITION_READS: Readonly<Partial<Record<ConditionKey, readonly FindingName[]>>> = {
  noSubDiscipline: [SUB_DISCIPLINED],
};

/** The conditions, by key. */
export const CONDITIONS: Readonly<Record<ConditionKey, Condition>> = {
  band90: band('HTXSNV', 'mức Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV band'),
  band70: band('HTTNV', 'mức Hoàn thành tốt nhiệm vụ', 'HTTNV band'),
  band50: band('HTNV', 'mức Hoàn thành nhiệm vụ', 'HTNV band'),
  exceeded30: {
    holds: ({ counts: c }) => compareProducts(10, c.exceeded, 3, c.assigned) >= 0,
    memoKey: (f, ok) => countsKey(f, f.counts.exceeded, f.counts.assigned, ok),
    measure: ({ counts: c }) => ({ kind: 'share', value: c.exceeded, of: c.assigned, threshold: 0.3, test: 'atLeast' }),
    explain: (f, ok) => {
      const { exceeded: e, assigned: n } = f.counts;
      return withScope(f, {
        vi: `${e}/${n} nhiệm vụ hoàn thành vượt mức yêu cầu (${formatPercent(e, n, 'vi')}), ${ok ? 'đạt' : 'chưa đạt'} tối thiểu 30%.`,
        en: `${e}/${n} tasks exceeded requirements (${formatPercent(e, n, 'en')}), ${ok ? 'meeting' : 'below'} the 30% minimum.`,
      });
    },
  },
  onTimeAll: {
    holds: ({ counts: c }) => c.onTimeWithQuality === c.assigned,
    memoKey: (f, ok) => countsKey(f, f.counts.onTimeWithQuality, f.counts.assigned, ok),
    measure: ({ counts: c }) => ({
      kind: 'share',
      value: c.onTimeWithQuality,
      of: c.assigned,
      threshold: 1,
      test: 'atLeast',
    }),
    explain: (f, ok) => {
      const { onTimeWithQuality: o, assigned: n } = f.counts;
      return withScope(
        f,
        ok
          ? {
              vi: `Hoàn thành 100% nhiệm vụ đúng hạn, bảo đảm chất lượng, hiệu quả (${o}/${n}).`,
              en: `All tasks done on time with quality (${o}/${n}).`,
            }
          : {
              vi: `Mới có ${o}/${n} nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả; cần 100%.`,
              en: `Only ${o}/${n} tasks done on time with quality; 100% needed.`,
            },
      );
    },
  },
  completedAll: {
    holds: ({ counts: c }) => c.completed === c.assigned,
    memoKey: (f, ok) => countsKey(f, f.counts.completed, f.counts.assigned, ok),
    measure: ({ counts: c }) => ({ kind: 'share', value: c.completed, of: c.assigned, threshold: 1, test: 'atLeast' }),
    explain: (f, ok) => {
      const { completed: d, assigned: n } = f.counts;
      return withScope(
        f,
        ok
          ? { vi: `Hoàn thành 100% nhiệm vụ được giao (${d}/${n}).`, en: `All assigned tasks completed (${d}/${n}).` }
          : {
              vi: `Hoàn thành ${d}/${n} nhiệm vụ được giao; cần 100%.`,
              en: `${d}/${n} assigned tasks completed; 100% needed.`,
            },
      );
    },
  },
  late20: {
    holds: ({ counts: c }) => compareProducts(5, c.late, 1, c.assigned) <= 0,
    memoKey: (f, ok) => countsKey(f, f.counts.late, f.counts.assigned, ok),
    measure: ({ counts: c }) => ({ kind: 'share', value: c.late, of: c.assigned, threshold: 0.2, test: 'atMost' }),
    explain: (f, ok) => {
      const { late: l, assigned: n } = f.counts;
      return withScope(f, {
        vi: `${l}/${n} nhiệm vụ chưa bảo đảm tiến độ (${formatPercent(l, n, 'vi')}), ${ok ? 'không vượt quá' : 'vượt quá'} 20%.`,
        en: `${l}/${n} tasks late (${formatPercent(l, n, 'en')}), ${ok ? 'within' : 'over'} the 20% limit.`,
      });
    },
  },
  priorsFixed: {
    holds: ({ a }) => (a.priorShortcomings ?? []).every((s) => s.status === 'fixed'),
    // Only the common case (none named) is reused; the text counts the open ones otherwise.
    memoKey: ({ a }, ok) => ((a.priorShortcomings?.length ?? 0) === 0 ? (ok ? 1 : 0) : -1),
    measure: ({ a }) => {
      const all = a.priorShortcomings ?? [];
      const fixed = all.filter((s) => s.status === 'fixed').length;
      return { kind: 'share', value: fixed, of: all.length, threshold: 1, test: 'atLeast' };
    },
    explain: ({ a }, ok) => {
      const all = a.priorShortcomings ?? [];
      if (all.length === 0) {
        return {
          vi: 'Không có hạn chế, khuyết điểm nào được chỉ ra ở kỳ kiểm điểm trước.',
          en: 'No shortcomings were named at the previous review.',
        };
      }
      const open = all.filter((s) => s.status !== 'fixed').length;
      return ok
        ? {
            vi: `Đã khắc phục 100% hạn chế, khuyết điểm chỉ ra ở kỳ trước (${all.length}/${all.length}).`,
            en: `All ${all.length} shortcomings from the previous review fixed.`,
          }
        : {
            vi: `Còn ${open}/${all.length} hạn chế, khuyết điểm kỳ trước chưa khắc phục xong; mức xuất sắc cần khắc phục 100%.`,
            en: `${open} of ${all.length} shortcomings from the previous review not yet fixed; HTXSNV needs all fixed.`,
          };
    },
  },
  noSubDiscipline: {
    holds: ({ findings }) => findings[SUB_DISCIPLINED] !== true,
    memoKey: (_f, ok) => (ok ? 1 : 0),
    measure: ({ findings }) => ({
      kind: 'flag',
      value: findings[SUB_DISCIPLINED] === true ? 1 : 0,
      threshold: 1,
      test: 'below',
    }),
    explain: (_f, ok) =>
      ok
        ? {
            vi: 'Không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật.',
            en: 'No subordinate unit or leadership member was disciplined.',
          }
        : {
            vi: 'Có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo, quản lý bị kỷ luật: không xếp loại xuất sắc.',
            en: 'A subordinate unit or leadership member was disciplined: HTXSNV is excluded.',
          },
  },
};

/** A condition as one level cites it. */
export type CitedCondition = readonly [ConditionKey, RuleId];

/** The graded levels (KHTNV comes only from triggers). */
export type GradedLevel = Exclude<Level, 'KHTNV'>;

const HTXSNV_RULE: Record<KindGroup, RuleId> = { individual: 'R366-11', collective: 'R366-09', leader: 'R366-10' };
const HTTNV_RULE: Record<KindGroup, RuleId> = { individual: 'R366-16', collective: 'R366-14', leader: 'R366-15' };

function dedupe(list: CitedCondition[]): readonly CitedCondition[] {
  const seen = new Set<ConditionKey>();
  return list.filter(([key]) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function buildLists(group: KindGroup, nested: boolean): Readonly<Record<GradedLevel, readonly CitedCondition[]>> {
  const x = HTXSNV_RULE[group];
  const t = HTTNV_RULE[group];
  const htnv: CitedCondition[] = [
    ['band50', 'R366-07'],
    ['completedAll', 'R366-17'],
    ['late20', 'R366-17'],
  ];
  const httnvOwn: CitedCondition[] = [
    ['band70', 'R366-06'],
    ['onTimeAll', t],
  ];
  const httnv = nested ? [...httnvOwn, ...htnv.slice(1)] : httnvOwn;
  // Điều 11.1: leaders are judged on completion of the units they lead; the others on on-time work.
  const own: CitedCondition[] = [
    ['band90', 'R366-05'],
    ['exceeded30', x],
    group === 'leader' ? ['completedAll', x] : ['onTimeAll', x],
    ['priorsFixed', 'R366-12'],
    ...(group === 'collective' ? ([['noSubDiscipline', x]] as CitedCondition[]) : []),
  ];
  const htxsnv = nested ? [...own, ...httnv.slice(1)] : own;
  return { HTXSNV: dedupe(htxsnv), HTTNV: dedupe(httnv), HTNV: dedupe(htnv) };
}

type Lists = Readonly<Record<GradedLevel, readonly CitedCondition[]>>;
const LISTS: Readonly<Record<KindGroup, readonly [Lists, Lists]>> = {
  individual: [buildLists('individual', false), buildLists('individual', true)],
  collective: [buildLists('collective', false), buildLists('collective', true)],
  leader: [buildLists('leader', false), buildLists('leader', true)],
};

/** The conditions each graded level requires for a kind group, its score band first. */
export function levelConditions(group: KindGroup, nested: boolean): Lists {
  return LISTS[group][nested ? 1 : 0];
}
