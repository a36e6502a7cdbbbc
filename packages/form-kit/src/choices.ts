import { LEVEL_NAMES, LEVELS, type Level } from '@tusoi/rubric-core';
import { labelRank, normLabel } from './text';

// The names a portal may give each level: code, full name, short name, its usual number.
const SHORT: Record<Level, readonly [string, string]> = {
  HTXSNV: ['Xuất sắc', '1'],
  HTTNV: ['Tốt', '2'],
  HTNV: ['Hoàn thành', '3'],
  KHTNV: ['Không hoàn thành', '4'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The level a text names exactly (code, full or short name), or null. */
export function levelOf(text: string): Level | null {
  const t = text.trim();
  return (
    LEVELS.find((l) => l === t.toUpperCase() || aliasRank(t, LEVEL_NAMES[l].vi) || aliasRank(t, SHORT[l][0])) ?? null
  );
}

/**
 * Every way a portal may write a choice, best first: a level by its code, name, short name and
 * number; a quarter as "3", "III", "Quý 3", "Quý III"; anything else as itself.
 */
export function choiceAliases(key: string, value: string): string[] {
  const level = levelOf(value);
  // A short name ("Tốt") is a level only where a level is asked for.
  if (level && (/level|loai/i.test(key) || value === level || labelRank(value, LEVEL_NAMES[level].vi) >= 3))
    return [value, level, LEVEL_NAMES[level].vi, SHORT[level][0], SHORT[level][1]];
  const q = /quarter|quy/i.test(key) ? /^(?:quý\s*)?([1-4]|i{1,3}|iv)$/i.exec(value.trim()) : null;
  if (q?.[1]) {
    const n = /^\d$/.test(q[1]) ? Number(q[1]) : ROMAN.indexOf(q[1].toUpperCase()) + 1;
    const r = ROMAN[n - 1];
    return [value, String(n), `${r}`, `Quý ${n}`, `Quý ${r}`];
  }
  return [value];
}

const compact = (t: string) =>
  normLabel(t)[0]
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s_-]/g, '')
    .replace(/đ/g, 'd');

// Exact, normalised: "Hoàn thành nhiệm vụ (HTNV)" is "Hoàn thành nhiệm vụ" and "HTNV", never "Không hoàn thành…".
function aliasRank(text: string, alias: string): boolean {
  if (labelRank(text, alias) >= 3) return true;
  for (const m of text.matchAll(/\(([^)]+)\)/g)) if (normLabel(m[1] ?? '')[0] === normLabel(alias)[0]) return true;
  return false;
}

/** A choice as the page offers it. */
export interface Option {
  readonly text: string;
  readonly value: string;
}

/**
 * The option a wanted value names: for each alias in turn, the one option whose value or text is
 * exactly it (normalised); -1 when none; -2 when an alias names several (ambiguous, not guessed).
 */
export function pickOption(options: readonly Option[], aliases: readonly string[]): number {
  for (const alias of aliases) {
    // A bare number names an option's value only, never its position or text.
    const numeric = /^\d+$/.test(alias);
    const hits = options
      .map((o, i) =>
        o.value === alias ||
        (!numeric && (aliasRank(o.text, alias) || (o.value !== '' && compact(o.value) === compact(alias))))
          ? i
          : -1,
      )
      .filter((i) => i >= 0);
    if (hits.length === 1) return hits[0] as number;
    if (hits.length > 1) return -2;
  }
  return -1;
}
