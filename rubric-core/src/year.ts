import { type ClassifyOptions, resolveOptions, runRuleset } from './classify-with.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { textKey } from './internal/key.js';
import type { Pack } from './packs/pack.js';
import type { Pack2 } from './packs/quarterly-pack.js';
import { issuesPastFields, wellShapedRest } from './past-fields.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import { type UnratedCase, unratedCases } from './rulesets/q2026/facts.js';
import { quarterPolicy } from './rulesets/q2026/policy.js';
import { hasScore } from './rulesets/q2026/unrated.js';
import { countedQuarters, meanScore, yearFromQuarters } from './rulesets/q2026/year.js';
import type { Assessment } from './schemas/assessment.js';
import { ASSESSMENT_FORMAT_2, type QuarterSummary } from './schemas/quarterly.js';
import type { Result, Warning } from './schemas/result.js';
import { parseAssessment } from './validate.js';

type YearQuarter = NonNullable<Result['year']>['quarters'][number];

/**
 * A quarter's result as the year carries it. A quarter not rated (Q26-30) carries no scores, even when
 * it was scored: the year never weighs it, and an annual assessment's `quarters` refuse a total there
 * (`quarter-unrated-with-total`).
 */
export function quarterSummary(quarter: number, r: Result): QuarterSummary {
  if (r.decision === 'unrated') return { quarter, level: null, unrated: true };
  return { quarter, level: r.level, general: r.score.general, results: r.score.results, total: r.score.total };
}

/** classify's options, and the packs the quarters may be scored by. */
export interface ClassifyYearOptions extends ClassifyOptions {
  /**
   * Packs an input's `criteria.pack` may name beyond the built-in ones (a user's own tusoi.pack/2 for
   * the quarters, tusoi.pack/1 for the annual review, as the extension keeps them): each input is
   * scored by the one whose id it names (ids compared after NFC and trimming; a given pack wins over
   * a built-in of the same id). Ignored when `pack` is given, which scores every input.
   */
  readonly packs?: readonly (Pack | Pack2)[];
}

/** The pack of `packs` an input's `criteria.pack` names, if any. */
function packNamed(a: Assessment, packs: readonly (Pack | Pack2)[] | undefined): Pack | Pack2 | undefined {
  const id = a.criteria?.pack;
  if (packs === undefined || id === undefined) return undefined;
  const key = textKey(id);
  return packs.find((p) => typeof p?.id === 'string' && textKey(p.id) === key);
}

/**
 * Rolls a year's quarterly assessments (and, if given, its annual self-review) into the annual
 * result with reasons: each quarter is classified (rule set q2026), then the annual assessment is
 * classified carrying those quarters (Q26-33…36), or, without one, the year follows from the quarters
 * alone (`yearMode: mean`: the bands of the mean; `no-average`, the default: the competent level decides
 * among the levels the quarter rules leave).
 *
 * @param inputs Assessments of one subject and year: quarters (period.quarter set) and at most one annual.
 * @param withPacks classify's options (policy, pack, reasons) for every input; `packs`, the packs the
 *   inputs may name (see {@link ClassifyYearOptions.packs}).
 * @param names How to name each input in error paths (file names in the CLI); default `[i]`.
 * @returns The year's result; a subject named differently in some inputs gets a `SUBJECT_NAME_MISMATCH`
 *   warning, never an error (a name may be typed two ways).
 * @throws {TusoiInputError} A bad input (paths prefixed with its name), no quarter, several years or
 *   subject kinds (`year-mismatch`, `kind-mismatch`), two annual assessments, a quarter given twice;
 *   `options.packs` not a list; a pack it names that is not valid (named as the quarter's `options.pack`).
 */
