import type { Result } from '@tusoi/rubric-core';

/** What {@link badgeText} gives for a quarter not rated (decision `unrated`, Q26-30). */
export const UNRATED = 'unrated';

/**
 * What a level badge says for a result: its level; the levels the competent level decides between
 * ("HTNV/KHTNV", decision `discretion`); {@link UNRATED} for a quarter not rated (Q26-30); or null
 * when there is no result (the draft's data is missing or wrong), which is never shown as "not rated".
 */
export function badgeText(r: Result | null | undefined): string | null {
  if (!r) return null;
  if (r.decision === 'unrated') return UNRATED;
  return r.level ?? (r.candidates.length > 0 ? r.candidates.join('/') : null);
}

/** The badge's words: a level or levels as they are; a quarter not rated; else "data missing". */
export function badgeWords(said: string | null, t: { readonly notRated: string; readonly incomplete: string }): string {
  if (said === UNRATED) return t.notRated;
  return said ?? t.incomplete;
}
