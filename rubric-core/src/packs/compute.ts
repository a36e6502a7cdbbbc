import { fromMicro, toMicro } from '../decimal.js';
import { type InputIssue, TusoiInputError } from '../errors.js';
import { textKey } from '../internal/key.js';
import type { Answer } from '../schemas/quarterly.js';
import type { Criterion, Pack } from './pack.js';

/** Every criterion of a pack with its group, in order. */
export function packCriteria(pack: Pack): { group: 'general' | 'results'; criterion: Criterion }[] {
  const out: { group: 'general' | 'results'; criterion: Criterion }[] = [];
  for (const group of ['general', 'results'] as const) {
    // Indexed loops: a built-in pack's arrays are frozen (V8 steps a for-of over one through a call per element).
    for (let si = 0; si < pack[group].sections.length; si++) {
      const criteria = (pack[group].sections[si] as Pack['general']['sections'][number]).criteria;
      for (let ci = 0; ci < criteria.length; ci++)
        out.push({ group, criterion: criteria[ci] as (typeof criteria)[number] });
    }
  }
  return out;
}

/** One criterion's score. */
export interface ItemScore {
  readonly id: string;
  readonly group: 'general' | 'results';
  readonly max: number;
  readonly points: number;
}

/** Group totals computed from a pack. */
export interface Scores {
  readonly general: number;
  readonly results: number;
  readonly total: number;
  /** Every criterion's points, in pack order (unscored criteria count 0 and are listed in `missing`). */
  readonly items: readonly ItemScore[];
  /** Criteria with no value yet. */
  readonly missing: readonly string[];
}

/**
 * The values of a pack's criteria: points, or true (đảm bảo = max) / false (không đảm bảo = 0), or an
 * answer object of tusoi.assessment/2 (met = max, notMet = its points or 0; K/AD needs a tusoi.pack/2).
 */
export type ItemValues = Readonly<Record<string, number | boolean | Answer>>;

/** What {@link scoreItems} found: the scores when every value could be read, and every problem. */
export interface ItemsCheck {
  /** The computed scores; undefined when a value was not readable (see `readable`) or a problem was found. */
  readonly scores: Scores | undefined;
  /** Every problem found, paths `items.<id>`. */
  readonly issues: InputIssue[];
}

/**
 * Checks a pack's criteria values and computes both group totals, exactly, reporting every problem
 * at once. `readable(value)` says which values have a usable shape: the others (already reported by
 * the field checks) are skipped, neither checked nor counted missing, and no scores are returned.
 */
export function scoreItems(
  pack: Pack,
  values: Readonly<Record<string, unknown>>,
  readable: (value: unknown) => boolean = () => true,
): ItemsCheck {
  const issues: InputIssue[] = [];
  const items: ItemScore[] = [];
  const missing: string[] = [];
  const known = new Set<string>();
  const sums = { general: 0, results: 0 };
  let skipped = false;
  // Keys compared after NFC and trimming; own keys only ("toString" is a criterion id like any other).
  const byKey = new Map<string, unknown>();
  for (const key of Object.keys(values)) {
    const k = textKey(key);
    if (byKey.has(k))
      issues.push({
        code: 'duplicate-id',
        path: `items.${key}`,
        message: { vi: `tiêu chí "${k}" xuất hiện hai lần`, en: `criterion "${k}" appears twice` },
      });
    byKey.set(k, values[key]);
  }
  for (const { group, criterion: c } of packCriteria(pack)) {
    const id = textKey(c.id);
    known.add(id);
    const raw = byKey.get(id);
    if (raw !== undefined && !readable(raw)) {
      skipped = true;
      continue;
    }
    const answer = raw as number | boolean | Answer | undefined;
    let micro = 0;
    if (typeof answer === 'object' && answer.answer === 'notApplicable') {
      issues.push({
        code: 'not-applicable-needs-pack2',
        path: `items.${c.id}`,
        message: {
          vi: '"K/AD" (không áp dụng) cần bảng chấm điểm tusoi.pack/2 nêu cách xử lý trọng số',
          en: 'K/AD (not applicable) needs a tusoi.pack/2 pack that says how its weight is handled',
        },
      });
      items.push({ id: c.id, group, max: c.max, points: 0 });
      continue;
    }
    const value = typeof answer === 'object' ? (answer.answer === 'met' ? true : (answer.points ?? false)) : answer;
    if (value === undefined) missing.push(c.id);
    else if (typeof value === 'boolean') micro = value ? toMicro(c.max) : 0;
    else {
      micro = toMicro(value);
      const allowed =
        !Object.is(value, -0) &&
        (c.mode === 'binary' ? micro === 0 || micro === toMicro(c.max) : micro >= 0 && micro <= toMicro(c.max));
      if (Number.isNaN(micro) || !allowed) {
        issues.push({
          code: c.mode === 'binary' ? 'binary-value' : 'points-range',
          path: `items.${c.id}`,
          message:
            c.mode === 'binary'
              ? {
                  vi: `tiêu chí "đảm bảo / không đảm bảo": chỉ nhận ${c.max} hoặc 0 (nhận ${value})`,
                  en: `a met / not-met criterion takes ${c.max} or 0 (got ${value})`,
                }
              : {
                  vi: `điểm phải từ 0 đến ${c.max}, tối đa 6 chữ số thập phân (nhận ${value})`,
                  en: `points must be 0 to ${c.max}, at most 6 decimals (got ${value})`,
                },
        });
        micro = 0;
      }
    }
    sums[group] += micro;
    items.push({ id: c.id, group, max: c.max, points: fromMicro(micro) });
  }
  for (const key of Object.keys(values)) {
    if (!known.has(textKey(key)))
      issues.push({
        code: 'unknown-criterion',
        path: `items.${key}`,
        message: {
          vi: `bảng "${pack.id}" không có tiêu chí "${key}"`,
          en: `pack "${pack.id}" has no criterion "${key}"`,
        },
      });
  }
  if (issues.length > 0 || skipped) return { scores: undefined, issues };
  return {
    scores: {
      general: fromMicro(sums.general),
      results: fromMicro(sums.results),
      total: fromMicro(sums.general + sums.results),
      items,
      missing,
    },
    issues,
  };
}

/**
 * Computes both group totals from a scoring pack, exactly (ten 0.1-point items total 1).
 *
 * @throws {TusoiInputError} For an unknown or repeated criterion, points outside [0, max], a binary
 *   criterion given anything but 0 or its max, or more than 6 decimal places: every one at once,
 *   each issue naming `items.<id>`.
 */
export function computeScores(pack: Pack, values: ItemValues): Scores {
  const { scores, issues } = scoreItems(pack, values);
  if (scores === undefined) throw new TusoiInputError(issues);
  return scores;
}
