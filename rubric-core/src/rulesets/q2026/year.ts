import { fromMicro, toMicro } from '../../decimal.js';
import { type InputIssue, TusoiInputError } from '../../errors.js';
import { LEVELS, type Level } from '../../levels.js';
import { formatNumber, type Message } from '../../message.js';
import { ratio, roundExact } from '../../packs/rounding.js';
import type { Assessment, SubjectKind } from '../../schemas/assessment.js';
import type { QuarterSummary } from '../../schemas/quarterly.js';
import { RESULT_FORMAT, type Reason, type Result, type Warning } from '../../schemas/result.js';
import { VERSION } from '../../version.js';
import { decided, type LevelDecision, ReasonMemo } from '../qd366/evaluate.js';
import { kindGroup } from '../qd366/facts.js';
import { citationOf } from '../qd366/rules.js';
import { collectiveOutcome, collectiveReason, isHead } from './collective.js';
import { capDecision, outcomeMessage } from './evaluate.js';
import type { UnratedCase } from './facts.js';
import type { QuarterPolicy } from './policy.js';
import { type Q26RuleId, Q2026_RULES } from './rules.js';
import { NOT_SCORED, UNRATED_TEXT } from './unrated.js';

const QUARTER_LISTS = new ReasonMemo();

function reason(rule: Q26RuleId, outcome: Reason['outcome'], message: Message): Reason {
  const cite = Q2026_RULES[rule].cite;
  return { rule, cite, citation: citationOf(cite), outcome, message };
}

const NO_ISSUES: InputIssue[] = [];

/** The quarters the year reads: Q4 only when it is rated on its own (Q26-34). */
export function countedQuarters(quarters: readonly QuarterSummary[], qp: QuarterPolicy): QuarterSummary[] {
  const out = quarters.filter((q) => q.quarter < 4 || qp.q4 === 'rated');
  // Already in order (the usual case): no sort.
  for (let i = 1; i < out.length; i++)
    if ((out[i] as QuarterSummary).quarter < (out[i - 1] as QuarterSummary).quarter)
      return out.sort((a, b) => a.quarter - b.quarter);
  return out;
}

/** Duplicate quarters are an input error naming the path. */
export function quarterIssues(quarters: readonly QuarterSummary[], prefix: string): InputIssue[] {
  // Quarters are 1–4 (validated): a bitmask finds a repeat without a set (the usual answer is none).
  let mask = 0;
  let repeat = false;
  let odd = false;
  for (const q of quarters) {
    repeat ||= (mask & (1 << q.quarter)) !== 0;
    mask |= 1 << q.quarter;
    odd ||= q.unrated === true && (q.level !== null || q.total !== undefined);
  }
  if (!repeat && !odd) return NO_ISSUES;
  const seen = new Set<number>();
  const out: InputIssue[] = [];
  quarters.forEach((q, i) => {
    if (seen.has(q.quarter))
      out.push({
        code: 'quarter-duplicate',
        path: `${prefix}[${i}].quarter`,
        message: { vi: `quý ${q.quarter} bị trùng`, en: `quarter ${q.quarter} is given twice` },
      });
    seen.add(q.quarter);
    // A quarter not rated (Q26-30) has no level: both at once contradict each other.
    if (q.unrated === true && q.level !== null) out.push(unratedWithLevel(q, `${prefix}[${i}]`));
    // Nor a total: a year never weighs a quarter not rated (Q26-30), so a total there would be dropped unsaid.
    if (q.unrated === true && q.total !== undefined) out.push(unratedWithTotal(q, `${prefix}[${i}]`));
  });
  return out;
}

function unratedWithTotal(q: QuarterSummary, at: string): InputIssue {
  return {
    code: 'quarter-unrated-with-total',
    path: `${at}.total`,
    message: {
      vi: `quý ${q.quarter} ghi "chưa xếp loại" (unrated) nhưng lại có tổng điểm ${formatNumber(q.total as number, 'vi')}: quý chưa xếp loại không được tính điểm vào cả năm, bỏ trường total (hoặc bỏ unrated nếu quý đã xếp loại)`,
      en: `quarter ${q.quarter} is marked not rated (unrated) but has total ${q.total}: a quarter not rated is not scored into the year; drop total (or unrated, if the quarter was rated)`,
    },
  };
}

