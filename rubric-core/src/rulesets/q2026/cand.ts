import { fromMicro, toMicro } from '../../decimal.js';
import { type InputIssue, TusoiInputError } from '../../errors.js';
import { deepFreeze } from '../../internal/frozen.js';
import { formatNumber } from '../../message.js';
import type { Reason } from '../../schemas/result.js';
import { reasonQ } from './reason.js';

// The KPI regime of the Công an nhân dân (HD 20-HD/ĐUCA, 08/6/2026, as quoted by an app that encodes it;
// grade C) for one organisation: the period's KPI from the monthly ones (Q26-38), the group a KPI falls
// in (Q26-39) and a leader's component D from the subordinates' ratings (Q26-40). Evaluators the side
// panel or a script can call; classify does not read them (a tusoi.assessment/2 carries A, B, C, D).

/** One of the three CAND groups by KPI (HD 20 Mục 5.1): its number and the lowest KPI in it. */
export interface KpiGroupBand {
  readonly group: 1 | 2 | 3;
  /** Lowest KPI of the group, in percent (inclusive). */
  readonly min: number;
}

/** HD 20-HD/ĐUCA Mục 5.1: Nhóm 1 from 70 to 100, Nhóm 2 from 50 to under 70, Nhóm 3 under 50. */
export const CAND_KPI_GROUPS: readonly KpiGroupBand[] = /* @__PURE__ */ deepFreeze([
  { group: 1, min: 70 },
  { group: 2, min: 50 },
  { group: 3, min: 0 },
]);

/** How many monthly KPIs make a period (HD 20 Mục 5.2 averages "hằng tháng"; a shorter list is not provided for). */
const MONTHS = { quarter: 3, year: 12 } as const;
/** KPI bounds in percent: (A + B + C [+ D]) / n × 100 with B and C up to 1,2 (HD 20 Mục 3.a). */
const KPI_MAX = 120;

const bad = (path: string, vi: string, en: string): InputIssue => ({ code: 'not-allowed', path, message: { vi, en } });

/**
 * Q26-38: the KPI of a quarter (3 months) or a year (12 months) = the mean of the monthly KPIs
 * (HD 20-HD/ĐUCA Mục 5.2 "bình quân điểm KPI … theo hằng tháng"). Exact to 6 decimals; HD 20 states
 * no rounding of the mean (the appendix rounds a month's KPI to 2 decimals), so none is applied.
 *
 * @param months Monthly KPIs in percent, 0–120, at most 6 decimals, in month order.
 * @returns The mean and a cited reason.
 * @throws {TusoiInputError} A list that is not 3 (quarter) or 12 (year) long (`months`), or a value out of range (`months[i]`).
 */
