import type { InputIssue } from '../../errors.js';
import { deepFreeze } from '../../internal/frozen.js';
import { frameIssues } from '../../packs/quarterly-score.js';
import type { Ruleset, RulesetContext } from '../../ruleset/ruleset.js';
import type { Assessment, TaskCounts } from '../../schemas/assessment.js';
import { taskFlagIssues } from '../../task-flags.js';
import { countsFromTaskList } from '../../task-list.js';
import type { Policy } from '../qd366/facts.js';
import { DEFAULT_POLICY } from '../qd366/policy.js';
import { headOfIssues } from './collective.js';
import { evaluateQuarter } from './evaluate.js';
import { missingScoringInputs, type QuarterFacts, quarterFacts, quarterPack, unratedCases } from './facts.js';
import { quarterPolicy } from './policy.js';
import { Q2026_RULE_TITLES, Q2026_RULES } from './rules.js';
import { UNRATED_MONTHS } from './unrated.js';

/** The 2026 quarterly review (Hướng dẫn 02-HD/BTCTW, 22/5/2026, as its implementing documents state it). */
export const Q2026_MANIFEST = /* @__PURE__ */ deepFreeze({
  id: 'q2026',
  title: {
    vi: 'Đánh giá, xếp loại hằng quý năm 2026 (HD 02-HD/BTCTW qua văn bản cấp dưới)',
    en: '2026 quarterly review (HD 02-HD/BTCTW through implementing documents)',
  },
  source:
    'Hướng dẫn 02-HD/BTCTW (22/5/2026; văn bản gốc chưa tìm thấy), qua HD 03-HD/TVĐU, HD 20-HD/ĐUCA, QĐ 1923/QĐ-CĐKT, CV 427/TKT-TCHC, HD 03-HD/TU Thanh Hóa; Nghị định 335/2025/NĐ-CP; QĐ 366-QĐ/TW Điều 11',
  revision: '2026-09-28',
  from: 2026,
  periods: ['quarter'],
  rulePrefix: 'Q26-',
} as const);

/** The quarterly conditions and triggers it evaluates on top of Điều 11 (see ./evaluate.ts). */
const CONDITIONS = ['keyLevel2None', 'keyLevel2Under20', 'headNotAboveCollective'];
const TRIGGERS = ['unratedCase', 'tasksUnder100Subjective', 'keyTaskLevel3'];

function issues(a: Assessment, ctx: RulesetContext): InputIssue[] {
  const out: InputIssue[] = [];
  if (a.period.quarter === undefined)
    out.push({
      code: 'quarter-missing',
      path: 'period.quarter',
      message: {
        vi: 'bộ quy tắc "q2026" xếp loại theo quý: cần period.quarter (1–4)',
        en: 'rule set "q2026" rates a quarter: period.quarter (1–4) is required',
      },
    });
  if (a.period.year < Q2026_MANIFEST.from)
    out.push({
      code: 'year-before-ruleset',
      path: 'period.year',
      message: {
        vi: `đánh giá hằng quý theo HD 02-HD/BTCTW áp dụng từ năm 2026 (nhận ${a.period.year})`,
        en: `the HD 02-HD/BTCTW quarterly review applies from 2026 (got ${a.period.year})`,
      },
    });
  // A quarter not rated (Q26-30) needs no score: its scores and task list may be left out.
  const unrated = unratedCases(a).length > 0;
  const missing = missingScoringInputs(a);
  // Facts given that make no case (1,9 months of leave): the quarter is rated, and the message says why.
  const noCase = a.unrated !== undefined && !unrated ? NO_CASE : NO_HINT;
  if (!unrated && missing.scores)
    out.push({
      code: 'scores-missing',
      path: 'criteria',
      message: {
        vi: `chưa có điểm tự chấm: chọn bảng thang điểm rồi chấm từng tiêu chí${noCase.vi}`,
        en: `no self-assessed scores yet: choose a scoring pack and score each criterion${noCase.en}`,
      },
    });
  if (!unrated && missing.tasks)
    out.push({
      code: 'task-list-missing',
      path: 'taskList',
      message: {
        vi: `chưa có danh sách nhiệm vụ của quý: ghi từng nhiệm vụ được giao trong quý${noCase.vi}`,
        en: `no task list for the quarter yet: enter each task assigned in the quarter${noCase.en}`,
      },
    });
  if (a.quarters !== undefined)
    out.push({
      code: 'quarters-not-annual',
      path: 'quarters',
      message: {
        vi: 'kết quả các quý chỉ đi kèm bản đánh giá cả năm',
        en: 'quarters belong to an annual assessment only',
      },
    });
  if (a.taskList !== undefined) out.push(...taskFlagIssues(a.taskList));
  if (a.taskList !== undefined && a.tasks !== undefined) {
    const mismatch = tasksMismatch(a.tasks, countsFromTaskList(a.taskList));
    if (mismatch !== undefined) out.push(mismatch);
  }
  out.push(...headOfIssues(a));
  // With something already wrong the pack's scoring does not run: a frame the user named is checked
  // here too, so that every problem is named at once (e.g. task-list-missing and frame-unknown).
  if (out.length > 0 && a.frame !== undefined) {
    const pack = quarterPack(a, ctx.options?.pack);
    if (pack !== undefined) out.push(...frameIssues(pack, a));
  }
  return out;
}

