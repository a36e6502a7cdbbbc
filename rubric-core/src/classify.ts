import * as v from 'valibot';
import { fromMicro, toMicro } from './decimal.js';
import { fromValibotIssue, TusoiInputError } from './errors.js';
import { compileGuard } from './internal/guard.js';
import { LEVEL_NAMES, type Level, levelRank } from './levels.js';
import { formatNumber, type Message } from './message.js';
import { computeScores, type Scores } from './packs/compute.js';
import { type Pack, parsePack } from './packs/pack.js';
import { type CitedCondition, CONDITIONS, type GradedLevel, inBand, levelConditions } from './rulesets/qd366/conditions.js';
import { type Facts, factsForKind, kindGroup, type Policy } from './rulesets/qd366/facts.js';
import { MITIGATION_CITE, QD366_RULES, type RuleId } from './rulesets/qd366/rules.js';
import { SCORE_UNDER_50, type Trigger, triggerRule, triggersFor } from './rulesets/qd366/triggers.js';
import type { Assessment } from './schemas/assessment.js';
import { type Outcome, RESULT_FORMAT, type Reason, type Result, type Warning } from './schemas/result.js';
import { parseAssessment } from './validate.js';

/** Policy options for the places where the text is silent or loose (spec §2), plus output options. */
export interface ClassifyOptions {
  /** Each level's conditions include the lower levels' (default true). */
  readonly nested?: boolean;
  /** `cascade` (default): a score above a band does not forbid a lower level; `strict`: it gives a discretion result. */
  readonly bands?: 'cascade' | 'strict';
  /** When no level's conditions hold and no trigger fires: `discretion` (default) or `KHTNV`. */
  readonly gap?: 'discretion' | 'KHTNV';
  /** A mitigated trigger: `discretion` (default), `none` (it still gives KHTNV) or `waive` (it is ignored). */
  readonly mitigation?: 'discretion' | 'none' | 'waive';
  /** The 5 socio-economic targets trigger fires when `any` (default) or `all` are missed. */
  readonly targets?: 'any' | 'all';
  /** Build the reasons (default true); false is faster and returns `reasons: []`. */
  readonly reasons?: boolean;
  /** The scoring pack named by `criteria.pack`, for an assessment scored by criteria. */
  readonly pack?: Pack;
}

/** The defaults of every policy option. */
export const DEFAULT_POLICY: Policy = {
  nested: true,
  bands: 'cascade',
  gap: 'discretion',
  mitigation: 'discretion',
  targets: 'any',
};

/** Valibot schema of the five policy options (for tools that store or share them, such as the playground's links). */
export const PolicyOptionsSchema = v.strictObject({
  nested: v.optional(v.boolean()),
  bands: v.optional(v.picklist(['cascade', 'strict'])),
  gap: v.optional(v.picklist(['discretion', 'KHTNV'])),
  mitigation: v.optional(v.picklist(['discretion', 'none', 'waive'])),
  targets: v.optional(v.picklist(['any', 'all'])),
});

const OptionsSchema = v.strictObject({
  ...PolicyOptionsSchema.entries,
  reasons: v.optional(v.boolean()),
  pack: v.optional(v.unknown()),
});

const optionsGuard = compileGuard(OptionsSchema);

function resolvePolicy(options: ClassifyOptions | undefined): Policy {
  if (options === undefined) return DEFAULT_POLICY;
  if (
    optionsGuard(options) &&
    options.nested === undefined &&
    options.bands === undefined &&
    options.gap === undefined &&
    options.mitigation === undefined &&
    options.targets === undefined
  ) {
    return DEFAULT_POLICY;
  }
  const parsed = v.safeParse(OptionsSchema, options);
  if (!parsed.success) {
    throw new TusoiInputError(
      parsed.issues.map((i) => {
        const issue = fromValibotIssue(i);
        return { ...issue, path: `options${issue.path ? `.${issue.path}` : ''}` };
      }),
    );
  }
  const o = parsed.output;
  return {
    nested: o.nested ?? DEFAULT_POLICY.nested,
    bands: o.bands ?? DEFAULT_POLICY.bands,
    gap: o.gap ?? DEFAULT_POLICY.gap,
    mitigation: o.mitigation ?? DEFAULT_POLICY.mitigation,
    targets: o.targets ?? DEFAULT_POLICY.targets,
  };
}

type Sink = Reason[] | null;

function push(
  out: Sink,
  rule: RuleId,
  outcome: Outcome,
  message: Message,
  cite: string = QD366_RULES[rule].cite,
): void {
  out?.push({ rule, cite, outcome, message });
}

/** What the level rules decide before the result is assembled. */
interface LevelDecision {
  readonly level: Level | null;
  readonly candidates: readonly Level[];
}

