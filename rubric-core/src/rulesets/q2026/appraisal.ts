import * as v from 'valibot';
import { fromMicro, hasAtMostSixDecimals, toMicro } from '../../decimal.js';
import { deepFreeze } from '../../internal/frozen.js';
import type { Level } from '../../levels.js';
import { formatNumber } from '../../message.js';
import type { Warning } from '../../schemas/result.js';
import { BAND_MIN } from '../qd366/conditions.js';
import { Q2026_RULES } from './rules.js';

// Q26-23, HD 03-HD/TVĐU PL II III.1 (tr.31): "Khi điểm tự chấm và điểm đề xuất chênh lệch từ 5 điểm trở
// lên, hoặc làm thay đổi mức xếp loại, hồ sơ phải nêu ngắn gọn từng căn cứ" (Mẫu 10: "Nội dung giải trình
// của cá nhân (khi chênh lệch ≥ 5 điểm)"). Only VATM states it: a pack setting, off by default; a warning
// when the explanation is missing, never a level change.

const d = v.description;

/** When the appraisal needs an explanation (a tusoi.pack/2 setting `appraisal`). */
export const AppraisalRuleSchema = v.pipe(
  v.strictObject({
    minDifference: v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0.000001),
      v.maxValue(100),
      v.check(hasAtMostSixDecimals, 'decimals'),
      d('A self total and an appraisal total this many points apart or more need an explanation (VATM: 5).'),
    ),
    onBandChange: v.pipe(
      v.boolean(),
      d('Also when the two totals fall in different score bands (90 / 70 / 50; VATM: true).'),
    ),
  }),
  d('Q26-23: when the self total and the appraisal total need an explanation (a warning only). Default: not checked.'),
);

/** The setting as a pack holds it. */
export type AppraisalRule = v.InferOutput<typeof AppraisalRuleSchema>;

/** VATM's setting (HD 03-HD/TVĐU PL II III.1, tr.31; Mẫu 10): 5 points or a change of band. */
export const VATM_APPRAISAL: AppraisalRule = /* @__PURE__ */ deepFreeze({ minDifference: 5, onBandChange: true });

/** The score band of a total in millionths (Điều 11: 90 / 70 / 50), named by its level. */
function band(micro: number): Level {
  if (micro >= BAND_MIN.HTXSNV * 1_000_000) return 'HTXSNV';
  if (micro >= BAND_MIN.HTTNV * 1_000_000) return 'HTTNV';
  if (micro >= BAND_MIN.HTNV * 1_000_000) return 'HTNV';
  return 'KHTNV';
}

/**
 * The EXPLANATION_REQUIRED warning when the self total (`selfTotal`, points) and the appraisal's total
 * differ by the pack's minimum or more, or (with `onBandChange`) fall in different bands, and the
 * assessment gives no explanation; [] otherwise.
 */
export function checkAppraisal(
  appraisal: { readonly total: number; readonly explanation?: string | undefined },
  selfTotal: number,
  rule: AppraisalRule,
): Warning[] {
  if (appraisal.explanation !== undefined && /\S/.test(appraisal.explanation)) return [];
  const self = toMicro(selfTotal);
  const other = toMicro(appraisal.total);
  const gap = Math.abs(self - other);
  const far = gap >= toMicro(rule.minDifference);
  const moved = rule.onBandChange && band(self) !== band(other);
  if (!far && !moved) return [];
  const rid = 'Q26-23';
  const cite = Q2026_RULES[rid].cite;
  const g = fromMicro(gap);
  const why = {
    vi: [
      far ? `chênh lệch ${formatNumber(g, 'vi')} điểm (từ ${formatNumber(rule.minDifference, 'vi')} điểm trở lên)` : '',
      moved ? `đổi khung điểm (${band(self)} → ${band(other)})` : '',
    ]
      .filter((x) => x !== '')
      .join(', '),
    en: [
      far ? `${g} points apart (${rule.minDifference} or more)` : '',
      moved ? `a change of band (${band(self)} → ${band(other)})` : '',
    ]
      .filter((x) => x !== '')
      .join(', '),
  };
  return [
    {
      code: 'EXPLANATION_REQUIRED',
      path: 'appraisal.explanation',
      message: {
        vi: `Điểm tự chấm ${formatNumber(selfTotal, 'vi')} và điểm đề xuất ${formatNumber(appraisal.total, 'vi')}: ${why.vi}; hồ sơ phải nêu ngắn gọn từng căn cứ (${rid}, ${cite}; chỉ là cảnh báo, không đổi mức xếp loại)`,
        en: `Self total ${selfTotal} and appraisal total ${appraisal.total}: ${why.en}; the file must state each basis briefly (${rid}; a warning only, the level is unchanged)`,
      },
    },
  ];
}
