import { indicatorCatalogue, type ShownIndicator } from './indicators/catalogue.js';
import { LEVEL_NAMES } from './levels.js';
import type { Message } from './message.js';
import type { Assessment } from './schemas/assessment.js';
import type { Result } from './schemas/result.js';

/** A review-quality finding about form part A (not a rule outcome). */
export interface ReviewCheck {
  readonly code: string;
  /** The field it concerns, e.g. `review.shortcomings[0].remedy`. */
  readonly path: string;
  readonly message: Message;
  readonly cite: string;
}

const STEP1 =
  'QĐ 366-QĐ/TW, Điều 12, khoản 1, Bước 1 ("có nhận diện ưu điểm, hạn chế, nguyên nhân và hướng khắc phục rõ ràng"); HD 43-HD/BTCTW, Mẫu 2A/2B/2C, phần A.II, A.V, A.VI';
const PRIOR = 'HD 43-HD/BTCTW, Mẫu 2A/2B/2C, phần A.III; QĐ 366-QĐ/TW, Điều 6';
const FIXED_ALL = 'QĐ 366-QĐ/TW, Điều 11, khoản 1, điểm 1.4';
const CONCLUSION = 'QĐ 366-QĐ/TW, Điều 11, khoản 4 ("Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái ...")';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

const PARTS = [
  ['cause', { vi: 'nguyên nhân', en: 'cause' }],
  ['responsibility', { vi: 'trách nhiệm', en: 'responsibility' }],
  ['remedy', { vi: 'biện pháp khắc phục', en: 'remedy' }],
] as const;

/**
 * The checks on part A.III alone: each prior shortcoming has a status, and a progress when in
 * progress. Separate from {@link checkReview} so that a form reader (the content script) can run
 * them without carrying the 27-indicator catalogue.
 */
export function priorShortcomingChecks(priors: NonNullable<Assessment['priorShortcomings']>): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  priors.forEach((s, i) => {
    if (s.status === undefined) {
      checks.push({
        code: 'PRIOR_NO_STATUS',
        path: `priorShortcomings[${i}].status`,
        message: {
          vi: `Hạn chế kỳ trước ${i + 1} chưa ghi kết quả khắc phục (đã khắc phục / đang khắc phục / chưa khắc phục).`,
          en: `Prior shortcoming ${i + 1} has no status (fixed / in progress / not fixed).`,
        },
        cite: PRIOR,
      });
    } else if (s.status === 'in-progress' && s.progress === undefined) {
      checks.push({
        code: 'PRIOR_NO_PROGRESS',
        path: `priorShortcomings[${i}].progress`,
        message: {
          vi: `Hạn chế kỳ trước ${i + 1} đang khắc phục nhưng chưa ghi mức độ đã khắc phục.`,
          en: `Prior shortcoming ${i + 1} is in progress but has no progress.`,
        },
        cite: PRIOR,
      });
    }
  });
  return checks;
}

/**
 * Review-quality checks on form part A: each shortcoming names its cause, responsibility and
 * remedy; each prior shortcoming has a status (and a progress when in progress); an HTXSNV
 * proposal with an unfixed prior shortcoming; a proposal above what the rules give (from
 * `result`); a self-check that notes an indicator gets a reminder of what only a conclusion
 * by the competent level would mean. Each check has a code, a bilingual message and a citation.
 */
export function checkReview(
  a: Assessment,
  result?: Result,
  catalogue: readonly ShownIndicator[] = indicatorCatalogue(),
): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  (a.review?.shortcomings ?? []).forEach((s, i) => {
    for (const [field, name] of PARTS) {
      if (blank(s[field])) {
        checks.push({
          code: `SHORTCOMING_NO_${field.toUpperCase()}`,
          path: `review.shortcomings[${i}].${field}`,
          message: {
            vi: `Hạn chế, khuyết điểm ${i + 1} chưa nêu ${name.vi}.`,
            en: `Shortcoming ${i + 1} does not state its ${name.en}.`,
          },
          cite: STEP1,
        });
      }
    }
  });
  const priors = a.priorShortcomings ?? [];
  checks.push(...priorShortcomingChecks(priors));
  const open = priors.filter((s) => s.status !== 'fixed').length;
  if (a.proposedLevel === 'HTXSNV' && open > 0) {
    checks.push({
      code: 'HTXSNV_WITH_UNFIXED_PRIOR',
      path: 'proposedLevel',
      message: {
        vi: `Đề xuất Hoàn thành xuất sắc nhiệm vụ nhưng còn ${open} hạn chế kỳ trước chưa khắc phục xong; mức này đòi hỏi khắc phục 100%.`,
        en: `HTXSNV is proposed but ${open} prior shortcoming(s) are not fixed; HTXSNV needs all fixed.`,
      },
      cite: FIXED_ALL,
    });
  }
  for (const w of result?.warnings ?? []) {
    if (w.code === 'PROPOSED_ABOVE_RESULT')
      checks.push({ code: w.code, path: 'proposedLevel', message: w.message, cite: 'QĐ 366-QĐ/TW, Điều 11' });
  }
  for (const [id, entry] of Object.entries(a.selfCheck ?? {})) {
    if (!entry.noted) continue;
    const item = catalogue.find((x) => x.id === id);
    const what = item ? `${id} (${item.topicVi}${item.verified ? '' : `; ${item.label.vi.toLowerCase()}`})` : id;
    checks.push({
      code: 'SELF_CHECK_NOTED',
      path: `selfCheck.${id}`,
      message: {
        vi: `Bạn tự nhận có biểu hiện ${what}. Tự nhận không phải là kết luận: chỉ khi cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá" thì mới xếp loại ${LEVEL_NAMES.KHTNV.vi}. Hãy nêu rõ ở phần Hạn chế, khuyết điểm cùng nguyên nhân và biện pháp khắc phục.`,
        en: `You noted indicator ${id}. A self-check is not a conclusion: only a conclusion by the competent level makes the rating KHTNV. Describe it under shortcomings with its cause and remedy.`,
      },
      cite: CONCLUSION,
    });
  }
  return checks;
}