export function candPeriodKpi(months: readonly number[], period: 'quarter' | 'year'): { kpi: number; reason: Reason } {
  const want = MONTHS[period];
  const issues: InputIssue[] = [];
  if (months.length !== want)
    issues.push(
      bad(
        'months',
        `cần đúng ${want} điểm KPI tháng cho ${period === 'quarter' ? 'một quý' : 'một năm'} (nhận ${months.length}); HD 20 không nói cách tính khi thiếu tháng: cấp có thẩm quyền xem xét`,
        `exactly ${want} monthly KPIs are needed for a ${period} (got ${months.length}); HD 20 does not say how to average fewer: the competent level decides`,
      ),
    );
  let sum = 0;
  months.forEach((m, i) => {
    const micro = typeof m === 'number' ? toMicro(m) : Number.NaN;
    if (Number.isNaN(micro) || m < 0 || m > KPI_MAX)
      issues.push(
        bad(
          `months[${i}]`,
          `KPI tháng phải từ 0 đến ${KPI_MAX}, tối đa 6 chữ số thập phân`,
          `a monthly KPI is 0 to ${KPI_MAX}, at most 6 decimals`,
        ),
      );
    else sum += micro;
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  const kpi = fromMicro(Math.round(sum / want));
  const list = (lang: 'vi' | 'en') => months.map((m) => formatNumber(m, lang)).join(' + ');
  return {
    kpi,
    reason: reasonQ('Q26-38', 'applied', {
      vi: `KPI ${period === 'quarter' ? 'quý' : 'năm'} = bình quân KPI các tháng: (${list('vi')}) / ${want} = ${formatNumber(kpi, 'vi')}.`,
      en: `${period === 'quarter' ? 'Quarter' : 'Year'} KPI = mean of the monthly KPIs: (${list('en')}) / ${want} = ${formatNumber(kpi, 'en')}.`,
    }),
  };
}

/**
 * Q26-39: the CAND group of a KPI (HD 20-HD/ĐUCA Mục 5.1): Nhóm 1 at 70 or more, Nhóm 2 from 50 to
 * under 70, Nhóm 3 under 50. A KPI above 100 (B or C scored above 100%) is read as Nhóm 1 (Tự Soi's
 * reading: the text's "70 đến 100" has no group above it), and the reason says so.
 *
 * @param kpi KPI in percent, 0–120.
 * @throws {TusoiInputError} A KPI out of range (`kpi`).
 */
export function candKpiGroup(
  kpi: number,
  bands: readonly KpiGroupBand[] = CAND_KPI_GROUPS,
): { group: 1 | 2 | 3; reason: Reason } {
  const micro = typeof kpi === 'number' ? toMicro(kpi) : Number.NaN;
  if (Number.isNaN(micro) || kpi < 0 || kpi > KPI_MAX)
    throw new TusoiInputError([bad('kpi', `KPI phải từ 0 đến ${KPI_MAX}`, `the KPI is 0 to ${KPI_MAX}`)]);
  const band = bands.find((b) => micro >= toMicro(b.min)) ?? (bands[bands.length - 1] as KpiGroupBand);
  const above =
    kpi > 100
      ? {
          vi: ' (trên 100 do vượt mức: đọc là Nhóm 1, cách hiểu của Tự Soi)',
          en: ' (above 100 from exceeding: read as Nhóm 1, Tự Soi’s reading)',
        }
      : { vi: '', en: '' };
  const range = (lang: 'vi' | 'en') => {
    const i = bands.indexOf(band);
    const upper =
      i === 0 ? '100' : `${lang === 'vi' ? 'dưới' : 'under'} ${formatNumber((bands[i - 1] as KpiGroupBand).min, lang)}`;
    return lang === 'vi' ? `từ ${formatNumber(band.min, 'vi')} đến ${upper}` : `${band.min} to ${upper}`;
  };
  return {
    group: band.group,
    reason: reasonQ('Q26-39', 'applied', {
      vi: `KPI ${formatNumber(kpi, 'vi')} thuộc Nhóm ${band.group} (${range('vi')})${above.vi}.`,
      en: `KPI ${formatNumber(kpi, 'en')} is in Nhóm ${band.group} (${range('en')})${above.en}.`,
    }),
  };
}

/**
 * Q26-40: a CAND leader's component D (HD 20-HD/ĐUCA Mục 3.a) = the collectives and people under the
 * leader rated "hoàn thành nhiệm vụ" or better ÷ those rated, 0 to 1, the leader not counted. Exact to
 * 6 decimals (HD 20 states no rounding of D; its appendix gives A, B, C to 3).
 *
 * @param counts `rated`: subordinates rated (whole number ≥ 1); `completedOrBetter`: of them, rated HTNV or better.
 * @throws {TusoiInputError} No one rated (`rated`: D is undefined, never guessed), or counts that do not hold together.
 */
export function candLeaderD(counts: { readonly rated: number; readonly completedOrBetter: number }): {
  d: number;
  reason: Reason;
} {
  const { rated, completedOrBetter } = counts;
  const issues: InputIssue[] = [];
  if (!Number.isSafeInteger(rated) || rated < 1)
    issues.push(
      bad(
        'rated',
        'cần số tập thể, cá nhân thuộc quyền được đánh giá (số nguyên từ 1); không có ai được đánh giá thì D không xác định: cấp có thẩm quyền xem xét',
        'the number of subordinates rated is needed (a whole number from 1); with no one rated D is undefined: the competent level decides',
      ),
    );
  if (
    !Number.isSafeInteger(completedOrBetter) ||
    completedOrBetter < 0 ||
    (Number.isSafeInteger(rated) && completedOrBetter > rated)
  )
    issues.push(
      bad(
        'completedOrBetter',
        'số được đánh giá hoàn thành nhiệm vụ trở lên là số nguyên từ 0, không quá số được đánh giá',
        'those rated HTNV or better are a whole number from 0, at most those rated',
      ),
    );
  if (issues.length > 0) throw new TusoiInputError(issues);
  const d = fromMicro(Math.round((completedOrBetter * 1_000_000) / rated));
  return {
    d,
    reason: reasonQ('Q26-40', 'applied', {
      vi: `D = ${completedOrBetter}/${rated} tập thể, cá nhân thuộc quyền được đánh giá hoàn thành nhiệm vụ trở lên = ${formatNumber(d, 'vi')}.`,
      en: `D = ${completedOrBetter}/${rated} subordinates rated HTNV or better = ${formatNumber(d, 'en')}.`,
    }),
  };
}