function checkLevel(
  f: Facts,
  list: readonly CitedCondition[],
  out: Sink,
  reported: Set<string>,
  withBand: boolean,
): boolean {
  let ok = true;
  for (let i = withBand ? 0 : 1; i < list.length; i++) {
    const [key, rule] = list[i] as CitedCondition;
    const holds = CONDITIONS[key].holds(f);
    if (out !== null && !reported.has(key + rule)) {
      // Each condition once per rule that cites it, so "why not HTTNV" shows R366-16 too.
      reported.add(key + rule);
      push(out, rule, holds ? 'passed' : 'failed', CONDITIONS[key].explain(f, holds));
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
const NO_REPORTS: Set<string> = new Set();

function gap(f: Facts, out: Sink): LevelDecision {
  if (f.policy.gap === 'KHTNV') {
    push(out, 'R366-21', 'applied', {
      vi: 'Không đủ điều kiện của mức nào và không thuộc trường hợp nào của khoản 4; theo tuỳ chọn gap = KHTNV, xếp loại Không hoàn thành nhiệm vụ.',
      en: 'No level’s conditions hold and no clause-4 case applies; with option gap = KHTNV the result is KHTNV.',
    });
    return { level: 'KHTNV', candidates: [] };
  }
  push(out, 'R366-21', 'applied', {
    vi: `Có ${formatNumber(f.total, 'vi')} điểm nhưng không đủ điều kiện của mức nào và không thuộc trường hợp nào của khoản 4. Văn bản không quy định trường hợp này: cấp có thẩm quyền xem xét giữa Hoàn thành nhiệm vụ và Không hoàn thành nhiệm vụ (cách hiểu của Tự Soi).`,
    en: `${f.total} points, but no level’s conditions hold and no clause-4 case applies. The text is silent here: the competent level chooses between HTNV and KHTNV (Tự Soi’s reading).`,
  });
  return { level: null, candidates: ['HTNV', 'KHTNV'] };
}

function grade(f: Facts, out: Sink): LevelDecision {
  const lists = levelConditions(f.group, f.policy.nested);
  const reported = out === null ? NO_REPORTS : new Set<string>();
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
    vi: `Theo cách đọc khung điểm chặt (bands = strict), tổng điểm thuộc khung ${bandLevel} nhưng không đủ điều kiện của mức đó, và khung điểm không cho phép mức thấp hơn: cấp có thẩm quyền quyết định.`,
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

function evaluate(f: Facts, out: Sink): LevelDecision {
  let hard = false;
  let soft = false;
  const triggers = triggersFor(f);
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
  if (!soft)
    push(out, triggerRule(f), 'passed', {
      vi: 'Không thuộc trường hợp nào của Điều 11, khoản 4 buộc xếp loại Không hoàn thành nhiệm vụ.',
      en: 'No case of Điều 11 clause 4 forces KHTNV.',
    });

  const graded = grade(f, out);
  if (!soft) return graded;
  if (f.policy.mitigation === 'waive') {
    push(out, 'R366-21', 'applied', {
      vi: 'Theo tuỳ chọn mitigation = waive, trường hợp được xem xét giảm nhẹ không tính.',
      en: 'With option mitigation = waive, the mitigated case is not counted.',
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

function warnings(a: Assessment, f: Facts, outcome: LevelDecision): Warning[] {
  const list: Warning[] = [];
  const best = outcome.level ?? outcome.candidates[0];
  if (a.proposedLevel !== undefined && best !== undefined && levelRank(a.proposedLevel) > levelRank(best)) {
    list.push({
      code: 'PROPOSED_ABOVE_RESULT',
      path: 'proposedLevel',
      message: {
        vi: `Mức đề xuất "${LEVEL_NAMES[a.proposedLevel].vi}" cao hơn mức theo quy định (${best}).`,
        en: `Proposed level ${a.proposedLevel} is above what the rules give (${best}).`,
      },
    });
  }
  const unused = (path: string, vi: string, en: string) =>
    list.push({
      code: 'NOT_USED_FOR_KIND',
      path,
      message: {
        vi: `${vi} không dùng để xếp loại đối tượng "${f.kind}".`,
        en: `${en} is not used to rate kind "${f.kind}".`,
      },
    });
  const used = factsForKind(f.kind);
  if (a.ledUnits && used.counts !== 'ledUnits') unused('ledUnits', 'Số liệu đơn vị trực tiếp lãnh đạo', 'ledUnits');
  if (a.confidenceVote && !used.confidenceVote)
    unused('confidenceVote', 'Kết quả lấy phiếu tín nhiệm', 'confidenceVote');
  if (a.socioEconomicTargets && !used.socioEconomicTargets)
    unused('socioEconomicTargets', 'Chỉ tiêu kinh tế - xã hội', 'socioEconomicTargets');
  return list;
}

/** Builds the facts the rules read; `general`/`results` come from scores (or a pack, see computeScores). */
export function factsOf(a: Assessment, policy: Policy, general: number, results: number): Facts {
  const group = kindGroup(a.subject.kind);
  const counts = group === 'leader' ? a.ledUnits : a.tasks;
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
    findings: a.findings ?? {},
    policy,
  };
}

/** Classifies a validated assessment whose group totals are known. */
export function classifyFacts(f: Facts, explain: boolean): Result {
  const out: Sink = explain ? [] : null;
  const outcome = evaluate(f, out);
  if (out !== null) {
    const message: Message =
      outcome.level !== null
        ? {
            vi: `Kết quả: ${LEVEL_NAMES[outcome.level].vi} (${outcome.level}).`,
            en: `Result: ${outcome.level} (${LEVEL_NAMES[outcome.level].en}).`,
          }
        : {
            vi: `Kết quả: do cấp có thẩm quyền quyết định, giữa ${outcome.candidates.join(' và ')}.`,
            en: `Result: for the competent level to decide, among ${outcome.candidates.join(' and ')}.`,
          };
    push(out, 'R366-21', 'applied', message);
  }
  return {
    format: RESULT_FORMAT,
    ruleset: 'qd366',
    level: outcome.level,
    decision: outcome.level === null ? 'discretion' : 'rule',
    candidates: [...outcome.candidates],
    score: { general: f.general, results: f.results, total: f.total },
    reasons: out ?? [],
    warnings: warnings(f.a, f, outcome),
  };
}

/**
 * Classifies one self-review under Quy định 366-QĐ/TW Điều 11.
 *
 * @param input An assessment (tusoi.assessment/1); validated first.
 * @param options Policy options; each default follows spec §2.
 * @returns The result (tusoi.result/1), with every rule that shaped it, cited.
 * @throws {TusoiInputError} When the input is invalid: every problem, with its field path, in Vietnamese and English.
 */
export function classify(input: unknown, options?: ClassifyOptions): Result {
  const policy = resolvePolicy(options);
  const a = parseAssessment(input);
  const { general, results } =
    a.criteria === undefined ? (a.scores as NonNullable<Assessment['scores']>) : scoresFromCriteria(a, options?.pack);
  return classifyFacts(factsOf(a, policy, general, results), options?.reasons !== false);
}

const validPacks = new WeakSet<object>();

function scoresFromCriteria(a: Assessment, pack: unknown): { general: number; results: number } {
  const criteria = a.criteria as NonNullable<Assessment['criteria']>;
  const fail = (path: string, vi: string, en: string): never => {
    throw new TusoiInputError([{ path, message: { vi, en } }]);
  };
  if (pack === undefined) {
    fail(
      'criteria.pack',
      `cần bảng thang điểm "${criteria.pack}" (tuỳ chọn pack) để tính điểm`,
      `the scoring pack "${criteria.pack}" (option pack) is needed to compute the scores`,
    );
  }
  if (!validPacks.has(pack as object)) {
    parsePack(pack);
    validPacks.add(pack as object);
  }
  const p = pack as Pack;
  if (p.id !== criteria.pack) {
    fail(
      'criteria.pack',
      `đánh giá dùng bảng "${criteria.pack}" nhưng bảng được đưa vào là "${p.id}"`,
      `the assessment names pack "${criteria.pack}" but "${p.id}" was given`,
    );
  }
  if (!p.kinds.includes(a.subject.kind)) {
    fail(
      'subject.kind',
      `bảng "${p.id}" không dành cho đối tượng "${a.subject.kind}"`,
      `pack "${p.id}" is not for kind "${a.subject.kind}"`,
    );
  }
  let computed: Scores;
  try {
    computed = computeScores(p, criteria.items);
  } catch (e) {
    if (e instanceof TusoiInputError)
      throw new TusoiInputError(e.issues.map((i) => ({ ...i, path: `criteria.${i.path}` })));
    throw e;
  }
  if (computed.missing.length > 0) {
    throw new TusoiInputError(
      computed.missing.map((id) => ({
        path: `criteria.items.${id}`,
        message: { vi: 'tiêu chí chưa được chấm', en: 'criterion not scored yet' },
      })),
    );
  }
  const s = a.scores;
  if (
    s !== undefined &&
    (toMicro(s.general) !== toMicro(computed.general) || toMicro(s.results) !== toMicro(computed.results))
  ) {
    fail(
      'scores',
      `điểm ghi (${s.general} + ${s.results}) khác điểm tính từ bảng (${computed.general} + ${computed.results})`,
      `the scores given (${s.general} + ${s.results}) differ from the pack's (${computed.general} + ${computed.results})`,
    );
  }
  return computed;
}
