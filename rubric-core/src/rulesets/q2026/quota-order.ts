import type { Message } from '../../message.js';
import { Q2026_RULES } from './rules.js';

// Q26-27: the order of HTXSNV proposals when they exceed the quota. HD 03-HD/TVĐU III.6 names the
// criteria ("sản phẩm vượt chuẩn nhiều hơn, nhiệm vụ khó và tác động lớn hơn, kết quả an toàn/chất
// lượng nổi trội, khắc phục hạn chế tốt hơn; không ưu tiên chỉ vì chức vụ hoặc thứ tự đề xuất") and,
// for the year, III.10 and CV 427 mục 7 put the quarters proposed HTXSNV first. Only the criteria a
// cohort carries as numbers order anyone, then the total (Tự Soi's reading, grade X, as the annual quota
// ranks); the rest, and every tie they leave, go to the competent level.

/** A candidate as the ordering reads it (a tusoi.cohort/1 member). */
export interface RankedFacts {
  readonly id: string;
  readonly htxsnvQuarters?: number | undefined;
  readonly exceeded?: number | undefined;
  readonly total: number;
}

/** A criterion a cohort can carry, in the order it applies (higher first). */
export type RankKey = 'htxsnvQuarters' | 'exceeded' | 'total';

/** The Q26-27 criteria a cohort carries, in order, with their words. */
export const Q26_RANK_KEYS: readonly { readonly key: Exclude<RankKey, 'total'>; readonly words: Message }[] = [
  { key: 'htxsnvQuarters', words: { vi: 'số quý được đề xuất xuất sắc', en: 'quarters proposed HTXSNV' } },
  { key: 'exceeded', words: { vi: 'số nhiệm vụ vượt mức', en: 'tasks exceeded' } },
];

/** The last key, every member has it: not among III.6's criteria, so named as Tự Soi's reading. */
const TOTAL_WORDS: Message = {
  vi: 'tổng điểm (cách đọc của Tự Soi, mức X, như tỉ lệ cả năm)',
  en: 'the total (Tự Soi’s reading, grade X, as the annual quota ranks)',
};

/** The criteria of III.6 no cohort field carries: always the competent level's. */
const OTHERS: Message = {
  vi: 'nhiệm vụ khó, tác động lớn; kết quả an toàn, chất lượng nổi trội; khắc phục hạn chế tốt hơn',
  en: 'harder, higher-impact tasks; outstanding safety or quality results; better remedied shortcomings',
};

/** How a group's candidates are ordered: the keys used and what the data could not say. */
export interface RankPlan {
  /** The keys every candidate carries, in order, `total` last unless a key was partial; they alone order the group. */
  readonly by: readonly RankKey[];
  /** A key only some candidates carry (the order stops before it), with those who lack it. */
  readonly partial?: { readonly key: Exclude<RankKey, 'total'>; readonly lacking: readonly string[] };
  /** Compares two candidates on `by`, higher first; 0 when the data cannot tell them apart. */
  readonly compare: (a: RankedFacts, b: RankedFacts) => number;
}

/**
 * Which criteria can order `candidates`: each key of {@link Q26_RANK_KEYS} that every candidate
 * carries, in order, then `total`; a key none carries is skipped; a key some lack ends the list,
 * total included (ordering by a later key would pass over the earlier one for those members: never a guess).
 */
export function rankPlan(candidates: readonly RankedFacts[]): RankPlan {
  const by: RankKey[] = [];
  let partial: RankPlan['partial'];
  for (const { key } of Q26_RANK_KEYS) {
    let have = 0;
    for (const c of candidates) if (c[key] !== undefined) have++;
    if (have === 0) continue;
    if (have < candidates.length) {
      partial = { key, lacking: candidates.filter((c) => c[key] === undefined).map((c) => c.id) };
      break;
    }
    by.push(key);
  }
  if (partial === undefined) by.push('total');
  const compare = (a: RankedFacts, b: RankedFacts): number => {
    for (const key of by) {
      const d = (b[key] as number) - (a[key] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  return partial === undefined ? { by, compare } : { by, partial, compare };
}

const words = (k: RankKey): Message =>
  k === 'total' ? TOTAL_WORDS : (Q26_RANK_KEYS.find((x) => x.key === k)?.words as Message);
const list = (keys: readonly RankKey[], lang: 'vi' | 'en') =>
  keys.map((k) => words(k)[lang]).join(lang === 'vi' ? ', rồi ' : ', then ');

/** What the order rests on, for the reasons: the criteria used, those missing, the rest left to the competent level. */
export function rankNote(plan: RankPlan): Message {
  const { by, partial } = plan;
  const usedVi = by.length > 0 ? `xếp thứ tự theo ${list(by, 'vi')}` : 'không có số liệu nào để xếp thứ tự';
  const usedEn = by.length > 0 ? `ordered by ${list(by, 'en')}` : 'no data to order by';
  const lackVi =
    partial === undefined
      ? ''
      : `; thiếu ${list([partial.key], 'vi')} của ${partial.lacking.join(', ')} nên không xét tiếp`;
  const lackEn =
    partial === undefined
      ? ''
      : `; ${list([partial.key], 'en')} missing for ${partial.lacking.join(', ')}, so not used`;
  return {
    vi: `Q26-27: ${usedVi}${lackVi}; các tiêu chí ${OTHERS.vi} không có trong tệp: cấp có thẩm quyền xem xét; không xếp theo chức vụ hay thứ tự đề xuất.`,
    en: `Q26-27: ${usedEn}${lackEn}; ${OTHERS.en} are not in the file: the competent level considers them; never by position or the order proposed.`,
  };
}

/** The rule the ordering cites. */
export const Q26_27 = Q2026_RULES['Q26-27'];
