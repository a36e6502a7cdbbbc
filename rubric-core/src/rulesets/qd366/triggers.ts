import { compareProducts } from '../../internal/exact.js';
import { formatNumber, formatPercent, type Message } from '../../message.js';
import { type Discipline, SOCIO_ECONOMIC_TARGETS, type SubjectKind } from '../../schemas/assessment.js';
import { BAND_MIN, inBand, type Measure } from './conditions.js';
import { type Facts, type FindingName, type FlagName, type KindGroup, kindGroup, NO_FINDINGS } from './facts.js';
import type { RuleId } from './rules.js';

// The cases of Điều 11 khoản 4 that give KHTNV whatever the score, each with the mitigation
// the text allows (spec §2). A mitigated trigger leaves the decision to the competent level.

/** A KHTNV trigger. */
export interface Trigger {
  readonly key: string;
  readonly rule: RuleId;
  fires(f: Facts): boolean;
  /** Whether the text's mitigation paragraph applies; only read when the trigger fires. */
  mitigated(f: Facts): boolean;
  explain(f: Facts): Message;
  /** The numbers it weighs, whether or not it fires (for teaching views). */
  measure(f: Facts): Measure;
  /** Why the mitigation applies. */
  readonly mitigation?: Message;
  /** True when it reads only the findings (it cannot fire without them). */
  readonly onFindings?: true;
  /** The `findings` it reads, its mitigation's included (which findings a kind weighs is read from these). */
  readonly reads: readonly FindingName[];
}

const NO_READS: readonly FindingName[] = [];

const never = () => false;

const DEGRADATION =
  'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"';
const DEGRADATION_EN =
  'concluded by the competent level to show political, ethical or lifestyle degradation, "self-evolution" or "self-transformation"';

const SELF_REPORTED: Message = {
  vi: 'đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả',
  en: 'self-reported the fault and remedied its consequences',
};
const SELF_DETECTED: Message = {
  vi: 'đã chủ động phát hiện, báo cáo, khắc phục kịp thời',
  en: 'detected, reported and remedied it in time',
};
const FORCE_MAJEURE: Message = { vi: 'có lý do bất khả kháng', en: 'force majeure applies' };
// The mitigations khoản 4 grants on a finding of the competent level.
const BY_SELF_REPORTED: MitigatedBy = { finding: 'selfDetectedAndRemedied', why: SELF_REPORTED };
const BY_SELF_DETECTED: MitigatedBy = { finding: 'selfDetectedAndRemedied', why: SELF_DETECTED };
const BY_FORCE_MAJEURE: MitigatedBy = { finding: 'forceMajeure', why: FORCE_MAJEURE };

function disciplines(f: Facts, counts: (d: Discipline) => boolean): Discipline[] {
  return (f.findings.discipline ?? []).filter(counts);
}

/** A mitigation the text grants on one finding (e.g. `selfDetectedAndRemedied`), with why in words. */
interface MitigatedBy {
  readonly finding: FlagName;
  readonly why: Message;
}

/** Whether a mitigation's finding is set; never mitigated without one. */
function mitigatedBy(by: MitigatedBy | undefined): (f: Facts) => boolean {
  if (by === undefined) return never;
  const key = by.finding;
  return (f) => f.findings[key] === true;
}

function flag(key: FlagName, rule: RuleId, vi: string, en: string, by?: MitigatedBy): Trigger {
  return {
    key,
    rule,
    fires: (f) => f.findings[key] === true,
    mitigated: mitigatedBy(by),
    measure: (f) => ({ kind: 'flag', value: f.findings[key] === true ? 1 : 0, threshold: 1, test: 'atLeast' }),
    explain: () => ({ vi, en }),
    ...(by ? { mitigation: by.why } : {}),
    onFindings: true,
    reads: by ? [key, by.finding] : [key],
  };
}

