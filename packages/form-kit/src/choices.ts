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
  const q = isQuarter(key) ? quarterOf(value) : null;
  if (q && q.year === undefined) {
    const r = ROMAN[q.quarter - 1];
    return [value, String(q.quarter), `${r}`, `Quý ${q.quarter}`, `Quý ${r}`];
  }
  // A year as "2026" or "Năm 2026".
  if (/year/i.test(key) && /^\d{4}$/.test(value.trim())) return [value, `Năm ${value.trim()}`];
  return [value];
}

const isQuarter = (key: string) => /quarter|quy/i.test(key);
const plain = (t: string) =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();

/** The last year (19xx or 20xx) a text names: "Quý III/2026", "Năm 2026", "01/07–30/09/2026"; else undefined. */
export function yearOf(text: string): number | undefined {
  const all = text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
  return all ? Number(all[all.length - 1]) : undefined;
}

/** A quarter and, when the text names one, its year. */
export interface QuarterText {
  readonly quarter: number;
  readonly year?: number;
}

/**
 * The quarter a text names, as portals write it: "3", "III", "Quý 3", "Quý III", "Q3", each alone
 * or followed by its year or dates ("Quý III/2026", "Quý III năm 2026", "Quý 3 - 2026", "Q3/2026",
 * "Quý III (01/07–30/09/2026)"); null otherwise. "Quý II" is never "Quý III", "Quý 10" no quarter,
 * and a year's digits ("2026") never a quarter.
 */
export function quarterOf(text: string): QuarterText | null {
  const m = /^(?:(?:quy|q)\s*\.?\s*)?(iv|i{1,3}|[1-4])(?![\da-z])(.*)$/.exec(plain(text));
  if (!m?.[1]) return null;
  const quarter = /\d/.test(m[1]) ? Number(m[1]) : ROMAN.indexOf(m[1].toUpperCase()) + 1;
  const rest = (m[2] ?? '').trim();
  if (rest === '') return { quarter };
  // After the quarter: a separator or "năm", then its year or dates ("Quý 3 của Đảng ủy" is no quarter).
  if (!/^(?:[/\-–—,.:(]|nam\b)/.test(rest)) return null;
  const year = yearOf(rest);
  return year === undefined ? { quarter } : { quarter, year };
}

/** A quarter in the words quarterly forms print: "Quý III/2026" ("Quý III" without a year). */
export const quarterText = (quarter: number, year?: number): string =>
  `Quý ${ROMAN[quarter - 1] ?? quarter}${year === undefined ? '' : `/${year}`}`;

/** The year `value` or `aliases` name with a quarter (the draft's year, see `planFromMap`). */
export const wantedYear = (texts: readonly string[]) =>
  texts.map((t) => quarterOf(t)?.year).find((y) => y !== undefined);

/**
 * The option a draft's quarter or year names, read by meaning: for a quarter, the option of that
 * quarter (of the draft's year, where options name years: "Quý III/2025" is not the 2026 draft's);
 * for a year, the option that is that year ("2026", "Năm 2026"). -1 none, -2 several; null when
 * the options are no such list (then the words decide, see `pickChoice`).
 */
function pickPeriod(options: readonly Option[], key: string, value: string, aliases: readonly string[]): number | null {
  let hits: number[];
  if (isQuarter(key)) {
    const want = quarterOf(value);
    if (!want) return null;
    const year = wantedYear([value, ...aliases]);
    const read = options.map((o) => quarterOf(o.text) ?? (o.text.trim() === '' ? quarterOf(o.value) : null));
    if (!read.some(Boolean)) return null;
    hits = read.flatMap((q, i) => (q?.quarter === want.quarter ? [i] : []));
    // Of the draft's year, else one that names none; without the draft's year, any (several: ambiguous).
    const ofYear = hits.filter((i) => read[i]?.year === year);
    if (year !== undefined) hits = ofYear.length > 0 ? ofYear : hits.filter((i) => read[i]?.year === undefined);
  } else if (/year/i.test(key) && /^\d{4}$/.test(value.trim())) {
    const read = options.map((o) => /^(?:năm\s*)?(\d{4})$/i.exec(o.text.trim())?.[1]);
    if (!read.some(Boolean)) return null;
    hits = read.flatMap((y, i) => (y === value.trim() ? [i] : []));
  } else return null;
  return hits.length === 1 ? (hits[0] as number) : hits.length > 1 ? -2 : -1;
}

/**
 * The option that writes `value` of the draft's field `key`: a quarter or year by meaning (see
 * `pickPeriod`), anything else by its words (see `pickOption`).
 */
export function pickChoice(
  options: readonly Option[],
  key: string,
  value: string,
  aliases: readonly string[] = [],
): number {
  return pickPeriod(options, key, value, aliases) ?? pickOption(options, [...choiceAliases(key, value), ...aliases]);
}

/**
 * Whether a page's text and the draft's value are one period (the quarter, or the year): "III",
 * "Quý 3" and "3" are one quarter; where both name a year, it must be the same. null when the
 * page's text names no quarter (or year).
 */
export function samePeriod(key: string, shown: string, value: string, aliases: readonly string[] = []): boolean | null {
  if (isQuarter(key)) {
    const page = quarterOf(shown);
    const want = quarterOf(value);
    if (!page || !want) return null;
    const year = wantedYear([value, ...aliases]);
    return page.quarter === want.quarter && (page.year === undefined || year === undefined || page.year === year);
  }
  const page = /year/i.test(key) ? yearOf(shown) : undefined;
  return page === undefined ? null : page === yearOf(value);
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
