import type { Message } from '../../message.js';
import {
  type Assessment,
  type Findings,
  SUBJECT_KINDS,
  type SubjectKind,
  type TaskCounts,
} from '../../schemas/assessment.js';

/** A key of `findings`: a yes/no finding, or `discipline` (the disciplinary decisions). */
export type FindingName = keyof Findings;
/** A yes/no key of `findings`. */
export type FlagName = Exclude<FindingName, 'discipline'>;

/** Which Điều 11 column a subject kind reads. */
export type KindGroup = 'collective' | 'leader' | 'individual';

/** Policy options after defaults (see ../classify.ts). */
export interface Policy {
  readonly nested: boolean;
  readonly bands: 'cascade' | 'strict';
  readonly gap: 'discretion' | 'KHTNV';
  readonly mitigation: 'discretion' | 'none' | 'waive';
  readonly targets: 'any' | 'all';
}

/** What the rules read from one validated assessment. */
export interface Facts {
  readonly a: Assessment;
  readonly kind: SubjectKind;
  readonly group: KindGroup;
  /** `tasks`, or `ledUnits` for leaders. */
  readonly counts: TaskCounts;
  readonly general: number;
  readonly results: number;
  readonly total: number;
  readonly totalMicro: number;
  readonly findings: Findings;
  readonly policy: Policy;
}

/** The findings of a subject without any (one frozen object, so that rules can tell it at a glance). */
export const NO_FINDINGS: Findings = Object.freeze({});

/** The Điều 11 column of a subject kind. */
export function kindGroup(kind: SubjectKind): KindGroup {
  if (kind === 'leader' || kind === 'leader-central') return 'leader';
  if (kind === 'collective' || kind === 'leadership-collective') return 'collective';
  return 'individual';
}

/** What Điều 11 reads for a kind: whose task counts, and whether a confidence vote and the 5 socio-economic targets count. */
export interface KindFacts {
  readonly counts: 'tasks' | 'ledUnits';
  readonly confidenceVote: boolean;
  readonly socioEconomicTargets: boolean;
}

function kindFacts(kind: SubjectKind): KindFacts {
  const leader = kindGroup(kind) === 'leader';
  return {
    counts: leader ? 'ledUnits' : 'tasks',
    confidenceVote: leader,
    socioEconomicTargets: leader || kind === 'leadership-collective',
  };
}

// Built once: classify reads it on every call.
const BY_KIND = Object.fromEntries(SUBJECT_KINDS.map((k) => [k, kindFacts(k)])) as Record<SubjectKind, KindFacts>;

/** The facts Điều 11 weighs for a subject kind (editors show only these; classify warns about the rest). */
export function factsForKind(kind: SubjectKind): KindFacts {
  return BY_KIND[kind];
}

/** Prefix naming whose tasks are counted, so leaders read "units led". */
export function scopeOf(f: Facts): Message {
  // A quarterly leader file may leave `ledUnits` out: the counts are then the leader's own tasks (q2026 facts).
  if (f.group === 'leader' && f.a.ledUnits === undefined)
    return {
      vi: 'Nhiệm vụ của chính cá nhân (không có số liệu đơn vị trực tiếp lãnh đạo): ',
      en: "The leader's own tasks (no figures of units led): ",
    };
  if (f.group === 'leader')
    return { vi: 'Các địa phương, đơn vị do cá nhân trực tiếp lãnh đạo, quản lý: ', en: 'Units directly led: ' };
  if (f.group === 'collective') return { vi: 'Tập thể: ', en: 'Collective: ' };
  return { vi: '', en: '' };
}