function unratedWithLevel(q: QuarterSummary, at: string): InputIssue {
  return {
    code: 'quarter-unrated-with-level',
    path: `${at}.level`,
    message: {
      vi: `quý ${q.quarter} ghi "chưa xếp loại" (unrated) nhưng lại có mức ${q.level}: bỏ một trong hai (quý chưa xếp loại ghi level: null)`,
      en: `quarter ${q.quarter} is marked not rated (unrated) but has level ${q.level}: drop one (a quarter not rated has level: null)`,
    },
  };
}

/**
 * Q26-35 waived by the `khtnvQuarter` option (`managers` for a subject who is not a leader, or
 * `off`): said, so that an annual HTXSNV next to a KHTNV quarter is never unexplained.
 */
function khtnvWaived(khtnv: readonly number[], qp: QuarterPolicy): Reason {
  const which =
    qp.khtnvQuarter === 'off'
      ? { vi: '"off": không áp dụng quy tắc này', en: '"off": the rule is not applied' }
      : {
          vi: '"managers": chỉ áp dụng cho người giữ chức vụ lãnh đạo, quản lý (QĐ 1923/QĐ-CĐKT Đ19.5), đối tượng này không phải',
          en: '"managers": applied to leaders and managers only (QĐ 1923/QĐ-CĐKT Đ19.5), which this subject is not',
        };
  return reason('Q26-35', 'applied', {
    vi: `Quý ${khtnv.join(', ')} xếp loại Không hoàn thành nhiệm vụ, nhưng tuỳ chọn khtnvQuarter (--khtnv-quarter) là ${which.vi}: quy tắc "có quý không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm" không hạ mức cả năm.`,
    en: `Quarter(s) ${khtnv.join(', ')} rated KHTNV, but option khtnvQuarter (--khtnv-quarter) is ${which.en}: "a KHTNV quarter rules out an annual HTXSNV" does not lower the year.`,
  });
}

/** Q26-36 turned off by the `consecutiveFlag` option while two consecutive quarters are KHTNV: said. */
function consecutiveOff(run: number): Reason {
  return reason('Q26-36', 'applied', {
    vi: `Quý ${run} và ${run + 1} liên tiếp xếp loại Không hoàn thành nhiệm vụ, nhưng tuỳ chọn consecutiveFlag là false: không gắn cờ báo cấp có thẩm quyền.`,
    en: `Quarters ${run} and ${run + 1} are consecutive KHTNV quarters, but option consecutiveFlag is false: no flag is raised for the competent level.`,
  });
}

/** The mean total of the counted, rated quarters (Q26-33 option `mean`), exactly, to 6 places half-even; null without totals. */
export function meanTotal(quarters: readonly QuarterSummary[]): number | null {
  const rated = quarters.filter((q) => q.unrated !== true && q.total !== undefined);
  if (rated.length === 0) return null;
  let sum = 0;
  for (const q of rated) sum += toMicro(q.total as number);
  return fromMicro(roundExact(ratio(sum, rated.length), undefined));
}

/** The Q26-30 cases of each quarter not rated, by quarter number, when the quarters' assessments are at hand. */
export type QuarterCases = ReadonlyMap<number, readonly UnratedCase[]>;

/**
 * Applies the quarter → year rules to an annual result: Q26-35 (a KHTNV quarter rules out an
 * annual HTXSNV), Q26-36 (two consecutive KHTNV quarters are flagged, never acted on), Q26-34
 * (Q4 integrated or rated), and notes unrated (with their `cases`, when known) or undecided quarters. The result's last reason is
 * restated when a rule lowers the outcome. Takes over `result` (a fresh result of a rule set): its
 * reasons, warnings and flags arrays are extended in place.
 */