/** Score under 50 (all kinds; no mitigation). */
export const SCORE_UNDER_50: Trigger = {
  key: 'scoreUnder50',
  rule: 'R366-08',
  fires: (f) => !inBand(f, 'HTNV'),
  mitigated: never,
  measure: (f) => ({ kind: 'points', value: f.total, threshold: BAND_MIN.HTNV, test: 'below' }),
  explain: (f) => ({
    vi: `Tổng điểm ${formatNumber(f.total, 'vi')} dưới ${BAND_MIN.HTNV} điểm.`,
    en: `Total ${f.total} is under ${BAND_MIN.HTNV}.`,
  }),
  reads: NO_READS,
};

/**
 * A disciplinary decision that counts, mitigated when the decision says it was self-reported and
 * remedied, or (leadership collectives) when the finding `orFinding.finding` is set.
 */
function dutyDiscipline(
  rule: RuleId,
  vi: string,
  en: string,
  counts: (d: Discipline) => boolean,
  mitigation: Message,
  orFinding?: MitigatedBy,
): Trigger {
  const collectively = mitigatedBy(orFinding);
  return {
    key: 'dutyDiscipline',
    rule,
    fires: (f) => disciplines(f, counts).length > 0,
    mitigated: (f) => disciplines(f, counts).every((d) => d.selfReportedAndRemedied === true || collectively(f)),
    measure: (f) => {
      const n = disciplines(f, counts).length;
      const all = (f.findings.discipline ?? []).length;
      return { kind: 'count', value: n, threshold: 1, test: 'atLeast', notCounted: all - n };
    },
    explain: (f) => {
      const n = disciplines(f, counts).length;
      return { vi: `${vi} (${n} quyết định kỷ luật).`, en: `${en} (${n} disciplinary decision${n === 1 ? '' : 's'}).` };
    },
    mitigation,
    onFindings: true,
    reads: orFinding ? ['discipline', orFinding.finding] : ['discipline'],
  };
}

function completedUnder70(rule: RuleId, by?: MitigatedBy): Trigger {
  return {
    key: 'completedUnder70',
    rule,
    fires: ({ counts: c }) => compareProducts(10, c.completed, 7, c.assigned) < 0,
    mitigated: mitigatedBy(by),
    measure: ({ counts: c }) => ({ kind: 'share', value: c.completed, of: c.assigned, threshold: 0.7, test: 'below' }),
    explain: ({ counts: c, group }) => {
      const who =
        group === 'leader'
          ? {
              vi: 'Các địa phương, đơn vị do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành',
              en: 'The units led completed',
            }
          : { vi: 'Tập thể hoàn thành', en: 'The collective completed' };
      return {
        vi: `${who.vi} ${c.completed}/${c.assigned} nhiệm vụ (${formatPercent(c.completed, c.assigned, 'vi')}), dưới 70%.`,
        en: `${who.en} ${c.completed}/${c.assigned} tasks (${formatPercent(c.completed, c.assigned, 'en')}), under 70%.`,
      };
    },
    ...(by ? { mitigation: by.why } : {}),
    reads: by ? [by.finding] : NO_READS,
  };
}

function targetsMissed(rule: RuleId, by?: MitigatedBy): Trigger {
  return {
    key: 'targetsMissed',
    rule,
    fires: ({ a, policy }) => {
      const t = a.socioEconomicTargets;
      return t?.applicable === true && t.missed >= (policy.targets === 'all' ? SOCIO_ECONOMIC_TARGETS : 1);
    },
    mitigated: mitigatedBy(by),
    measure: ({ a, policy }) => ({
      kind: 'count',
      value: a.socioEconomicTargets?.applicable === true ? a.socioEconomicTargets.missed : 0,
      of: SOCIO_ECONOMIC_TARGETS,
      threshold: policy.targets === 'all' ? SOCIO_ECONOMIC_TARGETS : 1,
      test: 'atLeast',
    }),
    explain: ({ a }) => {
      const m = a.socioEconomicTargets?.missed ?? 0;
      return {
        vi: `Không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản được giao (${m}/5 chỉ tiêu không đạt).`,
        en: `The 5 basic socio-economic targets were not met (${m} of 5 missed).`,
      };
    },
    ...(by ? { mitigation: by.why } : {}),
    reads: by ? [by.finding] : NO_READS,
  };
}