const NO_HINT = { vi: '', en: '' } as const;
const M = UNRATED_MONTHS;
const NO_CASE = {
  vi: ` (các thông tin chưa xếp loại đã ghi không thuộc trường hợp nào của Q26-30: đi học từ ${M.trainingMonths.atLeast} tháng, nghỉ ốm, thai sản từ ${M.sickOrMaternityMonths.atLeast} tháng, giữ chức vụ lãnh đạo lần đầu dưới ${M.firstAppointedMonths.under} tháng, đang bị kiểm tra; nên quý vẫn được chấm và xếp loại)`,
  en: ` (the not-rated facts given make none of Q26-30's cases: training of ${M.trainingMonths.atLeast} months or more, sick or maternity leave of ${M.sickOrMaternityMonths.atLeast} months or more, under ${M.firstAppointedMonths.under} month in a first leading post, under check; so the quarter is scored and rated)`,
} as const;

const COUNT_NAMES = [
  ['assigned', 'được giao', 'assigned'],
  ['completed', 'hoàn thành', 'completed'],
  ['exceeded', 'vượt mức', 'exceeded'],
  ['late', 'chưa bảo đảm tiến độ', 'late'],
  ['onTimeWithQuality', 'đúng hạn, bảo đảm chất lượng', 'on time with quality'],
] as const;

/**
 * `tasks` given with a `taskList` must be the counts the list gives (docs/format.md: counts are read
 * from the list), else neither is silently kept. `ledUnits` is another matter: a leader's Điều 11
 * counts are the units led, not the leader's own task list, and are not compared with it.
 */
function tasksMismatch(given: TaskCounts, listed: TaskCounts): InputIssue | undefined {
  const differ = COUNT_NAMES.filter(([k]) => given[k] !== listed[k]);
  if (differ.length === 0) return undefined;
  const vi = differ.map(([k, name]) => `${name}: tasks ghi ${given[k]}, danh sách cho ${listed[k]}`).join('; ');
  const en = differ.map(([k, , name]) => `${name}: ${given[k]} in tasks, ${listed[k]} from the list`).join('; ');
  return {
    code: 'tasks-mismatch',
    path: 'tasks',
    message: {
      vi: `số nhiệm vụ ghi ở tasks khác số đếm từ danh sách nhiệm vụ (${vi}); bỏ tasks hoặc sửa cho khớp`,
      en: `the task counts in tasks differ from those the task list gives (${en}); drop tasks or make them agree`,
    },
  };
}

/** Context of the q2026 rule set. */
interface Q2026Context extends RulesetContext {
  readonly policy?: Policy;
}

/** The q2026 rule set behind the {@link Ruleset} interface. */
export const Q2026_RULESET: Ruleset<QuarterFacts> = /* @__PURE__ */ deepFreeze({
  manifest: Q2026_MANIFEST,
  rules: Q2026_RULES,
  titles: Q2026_RULE_TITLES,
  conditions: CONDITIONS,
  triggers: TRIGGERS,
  issues,
  facts: (a, ctx) =>
    quarterFacts(a, (ctx as Q2026Context).policy ?? DEFAULT_POLICY, quarterPolicy(ctx.options), ctx.options?.pack),
  evaluate: evaluateQuarter,
});