export function applyYearRules(
  result: Result,
  quarters: readonly QuarterSummary[],
  kind: SubjectKind,
  qp: QuarterPolicy,
  explain: boolean,
  cases?: QuarterCases,
): Result {
  const counted = countedQuarters(quarters, qp);
  // `result` is the rule set's fresh result, replaced by the one returned here: its arrays are
  // extended in place rather than copied.
  const reasons = explain ? result.reasons : [];
  const last = explain ? reasons.pop() : undefined;
  const warnings: Warning[] = result.warnings;
  const flags: NonNullable<Result['flags']> = result.flags ?? [];
  if (quarters.some((q) => q.quarter === 4) && qp.q4 === 'integrated')
    warnings.push({
      code: 'Q4_INTEGRATED',
      path: 'quarters',
      message: {
        vi: 'Quý IV không xếp loại riêng mà tích hợp vào đánh giá cuối năm (theo cách hiểu đã chọn); kết quả quý IV không được tính như một quý khi xếp loại cả năm, nhưng vẫn được xét cho 02 quý liên tiếp không hoàn thành nhiệm vụ (Q26-36).',
        en: 'Q4 is part of the annual review (under the reading chosen); its quarterly result is not counted as a quarter for the year’s level, but still counts for two consecutive KHTNV quarters (Q26-36).',
      },
    });
  const khtnv = counted.filter((q) => q.level === 'KHTNV').map((q) => q.quarter);
  const applies = qp.khtnvQuarter === 'all' || (qp.khtnvQuarter === 'managers' && kindGroup(kind) === 'leader');
  let d: LevelDecision = { level: result.level, candidates: result.candidates };
  if (explain && counted.length > 0) {
    // The text is a function of each counted quarter's number and state, and the year mode: kept per code.
    let code = qp.yearMode === 'mean' ? 1 : 0;
    for (const q of counted)
      code = code * 32 + (q.quarter - 1) * 8 + (q.unrated ? 5 : q.level === null ? 4 : LEVELS.indexOf(q.level));
    const kept = counted.length <= 4 ? QUARTER_LISTS.find(code) : undefined;
    if (kept !== undefined) reasons.push(kept);
    else {
      // An undecided quarter (the competent level chooses; QUARTER_UNDECIDED below) is said as such.
      const list = counted
        .map((q) => `Q${q.quarter}: ${q.unrated ? 'chưa xếp loại' : (q.level ?? 'chưa có mức')}`)
        .join('; ');
      const listEn = counted
        .map((q) => `Q${q.quarter}: ${q.unrated ? 'not rated' : (q.level ?? 'no level yet')}`)
        .join('; ');
      const r = reason('Q26-33', 'applied', {
        vi: `Kết quả các quý: ${list}.${qp.yearMode === 'mean' ? '' : ' Cả năm căn cứ kết quả các quý và quý IV, không tính bình quân điểm cơ học.'}`,
        en: `Quarters: ${listEn}.${qp.yearMode === 'mean' ? '' : ' The year rests on the quarters and Q4, with no mechanical average.'}`,
      });
      reasons.push(counted.length <= 4 ? QUARTER_LISTS.keep(code, r) : r);
    }
  }
  if (khtnv.length > 0 && applies) {
    const before = d;
    d = capDecision(d, 'HTTNV', 'discretion');
    if (explain)
      reasons.push(
        reason('Q26-35', before.level === 'HTXSNV' || before.candidates.includes('HTXSNV') ? 'failed' : 'applied', {
          vi: `Quý ${khtnv.join(', ')} xếp loại Không hoàn thành nhiệm vụ: không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm.`,
          en: `Quarter(s) ${khtnv.join(', ')} rated KHTNV: HTXSNV is ruled out for the year.`,
        }),
      );
  } else if (khtnv.length > 0 && explain) reasons.push(khtnvWaived(khtnv, qp));
  // Q26-36 reads every quarter given, Q4 too when it is integrated (Q26-34 only keeps Q4 out of the
  // quarters the year's level counts): Q3 and Q4 KHTNV are two consecutive quarters all the same.
  const flagged = qp.q4 === 'integrated' ? quarters.filter((q) => q.level === 'KHTNV').map((q) => q.quarter) : khtnv;
  const run = flagged.find((n) => flagged.includes(n + 1));
  if (run !== undefined && !qp.consecutiveFlag && explain) reasons.push(consecutiveOff(run));
  if (qp.consecutiveFlag) {
    if (run !== undefined)
      // Rules named by id in both languages, as warnings name them: citations stay with the rules.
      flags.push({
        code: 'CONSECUTIVE_KHTNV',
        rule: 'Q26-36',
        message: {
          vi: `Không hoàn thành nhiệm vụ từ 02 quý liên tiếp (quý ${run} và ${run + 1}): báo cấp có thẩm quyền xem xét thay thế, điều chuyển theo quy trình; không tự động (Q26-37).`,
          en: `KHTNV in 2 consecutive quarters (Q${run} and Q${run + 1}): for the competent level to consider replacement by due process; never automatic (Q26-37).`,
        },
      });
  }
  const unrated = counted.filter((q) => q.unrated === true).map((q) => q.quarter);
  if (explain && unrated.length > 0) {
    // What holds of every case; then each quarter's own case, when known, in the words of Q26-30
    // (the leave clause only for leave: training, a first appointment or a check say otherwise).
    let vi = `Quý ${unrated.join(', ')} chưa xếp loại: không tính là quý không hoàn thành nhiệm vụ.`;
    let en = `Quarter(s) ${unrated.join(', ')} not rated: not counted as KHTNV.`;
    for (const c of Object.keys(UNRATED_TEXT) as UnratedCase[]) {
      const which = unrated.filter((n) => cases?.get(n)?.includes(c) === true);
      if (which.length === 0) continue;
      vi += ` Quý ${which.join(', ')}: ${UNRATED_TEXT[c].vi}`;
      en += ` Quarter(s) ${which.join(', ')}: ${UNRATED_TEXT[c].en}`;
    }
    reasons.push(reason('Q26-30', 'applied', { vi, en }));
  }
  const undecided = counted.filter((q) => q.unrated !== true && q.level === null).map((q) => q.quarter);
  if (undecided.length > 0)
    warnings.push({
      code: 'QUARTER_UNDECIDED',
      path: 'quarters',
      message: {
        vi: `Quý ${undecided.join(', ')} chưa có mức do cấp có thẩm quyền quyết định.`,
        en: `Quarter(s) ${undecided.join(', ')} have no level decided by the competent level yet.`,
      },
    });
  if (explain && last !== undefined) {
    const changed = d.level !== result.level || d.candidates.join() !== result.candidates.join();
    reasons.push(changed ? { ...last, message: outcomeMessage(d) } : last);
  }
  return {
    ...result,
    ...(d.level === null && result.decision === 'unrated'
      ? { decision: 'unrated' as const, level: null, candidates: [] }
      : decided(d)),
    reasons: explain ? reasons : [],
    warnings,
    ...(flags.length > 0 ? { flags } : {}),
  };
}