const INDIVIDUAL: readonly Trigger[] = [
  flag('degradationConcluded', 'R366-20', `Cá nhân ${DEGRADATION}.`, `The member was ${DEGRADATION_EN}.`),
  flag(
    'prohibitedActsViolated',
    'R366-20',
    'Vi phạm những điều đảng viên không được làm.',
    'Violated what party members must not do.',
    BY_SELF_REPORTED,
  ),
  flag(
    'exampleDutyViolated',
    'R366-20',
    'Vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín của bản thân và tổ chức, cơ quan, đơn vị.',
    'Violated the duty to set an example, harming the reputation of self and organisation.',
    BY_SELF_REPORTED,
  ),
  dutyDiscipline(
    'R366-20',
    'Vi phạm liên quan đến hoạt động công vụ bị xử lý kỷ luật từ khiển trách trở lên',
    'Disciplined (khiển trách or heavier) for a duty-related violation',
    (d) => d.dutyRelated,
    SELF_REPORTED,
  ),
  {
    key: 'notCompletedOver50',
    rule: 'R366-20',
    fires: ({ counts: c }) => compareProducts(2, c.assigned - c.completed, 1, c.assigned) > 0,
    mitigated: never,
    measure: ({ counts: c }) => ({
      kind: 'share',
      value: c.assigned - c.completed,
      of: c.assigned,
      threshold: 0.5,
      test: 'above',
    }),
    explain: ({ counts: c }) => {
      const k = c.assigned - c.completed;
      return {
        vi: `Có ${k}/${c.assigned} nhiệm vụ không hoàn thành (${formatPercent(k, c.assigned, 'vi')}), trên 50%.`,
        en: `${k}/${c.assigned} tasks not completed (${formatPercent(k, c.assigned, 'en')}), over 50%.`,
      };
    },
    reads: NO_READS,
  },
];

const LEADER: readonly Trigger[] = [
  flag('degradationConcluded', 'R366-19', `Cá nhân ${DEGRADATION}.`, `The leader was ${DEGRADATION_EN}.`),
  dutyDiscipline(
    'R366-19',
    'Có vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên',
    'Disciplined (khiển trách or heavier) for a violation of official duties',
    (d) => d.dutyRelated,
    SELF_REPORTED,
  ),
  flag(
    'corruptionInScopeDisciplined',
    'R366-19',
    'Có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật.',
    'Corruption, waste or wrongdoing occurred in the direct scope and was disciplined.',
    BY_SELF_DETECTED,
  ),
  completedUnder70('R366-19'),
  targetsMissed('R366-19'),
  {
    key: 'unitsRatedOver50',
    rule: 'R366-19',
    fires: ({ a }) =>
      compareProducts(2, a.ledUnits?.unitsRatedNotCompleted ?? 0, 1, a.ledUnits?.unitsResponsible ?? 0) > 0,
    mitigated: never,
    measure: ({ a }) => ({
      kind: 'share',
      value: a.ledUnits?.unitsRatedNotCompleted ?? 0,
      of: a.ledUnits?.unitsResponsible ?? 0,
      threshold: 0.5,
      test: 'above',
    }),
    explain: ({ a }) => {
      const k = a.ledUnits?.unitsRatedNotCompleted ?? 0;
      const n = a.ledUnits?.unitsResponsible ?? 0;
      return {
        vi: `Có ${k}/${n} địa phương, đơn vị phụ trách bị xếp loại Không hoàn thành nhiệm vụ (${formatPercent(k, n, 'vi')}), trên 50%.`,
        en: `${k}/${n} units under responsibility rated KHTNV (${formatPercent(k, n, 'en')}), over 50%.`,
      };
    },
    reads: NO_READS,
  },
  {
    key: 'lowConfidenceOver50',
    rule: 'R366-19',
    fires: ({ a }) => a.confidenceVote?.held === true && (a.confidenceVote.lowShare ?? 0) > 0.5,
    mitigated: never,
    measure: ({ a }) => ({
      kind: 'share',
      value: a.confidenceVote?.held === true ? (a.confidenceVote.lowShare ?? 0) : 0,
      of: 1,
      threshold: 0.5,
      test: 'above',
    }),
    explain: ({ a }) => {
      const s = a.confidenceVote?.lowShare ?? 0;
      return {
        vi: `Có ${formatPercent(s, 1, 'vi')} phiếu tín nhiệm thấp, trên 50%.`,
        en: `${formatPercent(s, 1, 'en')} low-confidence votes, over 50%.`,
      };
    },
    reads: NO_READS,
  },
];

