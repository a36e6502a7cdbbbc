import {
  formatNumber,
  GROUP_TOTALS,
  hasScore,
  type InputIssue,
  type Lang,
  LEVEL_NAMES,
  type Pack,
  type Result,
  type ReviewCheck,
  TOTAL_MAX,
  UNRATED_OUTCOME,
} from '@tusoi/rubric-core';
import { citeText } from './decision-steps';
import { candidatesText } from './fact-labels';
import { fieldLabel } from './field-labels';
import { labels } from './labels';

const MARK = { passed: '✓', failed: '✗', triggered: '✗', mitigated: '~', applied: '→' } as const;

/** Props of {@link ResultView}. */
export interface ResultViewProps {
  /** The classification, when the input was valid. */
  readonly result?: Result | null;
  /** Why the input cannot be classified yet. */
  readonly issues?: readonly InputIssue[];
  readonly checks?: readonly ReviewCheck[];
  readonly lang: Lang;
  /** Leave the flat list of reasons out (a view that shows them as steps, see DecisionStepsView). */
  readonly hideReasons?: boolean;
  /** The scoring pack the draft names: its criteria are named in issues as its table shows them. */
  readonly pack?: Pack;
  /** Announce changes politely to screen readers (false where the page announces the level itself). */
  readonly live?: boolean;
  /** Prefix of the test ids, for a second result on one page (an annual draft's year: "year-"). */
  readonly testIdPrefix?: string;
  /** Leave the score line out (a year read from its quarters alone has no total of its own). */
  readonly hideScore?: boolean;
}

/** A result with its reasons, warnings and review checks. Every text is rendered as text, never as HTML. */
export function ResultView({
  result,
  issues = [],
  checks = [],
  lang,
  hideReasons = false,
  pack,
  live = true,
  testIdPrefix: p = '',
  hideScore = false,
}: ResultViewProps) {
  const l = labels(lang);
  return (
    <section class="tusoi-result" aria-live={live ? 'polite' : undefined}>
      {result ? (
        <>
          <h2 data-testid={`${p}level`} data-level={result.level ?? result.decision}>
            {result.level
              ? `${l.result}: ${LEVEL_NAMES[result.level][lang]} (${result.level}), ${l.byRule}`
              : result.decision === 'unrated'
                ? UNRATED_OUTCOME[lang].replace(/\.$/, '')
                : `${l.discretion}, ${candidatesText(result.candidates, lang)}`}
          </h2>
          {/* A quarter not rated and left unscored has no score to show (its warning says why). */}
          {!hideScore && hasScore(result) && (
            <p data-testid={`${p}total`}>
              {l.total}: {formatNumber(result.score.total, lang)}/{TOTAL_MAX} ({l.general}{' '}
              {formatNumber(result.score.general, lang)}/{GROUP_TOTALS.general}, {l.results}{' '}
              {formatNumber(result.score.results, lang)}/{GROUP_TOTALS.results})
            </p>
          )}
          {!hideReasons && (
            <>
              <h3>{l.reasons}</h3>
              <ul class="tusoi-reasons">
                {result.reasons.map((r, i) => (
                  <li key={i} data-outcome={r.outcome}>
                    <span aria-hidden="true">{MARK[r.outcome]} </span>
                    {r.message[lang]} <cite>({citeText(r.cite, lang)})</cite>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.flags !== undefined && result.flags.length > 0 && (
            <>
              <h3>{l.flags}</h3>
              {/* Facts for the competent level (e.g. Q26-36): they change no level, nothing is done by itself. */}
              <ul class="tusoi-flags" data-testid={`${p}flags`}>
                {result.flags.map((f) => (
                  <li key={f.code} data-code={f.code} data-rule={f.rule}>
                    <span aria-hidden="true">⚑ </span>[{f.rule}] {f.message[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.warnings.length > 0 && (
            <>
              <h3>{l.warnings}</h3>
              <ul data-testid={`${p}warnings`}>
                {result.warnings.map((w) => (
                  <li key={w.code + (w.path ?? '')}>{w.message[lang]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <>
          <h2 data-testid={`${p}level`} data-level="invalid">
            {l.invalid}
          </h2>
          <ul data-testid={`${p}issues`}>
            {issues.map((issue, i) => (
              <li key={i}>
                <strong>{fieldLabel(issue.path, lang, pack)}</strong>: {issue.message[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      {checks.length > 0 && (
        <>
          <h3>{l.checks}</h3>
          <ul data-testid={`${p}checks`}>
            {checks.map((c, i) => (
              <li key={i} data-code={c.code}>
                {c.message[lang]} <cite>({citeText(c.cite, lang)})</cite>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
