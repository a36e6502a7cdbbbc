import { toMicro } from '../../decimal.js';
import { LEVEL_NAMES, type Level, levelRank } from '../../levels.js';
import { formatChoices, formatNumber, formatNumberBoth, type Message } from '../../message.js';
import { criterionShortName } from '../../packs/criterion-name.js';
import type { Pack2 } from '../../packs/quarterly-pack.js';
import type { QuarterScores } from '../../packs/quarterly-score.js';
import { RESULT_FORMAT, type Reason, type Result } from '../../schemas/result.js';
import { VERSION } from '../../version.js';
import { decideLevel, type LevelDecision, ReasonMemo, type Sink, warnings } from '../qd366/evaluate.js';
import { citationOf } from '../qd366/rules.js';
import { collectiveOutcome, collectiveReason, isHead } from './collective.js';
import { deductionReasons } from './deductions.js';
import type { QuarterFacts } from './facts.js';
import { type Ceiling, pushQ, reasonQ } from './reason.js';
import { Q2026_RULES } from './rules.js';
import { safetyCeiling } from './safety.js';
import { citeOwnPack, frameReason, roundingReason } from './score-notes.js';
import { excludedTaskReasons } from './task-notes.js';
import { UNRATED_OUTCOME, UNRATED_TEXT } from './unrated.js';

export { type Ceiling, pushQ, reasonQ } from './reason.js';

// Reasons whose text depends on a few small numbers are built once per key and shared (frozen).
const ALL_DONE: Reason = Object.freeze(
  reasonQ('Q26-17', 'passed', {
    vi: 'Hoàn thành 100% nhiệm vụ của quý (không kể nhiệm vụ có lý do khách quan được xác nhận).',
    en: 'All the quarter’s tasks done (tasks with a confirmed objective cause aside).',
  }),
);
const KEY_LEVELS = new ReasonMemo();
const OUTCOMES = new ReasonMemo();
const LEVEL_CODE = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
const PART = 2 ** 10;

/**
 * Q26-32: which unit rates a quarter with a change of post or unit (HD 03-HD/TVĐU III.9 citing HD 43's
 * "mốc 02 tháng", whose text was not found: grade X, said so). The quarter has 3 months, so 2 or more
 * in the new post names the new unit and 1 or less the previous one; in between neither has 2 months.
 */
export function postChangeReason(monthsInNewPost: number): Reason {
  const m = toMicro(monthsInNewPost);
  const months = formatNumber(monthsInNewPost, 'vi');
  const note = {
    vi: ' (cách hiểu "mốc 02 tháng" của HD 43, nguyên văn chưa tìm thấy)',
    en: ' (reading of HD 43’s "2-month mark", text not found)',
  };
  if (m >= 2_000_000)
    return reasonQ('Q26-32', 'applied', {
      vi: `Thay đổi vị trí, đơn vị trong quý: công tác ${months} tháng ở vị trí mới, từ 02 tháng trở lên; đơn vị mới đánh giá, xếp loại quý, đơn vị cũ chuyển thông tin${note.vi}.`,
      en: `Post changed in the quarter: ${monthsInNewPost} months in the new post, 2 or more; the new unit rates the quarter, the old one hands over its record${note.en}.`,
    });
  if (m <= 1_000_000)
    return reasonQ('Q26-32', 'applied', {
      vi: `Thay đổi vị trí, đơn vị trong quý: mới ${months} tháng ở vị trí mới, còn từ 02 tháng trở lên ở đơn vị cũ; đơn vị cũ đánh giá, xếp loại quý${note.vi}.`,
      en: `Post changed in the quarter: ${monthsInNewPost} months in the new post, 2 or more in the old one; the old unit rates the quarter${note.en}.`,
    });
  return reasonQ('Q26-32', 'applied', {
    vi: `Thay đổi vị trí, đơn vị trong quý: ${months} tháng ở vị trí mới, không nơi nào đủ 02 tháng; văn bản chưa quy định, cấp có thẩm quyền xác định đơn vị đánh giá${note.vi}.`,
    en: `Post changed in the quarter: ${monthsInNewPost} months in the new post, neither post has 2 months; the texts found are silent, the competent level names the rating unit${note.en}.`,
  });
}