/**
 * The means of the counted, rated quarters (Q26-33 option `mean`): the total, and each group over the
 * quarters that give it, exactly, to 6 places half-even; null when no rated quarter has a total.
 * `groupsOfAll`: every averaged quarter gave both groups, so the groups are means of the same quarters
 * as the total (they then add up to it, give or take the last place's rounding).
 */
export function meanScore(
  counted: readonly QuarterSummary[],
): { general: number; results: number; total: number; quarters: number[]; groupsOfAll: boolean } | null {
  const total = meanTotal(counted);
  if (total === null) return null;
  const rated = counted.filter((q) => q.unrated !== true && q.total !== undefined);
  const meanOf = (key: 'general' | 'results') => {
    const list = rated.filter((q) => q[key] !== undefined);
    if (list.length === 0) return 0;
    let s = 0;
    for (const q of list) s += toMicro(q[key] as number);
    return fromMicro(roundExact(ratio(s, list.length), undefined));
  };
  return {
    general: meanOf('general'),
    results: meanOf('results'),
    total,
    quarters: rated.map((q) => q.quarter),
    groupsOfAll: rated.every((q) => q.general !== undefined && q.results !== undefined),
  };
}

/** The Q26-33 reason of a year whose score is the mean of its quarters (under the reading chosen). */
export function meanReason(m: NonNullable<ReturnType<typeof meanScore>>, annual: boolean): Reason {
  const list = m.quarters.join(', ');
  const vi = `Điểm cả năm là bình quân điểm các quý đã xếp loại (quý ${list}): tổng ${formatNumber(m.total, 'vi')}${
    m.groupsOfAll
      ? ', mỗi nhóm điểm là bình quân nhóm đó của các quý'
      : '; các quý không ghi đủ điểm từng nhóm nên hai nhóm điểm không phải bình quân của cùng các quý, chỉ tổng là điểm cả năm'
  }${annual ? '; điểm trong bản tự đánh giá cả năm không dùng' : ''} (theo cách hiểu đã chọn: bình quân điểm các quý).`;
  const en = `The year's score is the mean of the rated quarters (Q${m.quarters.join(', Q')}): total ${m.total}${
    m.groupsOfAll
      ? ', each group the mean of that group over the quarters'
      : "; the quarters do not all give both groups, so the groups are not means of the same quarters and only the total is the year's score"
  }${annual ? "; the annual self-review's own scores are not used" : ''} (under the reading chosen: the mean of the quarters).`;
  return reason('Q26-33', 'applied', { vi, en });
}

