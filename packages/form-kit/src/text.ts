import { foldText, hasDiacritics, stripDiacritics } from '@tusoi/rubric-core';

// Folding is pure and label texts repeat across lookups: remember them.
const cache = new Map<string, readonly [string, string]>();

/**
 * A label as a person reads it: case, tone placement and NFC/NFD folded; a leading section number
 * ("1.", "1.1", "II.", "a)") and trailing stars/colons dropped. Returns the full text and the text
 * without hints in brackets ("(tối đa 30 điểm)").
 */
export function normLabel(text: string): readonly [full: string, bare: string] {
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size > 20_000) cache.clear();
    const full = foldText(text)
      .replace(/^(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+(?=\S)/, '')
      .replace(/[\s:*]+$/, '')
      .trim();
    const bare = full
      .replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ')
      .replace(/[\s:*,;]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    out = [full, bare];
    cache.set(text, out);
  }
  return out;
}

// A wanted text typed without diacritics is compared with page text stripped of them too.
const plain = new Map<string, readonly [string, string]>();
export const stripped = (text: string) => {
  let out = plain.get(text);
  if (out === undefined) {
    if (plain.size > 20_000) plain.clear();
    const [t, tb] = normLabel(text);
    out = [stripDiacritics(t), stripDiacritics(tb)];
    plain.set(text, out);
  }
  return out;
};
const bareWanted = new Map<string, boolean>();
export const typedPlain = (w: string) => {
  let out = bareWanted.get(w);
  if (out === undefined) {
    out = !hasDiacritics(w);
    bareWanted.set(w, out);
  }
  return out;
};

const BOUNDARY = /^[\s,.:;(/–-]/;

/**
 * Whether a label is the wanted phrase with a word or two a person reads past before it ("Điểm
 * nhóm tiêu chí chung" for "Nhóm tiêu chí chung"): whole words, at most two, and fewer than half
 * the phrase's own words, so a short label never matches inside a longer one ("Sinh hoạt chi bộ"
 * is not "Chi bộ"), nor a long one inside a sentence.
 */
export function leadWords(text: string, wanted: string): boolean {
  const words = wanted.split(' ').length;
  const at = text.indexOf(` ${wanted}`);
  if (at < 0) return false;
  const lead = text.slice(0, at).split(' ').length;
  const rest = text.slice(at + 1 + wanted.length);
  return lead <= 2 && lead * 2 < words && (rest === '' || BOUNDARY.test(rest));
}

/**
 * How well a text matches a wanted label: 4 equal, 3 equal without bracket hints, 2 starts with it
 * as whole words or is it after a leading word or two (see {@link leadWords}), 0 not.
 */
export function labelRank(text: string, wanted: string): number {
  let [t, tb] = normLabel(text);
  let [w, wb] = normLabel(wanted);
  if (w === '') return 0;
  if (typedPlain(w)) {
    [t, tb] = stripped(text);
    [w, wb] = stripped(wanted);
  }
  if (t === w) return 4;
  // Equal once a hint in brackets is set aside, on one side only (a hint the wanted text names must match).
  if ((tb === w || t === wb) && w !== '' && wb !== '') return 3;
  // A prefix counts only when it ends at a word boundary: "Tổng điểm" is not "Tổng điểm nhóm…"'s
  // only reading, but "Chi" is never "Chi bộ", and a phrase in the middle never matches.
  if (t.startsWith(w) && BOUNDARY.test(t.slice(w.length))) return 2;
  return leadWords(t, w) || (tb !== t && leadWords(tb, w)) ? 2 : 0;
}

/** Compares label texts the way people read them (see {@link labelRank}); never a bare substring. */
export function textMatches(text: string, wanted: string): 'exact' | 'start' | null {
  const r = labelRank(text, wanted);
  return r >= 3 ? 'exact' : r === 2 ? 'start' : null;
}

/** Whether a page is written in Vietnamese (its lang, else its own words). */
export function isVietnamese(doc: Document): boolean {
  const lang = doc.documentElement.lang;
  if (lang) return /^vi\b/i.test(lang);
  return /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(
    (doc.title + (doc.body?.textContent ?? '').slice(0, 2000)).normalize('NFC'),
  );
}