function keyLevelReason(tier: number, share: string, key: number): Reason {
  if (tier === 2)
    return reasonQ('Q26-16', 'failed', {
      vi: `${share} nhiệm vụ trọng tâm xếp Mức 2, từ 20% trở lên: không xếp loại Hoàn thành xuất sắc nhiệm vụ, không đủ điều kiện mức Hoàn thành tốt và Hoàn thành nhiệm vụ.`,
      en: `${share} key tasks at Mức 2, 20% or more: HTXSNV is ruled out and the HTTNV and HTNV conditions fail.`,
    });
  if (tier === 1)
    return reasonQ('Q26-16', 'failed', {
      vi: `${share} nhiệm vụ trọng tâm xếp Mức 2 (dưới 20%): không xếp loại Hoàn thành xuất sắc nhiệm vụ.`,
      en: `${share} key tasks at Mức 2 (under 20%): HTXSNV is ruled out.`,
    });
  return reasonQ('Q26-16', 'passed', {
    vi: `Không có nhiệm vụ trọng tâm nào xếp Mức 2 hoặc Mức 3 (${key} nhiệm vụ trọng tâm).`,
    en: `No key task at Mức 2 or 3 (${key} key task${key === 1 ? '' : 's'}).`,
  });
}

const capLevel = (l: Level, ceiling: Level): Level => (levelRank(l) > levelRank(ceiling) ? ceiling : l);

/** Caps a decision at a ceiling; `none` sends a non-KHTNV decision to the gap (policy `gap`). */
export function capDecision(d: LevelDecision, ceiling: Ceiling, gap: 'discretion' | 'KHTNV'): LevelDecision {
  if (ceiling === 'none') {
    if (d.level === 'KHTNV') return d;
    return gap === 'KHTNV' ? { level: 'KHTNV', candidates: [] } : { level: null, candidates: ['HTNV', 'KHTNV'] };
  }
  if (d.level !== null) {
    const level = capLevel(d.level, ceiling);
    return level === d.level ? d : { level, candidates: [] };
  }
  const candidates = [...new Set(d.candidates.map((l) => capLevel(l, ceiling)))];
  return candidates.length === 1 ? { level: candidates[0] as Level, candidates: [] } : { level: null, candidates };
}

/** The final reason that states the outcome. */
export function outcomeMessage(d: LevelDecision): Message {
  return d.level !== null
    ? {
        vi: `Kết quả: ${LEVEL_NAMES[d.level].vi} (${d.level}).`,
        en: `Result: ${d.level} (${LEVEL_NAMES[d.level].en}).`,
      }
    : {
        vi: `Kết quả: do cấp có thẩm quyền quyết định, giữa ${formatChoices(d.candidates, 'vi')}.`,
        en: `Result: for the competent level to decide, among ${formatChoices(d.candidates, 'en')}.`,
      };
}

/**
 * A whole number that determines {@link outcomeMessage}: 0–3 for a level, else 4 + the candidates in
 * order as base-5 digits 1–4 (distinct for every list), so a discretion outcome is written once too.
 */
function outcomeCode(d: LevelDecision): number {
  if (d.level !== null) return LEVEL_CODE.indexOf(d.level);
  let code = 0;
  for (const c of d.candidates) code = code * 5 + LEVEL_CODE.indexOf(c) + 1;
  return 4 + code;
}

const EVENT_WORDS = {
  revisions: { vi: 'lần phải chỉnh sửa', en: 'revision(s)' },
  reminders: { vi: 'lần bị nhắc tiến độ', en: 'reminder(s)' },
  daysLate: { vi: 'ngày làm việc chậm', en: 'working day(s) late' },
} as const;