export function classifyYear(
  inputs: readonly unknown[],
  withPacks?: ClassifyYearOptions,
  names?: readonly string[],
): Result {
  const name = (i: number) => names?.[i] ?? `[${i}]`;
  // classify's options without `packs` (its options schema is strict); unchanged when there is none.
  let options: ClassifyOptions | undefined = withPacks;
  let packs: ClassifyYearOptions['packs'];
  if (withPacks !== undefined && 'packs' in withPacks) {
    const { packs: given, ...rest } = withPacks;
    options = rest;
    packs = given;
  }
  if (packs !== undefined && !Array.isArray(packs))
    throw new TusoiInputError([
      {
        code: 'type',
        path: 'options.packs',
        message: { vi: 'phải là một danh sách bảng chấm điểm', en: 'must be a list of scoring packs' },
      },
    ]);
  const issues: InputIssue[] = [];
  const parsed: { a: Assessment; i: number }[] = [];
  const policy = resolveOptions(options);
  // An input with bad fields still takes part in the cross-input checks (a quarter given twice…)
  // through its well-shaped rest, so that every problem comes in one pass.
  const rests: { a: Assessment; i: number }[] = [];
  inputs.forEach((input, i) => {
    try {
      parsed.push({ a: parseAssessment(input), i });
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      for (const issue of issuesPastFields(input, e.issues, options, policy))
        issues.push({ ...issue, path: `${name(i)}${issue.path ? `.${issue.path}` : ''}` });
      const rest = wellShapedRest(input, e.issues);
      if (rest !== undefined) rests.push({ a: rest, i });
    }
  });
  if (parsed.length === 0 && rests.length === 0 && issues.length > 0) throw new TusoiInputError(issues);
  if (parsed.length === 0 && rests.length === 0)
    throw new TusoiInputError([
      {
        code: 'quarters-missing',
        path: '',
        message: { vi: 'cần ít nhất một bản đánh giá quý', en: 'at least one quarterly assessment is needed' },
      },
    ]);
  const all = [...parsed, ...rests].sort((x, y) => x.i - y.i);
  const first = all[0] as { a: Assessment; i: number };
  const annual = all.filter((p) => p.a.period.quarter === undefined);
  const quarters = parsed.filter((p) => p.a.period.quarter !== undefined);
  const seen = new Map<number, number>();
  for (const p of all) {
    if (p.a.period.year !== first.a.period.year)
      issues.push({
        code: 'year-mismatch',
        path: `${name(p.i)}.period.year`,
        message: {
          vi: `năm ${p.a.period.year} khác năm ${first.a.period.year} của các bản khác`,
          en: `year ${p.a.period.year} differs from the others' ${first.a.period.year}`,
        },
      });
    if (p.a.subject.kind !== first.a.subject.kind)
      issues.push({
        code: 'kind-mismatch',
        path: `${name(p.i)}.subject.kind`,
        message: {
          vi: `đối tượng "${p.a.subject.kind}" khác "${first.a.subject.kind}" của các bản khác`,
          en: `kind "${p.a.subject.kind}" differs from the others' "${first.a.subject.kind}"`,
        },
      });
    const q = p.a.period.quarter;
    if (q !== undefined) {
      if (seen.has(q))
        issues.push({
          code: 'quarter-duplicate',
          path: `${name(p.i)}.period.quarter`,
          message: { vi: `quý ${q} bị trùng`, en: `quarter ${q} is given twice` },
        });
      seen.set(q, p.i);
    }
  }
  if (annual.length > 1)
    for (const p of annual.slice(1))
      issues.push({
        code: 'annual-duplicate',
        path: `${name(p.i)}.period`,
        message: { vi: 'chỉ được một bản đánh giá cả năm', en: 'only one annual assessment may be given' },
      });
  const yearly = annual[0];
  // Quarters written in the annual file and quarter files too: which to take is not guessed. The
  // annual file alone, its quarters inside, is rated as it is.
  if (yearly?.a.quarters !== undefined && quarters.length > 0)
    issues.push({
      code: 'quarters-given-twice',
      path: `${name(yearly.i)}.quarters`,
      message: {
        vi: 'bản cả năm đã ghi kết quả các quý; bỏ trường quarters hoặc bỏ các tệp quý',
        en: 'the annual assessment already carries quarters; drop the field or the quarter files',
      },
    });
  if (issues.length > 0) throw new TusoiInputError(issues);
  // Each input is validated once, above; the rule sets run on the parsed assessments.
  // Each input scored by the pack of `packs` its criteria.pack names (the option `pack`, when given,
  // scores every input instead).
  const run = (a: Assessment) => {
    const pack = options?.pack === undefined ? packNamed(a, packs) : undefined;
    const ruleset = RULESET_REGISTRY[rulesetIdOf(a)] as Ruleset<unknown>;
    return runRuleset(ruleset, a, pack === undefined ? options : { ...options, pack }, policy, cases);
  };
  // The Q26-30 cases of each quarter file, for the year's reason (the leave clause for leave only).
  const cases = new Map<number, readonly UnratedCase[]>();
  for (const p of quarters) cases.set(p.a.period.quarter as number, unratedCases(p.a));
  const summaries: QuarterSummary[] = [];
  const details: YearQuarter[] = [];
  for (const p of quarters.sort((x, y) => (x.a.period.quarter as number) - (y.a.period.quarter as number))) {
    try {
      const r = run(p.a);
      summaries.push(quarterSummary(p.a.period.quarter as number, r));
      details.push({
        quarter: p.a.period.quarter as number,
        decision: r.decision,
        level: r.level,
        total: r.score.total,
        // A quarter not rated left unscored: its 0 is not a score, said in the entry (the schema keeps a number).
        ...(hasScore(r) ? {} : { scored: false as const }),
        reasons: r.reasons.filter((x) => x.outcome !== 'passed'),
      });
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      for (const issue of e.issues)
        issues.push({ ...issue, path: `${name(p.i)}${issue.path ? `.${issue.path}` : ''}` });
    }
  }
  if (issues.length > 0) throw new TusoiInputError(issues);
  const nameIssues = nameWarnings(parsed, name);
  const qpOf = () => quarterPolicy(options as Record<string, unknown>);
  if (yearly !== undefined) {
    try {
      const carried = yearly.a.quarters ?? summaries;
      const r = run({ ...yearly.a, format: ASSESSMENT_FORMAT_2, quarters: carried });
      // yearMode mean: the total is the quarters' mean when one can be made (runRuleset), so the basis is the mean.
      const averaged = qpOf().yearMode === 'mean' && meanScore(countedQuarters(carried, qpOf())) !== null;
      return {
        ...r,
        warnings: [...r.warnings, ...nameIssues],
        year: { basis: averaged ? 'mean' : 'annual', quarters: details },
      };
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      throw new TusoiInputError(
        e.issues.map((i) => ({ ...i, path: `${name(yearly.i)}${i.path ? `.${i.path}` : ''}` })),
      );
    }
  }
  const qp = qpOf();
  const r = yearFromQuarters(summaries, first.a.subject.kind, qp, options?.reasons !== false, cases);
  return {
    ...r,
    warnings: [...r.warnings, ...nameIssues],
    year: { basis: qp.yearMode === 'mean' ? 'mean' : 'quarters', quarters: details },
  };
}

/**
 * Inputs whose subject.name differs from the first named one: a warning, not an error (a name may be
 * typed two ways, but it may also be another person's file).
 */
function nameWarnings(parsed: readonly { a: Assessment; i: number }[], name: (i: number) => string): Warning[] {
  const named = parsed.filter((p) => p.a.subject.name !== undefined).sort((x, y) => x.i - y.i);
  const first = named[0];
  if (first === undefined) return [];
  const key = (n: string) => textKey(n).toLowerCase();
  const want = first.a.subject.name as string;
  return named
    .filter((p) => key(p.a.subject.name as string) !== key(want))
    .map((p) => ({
      code: 'SUBJECT_NAME_MISMATCH',
      path: `${name(p.i)}.subject.name`,
      message: {
        vi: `tên "${p.a.subject.name}" khác tên "${want}" ở ${name(first.i)}: kiểm tra các tệp có cùng một người không`,
        en: `name "${p.a.subject.name}" differs from "${want}" in ${name(first.i)}: check the files are of one person`,
      },
    }));
}
