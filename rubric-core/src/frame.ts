/**
 * The 100-point frame of QĐ 366-QĐ/TW Điều 10 and Phụ lục 1–5: the two groups' maxima.
 * Everything that bounds or shows a group score reads it from here.
 */
// Object.freeze, not deepFreeze (it is flat): it is in the portal page's script, which has a size budget.
export const GROUP_TOTALS = /* @__PURE__ */ Object.freeze({ general: 30, results: 70 } as const);

/** The maximum total (30 + 70). */
export const TOTAL_MAX = GROUP_TOTALS.general + GROUP_TOTALS.results;
