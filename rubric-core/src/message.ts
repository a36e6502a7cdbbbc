/** A message in Vietnamese (first) and English. */
export interface Message {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/** A display language. */
export type Lang = 'vi' | 'en';

// Both texts of recent non-integer values, by their signed millionths: scores repeat (each is
// rounded to its pack's step) and writing them is most of the cost of a reason. Bounded.
const TEXTS = new Map<number, Message>();
const TEXTS_KEPT = 4096;

/**
 * A value of at most 6 decimals below 1e9 that is not whole, written both ways; undefined for any
 * other number. Written from its whole millionths, which is the text String() gives (below 1e9
 * two such decimals are further apart than a double's spacing, so the shortest round-trip text is
 * this one) without the costly double-to-text conversion.
 */
function decimalTexts(value: number): Message | undefined {
  const abs = value < 0 ? -value : value;
  if (!(abs < 1e9)) return undefined;
  const m = Math.round(abs * 1_000_000);
  if (m / 1_000_000 !== abs) return undefined;
  const key = value < 0 ? -m : m;
  let texts = TEXTS.get(key);
  if (texts === undefined) {
    const whole = Math.floor(abs);
    const digits = String(m - whole * 1_000_000 + 1_000_000);
    let end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end--;
    const head = `${value < 0 ? '-' : ''}${whole}`;
    const tail = digits.slice(1, end);
    texts = Object.freeze({ vi: `${head},${tail}`, en: `${head}.${tail}` });
    if (TEXTS.size >= TEXTS_KEPT) TEXTS.clear();
    TEXTS.set(key, texts);
  }
  return texts;
}

/** Formats a number the Vietnamese way (decimal comma) or the English way: `String(value)`, with a comma for vi. */
export function formatNumber(value: number, lang: Lang): string {
  if (Number.isSafeInteger(value)) return String(value);
  const texts = decimalTexts(value);
  if (texts !== undefined) return lang === 'vi' ? texts.vi : texts.en;
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A number written both ways at once: `{ vi: formatNumber(value, 'vi'), en: formatNumber(value, 'en') }` (shared, frozen). */
export function formatNumberBoth(value: number): Message {
  const texts = Number.isSafeInteger(value) ? undefined : decimalTexts(value);
  return texts ?? Object.freeze({ vi: formatNumber(value, 'vi'), en: formatNumber(value, 'en') });
}

/**
 * Reads a number typed the Vietnamese way ("27,5") or the English way ("27.5"): an optional
 * minus, digits, and at most one decimal separator (comma or point). A comma is never a
 * thousands separator, so "1,000" is 1. Returns undefined for anything else ("27,5,1", "1.000,5",
 * "27 5", "1e3", ""); the inverse of {@link formatNumber}.
 */
export function parseNumber(text: string): number | undefined {
  const m = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) return undefined;
  return Number(`${m[1]}${m[2] || '0'}.${m[3] || '0'}`);
}

/**
 * A share as a percentage with one decimal, for display only (rules compare exactly). A value that
 * would round to a whole percentage it is not (29.9999…% to "30%", 20.04% to "20%") is shown by its
 * true leading digits, up to the first non-zero decimal, with "…" ("29,9…%", "20,04…%"), so that the
 * figure never contradicts the comparison beside it. Exact on whole numbers (BigInt, even near 2^53).
 */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '—';
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0)
    return `${formatNumber(Math.round((part / whole) * 1000) / 10, lang)}%`;
  const den = BigInt(whole);
  const tenths = (BigInt(part) * 1000n) / den;
  const rest = (BigInt(part) * 1000n) % den;
  const rounded = tenths + (2n * rest >= den ? 1n : 0n);
  const exactWhole = rest === 0n && tenths % 10n === 0n;
  if (rounded % 10n !== 0n || exactWhole) return `${formatNumber(Number(rounded) / 10, lang)}%`;
  // Leading digits up to the first non-zero decimal (at most 15), then "…".
  let rem = (BigInt(part) * 100n) % den;
  let digits = '';
  while (digits.length < 15) {
    rem *= 10n;
    const digit = rem / den;
    rem %= den;
    digits += String(digit);
    if (digit !== 0n || rem === 0n) break;
  }
  const int = (BigInt(part) * 100n) / den;
  return `${int}${lang === 'vi' ? ',' : '.'}${digits}${rem === 0n ? '' : '…'}%`;
}

/**
 * The levels the competent level chooses among, as a list: two as "A và B" / "A and B"; more as
 * "A, B, C và D" / "A, B, C or D" (never "A and B and C").
 */
export function formatChoices(items: readonly string[], lang: Lang): string {
  if (items.length <= 2) return items.join(lang === 'vi' ? ' và ' : ' and ');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'or'} ${last}`;
}
