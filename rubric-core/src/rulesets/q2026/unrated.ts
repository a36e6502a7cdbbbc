import { deepFreeze } from '../../internal/frozen.js';
import type { Message } from '../../message.js';
import type { Result, Warning } from '../../schemas/result.js';

// The words of Q26-30, the "chưa xếp loại" (not rated) quarter, in one small module: the evaluator's
// reasons, the review document and the apps' help all say them from here.

/** The four "chưa xếp loại" cases (Q26-30). */
export type UnratedCase = 'training' | 'sickOrMaternity' | 'firstAppointed' | 'underInvestigation';

/**
 * Q26-30's thresholds, in months of the quarter (HD 03-HD/TVĐU III.9, QĐ 1923 Đ21.6a–d): full-time
 * training, or sick or maternity leave, of `atLeast` months or more; a first appointment to a leading
 * post held `under` months at the quarter's end. One home for the evaluator and the shipped JSON Schema.
 */
export const UNRATED_MONTHS = /* @__PURE__ */ deepFreeze({
  trainingMonths: { atLeast: 2 },
  sickOrMaternityMonths: { atLeast: 2 },
  firstAppointedMonths: { under: 1 },
} as const);

/**
 * Q26-30: what each "chưa xếp loại" case means (HD 03-HD/TVĐU III.9, QĐ 1923 Đ21.6a–d, as the
 * reference quotes them): the reason a quarter not rated gives, and the help apps show beside each fact.
 * Keyed by case, each from one field of the assessment's `unrated`: `training` (`trainingMonths`),
 * `sickOrMaternity` (`sickOrMaternityMonths`), `firstAppointed` (`firstAppointedMonths`),
 * `underInvestigation` (`underInvestigation`).
 */
export const UNRATED_TEXT: Readonly<Record<UnratedCase, Message>> = /* @__PURE__ */ deepFreeze({
  training: {
    vi: 'Đào tạo, bồi dưỡng tập trung từ 02 tháng trở lên trong quý: chưa xếp loại tại thời điểm quý; phần thời gian còn lại được xem xét sang quý tiếp theo.',
    en: 'Full-time training of 2 months or more in the quarter: not rated this quarter; the rest carries to the next quarter.',
  },
  sickOrMaternity: {
    vi: 'Nghỉ ốm hoặc nghỉ thai sản từ 02 tháng trở lên trong quý: chưa xếp loại tại thời điểm quý; không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi.',
    en: 'Sick or maternity leave of 2 months or more in the quarter: not rated this quarter; lawful leave is never held against the person.',
  },
  firstAppointed: {
    vi: 'Lần đầu bổ nhiệm chức danh lãnh đạo, quản lý dưới 01 tháng trong quý: chưa xếp loại tại thời điểm quý; theo dõi và xem xét sang quý tiếp theo.',
    en: 'First appointed to a leading post less than 1 month before the quarter’s end: not rated this quarter; considered next quarter.',
  },
  underInvestigation: {
    vi: 'Đang kiểm tra dấu hiệu vi phạm: chưa xếp loại tại thời điểm đánh giá quý; xử lý theo kết luận của cấp có thẩm quyền.',
    en: 'Under check for signs of a violation: not rated this quarter; handled by the competent level’s conclusion.',
  },
});

/** Q26-30's outcome, the last reason of a quarter not rated (decision `unrated`); also the heading apps show for it. */
export const UNRATED_OUTCOME: Message = Object.freeze({
  vi: 'Kết quả: chưa xếp loại quý này.',
  en: 'Result: not rated this quarter.',
});

/**
 * The warning of a quarter not rated that came without its scoring inputs (no self-assessed scores
 * or criteria, or no task list): its `score` is 0 because nothing was scored, not a score of the
 * quarter. This is its general wording; {@link notScored} names what was missing. A year with no
 * scored quarter to average and no annual self-review carries the same code with a message of its
 * own (rulesets/q2026/year.ts), so that `hasScore` reads both.
 */
export const NOT_SCORED: Warning = /* @__PURE__ */ deepFreeze({
  code: 'NOT_SCORED',
  path: 'score',
  message: {
    vi: 'Quý chưa xếp loại nên không chấm điểm: điểm 0 ghi trong kết quả không phải điểm của quý.',
    en: 'The quarter is not rated, so it is not scored: the 0 in the result is not the quarter’s score.',
  },
});

const MISSING = {
  scores: {
    vi: 'chưa có điểm tự chấm hay câu trả lời các tiêu chí',
    en: 'no self-assessed scores or criteria answers',
  },
  tasks: { vi: 'chưa có danh sách nhiệm vụ', en: 'no task list' },
  both: {
    vi: 'chưa có điểm tự chấm và danh sách nhiệm vụ',
    en: 'no self-assessed scores and no task list',
  },
} as const;

/**
 * {@link NOT_SCORED} naming what was missing; when one of the two was given (scores without a task
 * list, say), that it was set aside rather than scored.
 *
 * @param missingScores No `scores` and no `criteria`.
 * @param missingTasks No `taskList`, `tasks` or `ledUnits`.
 */
export function notScored(missingScores: boolean, missingTasks: boolean): Warning {
  const m = missingScores && missingTasks ? MISSING.both : missingScores ? MISSING.scores : MISSING.tasks;
  const aside = missingScores && missingTasks ? undefined : missingScores ? 'tasks' : 'scores';
  const setAside =
    aside === undefined
      ? { vi: '', en: '' }
      : aside === 'scores'
        ? { vi: ', nên điểm tự chấm đã ghi không được tính', en: ', so the self-assessed scores given are set aside' }
        : { vi: ', nên danh sách nhiệm vụ đã ghi không được tính', en: ', so the task list given is set aside' };
  return {
    code: NOT_SCORED.code,
    path: NOT_SCORED.path,
    message: {
      vi: `Quý chưa xếp loại nên không chấm điểm: ${m.vi}${setAside.vi}; điểm 0 ghi trong kết quả không phải điểm của quý.`,
      en: `The quarter is not rated, so it is not scored: ${m.en}${setAside.en}; the 0 in the result is not the quarter’s score.`,
    },
  };
}

/**
 * Whether a result's `score` is a score: false when it carries the warning `NOT_SCORED`, whose 0
 * points are not to be shown. Applies to any result of `classify`, `classifyWith` or `classifyYear`:
 * a quarter not rated that was left unscored, and a year with no scored quarter to average (every
 * quarter not rated and no annual self-review). For each quarter inside a year's result
 * (`year.quarters[]`) read its `scored: false` instead.
 */
export function hasScore(result: Pick<Result, 'warnings'>): boolean {
  return !result.warnings.some((w) => w.code === NOT_SCORED.code);
}
