import {
  type Assessment,
  checkReview,
  classifyYear,
  formatNumber,
  type InputIssue,
  type Lang,
  LEVEL_NAMES,
  type Pack,
  type Pack2,
  type Result,
  type ReviewCheck,
  TusoiInputError,
} from '@tusoi/rubric-core';
import { candidatesText } from './fact-labels';
import { fieldLabel } from './field-labels';
import { labels } from './labels';
import { liveResult } from './live-result';
import { ResultView } from './result-view';

/** Props of {@link YearQuarters}. */
export interface YearQuartersProps {
  /** The annual self-review (its own facts: scores, tasks, findings). */
  readonly annual: Record<string, unknown>;
  /** The person's drafts of quarters I–IV of that year (undefined: no draft for that quarter). */
  readonly quarters: readonly (Record<string, unknown> | undefined)[];
  readonly lang: Lang;
  /** Opens a quarter's draft. */
  readonly onOpen?: (quarter: number) => void;
  /** The year already read (see {@link readYear}), so that the panel shows one reading everywhere. */
  readonly reading?: YearReading;
  /** Scoring packs the quarters may name (besides the built-in ones). */
  readonly packs?: readonly Pack[];
  /** Quarters (1–4) whose stored draft exists but could not be read: said so, not "no draft". */
  readonly unreadable?: readonly number[];
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** What the year is built from and what rubric-core makes of it. */
export interface YearReading {
  /** Each quarter's own result (null: no draft, or not rated yet, with why). */
  readonly perQuarter: readonly { readonly result: Result | null; readonly issues: readonly InputIssue[] }[];
  /** Quarters (1–4) with no draft. */
  readonly missing: readonly number[];
  /** The annual result from the quarters and the annual draft, or from the quarters alone. */
  readonly result: Result | null;
  /** Whether `result` is from the quarters alone (the annual draft cannot be rated yet). */
  readonly quartersOnly: boolean;
  /** Why there is no annual result (or, read from the quarters alone, why the annual draft is not rated). */
  readonly issues: readonly InputIssue[];
  /** rubric-core's review checks of the annual draft, weighed against the year's result. */
  readonly checks: readonly ReviewCheck[];
}

/** The annual draft's review checks against the year's result; a half-filled draft the checks cannot read has none yet. */
function checksOf(annual: Record<string, unknown>, result: Result | null): ReviewCheck[] {
  try {
    return checkReview(annual as Assessment, result ?? undefined);
  } catch {
    return [];
  }
}

/** A path of classifyYear ("[2].scores") without the input's index. */
const unprefixed = (issues: readonly InputIssue[]) =>
  issues.map((i) => ({ ...i, path: i.path.replace(/^\[\d+\]\.?/, '') }));

/**
 * Reads a year: each quarter's draft is rated on its own; those that can be rated go with the
 * annual draft into rubric-core's classifyYear (quarter → year rules with reasons). When the annual
 * draft itself cannot be rated yet, the year is read from the quarters alone.
 */
export function readYear(
  annual: Record<string, unknown>,
  quarters: YearQuartersProps['quarters'],
  packs: readonly (Pack | Pack2)[] = [],
): YearReading {
  const perQuarter = [0, 1, 2, 3].map((i) => {
    const q = quarters[i];
    if (q === undefined) return { result: null, issues: [] };
    const live = liveResult(q, packs);
    return { result: live.result, issues: live.issues };
  });
  const missing = [1, 2, 3, 4].filter((n) => quarters[n - 1] === undefined);
  const rated = quarters.filter(
    (q, i): q is Record<string, unknown> => q !== undefined && perQuarter[i]?.result != null,
  );
  const run = (inputs: readonly unknown[]): { result: Result } | { issues: readonly InputIssue[] } => {
    try {
      // The quarters scored by the user's own packs are rolled with those packs, as each was rated above.
      return { result: classifyYear(inputs, { packs }) };
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      return { issues: unprefixed(e.issues) };
    }
  };
  const whole = run([...rated, annual]);
  if ('result' in whole)
    return {
      perQuarter,
      missing,
      result: whole.result,
      quartersOnly: false,
      issues: [],
      checks: checksOf(annual, whole.result),
    };
  const checks = checksOf(annual, null);
  if (rated.length > 0) {
    const alone = run(rated);
    if ('result' in alone)
      return { perQuarter, missing, result: alone.result, quartersOnly: true, issues: whole.issues, checks };
  }
  return { perQuarter, missing, result: null, quartersOnly: false, issues: whole.issues, checks };
}

/** Props of {@link YearResult}. */
export interface YearResultProps {
  readonly reading: YearReading;
  readonly lang: Lang;
  /** The annual draft's review checks, weighed against the year's result. */
  readonly checks?: readonly ReviewCheck[];
  /** Prefix of the test ids (see ResultView). */
  readonly testIdPrefix?: string;
}

/**
 * The year's one result as rubric-core gives it (level, reasons, flags such as Q26-36, warnings such
 * as a proposal above it); read from the quarters alone it says so, with what the annual draft lacks.
 */
export function YearResult({ reading: y, lang, checks = [], testIdPrefix = '' }: YearResultProps) {
  const l = labels(lang);
  return (
    <>
      {y.quartersOnly && <p class="muted">{l.yearFromQuarters}</p>}
      <ResultView
        result={y.result}
        issues={y.issues}
        checks={checks}
        lang={lang}
        live={false}
        testIdPrefix={testIdPrefix}
        hideScore={y.quartersOnly}
      />
      {y.quartersOnly && y.issues.length > 0 && (
        <>
          <h3>{l.annualIssues}</h3>
          <ul data-testid={`${testIdPrefix}annual-issues`}>
            {y.issues.map((issue, i) => (
              <li key={i}>
                <strong>{fieldLabel(issue.path, lang)}</strong>: {issue.message[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * An annual draft's year: the person's quarterly drafts I–IV with their levels, which quarters have
 * no draft, and the annual result with its reasons, all from rubric-core.
 */
export function YearQuarters({
  annual,
  quarters,
  lang,
  onOpen,
  reading,
  packs = [],
  unreadable = [],
}: YearQuartersProps) {
  const l = labels(lang);
  const y = reading ?? readYear(annual, quarters, packs);
  // A quarter whose draft could not be read is not one without a draft.
  const missing = y.missing.filter((n) => !unreadable.includes(n));
  return (
    <div class="q-year" data-testid="year-quarters">
      <ul class="q-year-list">
        {y.perQuarter.map((q, i) => {
          const n = i + 1;
          const r = q.result;
          const text =
            quarters[i] === undefined
              ? unreadable.includes(n)
                ? l.quarterUnreadable
                : l.noQuarterDraft
              : r === null
                ? l.notRatedYet
                : r.decision === 'unrated'
                  ? l.quarterUnrated
                  : `${r.level ? `${LEVEL_NAMES[r.level][lang]} (${r.level})` : candidatesText(r.candidates, lang)}, ${formatNumber(r.score.total, lang)} ${l.pointsWord}`;
          return (
            <li key={n} data-quarter={n} data-level={r?.level ?? ''}>
              <strong>
                {l.quarterWord} {ROMAN[i]}:
              </strong>{' '}
              {text}{' '}
              {quarters[i] !== undefined && onOpen && (
                <button type="button" class="btn-quiet" onClick={() => onOpen(n)}>
                  {l.openQuarter} {ROMAN[i]}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {missing.length > 0 && (
        <p class="q-year-missing" data-testid="missing-quarters">
          {l.missingQuarters}: {missing.map((n) => ROMAN[n - 1]).join(', ')}.
        </p>
      )}
      <YearResult reading={y} lang={lang} testIdPrefix="year-" />
    </div>
  );
}
