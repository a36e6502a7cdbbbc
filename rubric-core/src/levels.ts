// Frozen field by field, not with deepFreeze: these few objects are in the portal page's script,
// which has a size budget.

/** The four quality levels of QĐ 366-QĐ/TW Điều 11, highest first. */
export const LEVELS = /* @__PURE__ */ Object.freeze(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const);

/** A quality level code. */
export type Level = (typeof LEVELS)[number];

/** Official Vietnamese name and English gloss of each level. */
export const LEVEL_NAMES: Readonly<Record<Level, { readonly vi: string; readonly en: string }>> =
  /* @__PURE__ */ Object.freeze({
    HTXSNV: Object.freeze({ vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' }),
    HTTNV: Object.freeze({ vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed duties' }),
    HTNV: Object.freeze({ vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' }),
    KHTNV: Object.freeze({ vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' }),
  });

/** Rank of a level: 3 for HTXSNV down to 0 for KHTNV, so that `a > b` means "a is higher". */
export function levelRank(level: Level): number {
  return 3 - LEVELS.indexOf(level);
}
