import type { Lang } from '@tusoi/rubric-core';
import { type Step, stepLegend } from './decision-steps';

const HEAD = { vi: 'Quyết định từng bước', en: 'The decision step by step' } as const;
const STEP = { vi: 'Bước', en: 'Step' } as const;
const OTHERS = {
  vi: (n: number) => `✓ ${n} điều kiện khác đạt`,
  en: (n: number) => `✓ ${n} other condition${n === 1 ? '' : 's'} hold`,
} as const;

/** A line's citation without the document its step already names ("Điều 11, khoản 4"). */
function shortCite(cite: string, stepCite: string): string {
  const doc = stepCite.split(', ')[0] ?? '';
  return doc && cite.startsWith(`${doc}, `) ? cite.slice(doc.length + 2) : cite;
}

/** Props of {@link DecisionStepsView}. */
export interface DecisionStepsViewProps {
  readonly steps: readonly Step[];
  readonly lang: Lang;
  /** For a projector: a level that fails shows only the conditions that fail (the others are counted). */
  readonly compact?: boolean;
  /** Steps (`k4`) and lines (`k4/unitsRatedOver50`) that differ from a case shown beside this one. */
  readonly changed?: ReadonlySet<string>;
}

/** The decision as numbered steps, each rule with its numbers, threshold and citation; a legend of the marks first. */
export function DecisionStepsView({ steps, lang, compact = false, changed }: DecisionStepsViewProps) {
  return (
    <section class="tusoi-steps" data-testid="steps">
      <h3>{HEAD[lang]}</h3>
      <p class="tusoi-legend" data-testid="legend">
        {stepLegend(lang).map(([mark, text]) => (
          <span key={mark}>
            <b aria-hidden="true">{mark}</b> {text}
          </span>
        ))}
      </p>
      <ol>
        {steps.map((s, i) => {
          const folded = compact && s.status === 'failed';
          const lines = folded ? s.lines.filter((l) => l.outcome !== 'passed') : s.lines;
          return (
            <li
              key={s.id}
              data-step={s.id}
              data-status={s.status}
              data-changed={changed?.has(s.id) ? 'true' : undefined}
            >
              <h4>
                {s.id === 'conclusion' ? s.title : `${STEP[lang]} ${i + 1}. ${s.title}`}
                {s.cite && s.id !== 'conclusion' ? <cite> ({s.cite})</cite> : null}
              </h4>
              {s.status !== 'skipped' || s.id === 'k4' ? (
                <ul>
                  {lines.map((l, j) => (
                    <li
                      key={`${l.key}${j}`}
                      data-key={l.key}
                      data-outcome={l.outcome}
                      data-cite={l.cite}
                      data-changed={changed?.has(`${s.id}/${l.key}`) ? 'true' : undefined}
                    >
                      <b class="tusoi-mark" aria-hidden="true">
                        {l.mark}
                      </b>{' '}
                      {l.title && <span class="tusoi-what">{l.title}: </span>}
                      {l.numbers && <strong class="tusoi-numbers">{l.numbers}</strong>}
                      {l.threshold && <span class="tusoi-threshold"> ({l.threshold})</span>}
                      {l.detail && (
                        // A sentence of its own after the numbers ("Có. Tuy nhiên …").
                        <span class="tusoi-detail">
                          {l.numbers || l.threshold ? '. ' : ' '}
                          {l.detail}
                        </span>
                      )}
                      {s.id !== 'conclusion' || l.cite ? <cite> ({shortCite(l.cite, s.cite)})</cite> : null}
                      {l.note && (
                        <span class="tusoi-note" data-testid="not-counted">
                          {' '}
                          {l.note}
                        </span>
                      )}
                    </li>
                  ))}
                  {folded && lines.length < s.lines.length && (
                    <li class="tusoi-folded">{OTHERS[lang](s.lines.length - lines.length)}</li>
                  )}
                </ul>
              ) : null}
              <p class="tusoi-step-outcome" data-testid={`step-outcome-${s.id}`}>
                {' '}
                <b aria-hidden="true">→</b> {s.outcome}
                {s.id === 'conclusion' && s.cite ? <cite> ({s.cite})</cite> : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