/** How a pack handles K/AD criteria (Q26-21), in words. */
const NA_RULE_TEXT = {
  'exclude-rescale': { vi: 'tính lại theo tỷ lệ (exclude-rescale)', en: 'rescaled (exclude-rescale)' },
  'grant-full': { vi: 'tính đủ điểm tối đa của tiêu chí (grant-full)', en: "the criterion's full marks (grant-full)" },
  manual: { vi: 'điểm do cấp có thẩm quyền cho (manual)', en: 'points set by the competent level (manual)' },
} as const;
/** Q26-21's document without the note on rescaling, for grant-full and manual. */
const NA_OTHER_CITE = `${Q2026_RULES['Q26-21'].cite.split('; cách tính lại theo tỷ lệ')[0]}; cách xử lý: theo bảng thang điểm`;
const NA_OTHER_CITATION = citationOf(NA_OTHER_CITE);

// " + 18,2" / " + 18.2" for task points in whole tenths up to 100 (what packs round tasks to),
// written once per value: the Q26-05 sum is on every quarter's reasons, and joining short pieces
// copies them where a kept term is only linked. Other values are written each time.
const PLUS_TENTHS: (Message | undefined)[] = new Array(1001);

function plusTerm(points: number): Message {
  const tenths = Math.round(points * 10);
  const whole = tenths >= 0 && tenths <= 1000 && tenths / 10 === points;
  let term = whole ? PLUS_TENTHS[tenths] : undefined;
  if (term === undefined) {
    const x = formatNumberBoth(points);
    term = { vi: ` + ${x.vi}`, en: ` + ${x.en}` };
    if (whole) PLUS_TENTHS[tenths] = term;
  }
  return term;
}

/**
 * Q26-21: the criteria answered K/AD, named by the pack's wording (packs/criterion-name.ts: number
 * and opening words, never the id; `breakdown.notApplicable` keeps the ids), and how the pack counted them.
 */
function notApplicableReason(
  ids: readonly string[],
  pack: Pack2 | undefined,
  general: number,
  rule: QuarterScores['notApplicableRule'],
): Reason {
  // formatNumber(x, 'en') is String(x): the en text as before, without a second conversion.
  const g = formatNumberBoth(general);
  const how = NA_RULE_TEXT[rule ?? 'manual'];
  const names = namesOf(ids, pack);
  const r = reasonQ('Q26-21', 'applied', {
    vi: `Tiêu chí "K/AD": ${names.vi}. Xử lý theo bảng: ${how.vi}; nhóm tiêu chí chung ${g.vi}/30.`,
    en: `K/AD criteria: ${names.en}. Handled as the pack says: ${how.en}; general group ${g.en}/30.`,
  });
  // The rule's citation names the rescaling's source; another handling cites only the document and the pack.
  return rule === 'exclude-rescale' ? r : { ...r, cite: NA_OTHER_CITE, citation: NA_OTHER_CITATION };
}

/** The criteria's short names joined by "; " (wording has commas of its own), in the order given. */
function namesOf(ids: readonly string[], pack: Pack2 | undefined): Message {
  const items = pack === undefined ? [] : pack.general.groups.flatMap((g) => g.items);
  const vi: string[] = [];
  const en: string[] = [];
  for (const id of ids) {
    // scoreQuarter takes K/AD ids from the pack's items; an id it could not find stays as it is.
    const item = items.find((x) => x.id === id) ?? { id, vi: id };
    vi.push(criterionShortName(item, 'vi'));
    en.push(criterionShortName(item, 'en'));
  }
  return { vi: vi.join('; '), en: en.join('; ') };
}

// Kept per pack content (QuarterFacts.packKey: the same ids may be worded differently in two
// packs), then per ids, then by the score's millionths and the handling.
let NA_REASONS = new WeakMap<object, Map<string, ReasonMemo>>();
const NO_PACK = {};
let naKept = 0;

