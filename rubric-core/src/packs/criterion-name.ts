import type { Lang } from '../message.js';

/** What a pack's criterion without verified wording says instead of the text ("Tiêu chí 1.2 (…)"). */
export const UNVERIFIED_VI = 'nguyên văn chưa được xác minh';
const UNVERIFIED_EN = 'wording not verified';

/** At most this many characters of a criterion's wording in a short name (see {@link shortWording}). */
export const SHORT_WORDING_MAX = 48;

/** A criterion as packs of either version give it: id, wording, optional English gloss. */
export interface WordedCriterion {
  readonly id: string;
  readonly vi: string;
  readonly en?: string | undefined;
}

// The criterion's number in its appendix is the id's numeric tail ("pl4-1.10" → "1.10"), as the
// extension's tables show it; an id without one has no number.
const CODE = /(\d+(?:\.\d+)*)$/;
const PLACEHOLDER = /* @__PURE__ */ new RegExp(`^Tiêu chí (\\d+(?:\\.\\d+)*) \\(${UNVERIFIED_VI}\\)$`);
// The end of the first clause: ";", ":", "." or an ellipsis followed by a space or the end ("1.1" is no end).
const CLAUSE_END = /\s*(?:\.\.\.|…|[.;:])(?=\s|$)/;
const TRAILING = /[\s,;:.\-–—]+$/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A criterion's number in its appendix: the id's numeric tail (`"pl4-1.10"` → `"1.10"`), as the
 * score tables print it; `undefined` for an id without one (`"honesty"`).
 */
export function criterionNumber(id: string): string | undefined {
  return CODE.exec(id)?.[1];
}

/**
 * The number of a criterion the pack has no verified wording for: its wording is the placeholder
 * `Tiêu chí N (nguyên văn chưa được xác minh)` (built-in packs write it so), which gives `N`; any other
 * wording gives `undefined`. A placeholder is not legal text, so callers may word it in the reader's language.
 */
export function unverifiedNumber(vi: string): string | undefined {
  const m = PLACEHOLDER.exec(vi);
  return m?.[1];
}

/**
 * A criterion's wording cut to its first clause and at most {@link SHORT_WORDING_MAX} characters
 * (at a word boundary), with "…" when anything was left out. Deterministic: the same text gives the
 * same words. Why so short: a reason names every K/AD criterion in one line of the side panel and
 * of the printed review, next to the table that holds the full wording; the opening words are what
 * tell criteria apart ("Gần gũi, sâu sát với cơ sở…"). Commas do not end the clause: many criteria
 * open with a list ("Có quan điểm, bản lĩnh chính trị…").
 */
export function shortWording(text: string): string {
  const full = text.normalize('NFC').trim();
  const end = CLAUSE_END.exec(full);
  let s = (end === null ? full : full.slice(0, end.index)).replace(TRAILING, '');
  // Cut when more follows the clause, or the wording itself ends in an ellipsis (already shortened).
  const rest = end === null ? '' : full.slice(end.index).trim();
  let cut = rest !== '' && rest !== '.' && rest !== ';' && rest !== ':';
  const chars = Array.from(s);
  if (chars.length > SHORT_WORDING_MAX) {
    const head = chars.slice(0, SHORT_WORDING_MAX + 1).join('');
    const space = head.lastIndexOf(' ');
    // One long word: cut by characters (code points, so no letter is split).
    s = (space > 0 ? head.slice(0, space) : chars.slice(0, SHORT_WORDING_MAX).join('')).replace(TRAILING, '');
    cut = true;
  }
  return cut ? `${s}…` : s;
}

/**
 * A criterion named in a sentence, short: its number and the opening of its wording in quotes
 * (`1.10 "Gần gũi, sâu sát với cơ sở…"`), the English gloss in `en` when the pack has one, else the
 * Vietnamese wording. A criterion the pack has no verified wording for says so in the language
 * asked (`1.9 (nguyên văn chưa được xác minh)`, `1.9 (wording not verified)`), with its gloss's
 * opening in English when there is one. A criterion whose id has no numeric tail is its wording alone.
 * Used by the K/AD reason (Q26-21, rulesets/q2026); the id itself never shows.
 */
export function criterionShortName(c: WordedCriterion, lang: Lang): string {
  const code = criterionNumber(c.id);
  const no = code === undefined ? '' : `${code} `;
  const unverified = code !== undefined && unverifiedNumber(c.vi) === code;
  const gloss = lang === 'en' && c.en !== undefined ? withoutNumber(c.en, code, unverified) : undefined;
  if (unverified) {
    if (lang === 'vi') return `${code} (${UNVERIFIED_VI})`;
    return gloss === undefined || gloss === ''
      ? `${code} (${UNVERIFIED_EN})`
      : `${code} (${UNVERIFIED_EN}; gloss "${shortWording(gloss)}")`;
  }
  return `${no}"${shortWording(gloss ?? withoutNumber(c.vi, code, false))}"`;
}

/**
 * The wording without a leading repeat of the number ("Tiêu chí 1.2: …", "1.2. …"), which the
 * short name already gives; for a gloss of unverified wording, also the note in brackets after it
 * ("Item 1.1 (topic gloss, not the text): …"), which the short name says in its own words.
 */
function withoutNumber(text: string, code: string | undefined, unverified: boolean): string {
  if (code === undefined) return text;
  const note = unverified ? '(?:\\([^)]*\\))?\\s*' : '';
  const lead = new RegExp(`^(?:(?:Tiêu chí|Criterion|Item)\\s+)?${escapeRegExp(code)}(?:[.:)]|\\s)\\s*${note}:?\\s*`);
  const rest = text.trim().replace(lead, '');
  return rest === '' ? text : rest;
}
