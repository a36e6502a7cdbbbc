// Text folding for search: compares Vietnamese text the way people expect, not byte by byte.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g; // huyền, sắc, ngã, hỏi, nặng
const MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for comparison: NFC/NFD-proof, lower case, one tone mark per word moved to the end
 * of the word (so "hoá" = "hóa", "thuỷ" = "thủy"), straight and curly quotes removed, every dash
 * a hyphen with no spaces around it, "Marx"/"Lenin" spelt "Mác"/"Lênin", white space collapsed.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[“”„‟"'‘’«»]/g, '')
    .replace(/\s*[-‐‑‒–—―]\s*/g, '-')
    .replace(/\bmarx\b/g, 'ma\u0301c')
    .replace(/\blenin\b/g, 'le\u0302nin')
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tones = word.match(TONES);
      return tones ? word.replace(TONES, '') + tones.join('') : word;
    })
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Removes every diacritic (and đ → d): for queries typed without them. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Whether a (folded) query carries any Vietnamese diacritic. */
export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}
