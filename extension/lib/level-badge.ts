import type { Result } from '@tusoi/rubric-core';

/**
 * What a level badge says for a result: its level; the levels the competent level decides between
 * ("HTNV/KHTNV", decision `discretion`); or null when there is no level to show: a quarter not rated
 * (decision `unrated`, Q26-30) or no result (the draft cannot be classified yet).
 */
export function badgeText(r: Result | null | undefined): string | null {
  if (!r) return null;
  return r.level ?? (r.candidates.length > 0 ? r.candidates.join('/') : null);
}