/** `yearMode` mean with no rated quarter to average: said as such, never as "no mechanical average". */
export function noMeanReason(annual: boolean): Reason {
  return reason('Q26-33', 'applied', {
    vi: `Chế độ bình quân điểm các quý (theo cách hiểu đã chọn): không có quý nào đã xếp loại có điểm nên không tính được điểm bình quân cả năm; ${
      annual ? 'điểm là điểm của bản tự đánh giá cả năm.' : 'không có điểm cả năm, cấp có thẩm quyền quyết định.'
    }`,
    en: `Mean of the quarters (under the reading chosen): no rated quarter has a score, so no mean can be made; ${
      annual ? "the score is the annual self-review's own." : 'the year has no score and the competent level decides.'
    }`,
  });
}

/** The warning of a year with no scored quarter to average and no annual self-review: its 0 is not a score (`hasScore` false). */
const YEAR_NOT_SCORED: Warning = {
  code: NOT_SCORED.code,
  path: 'score',
  message: {
    vi: 'Không có quý nào đã xếp loại có điểm (các quý đều chưa xếp loại) và không có bản tự đánh giá cả năm: không có điểm cả năm, điểm 0 ở đây không phải điểm của năm.',
    en: 'No rated quarter has a score (every quarter is not rated) and no annual self-review is given: the year has no score, and the 0 here is not its score.',
  },
};

/**
 * The year from its quarters alone (no annual self-review given). Under `yearMode: mean` the level
 * follows the 90 / 70 / 50 bands of the mean total (NĐ 335 Điều 17.3, 20.1–4.a); under `no-average`
 * (default), or with no rated quarter to average, the competent level decides among the levels the
 * quarter rules leave. With no scored quarter at all the result carries the warning `NOT_SCORED`.
 */