function scoreReasons(q: QuarterFacts, out: Sink): void {
  const s = q.scores;
  if (out === null || s === null) return;
  const start = out.length;
  if (s.frame !== undefined && q.pack !== undefined) frameReason(s.frame, q.pack.id, q.ownPack !== true, out);
  // Numbers become text once each, both languages at once (the costly part of the reasons).
  if (s.tasks !== undefined) {
    // "Điểm các sản phẩm: 18,2 + 13,8 + … = 65,2/70.", the sentence grown left to right.
    const first = s.tasks.length === 0 ? undefined : formatNumberBoth(s.tasks[0] as number);
    let vi = `Điểm các sản phẩm: ${first === undefined ? '' : first.vi}`;
    let en = `Task points: ${first === undefined ? '' : first.en}`;
    for (let i = 1; i < s.tasks.length; i++) {
      const x = plusTerm(s.tasks[i] as number);
      vi += x.vi;
      en += x.en;
    }
    const results = formatNumberBoth(s.results);
    pushQ(out, 'Q26-05', 'applied', { vi: `${vi} = ${results.vi}/70.`, en: `${en} = ${results.en}/70.` });
  }
  if (s.axes !== undefined) {
    let vi = '';
    let en = '';
    for (const k in s.axes) {
      const x = s.axes[k] as number;
      vi += `${vi === '' ? '' : '; '}${k} ${formatNumber(x, 'vi')}`;
      en += `${en === '' ? '' : '; '}${k} ${formatNumber(x, 'en')}`;
    }
    // Axis points entered directly are VATM Mẫu 09B (Q26-07); from an axis's % and max, Q26-06.
    pushQ(out, s.axesDirect === true ? 'Q26-07' : 'Q26-06', 'applied', {
      vi: `Điểm các trục: ${vi}; cộng ${formatNumber(s.results, 'vi')}/70.`,
      en: `Axis points: ${en}; ${formatNumber(s.results, 'en')}/70 in all.`,
    });
  }
  if (s.eventCaps !== undefined)
    for (const e of s.eventCaps) {
      const what = EVENT_WORDS[e.by];
      pushQ(out, e.by === 'daysLate' ? 'Q26-11' : 'Q26-09', 'applied', {
        vi: `Sản phẩm ${e.task + 1}: ${e.count} ${what.vi}, thành phần ${e.component} tính tối đa ${formatNumber(e.cap, 'vi')}% theo bảng.`,
        en: `Task ${e.task + 1}: ${e.count} ${what.en}, component ${e.component} counts at most ${e.cap}% under the pack.`,
      });
    }
  if (s.deductions !== undefined) deductionReasons(s.deductions, out);
  if (s.kpi !== undefined)
    pushQ(out, 'Q26-08', 'applied', {
      vi: `Điểm KPI ${formatNumber(s.kpi, 'vi')}; nhóm kết quả = KPI × hệ số = ${formatNumber(s.results, 'vi')}/70.`,
      en: `KPI ${s.kpi}; results = KPI × factor = ${s.results}/70.`,
    });
  if (s.notApplicable.length > 0) {
    // One id (the usual case) is its own text: no join, and a key whose hash is already known.
    const ids = s.notApplicable.length === 1 ? (s.notApplicable[0] as string) : s.notApplicable.join(', ');
    // Its text is a function of the pack's wording, the ids, the general score and the handling
    // (see NA_REASONS; the score's millionths are at most 30).
    const rule = s.notApplicableRule;
    const code = toMicro(s.general) * 3 + (rule === 'exclude-rescale' ? 0 : rule === 'grant-full' ? 1 : 2);
    let byIds = NA_REASONS.get(q.packKey ?? NO_PACK);
    const kept = byIds?.get(ids)?.find(code);
    if (kept !== undefined) out.push(kept);
    else {
      // Bounded over all packs and ids together: a long batch of varied answers must not grow it without end.
      if (++naKept > 4096) {
        NA_REASONS = new WeakMap();
        byIds = undefined;
        naKept = 1;
      }
      if (byIds === undefined) {
        byIds = new Map();
        NA_REASONS.set(q.packKey ?? NO_PACK, byIds);
      }
      let memo = byIds.get(ids);
      if (memo === undefined) {
        memo = new ReasonMemo();
        byIds.set(ids, memo);
      }
      out.push(memo.keep(code, notApplicableReason(s.notApplicable, q.pack, s.general, rule)));
    }
  }
  if (s.capped)
    pushQ(out, 'Q26-01', 'applied', {
      vi: 'Điểm tính được vượt trần của nhóm hoặc tổng; chỉ tính đến trần (30, 70, 100).',
      en: 'A computed score went past its cap; only the cap counts (30, 70, 100).',
    });
  roundingReason(s, out);
  if (q.ownPack === true && q.pack !== undefined) citeOwnPack(out, start, q.pack);
}

