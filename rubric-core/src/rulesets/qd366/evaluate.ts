import { fromMicro, toMicro } from '../../decimal.js';
import { SlotCache } from '../../internal/slot-cache.js';
import { LEVEL_NAMES, type Level, levelRank } from '../../levels.js';
import { formatChoices, formatNumber, type Message } from '../../message.js';
import { frameNotUsed } from '../../packs/frame-not-used.js';
import type { Assessment } from '../../schemas/assessment.js';
import { type Outcome, RESULT_FORMAT, type Reason, type Result, type Warning } from '../../schemas/result.js';
import { countsFromTaskList } from '../../task-list.js';
import { VERSION } from '../../version.js';
import {
  type CitedCondition,
  CONDITIONS,
  type ConditionKey,
  type GradedLevel,
  inBand,
  levelConditions,
} from './conditions.js';
import { type Facts, factsForKind, kindGroup, NO_FINDINGS, type Policy } from './facts.js';
import { findingWarnings } from './findings.js';
import { citationOf, MITIGATION_CITE, QD366_RULES, type RuleId } from './rules.js';
import { SCORE_UNDER_50, type Trigger, triggerRule, triggersFor } from './triggers.js';

// The Điều 11 algorithm: triggers of khoản 4 first, then the levels from the highest, each
// condition reported with its rule. Moved from classify.ts unchanged; the quarterly rule set
// layers its own rules on decideLevel().

/** Where reasons go; null when the caller wants none (faster). */
export type Sink = Reason[] | null;

/** Appends one cited reason. */
export function push(
  out: Sink,
  rule: RuleId,
  outcome: Outcome,
  message: Message,
  cite: string = QD366_RULES[rule].cite,
): void {
  out?.push({ rule, cite, citation: citationOf(cite), outcome, message });
}

/**
 * A bounded memo of reasons whose text is a function of a whole-number key (see Condition.memoKey),
 * each kept frozen (results share it). A {@link SlotCache}: a lookup is two array reads.
 */
export class ReasonMemo {
  private readonly slots = new SlotCache<Reason>();
  /** The reason kept for `key`, if any. */
  find(key: number): Reason | undefined {
    return this.slots.find(key);
  }
  /** Keeps `r` for `key` (frozen: results share it) and returns it. */
  keep(key: number, r: Reason): Reason {
    Object.freeze(r.message);
    Object.freeze(r);
    return this.slots.keep(key, r);
  }
  /** The reason for `key`, built once by `make`. */
  get(key: number, make: () => Reason): Reason {
    return this.find(key) ?? this.keep(key, make());
  }
}

/** A cited reason of the qd366 rule set. */
export function reasonOf(rule: RuleId, outcome: Outcome, message: Message): Reason {
  const cite = QD366_RULES[rule].cite;
  return { rule, cite, citation: citationOf(cite), outcome, message };
}

const NO_TRIGGER_TEXT: Message = {
  vi: 'Không thuộc trường hợp nào của Điều 11, khoản 4 buộc xếp loại Không hoàn thành nhiệm vụ.',
  en: 'No case of Điều 11 clause 4 forces KHTNV.',
};
// "No khoản 4 case" under each rule id that lists the triggers (four), built once.
const NO_TRIGGER = new Map<RuleId, Reason>();

function noTrigger(rule: RuleId): Reason {
  let r = NO_TRIGGER.get(rule);
  if (r === undefined) {
    r = reasonOf(rule, 'passed', NO_TRIGGER_TEXT);
    Object.freeze(r.message);
    Object.freeze(r);
    NO_TRIGGER.set(rule, r);
  }
  return r;
}

/** What the level rules decide before the result is assembled. */
export interface LevelDecision {
  readonly level: Level | null;
  readonly candidates: readonly Level[];
}

// Each (condition, rule) pair of the level lists gets a bit, so "reported once per rule" is a
// bitmask rather than a set of concatenated strings, and a memo of its reasons. Each level list is
// kept as steps (its condition, resolved once, and its bit), so that weighing a condition costs
// no lookup by name and no map per condition.
interface Step {
  readonly cited: CitedCondition;
  readonly condition: (typeof CONDITIONS)[ConditionKey];
  readonly bit: number;
}
type Steps = Readonly<Record<GradedLevel, readonly Step[]>>;
// By kind group, then [not nested, nested], as levelConditions keeps its lists (no lookup by list).
const STEPS: Record<string, [Steps, Steps]> = {};
const PAIR_MEMO: ReasonMemo[] = [];
{
  const names: string[] = [];
  for (const group of ['individual', 'collective', 'leader'] as const) {
    const byNested: Steps[] = [];
    for (const nested of [false, true]) {
      const lists = levelConditions(group, nested);
      const steps = (list: readonly CitedCondition[]): Step[] =>
        list.map((cited) => {
          let bit = names.indexOf(`${cited[0]} ${cited[1]}`);
          if (bit < 0) {
            bit = names.push(`${cited[0]} ${cited[1]}`) - 1;
            PAIR_MEMO.push(new ReasonMemo());
          }
          return { cited, condition: CONDITIONS[cited[0]], bit };
        });
      byNested.push({ HTXSNV: steps(lists.HTXSNV), HTTNV: steps(lists.HTTNV), HTNV: steps(lists.HTNV) });
    }
    STEPS[group] = byNested as [Steps, Steps];
  }
}

