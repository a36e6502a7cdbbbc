import { deepFreeze } from '../internal/frozen.js';
import type { Message } from '../message.js';
import { RULESET_REGISTRY } from './registry.js';
import type { Grade } from './ruleset.js';

/**
 * What each grade of a rule's source means (the reference material's grades): A verbatim central
 * text, B a news summary, C a subordinate document (or an app reproducing one), X Tự Soi's reading.
 */
export const GRADE_NAMES: Readonly<Record<Grade, Message>> = /* @__PURE__ */ deepFreeze({
  A: { vi: 'văn bản trung ương nguyên văn', en: 'verbatim central text' },
  B: { vi: 'tin tóm tắt trên báo', en: 'news summary' },
  C: {
    vi: 'văn bản cấp dưới của từng cơ quan, đơn vị (hoặc ứng dụng chép lại văn bản đó)',
    en: "a subordinate body's document (or an app that reproduces one)",
  },
  X: { vi: 'cách hiểu của Tự Soi ở chỗ văn bản không nói rõ', en: 'Tự Soi’s reading where the text is silent' },
});

/** How far each rule set's text is checked, said once where its results are shown (playground, docs). */
const CAVEATS: Readonly<Record<string, Message>> = {
  qd366: {
    vi: 'Văn bản nguồn chép từ trang pháp luật, chưa đối chiếu bản chính thức (mức A−); mọi cách hiểu của Tự Soi ghi rõ "cách hiểu của Tự Soi".',
    en: 'Source text is copied from legal websites, not yet checked against the official copy (grade A−); every reading of Tự Soi’s own says so.',
  },
  q2026: {
    vi: 'Chưa tìm thấy văn bản gốc Hướng dẫn 02-HD/BTCTW: các quy tắc quý lấy từ văn bản cấp dưới của từng cơ quan, đơn vị (mức C), mỗi quy tắc ghi nguồn; chỗ các đơn vị khác nhau là tuỳ chọn có mặc định; điều kiện Điều 11 QĐ 366 chép từ trang pháp luật (mức A−); mọi cách hiểu của Tự Soi ghi rõ "cách hiểu của Tự Soi".',
    en: 'The text of Hướng dẫn 02-HD/BTCTW was not found: the quarterly rules come from subordinate bodies’ documents (grade C), each with its source; where bodies differ it is an option with a default; the QĐ 366 Điều 11 conditions are copied from legal websites (grade A−); every reading of Tự Soi’s own says so.',
  },
};

/** A rule set's sources and how sure they are, from its own data. */
export interface RulesetProvenance {
  readonly id: string;
  readonly title: Message;
  /** The documents it encodes (its manifest's `source`). */
  readonly source: string;
  /** How far its text is checked. */
  readonly caveat: Message;
  /** How many of its rules have each grade, most first, with what the grade means. */
  readonly grades: readonly { readonly grade: Grade; readonly count: number; readonly name: Message }[];
}

/**
 * The provenance of a carried rule set (`qd366`, `q2026`): title, sources, caveat and its rules'
 * grades counted from its rule table. Undefined for an id this version does not carry.
 */
export function rulesetProvenance(id: string): RulesetProvenance | undefined {
  const set = RULESET_REGISTRY[id];
  if (set === undefined) return undefined;
  const counts = new Map<Grade, number>();
  for (const r of Object.values(set.rules)) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
  const order: readonly Grade[] = ['A', 'B', 'C', 'X'];
  const grades = [...counts]
    .sort(([a, x], [b, y]) => y - x || order.indexOf(a) - order.indexOf(b))
    .map(([grade, count]) => ({ grade, count, name: GRADE_NAMES[grade] }));
  const m = set.manifest;
  return {
    id,
    title: m.title,
    source: m.source,
    caveat: CAVEATS[id] ?? {
      vi: 'Mỗi quy tắc ghi nguồn và mức tin cậy của nguồn.',
      en: 'Each rule names its source and how sure that source is.',
    },
    grades,
  };
}
