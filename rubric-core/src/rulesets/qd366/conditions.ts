import type { Level } from '../../levels.js';
import { formatNumber, formatPercent, type Message } from '../../message.js';
import { type Facts, type KindGroup, scopeOf } from './facts.js';
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

interface Condition {
  holds(f: Facts): boolean;
  explain(f: Facts, ok: boolean): Message;
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

/** The conditions, by key. */
export const CONDITIONS: Readonly<Record<ConditionKey, Condition>> = {
  band90: band('HTXSNV', 'mức Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV band'),
  band70: band('HTTNV', 'mức Hoàn thành tốt nhiệm vụ', 'HTTNV band'),
  band50: band('HTNV', 'mức Hoàn thành nhiệm vụ', 'HTNV band'),
  exceeded30: {
    holds: ({ counts: c }) => 10 * c.exceeded >= 3 * c.assigned,
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
    holds: ({ counts: c }) => 5 * c.late <= c.assigned,
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
    holds: ({ findings }) => findings.subordinateOrMemberDisciplined !== true,
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