/** Which (condition, rule) pairs were reported already. */
interface Reported {
  mask: number;
}

function conditionReason(f: Facts, step: Step, holds: boolean): Reason {
  const code = step.condition.memoKey(f, holds);
  if (code < 0) return buildConditionReason(f, step.cited, holds);
  const memo = PAIR_MEMO[step.bit] as ReasonMemo;
  return memo.find(code) ?? memo.keep(code, buildConditionReason(f, step.cited, holds));
}

function buildConditionReason(f: Facts, [key, rule]: CitedCondition, holds: boolean): Reason {
  return reasonOf(rule, holds ? 'passed' : 'failed', CONDITIONS[key].explain(f, holds));
}

function checkLevel(f: Facts, steps: readonly Step[], out: Sink, reported: Reported, withBand: boolean): boolean {
  let ok = true;
  for (let i = withBand ? 0 : 1; i < steps.length; i++) {
    const step = steps[i] as Step;
    const holds = step.condition.holds(f);
    if (out !== null) {
      // Each condition once per rule that cites it, so "why not HTTNV" shows R366-16 too.
      if ((reported.mask & (1 << step.bit)) === 0) {
        reported.mask |= 1 << step.bit;
        out.push(conditionReason(f, step, holds));
      }
    }
    if (!holds) {
      ok = false;
      // A failed band makes the level's other conditions irrelevant; without reasons any failure does.
      if (i === 0 || out === null) return false;
    }
  }
  return ok;
}

const GRADED: readonly GradedLevel[] = ['HTXSNV', 'HTTNV', 'HTNV'];

function gap(f: Facts, out: Sink): LevelDecision {
  if (f.policy.gap === 'KHTNV') {
    push(out, 'R366-21', 'applied', {
      vi: 'Không đủ điều kiện của mức nào và không thuộc trường hợp nào của khoản 4 buộc xếp loại Không hoàn thành nhiệm vụ; theo cách hiểu đã chọn cho khoảng trống này (xếp Không hoàn thành nhiệm vụ), xếp loại Không hoàn thành nhiệm vụ.',
      en: 'No level’s conditions hold and no clause-4 case forces KHTNV; under the reading chosen for this gap (rate it KHTNV) the result is KHTNV.',
    });
    return { level: 'KHTNV', candidates: [] };
  }
  push(out, 'R366-21', 'applied', {
    vi: `Có ${formatNumber(f.total, 'vi')} điểm nhưng không đủ điều kiện của mức nào và không thuộc trường hợp nào của khoản 4 buộc xếp loại Không hoàn thành nhiệm vụ. Văn bản không quy định trường hợp này: cấp có thẩm quyền xem xét giữa Hoàn thành nhiệm vụ và Không hoàn thành nhiệm vụ (cách hiểu của Tự Soi).`,
    en: `${f.total} points, but no level’s conditions hold and no clause-4 case forces KHTNV. The text is silent here: the competent level chooses between HTNV and KHTNV (Tự Soi’s reading).`,
  });
  return { level: null, candidates: ['HTNV', 'KHTNV'] };
}

function grade(f: Facts, out: Sink): LevelDecision {
  const lists = (STEPS[f.group] as [Steps, Steps])[f.policy.nested ? 1 : 0];
  const reported: Reported = { mask: 0 };
  if (f.policy.bands === 'cascade') {
    for (const level of GRADED) {
      if (checkLevel(f, lists[level], out, reported, true)) return { level, candidates: [] };
    }
    return gap(f, out);
  }
  const bandLevel: GradedLevel = GRADED.find((level) => inBand(f, level)) ?? 'HTNV';
  if (checkLevel(f, lists[bandLevel], out, reported, true)) return { level: bandLevel, candidates: [] };
  const lower = GRADED.slice(GRADED.indexOf(bandLevel) + 1).filter((level) =>
    checkLevel(f, lists[level], out, reported, false),
  );
  if (lower.length === 0) return gap(f, out);
  push(out, 'R366-21', 'applied', {
    vi: `Theo cách đọc khung điểm chặt (điểm cao hơn khung không được xếp mức thấp hơn), tổng điểm thuộc khung ${bandLevel} nhưng không đủ điều kiện của mức đó, và khung điểm không cho phép mức thấp hơn: cấp có thẩm quyền quyết định.`,
    en: `Under strict bands the total falls in the ${bandLevel} band but its conditions fail, and the band excludes lower levels: the competent level decides.`,
  });
  return { level: null, candidates: lower };
}

