import { deepFreeze } from '../../internal/frozen.js';
import type { Grade, RuleInfo } from '../../ruleset/ruleset.js';
import type { Citation } from '../../schemas/result.js';

export type { Grade, RuleInfo };

const QD = 'QĐ 366-QĐ/TW';

function rule(id: string, cite: string, grade: Grade): RuleInfo {
  return { id, cite, grade };
}

/** The rules of the qd366 ruleset that classify and applyQuota cite, by id. */
export const QD366_RULES = /* @__PURE__ */ deepFreeze({
  'R366-02': rule('R366-02', `${QD}, Điều 10 và Phụ lục 1–5`, 'A'),
  'R366-05': rule('R366-05', `${QD}, Điều 11, khoản 1`, 'A'),
  'R366-06': rule('R366-06', `${QD}, Điều 11, khoản 2`, 'A'),
  'R366-07': rule('R366-07', `${QD}, Điều 11, khoản 3`, 'A'),
  'R366-08': rule('R366-08', `${QD}, Điều 11, khoản 4`, 'A'),
  'R366-09': rule('R366-09', `${QD}, Điều 11, khoản 1, điểm 1.1`, 'A'),
  'R366-10': rule('R366-10', `${QD}, Điều 11, khoản 1, điểm 1.2`, 'A'),
  'R366-11': rule('R366-11', `${QD}, Điều 11, khoản 1, điểm 1.3`, 'A'),
  'R366-12': rule('R366-12', `${QD}, Điều 11, khoản 1, điểm 1.4`, 'A'),
  'R366-13': rule('R366-13', `${QD}, Điều 11, khoản 1, điểm 1.5`, 'A'),
  'R366-14': rule('R366-14', `${QD}, Điều 11, khoản 2`, 'A'),
  'R366-15': rule('R366-15', `${QD}, Điều 11, khoản 2`, 'A'),
  'R366-16': rule('R366-16', `${QD}, Điều 11, khoản 2`, 'A'),
  'R366-17': rule('R366-17', `${QD}, Điều 11, khoản 3`, 'A'),
  'R366-18': rule('R366-18', `${QD}, Điều 11, khoản 4`, 'A'),
  'R366-19': rule('R366-19', `${QD}, Điều 11, khoản 4`, 'A'),
  'R366-20': rule('R366-20', `${QD}, Điều 11, khoản 4`, 'A'),
  'R366-21': rule('R366-21', `${QD}, Điều 11 (cách hiểu của Tự Soi)`, 'X'),
} as const satisfies Record<string, RuleInfo>);

/**
 * The parts of a citation such as `QĐ 366-QĐ/TW, Điều 11, khoản 1, điểm 1.5` (memoised; display text
 * stays `cite`). Commas and semicolons inside parentheses do not split; a citation of several
 * documents (`A, tr.9; B, Mục 3`) gives the first document's parts and keeps the others in `note`.
 */
export function citationOf(cite: string): Citation {
  let parsed = citations.get(cite);
  if (parsed === undefined) {
    const [first = cite, ...others] = splitTop(cite, '; ');
    const [doc = first, ...parts] = splitTop(first, ', ');
    const out: { doc: string; article?: string; clause?: string; point?: string; note?: string } = { doc };
    const notes: string[] = [];
    for (const part of parts) {
      const m = /^(Điều|khoản|điểm) ([0-9.]+)(.*)$/.exec(part);
      const key = m ? ({ Điều: 'article', khoản: 'clause', điểm: 'point' } as const)[m[1] as 'Điều'] : undefined;
      if (m && key && out[key] === undefined) {
        out[key] = m[2] as string;
        if ((m[3] as string).trim() !== '') notes.push((m[3] as string).trim());
      } else notes.push(part);
    }
    const note = [notes.join(', '), ...others].filter((x) => x !== '').join('; ');
    if (note !== '') out.note = note;
    parsed = out;
    citations.set(cite, parsed);
  }
  return parsed;
}

/** Splits at `sep` where no parenthesis is open. */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const citations = new Map<string, Citation>();

/** A rule id of the qd366 ruleset. */
export type RuleId = keyof typeof QD366_RULES;

/** Citation of the mitigation paragraph that follows each list of Điều 11 khoản 4. */
export const MITIGATION_CITE = `${QD}, Điều 11, khoản 4 (đoạn "cấp có thẩm quyền ... xem xét, đánh giá, xếp loại")`;
