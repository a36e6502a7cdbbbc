import { type ClassifyOptions, classify, prepareFacts } from './classify.js';
import { formatNumber, type Message } from './message.js';
import { rulesetIdOf } from './ruleset/select.js';
import {
  BAND_MIN,
  CONDITIONS,
  type GradedLevel,
  inBand,
  levelConditions,
  type Measure,
} from './rulesets/qd366/conditions.js';
import { classifyFacts } from './rulesets/qd366/evaluate.js';
import { type Facts, type KindGroup, scopeOf } from './rulesets/qd366/facts.js';
import { findingsRead } from './rulesets/qd366/findings.js';
import { QD366_RULES, type RuleId } from './rulesets/qd366/rules.js';
import { SCORE_UNDER_50, triggersFor } from './rulesets/qd366/triggers.js';
import { type Findings, SUBJECT_KINDS, type SubjectKind } from './schemas/assessment.js';
import type { Result } from './schemas/result.js';

/** One khoản 4 trigger or one level condition, as weighed for a case. */
export interface TraceItem {
  /** Trigger or condition key (`unitsRatedOver50`, `exceeded30`, …). */
  readonly key: string;
  readonly rule: RuleId;
  readonly cite: string;
  /** A condition holds / a trigger fires. */
  readonly holds: boolean;
  /** A trigger that fires but whose mitigation paragraph applies (under the case's policy). */
  readonly mitigated?: boolean;
  /** The numbers weighed and the text's threshold. */
  readonly measure: Measure;
  /** The rule's own sentence: for a condition always, for a trigger only when it fires. */
  readonly message?: Message;
  /** Why a mitigated trigger may be mitigated (self-reported and remedied, force majeure). */
  readonly mitigation?: Message;
  /** `priorsFixed` only: the progress (0–1, or undefined when not given) of each shortcoming still being fixed. */
  readonly inProgress?: readonly (number | undefined)[];
}

/** Every rule classify weighs for a case, in the text's order, beside the result itself. */
export interface DecisionTrace {
  readonly result: Result;
  readonly group: KindGroup;
  /**
   * Whose tasks the counted figures are, as the reasons say it (e.g. a leader's "units directly
   * led"); empty for a person's own tasks. A prefix for the task-count lines.
   */
  readonly scope: Message;
  /** How the score bands were read: `cascade` (a higher total may take a lower level) or `strict`. */
  readonly bands: 'cascade' | 'strict';
  /** Điều 11 khoản 4 for the kind: the score under 50 first, then the kind's list. */
  readonly triggers: readonly TraceItem[];
  /** Each graded level's conditions (its score band first), from HTXSNV down, under the case's `nested` option. */
  readonly levels: readonly { readonly level: GradedLevel; readonly conditions: readonly TraceItem[] }[];
}

const GRADED: readonly GradedLevel[] = ['HTXSNV', 'HTTNV', 'HTNV'];

/**
 * Classifies like {@link classify} and also lists every trigger and condition with the numbers it
 * weighed (Điều 11 khoản 1–4), for teaching views that show the decision step by step.
 *
 * @throws {TusoiInputError} As classify, when the input is invalid.
 */
