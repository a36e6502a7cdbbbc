import type { InputIssue } from '../../errors.js';
import { textKey } from '../../internal/key.js';
import { builtinPack2 } from '../../packs/quarterly-builtin.js';
import { PACK2_FORMAT } from '../../packs/quarterly-pack.js';
import { QUARTERLY_FROM_YEAR } from '../../ruleset/select.js';

type Loose = Readonly<Record<string, unknown>>;

/** Why an input went to qd366 rather than q2026 (the dispatch of src/ruleset/select.ts, in words; read defensively). */
function whyQd366(a: Loose): { vi: string; en: string } {
  const period = (typeof a.period === 'object' && a.period !== null ? a.period : {}) as Loose;
  if (a.ruleset === 'qd366') return { vi: 'tệp ghi ruleset: "qd366"', en: 'the file says ruleset: "qd366"' };
  if (a.format !== 'tusoi.assessment/2')
    return { vi: `tệp có định dạng "${String(a.format)}"`, en: `the file's format is "${String(a.format)}"` };
  if (typeof period.quarter !== 'number')
    return { vi: 'tệp không có period.quarter (kỳ cả năm)', en: 'the file has no period.quarter (an annual period)' };
  return {
    vi: `kỳ đánh giá là năm ${String(period.year)}, trước năm ${QUARTERLY_FROM_YEAR}`,
    en: `the period's year is ${String(period.year)}, before ${QUARTERLY_FROM_YEAR}`,
  };
}

/**
 * A quarterly pack (tusoi.pack/2) met by the annual rule set: the option given, or a built-in quarterly
 * pack named by `criteria.pack`. One issue that says what happened — the file is rated under QĐ 366
 * for the year, and why; the quarterly rules (q2026) need tusoi.assessment/2 with period.year 2026 or
 * later and period.quarter 1–4 — instead of a tusoi.pack/1 error about fields the pack/2 has.
 */
export function quarterlyPackIssue(a: Loose, named: string | undefined, option: unknown): InputIssue | undefined {
  const given = typeof option === 'object' && option !== null && (option as Loose).format === PACK2_FORMAT;
  const id = given ? String((option as Loose).id) : named;
  if (id === undefined || (!given && (option !== undefined || builtinPack2(textKey(id)) === undefined)))
    return undefined;
  const why = whyQd366(a);
  return {
    code: 'quarterly-pack-annual-rules',
    path: given ? 'options.pack' : 'criteria.pack',
    message: {
      vi: `bảng "${id}" là bảng chấm điểm hằng quý (tusoi.pack/2), chỉ dùng cho bộ quy tắc quý "q2026"; tệp này được xếp loại theo QĐ 366-QĐ/TW cả năm (bộ quy tắc "qd366") vì ${why.vi}. Đánh giá hằng quý cần format "tusoi.assessment/2", period.year từ ${QUARTERLY_FROM_YEAR} và period.quarter 1–4; đánh giá cả năm thì dùng bảng tusoi.pack/1 (hoặc ghi scores).`,
      en: `pack "${id}" is a quarterly scoring pack (tusoi.pack/2), for the quarterly rule set "q2026" only; this file is rated for the year under QĐ 366-QĐ/TW (rule set "qd366") because ${why.en}. A quarterly review needs format "tusoi.assessment/2", period.year ${QUARTERLY_FROM_YEAR} or later and period.quarter 1–4; an annual review takes a tusoi.pack/1 (or scores).`,
    },
  };
}