function unratedResult(q: QuarterFacts, out: Sink): Result {
  for (const c of q.unrated) pushQ(out, 'Q26-30', 'applied', UNRATED_TEXT[c]);
  pushQ(out, 'Q26-30', 'applied', UNRATED_OUTCOME);
  const f = q.base;
  return {
    format: RESULT_FORMAT,
    ruleset: 'q2026',
    version: VERSION,
    decision: 'unrated',
    level: null,
    candidates: [],
    score: { general: f.general, results: f.results, total: f.total },
    reasons: out ?? [],
    warnings: unratedWarnings(q),
    ...breakdown(q),
  };
}

/** A quarter not rated: what was left unscored (NOT_SCORED), and a level proposed for it (PROPOSED_NOT_RATED). */
function unratedWarnings(q: QuarterFacts): Result['warnings'] {
  const proposed = q.base.a.proposedLevel;
  if (q.notScored === null && proposed === undefined) return [];
  const list: Result['warnings'] = [];
  if (q.notScored !== null) list.push(q.notScored);
  if (proposed !== undefined)
    list.push({
      code: 'PROPOSED_NOT_RATED',
      path: 'proposedLevel',
      message: {
        vi: `Quý chưa xếp loại: mức tự đề xuất "${LEVEL_NAMES[proposed].vi}" (${proposed}) không được xét cho quý này.`,
        en: `The quarter is not rated: the proposed level ${proposed} is not weighed for it.`,
      },
    });
  return list;
}

function breakdown(q: QuarterFacts): Pick<Result, 'breakdown'> {
  const s = q.scores;
  if (s === null) return {};
  // The arrays are fresh per call (scoreQuarter builds them): shared, not copied.
  const b: NonNullable<Result['breakdown']> = {};
  if (s.tasks !== undefined) b.tasks = s.tasks as number[];
  if (s.axes !== undefined) b.axes = s.axes as Record<string, number>;
  if (s.kpi !== undefined) b.kpi = s.kpi;
  if (s.notApplicable.length > 0) b.notApplicable = s.notApplicable as string[];
  return { breakdown: b };
}

/** Whether the results were scored task by task (their points come from each task's components). */
const scoredByTask = (q: QuarterFacts): boolean => q.scores?.tasks !== undefined;

/**
 * The quarter's level: Điều 11 (as the annual rule set decides it, on counts read from the task list)
 * with the quarterly rules layered on it — "chưa xếp loại" first (Q26-30), then < 100% of the
 * quarter's tasks for subjective reasons (Q26-17) and a key task at Mức 3 (Q26-16) forcing KHTNV,
 * then the Mức 2 conditions (Q26-16) and head ≤ collective (Q26-29) capping the level.
 */