export function yearFromQuarters(
  quarters: readonly QuarterSummary[],
  kind: SubjectKind,
  qp: QuarterPolicy,
  explain: boolean,
  cases?: QuarterCases,
): Result {
  const counted = countedQuarters(quarters, qp);
  const m = meanScore(counted);
  const mean = qp.yearMode === 'mean' ? (m?.total ?? null) : null;
  let d: LevelDecision;
  const reasons: Reason[] = [];
  if (mean !== null && m !== null) {
    const band: Level = mean >= 90 ? 'HTXSNV' : mean >= 70 ? 'HTTNV' : mean >= 50 ? 'HTNV' : 'KHTNV';
    d = { level: band, candidates: [] };
    if (explain)
      reasons.push(
        meanReason(m, false),
        reason('Q26-24', 'applied', {
          vi: `Khung điểm 90 / 70 / 50: ${band}.`,
          en: `Bands 90 / 70 / 50: ${band}.`,
        }),
      );
  } else {
    d = { level: null, candidates: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] };
    if (explain)
      reasons.push(
        qp.yearMode === 'mean'
          ? noMeanReason(false)
          : reason('Q26-33', 'applied', {
              vi: 'Không có bản tự đánh giá cả năm: cả năm căn cứ kết quả các quý và quý IV, không tính bình quân cơ học, nên cấp có thẩm quyền quyết định.',
              en: 'No annual self-review given: the year rests on the quarters and Q4 with no mechanical average, so the competent level decides.',
            }),
      );
  }
  if (explain) reasons.push(reason('Q26-24', 'applied', outcomeMessage(d)));
  const general = m?.general ?? 0;
  const results = m?.results ?? 0;
  const base: Result = {
    format: RESULT_FORMAT,
    ruleset: 'q2026',
    version: VERSION,
    ...decided(d),
    // Under no-average no total decides the level, but the one shown must agree with its parts:
    // the sum of the shown means, exactly (never 0, which would contradict them).
    score: { general, results, total: mean ?? fromMicro(toMicro(general) + toMicro(results)) },
    reasons,
    // No scored quarter: the 0 / 0 / 0 is not a score of the year (hasScore false).
    warnings: m === null ? [YEAR_NOT_SCORED] : [],
  };
  return applyYearRules(base, quarters, kind, qp, explain, cases);
}

/** Refuses quarters given twice. */
export function assertQuarters(quarters: readonly QuarterSummary[], prefix: string): void {
  const issues = quarterIssues(quarters, prefix);
  if (issues.length > 0) throw new TusoiInputError(issues);
}

/**
 * Head ≤ collective for an annual rating (Q26-29; NĐ 335 Điều 20.6): `rank` caps the level at the
 * collective's, `score` (applied by the caller before evaluation) caps the total; `uncapped` is the total
 * before that cap, for the reason. The last reason is restated when the outcome changes.
 */
export function applyHeadCap(
  result: Result,
  headOf: NonNullable<Assessment['headOf']>,
  qp: QuarterPolicy,
  uncapped: number | null,
  explain: boolean,
): Result {
  const reasons = explain ? result.reasons.slice(0, -1) : [];
  const last = explain ? result.reasons[result.reasons.length - 1] : undefined;
  let d: LevelDecision = { level: result.level, candidates: result.candidates };
  if (explain && uncapped !== null)
    reasons.push(
      reason('Q26-29', 'applied', {
        vi: `Người đứng đầu: tổng điểm ${formatNumber(uncapped, 'vi')} hạ xuống ${formatNumber(result.score.total, 'vi')}, không cao hơn điểm của tập thể (theo cách hiểu đã chọn: giới hạn bằng điểm).`,
        en: `Head: total ${uncapped} capped at ${result.score.total}, the collective's score (under the reading chosen: capped by score).`,
      }),
    );
  // Q26-28: the collective under 70% of its tasks — the head KHTNV, a deputy not HTXSNV.
  const collective = collectiveOutcome(headOf);
  if (collective !== 'none' && explain) reasons.push(collectiveReason(headOf, collective));
  if (collective === 'headKhtnv') d = { level: 'KHTNV', candidates: [] };
  else if (collective === 'deputyNoHtxsnv') d = capDecision(d, 'HTTNV', 'discretion');
  if (qp.headCap === 'rank' && headOf.level !== undefined && isHead(headOf)) {
    const before = d;
    d = capDecision(d, headOf.level, 'discretion');
    if (explain && (d.level !== before.level || d.candidates.join() !== before.candidates.join()))
      reasons.push(
        reason('Q26-29', 'applied', {
          vi: `Người đứng đầu không xếp cao hơn tập thể mình đứng đầu (${headOf.level}).`,
          en: `A head is not rated above the collective they head (${headOf.level}).`,
        }),
      );
  }
  if (explain && last !== undefined) {
    const changed = d.level !== result.level || d.candidates.join() !== result.candidates.join();
    reasons.push(changed ? { ...last, message: outcomeMessage(d) } : last);
  }
  return {
    ...result,
    ...decided(d),
    reasons: explain ? reasons : [],
  };
}
