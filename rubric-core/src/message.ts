/** A message in Vietnamese (first) and English. */
export interface Message {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/** A display language. */
export type Lang = 'vi' | 'en';

/** Formats a number the Vietnamese way (decimal comma) or the English way. */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
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

/** A share as a percentage with at most one decimal, for display only (rules compare exactly). */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '—';
  return `${formatNumber(Math.round((part / whole) * 1000) / 10, lang)}%`;
}
