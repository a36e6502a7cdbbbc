import * as v from 'valibot';
import { hasAtMostSixDecimals, toMicro } from '../../decimal.js';
import { deepFreeze } from '../../internal/frozen.js';
import { formatNumber } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import { Q2026_RULES } from './rules.js';

// Q26-15, QĐ 1923/QĐ-CĐKT Đ18 (KTC): "Mức 1 quy đổi 90–100% · Mức 2 từ 60 đến dưới 90% · Mức 3 dưới
// 60%". The only %↔Mức mapping found; VATM assigns Mức by judgement with no conversion. So it is a pack
// setting, off by default, and only a warning: a key task whose result (%) lies outside the range of the
// Mức it was given. It never sets a Mức nor changes a level.

const d = v.description;
const pct = (what: string) =>
  v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100), v.check(hasAtMostSixDecimals, 'decimals'), d(what)),
  );

/** The result range of one Mức: from `min` (inclusive), below `below` (exclusive), up to `max` (inclusive). */
export const KeyLevelPercentSchema = v.pipe(
  v.strictObject({
    level: v.pipe(v.picklist([1, 2, 3]), d('Mức 1, 2 or 3 of a key task.')),
    min: pct('Lowest result, percent, inclusive.'),
    below: pct('Result under this, percent (exclusive).'),
    max: pct('Highest result, percent, inclusive.'),
  }),
  d('The task results (percent) a Mức corresponds to (Q26-15).'),
);

/** The ranges of a pack's `results.keyLevelPercent`. */
export type KeyLevelPercent = v.InferOutput<typeof KeyLevelPercentSchema>;

/** KTC's mapping (QĐ 1923/QĐ-CĐKT Đ18, grade C): Mức 1 90–100%, Mức 2 60 – under 90%, Mức 3 under 60%. */
export const KTC_KEY_LEVEL_PERCENT: readonly KeyLevelPercent[] = /* @__PURE__ */ deepFreeze([
  { level: 1, min: 90, max: 100 },
  { level: 2, min: 60, below: 90 },
  { level: 3, below: 60 },
]);

function rangeText(r: KeyLevelPercent, lang: 'vi' | 'en'): string {
  const f = (x: number) => formatNumber(x, lang);
  const parts: string[] = [];
  if (r.min !== undefined) parts.push(lang === 'vi' ? `từ ${f(r.min)}%` : `from ${f(r.min)}%`);
  // "from 60% to under 90%": the upper bound joins the lower one.
  const to = r.min !== undefined ? (lang === 'vi' ? 'đến ' : 'to ') : '';
  if (r.below !== undefined) parts.push(lang === 'vi' ? `${to}dưới ${f(r.below)}%` : `${to}under ${f(r.below)}%`);
  if (r.max !== undefined) parts.push(lang === 'vi' ? `đến ${f(r.max)}%` : `to ${f(r.max)}%`);
  return parts.join(' ');
}

/**
 * KEY_LEVEL_PERCENT warnings: each key task with a Mức whose result lies outside that Mức's range.
 * `percents` are the tasks' results in millionths of a percent (list order); a result above 100 is
 * read as 100 (KTC: "vượt 100% chỉ tính trần").
 */
export function checkKeyLevels(
  list: NonNullable<Assessment['taskList']>,
  percents: readonly number[],
  ranges: readonly KeyLevelPercent[],
): Warning[] {
  const out: Warning[] = [];
  const cite = Q2026_RULES['Q26-15'].cite;
  list.forEach((t, i) => {
    if (t.key !== true || t.keyLevel === undefined) return;
    const r = ranges.find((x) => x.level === t.keyLevel);
    const raw = percents[i];
    if (r === undefined || raw === undefined) return;
    const m = Math.min(raw, 100_000_000);
    const off =
      (r.min !== undefined && m < toMicro(r.min)) ||
      (r.below !== undefined && m >= toMicro(r.below)) ||
      (r.max !== undefined && m > toMicro(r.max));
    if (!off) return;
    const value = Math.round(m / 10_000) / 100;
    out.push({
      code: 'KEY_LEVEL_PERCENT',
      path: `taskList[${i}].keyLevel`,
      message: {
        vi: `Sản phẩm trọng tâm ${i + 1} xếp Mức ${t.keyLevel} (${rangeText(r, 'vi')}) nhưng kết quả là ${formatNumber(value, 'vi')}% (Q26-15, ${cite}; chỉ là cảnh báo, không đổi mức xếp loại)`,
        en: `Key task ${i + 1} is at Mức ${t.keyLevel} (${rangeText(r, 'en')}) but its result is ${value}% (Q26-15; a warning only, the level is unchanged)`,
      },
    });
  });
  return out;
}
