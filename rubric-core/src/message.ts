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

/** A share as a percentage with at most one decimal, for display only (rules compare exactly). */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '—';
  return `${formatNumber(Math.round((part / whole) * 1000) / 10, lang)}%`;
}