export function traceDecision(input: unknown, options?: ClassifyOptions): DecisionTrace {
  const f = prepareFacts(input, options);
  // Điều 11 alone decides a plain annual case; a quarter, or a year with its quarters or a head's
  // collective, goes through its rule set, so that the trace shows the result classify gives.
  const a = f.a;
  const plain =
    rulesetIdOf(a) === 'qd366' &&
    a.quarters === undefined &&
    (a.headOf === undefined || a.period.quarter !== undefined);
  const result = plain ? classifyFacts(f, true) : classify(input, { ...options, reasons: true });
  const triggers = [SCORE_UNDER_50, ...triggersFor(f)].map((t): TraceItem => {
    const fires = t.fires(f);
    const mitigated = fires && f.policy.mitigation !== 'none' && t.mitigated(f);
    return {
      key: t.key,
      rule: t.rule,
      cite: QD366_RULES[t.rule].cite,
      holds: fires,
      ...(fires ? { mitigated, message: t.explain(f) } : {}),
      ...(mitigated && t.mitigation ? { mitigation: t.mitigation } : {}),
      measure: t.measure(f),
    };
  });
  const lists = levelConditions(f.group, f.policy.nested);
  const levels = GRADED.map((level, i) => ({
    level,
    conditions: lists[level].map(([key, rule], j): TraceItem => {
      // Strict bands (the band excludes lower levels): a level's band ends where the one above starts.
      const above = f.policy.bands === 'strict' && j === 0 ? GRADED[i - 1] : undefined;
      if (above !== undefined) return strictBand(f, key, rule, level, above);
      const holds = CONDITIONS[key].holds(f);
      const open = (f.a.priorShortcomings ?? []).filter((p) => p.status === 'in-progress');
      return {
        key,
        rule,
        cite: QD366_RULES[rule].cite,
        holds,
        measure: CONDITIONS[key].measure(f),
        message: CONDITIONS[key].explain(f, holds),
        ...(key === 'priorsFixed' && open.length > 0 ? { inProgress: open.map((p) => p.progress) } : {}),
      };
    }),
  }));
  return { result, group: f.group, scope: scopeOf(f), bands: f.policy.bands, triggers, levels };
}

/** A level's band read strictly: from its own minimum to under the minimum of the level above. */
function strictBand(f: Facts, key: string, rule: RuleId, level: GradedLevel, above: GradedLevel): TraceItem {
  const min = BAND_MIN[level];
  const max = BAND_MIN[above];
  const holds = inBand(f, level) && !inBand(f, above);
  const total = { vi: formatNumber(f.total, 'vi'), en: formatNumber(f.total, 'en') };
  return {
    key,
    rule,
    cite: QD366_RULES[rule].cite,
    holds,
    measure: { kind: 'points', value: f.total, threshold: min, test: 'atLeast', under: max },
    message: holds
      ? {
          vi: `Tổng điểm ${total.vi} thuộc khung từ ${min} đến dưới ${max} điểm (đọc khung điểm chặt).`,
          en: `Total ${total.en} is in the band ${min} to under ${max} (strict bands).`,
        }
      : {
          vi: `Tổng điểm ${total.vi} không thuộc khung từ ${min} đến dưới ${max} điểm (đọc khung điểm chặt).`,
          en: `Total ${total.en} is outside the band ${min} to under ${max} (strict bands).`,
        },
  };
}

/** A finding of the competent level (a yes/no key of `findings`). */
export type FindingKey = Exclude<keyof Findings, 'discipline'>;

// Which findings Điều 11 weighs for each kind is read from the rules (rulesets/qd366/findings.ts):
// the khoản 4 flags of its list, the flags that allow mitigation, and (collectives) the HTXSNV
// exclusion. trace.test.ts probes that a finding outside it changes no trigger and no condition.
const flagsRead = (kind: SubjectKind): readonly FindingKey[] =>
  findingsRead(kind).filter((f): f is FindingKey => f !== 'discipline');
const FLAGS_READ = Object.fromEntries(SUBJECT_KINDS.map((k) => [k, flagsRead(k)])) as Record<
  SubjectKind,
  readonly FindingKey[]
>;

/** The competent level's findings Điều 11 weighs for a subject kind (editors hide or flag the rest). */
export function findingsForKind(kind: SubjectKind): readonly FindingKey[] {
  return FLAGS_READ[kind];
}

/** Whether disciplinary decisions (`findings.discipline`) are weighed for a kind (a plain collective's are not). */
export function disciplineWeighed(kind: SubjectKind): boolean {
  return findingsRead(kind).includes('discipline');
}