function conclude(f: Facts, out: Sink, trigger: Trigger | null, state: 'triggered' | 'mitigated'): void {
  if (out === null || trigger === null) return;
  const base = trigger.explain(f);
  if (state === 'triggered') {
    push(out, trigger.rule, 'triggered', {
      vi: `${base.vi} Xếp loại Không hoàn thành nhiệm vụ.`,
      en: `${base.en} This gives KHTNV.`,
    });
    return;
  }
  const why = trigger.mitigation ?? { vi: '', en: '' };
  push(
    out,
    trigger.rule,
    'mitigated',
    {
      vi: `${base.vi} Tuy nhiên ${why.vi}: cấp có thẩm quyền căn cứ hoàn cảnh, tính chất, mức độ để xem xét, xếp loại.`,
      en: `${base.en} However, ${why.en}: the competent level weighs the case.`,
    },
    MITIGATION_CITE,
  );
}

/** The Điều 11 decision for the facts: a level, or the candidates the competent level chooses among. */
export function decideLevel(f: Facts, out: Sink): LevelDecision {
  let hard = false;
  let soft = false;
  const triggers = triggersFor(f, true);
  for (let i = -1; i < triggers.length; i++) {
    const t = i < 0 ? SCORE_UNDER_50 : (triggers[i] as Trigger);
    if (!t.fires(f)) continue;
    if (f.policy.mitigation !== 'none' && t.mitigated(f)) {
      soft = true;
      conclude(f, out, t, 'mitigated');
    } else {
      hard = true;
      conclude(f, out, t, 'triggered');
    }
  }
  if (hard) return { level: 'KHTNV', candidates: [] };
  if (!soft && out !== null) {
    out.push(noTrigger(triggerRule(f)));
  }

  const graded = grade(f, out);
  if (!soft) return graded;
  if (f.policy.mitigation === 'waive') {
    push(out, 'R366-21', 'applied', {
      vi: 'Theo cách hiểu đã chọn (bỏ qua trường hợp được giảm nhẹ), trường hợp được xem xét giảm nhẹ không tính.',
      en: 'Under the reading chosen (a mitigated case is set aside), the mitigated case is not counted.',
    });
    return graded;
  }
  const without: Level = graded.level === null || graded.level === 'KHTNV' ? 'HTNV' : graded.level;
  push(out, 'R366-21', 'applied', {
    vi: `Có trường hợp được xem xét giảm nhẹ: cấp có thẩm quyền quyết định giữa ${without} (mức theo quy tắc nếu không có trường hợp đó) và KHTNV.`,
    en: `A mitigated case applies: the competent level chooses between ${without} (the rules' level without it) and KHTNV.`,
  });
  return { level: null, candidates: [without, 'KHTNV'] };
}

/**
 * The warning for a proposed level above the best level an outcome allows (its level, or its best
 * candidate); undefined when the proposal is within it or either is missing.
 */
export function proposedAbove(proposed: Level | undefined, outcome: LevelDecision): Warning | undefined {
  const best = outcome.level ?? outcome.candidates[0];
  if (proposed === undefined || best === undefined || levelRank(proposed) <= levelRank(best)) return undefined;
  return {
    code: 'PROPOSED_ABOVE_RESULT',
    path: 'proposedLevel',
    message: {
      vi: `Mức đề xuất "${LEVEL_NAMES[proposed].vi}" cao hơn mức theo quy định (${best}).`,
      en: `Proposed level ${proposed} is above what the rules give (${best}).`,
    },
  };
}

/** Warnings about the input: a proposed level above the result, facts not used for the kind. */
export function warnings(a: Assessment, f: Facts, outcome: LevelDecision): Warning[] {
  const list: Warning[] = [];
  const above = proposedAbove(a.proposedLevel, outcome);
  if (above !== undefined) list.push(above);
  // Most subjects give none of the three (and every quarter): nothing more to weigh.
  if (!a.ledUnits && !a.confidenceVote && !a.socioEconomicTargets) return list;
  const unused = (path: string, vi: string, en: string) =>
    list.push({
      code: 'NOT_USED_FOR_KIND',
      path,
      message: {
        vi: `${vi} không dùng để xếp loại đối tượng này.`,
        en: `${en} is not used to rate this kind of subject.`,
      },
    });
  const used = factsForKind(f.kind);
  if (a.ledUnits && used.counts !== 'ledUnits')
    unused('ledUnits', 'Số liệu đơn vị trực tiếp lãnh đạo', 'The figures of the units led');
  if (a.confidenceVote && !used.confidenceVote)
    unused('confidenceVote', 'Kết quả lấy phiếu tín nhiệm', 'The confidence vote');
  if (a.socioEconomicTargets && !used.socioEconomicTargets)
    unused('socioEconomicTargets', 'Chỉ tiêu kinh tế - xã hội', 'The socio-economic targets');
  return list;
}