const LEADERSHIP_COLLECTIVE: readonly Trigger[] = [
  flag(
    'personnelViolationOrDisunity',
    'R366-18',
    'Bị cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền trong phạm vi phụ trách.',
    'Concluded to have personnel-work violations, internal disunity, factionalism or office-buying in its remit.',
  ),
  flag('memberDegradationConcluded', 'R366-18', `Có thành viên ${DEGRADATION}.`, `A member was ${DEGRADATION_EN}.`),
  dutyDiscipline(
    'R366-18',
    'Có thành viên vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật từ khiển trách trở lên',
    'A member was disciplined (khiển trách or heavier) for a duty-related violation',
    (d) => d.dutyRelated && d.violationAtPreviousUnit !== true && d.unrelatedToCollective !== true,
    SELF_DETECTED,
    BY_SELF_DETECTED,
  ),
  completedUnder70('R366-18', BY_FORCE_MAJEURE),
  targetsMissed('R366-18', BY_FORCE_MAJEURE),
];

interface TriggerLists {
  readonly individual: readonly Trigger[];
  readonly leader: readonly Trigger[];
  readonly leadershipCollective: readonly Trigger[];
}
const ALL: TriggerLists = { individual: INDIVIDUAL, leader: LEADER, leadershipCollective: LEADERSHIP_COLLECTIVE };
const onFacts = (list: readonly Trigger[]) => list.filter((t) => t.onFindings !== true);
// Without findings (the shared NO_FINDINGS) a trigger that reads only the findings cannot fire.
const ON_FACTS: TriggerLists = {
  individual: onFacts(INDIVIDUAL),
  leader: onFacts(LEADER),
  leadershipCollective: onFacts(LEADERSHIP_COLLECTIVE),
};
const NONE: readonly Trigger[] = [];

/**
 * The khoản 4 triggers that apply to a subject kind, score first. With `canFire`, only those that
 * can fire for these facts: for a subject without findings, not those that read only the findings.
 */
export function triggersFor(f: Facts, canFire = false): readonly Trigger[] {
  const lists = canFire && f.findings === NO_FINDINGS ? ON_FACTS : ALL;
  if (f.kind === 'leadership-collective') return lists.leadershipCollective;
  if (f.group === 'leader') return lists.leader;
  if (f.group === 'individual') return lists.individual;
  return NONE;
}

/** The khoản 4 triggers of a subject kind (besides the score under 50, which applies to all). */
export function kindTriggers(kind: SubjectKind): readonly Trigger[] {
  const group = kindGroup(kind);
  if (kind === 'leadership-collective') return ALL.leadershipCollective;
  if (group === 'leader') return ALL.leader;
  if (group === 'individual') return ALL.individual;
  return NONE;
}

const TRIGGER_RULE: Readonly<Record<KindGroup, RuleId>> = {
  leader: 'R366-19',
  individual: 'R366-20',
  collective: 'R366-08',
};

/** The khoản 4 rule id that lists the triggers of a kind group. */
export function triggerRule(f: Facts): RuleId {
  if (f.kind === 'leadership-collective') return 'R366-18';
  return TRIGGER_RULE[f.group];
}

/** The key of every khoản 4 trigger, once (for the rule-set manifest and docs). */
export const TRIGGER_KEYS: readonly string[] = [
  ...new Set([SCORE_UNDER_50, ...INDIVIDUAL, ...LEADER, ...LEADERSHIP_COLLECTIVE].map((t) => t.key)),
];