export function evaluateQuarter(q: QuarterFacts, explain: boolean): Result {
  const out: Sink = explain ? [] : null;
  scoreReasons(q, out);
  const change = q.base.a.postChange;
  if (change !== undefined && out !== null) out.push(postChangeReason(change.monthsInNewPost));
  if (q.unrated.length > 0) return unratedResult(q, out);
  const f = q.base;
  if (q.uncappedTotal !== null)
    pushQ(out, 'Q26-29', 'applied', {
      vi: `Người đứng đầu: tổng điểm ${formatNumber(q.uncappedTotal, 'vi')} hạ xuống ${formatNumber(f.total, 'vi')}, không cao hơn điểm của tập thể (theo cách hiểu đã chọn: giới hạn bằng điểm).`,
      en: `Head: total ${q.uncappedTotal} capped at ${f.total}, the collective's score (under the reading chosen: capped by score).`,
    });
  let forced = false;
  if (q.subjectiveUnfinished > 0) {
    forced = true;
    pushQ(out, 'Q26-17', 'triggered', {
      vi: `${q.subjectiveUnfinished} nhiệm vụ của quý chưa hoàn thành mà không có lý do khách quan được xác nhận: hoàn thành dưới 100% nhiệm vụ. Xếp loại Không hoàn thành nhiệm vụ.`,
      en: `${q.subjectiveUnfinished} of the quarter's tasks unfinished with no confirmed objective cause: under 100% done. This gives KHTNV.`,
    });
  } else out?.push(ALL_DONE);
  if (out !== null && f.a.taskList !== undefined) excludedTaskReasons(f.a.taskList, scoredByTask(q), out);
  if (q.level3 > 0) {
    forced = true;
    pushQ(out, 'Q26-16', 'triggered', {
      vi: `${q.level3} nhiệm vụ trọng tâm bị xếp Mức 3 (không đáp ứng yêu cầu). Xếp loại Không hoàn thành nhiệm vụ.`,
      en: `${q.level3} key task(s) at Mức 3 (requirements not met). This gives KHTNV.`,
    });
  }
  // Q26-28: the collective the subject heads (or deputises in) under 70% of its tasks.
  const headOf = f.a.headOf;
  const collective = collectiveOutcome(headOf);
  if (collective !== 'none' && headOf !== undefined) out?.push(collectiveReason(headOf, collective));
  if (collective === 'headKhtnv') forced = true;
  // A case that forces KHTNV decides alone: the levels' conditions are not weighed (their reasons
  // would read as if the competent level still had to choose).
  let d: LevelDecision = { level: 'KHTNV', candidates: [] };
  if (!forced) {
    d = decideLevel(f, out);
    let ceiling: Ceiling = 'HTXSNV';
    if (q.key > 0) {
      const share = `${q.level2}/${q.key}`;
      // Q26-16: Mức 2 in 20% or more of the key tasks fails HTTNV and HTNV; any Mức 2 rules out HTXSNV.
      const tier = 5 * q.level2 >= q.key ? 2 : q.level2 > 0 ? 1 : 0;
      ceiling = tier === 2 ? 'none' : tier === 1 ? 'HTTNV' : ceiling;
      if (out !== null) {
        const code = q.key < PART ? q.level2 * PART + q.key : -1;
        const hit = code < 0 ? undefined : KEY_LEVELS.find(code);
        const r = hit ?? keyLevelReason(tier, share, q.key);
        out.push(hit !== undefined || code < 0 ? r : KEY_LEVELS.keep(code, r));
      }
    }
    if (collective === 'deputyNoHtxsnv' && ceiling === 'HTXSNV') ceiling = 'HTTNV';
    // Q26-29 caps heads only: a deputy is not aligned with the collective automatically.
    const head = q.qp.headCap === 'rank' && isHead(headOf) ? headOf?.level : undefined;
    if (head !== undefined && (ceiling === 'none' || levelRank(head) < levelRank(ceiling))) {
      if (ceiling !== 'none') ceiling = head;
      pushQ(out, 'Q26-29', 'applied', {
        vi: `Người đứng đầu không xếp cao hơn tập thể mình đứng đầu (${head}).`,
        en: `A head is not rated above the collective they head (${head}).`,
      });
    }
    // Q26-41, an option (grade X): its own module, not called while off.
    if (q.qp.safetyGate) ceiling = safetyCeiling(f.a, ceiling, out);
    d = capDecision(d, ceiling, f.policy.gap);
  }
  if (out !== null) {
    const code = outcomeCode(d);
    out.push(OUTCOMES.find(code) ?? OUTCOMES.keep(code, reasonQ('Q26-24', 'applied', outcomeMessage(d))));
  }
  // Built field by field (same key order as before): spreading small objects costs on the hot path.
  const result = {
    format: RESULT_FORMAT,
    ruleset: 'q2026',
    version: VERSION,
    decision: d.level === null ? 'discretion' : 'rule',
    level: d.level,
    candidates: d.level === null ? [...d.candidates] : [],
    score: { general: f.general, results: f.results, total: f.total },
    reasons: out ?? [],
    warnings: q.plan.length === 0 ? warnings(f.a, f, d) : [...warnings(f.a, f, d), ...q.plan],
  } as Result & { breakdown?: Result['breakdown'] };
  const b = breakdown(q).breakdown;
  if (b !== undefined) result.breakdown = b;
  return result;
}