/** Builds the facts the rules read; `general`/`results` come from scores (or a pack, see computeScores). */
export function factsOf(a: Assessment, policy: Policy, general: number, results: number): Facts {
  const group = kindGroup(a.subject.kind);
  // A tusoi.assessment/2 may give the task list instead of the counts (read from the list).
  const counts =
    group === 'leader' ? a.ledUnits : (a.tasks ?? (a.taskList ? countsFromTaskList(a.taskList) : undefined));
  if (counts === undefined) throw new Error('validated assessment without counts');
  const totalMicro = toMicro(general) + toMicro(results);
  return {
    a,
    kind: a.subject.kind,
    group,
    counts,
    general,
    results,
    total: fromMicro(totalMicro),
    totalMicro,
    findings: a.findings ?? NO_FINDINGS,
    policy,
  };
}

/** The decision fields of a result: a level by rule, or the candidates the competent level decides between. */
export function decided(
  d: LevelDecision,
):
  | { readonly decision: 'rule'; readonly level: Level; readonly candidates: Level[] & [] }
  | { readonly decision: 'discretion'; readonly level: null; readonly candidates: Level[] } {
  return d.level === null
    ? { decision: 'discretion', level: null, candidates: [...d.candidates] }
    : { decision: 'rule', level: d.level, candidates: [] };
}

/** Classifies a validated assessment whose group totals are known. */
export function classifyFacts(f: Facts, explain: boolean): Result {
  const out: Sink = explain ? [] : null;
  const outcome = decideLevel(f, out);
  if (out !== null) {
    const message: Message =
      outcome.level !== null
        ? {
            vi: `Kết quả: ${LEVEL_NAMES[outcome.level].vi} (${outcome.level}).`,
            en: `Result: ${outcome.level} (${LEVEL_NAMES[outcome.level].en}).`,
          }
        : {
            vi:
              outcome.candidates.length === 1
                ? `Kết quả: do cấp có thẩm quyền quyết định; mức đủ điều kiện: ${outcome.candidates[0]}.`
                : `Kết quả: do cấp có thẩm quyền quyết định, giữa ${formatChoices(outcome.candidates, 'vi')}.`,
            en:
              outcome.candidates.length === 1
                ? `Result: for the competent level to decide; the only level that holds: ${outcome.candidates[0]}.`
                : `Result: for the competent level to decide, among ${formatChoices(outcome.candidates, 'en')}.`,
          };
    push(out, 'R366-21', 'applied', message);
  }
  return {
    format: RESULT_FORMAT,
    ruleset: 'qd366',
    version: VERSION,
    ...decided(outcome),
    score: { general: f.general, results: f.results, total: f.total },
    reasons: out ?? [],
    warnings: annualWarnings(f, outcome),
  };
}

/** The warnings of an annual result: {@link warnings}, then findings the kind does not weigh and a frame (quarterly only). */
function annualWarnings(f: Facts, outcome: LevelDecision): Warning[] {
  const list = warnings(f.a, f, outcome);
  if (f.findings !== NO_FINDINGS) {
    const unread = findingWarnings(f.findings, f.kind);
    if (unread.length > 0) list.push(...unread);
  }
  const frame = f.a.frame;
  if (frame !== undefined) list.push(frameNotUsed(frame.id, ANNUAL_FRAME));
  if (f.a.unrated !== undefined) list.push(UNRATED_NOT_ANNUAL);
  return list;
}

// The "chưa xếp loại" facts are a quarter's (Q26-30): an annual rating reads none of them.
const UNRATED_NOT_ANNUAL: Warning = Object.freeze({
  code: 'UNRATED_NOT_ANNUAL',
  path: 'unrated',
  message: Object.freeze({
    vi: 'Các trường hợp chưa xếp loại (Q26-30) chỉ xét cho một quý: đánh giá cả năm không đọc mục "unrated". Hãy ghi vào bản của quý đó, hoặc ghi quý đó là chưa xếp loại trong "quarters".',
    en: 'The not-rated cases (Q26-30) are a quarter’s: the annual rating does not read "unrated". Put them in that quarter’s assessment, or mark the quarter not rated in "quarters".',
  }),
});

const ANNUAL_FRAME: Message = {
  vi: 'đánh giá cả năm theo QĐ 366-QĐ/TW không chấm theo khung tỷ trọng (khung tỷ trọng chỉ dùng để chấm sản phẩm của quý theo bảng tusoi.pack/2)',
  en: 'the annual QĐ 366-QĐ/TW rating scores no weight frame (frames only score a quarter’s tasks under a tusoi.pack/2)',
};
