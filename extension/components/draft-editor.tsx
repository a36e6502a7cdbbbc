import {
  ASSESSMENT_FORMAT_2,
  BUILTIN_PACKS_2,
  type Lang,
  type Pack,
  type Pack2,
  priorShortcomingChecks,
  Q2026_MANIFEST,
  type ReviewCheck,
} from '@tusoi/rubric-core';
import {
  DateField,
  FactsEditor,
  factLabels,
  getIn,
  KINDS,
  labels,
  NumberField,
  QuarterlyEditor,
  quarterLabel,
  SelectField,
  TextField,
  UnratedFacts,
} from '@tusoi/ui';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import { notedCount, SelfCheck } from './self-check';

type Path = readonly (string | number)[];

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  readonly assessment: Record<string, unknown>;
  readonly packs: readonly Pack[];
  /** The user's own quarterly packs (tusoi.pack/2), offered beside the built-in ones. */
  readonly ownPacks2?: readonly Pack2[];
  readonly lang: Lang;
  /** Sets one field (undefined removes it). */
  readonly set: (path: Path, value: unknown) => void;
  /** Reasons for criteria not met, kept beside the assessment (the format has no place for them). */
  readonly notes?: Readonly<Record<string, string>>;
  readonly setNote?: (id: string, text: string) => void;
  /** The live result, shown as the last section. */
  readonly result?: ComponentChildren;
  /** An annual draft's quarters and the year they give, shown after part B. */
  readonly year?: ComponentChildren;
}

/** A collapsible section of the editor; its heading stays in the outline for screen readers. */
function Section({
  id,
  title,
  open = true,
  children,
}: {
  id: string;
  title: ComponentChildren;
  open?: boolean;
  children: ComponentChildren;
}) {
  return (
    <details class="section" data-section={id} open={open}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}

function ListSection({
  a,
  path,
  title,
  fields,
  set,
  lang,
  add,
}: {
  a: Record<string, unknown>;
  path: Path;
  title: string;
  fields: readonly (readonly [string, string, boolean?])[];
  set: (p: Path, v: unknown) => void;
  lang: Lang;
  add: Record<string, unknown>;
}) {
  const t = texts(lang);
  const list = (getIn(a, path) as Record<string, unknown>[] | undefined) ?? [];
  return (
    <fieldset>
      <legend>{title}</legend>
      {list.map((_item, i) => (
        <div class="list-item" key={i}>
          {fields.map(([key, label, multiline]) => (
            <TextField
              key={key}
              a={a}
              path={[...path, i, key]}
              label={label}
              set={set}
              multiline={multiline ?? false}
            />
          ))}
          <button
            type="button"
            class="btn-danger"
            aria-label={`${t.remove}: ${title} (${i + 1})`}
            onClick={() =>
              set(
                path,
                list.filter((_x, j) => j !== i),
              )
            }
          >
            {t.remove}
          </button>
        </div>
      ))}
      <button
        type="button"
        data-add={path.join('.')}
        aria-label={`${t.add}: ${title}`}
        onClick={() => set(path, [...list, add])}
      >
        {t.add}
      </button>
    </fieldset>
  );
}

/** The editor for one self-review: header, part A (I–VI), scores or the pack's table, tasks, findings, proposal, self-check. */
export function DraftEditor({
  assessment: a,
  packs,
  ownPacks2 = [],
  lang,
  set,
  notes,
  setNote,
  result,
  year,
}: DraftEditorProps) {
  const t = texts(lang);
  // Q26-30's section opens when the draft (the editor is keyed by draft) comes with a fact of it; set
  // once, so clearing a fact does not fold the section away under the user's hand.
  const [unratedOpen] = useState(() => getIn(a, ['unrated']) !== undefined);
  // A quarter of the 2026 review: criteria answers and the task table (tusoi.assessment/2).
  const reviewYear = getIn(a, ['period', 'year']);
  const quarterly =
    getIn(a, ['period', 'quarter']) !== undefined &&
    typeof reviewYear === 'number' &&
    reviewYear >= Q2026_MANIFEST.from;
  const kind = getIn(a, ['subject', 'kind']) as string;
  // The select shows the short name; the form's full name is written beside it.
  const kindInfo = KINDS.find((k) => k.kind === kind);
  const priors = (getIn(a, ['priorShortcomings']) as unknown[] | undefined) ?? [];
  // rubric-core's own word on a prior shortcoming with no status yet (one carried by "Tạo kỳ tiếp theo").
  let priorChecks: ReviewCheck[] = [];
  try {
    priorChecks = priorShortcomingChecks(priors as never);
  } catch {
    // A list of another shape: the result names it.
  }
  return (
    <form class="draft-editor" onSubmit={(e) => e.preventDefault()}>
      <Section id="header" title={t.header}>
        <SelectField
          a={a}
          path={['subject', 'kind']}
          label={factLabels(lang).kind}
          set={set}
          options={KINDS.map((k) => [k.kind, k.short[lang]] as const)}
        />
        <p class="form-name" data-testid="form-name">
          {t.form}{' '}
          {getIn(a, ['period', 'quarter']) !== undefined
            ? `Mẫu 05 – ${t.quarter}`
            : kindInfo
              ? // A dash, not brackets: the kind's own name may hold brackets ("Staff (no leadership post)").
                `${kindInfo.form} – ${kindInfo[lang]}`
              : '—'}
        </p>
        <NumberField a={a} lang={lang} path={['period', 'year']} label={t.year} set={set} min={2025} integer />
        <SelectField
          a={a}
          path={['period', 'quarter']}
          label={t.quarter}
          set={set}
          parse={Number}
          options={[
            ['', t.wholeYear],
            ['1', 'I'],
            ['2', 'II'],
            ['3', 'III'],
            ['4', 'IV'],
          ]}
        />
        <TextField a={a} path={['subject', 'name']} label={t.name} set={set} />
        <DateField a={a} lang={lang} path={['subject', 'birthDate']} label={t.birthDate} set={set} />
        <TextField a={a} path={['subject', 'unit']} label={t.unit} set={set} />
        <TextField a={a} path={['subject', 'cell']} label={t.cell} set={set} />
      </Section>

      <Section id="review" title={t.partA}>
        <TextField a={a} path={['review', 'strengths']} label={t.strengths} set={set} multiline />
        <ListSection
          a={a}
          path={['review', 'shortcomings']}
          title={t.shortcomings}
          set={set}
          lang={lang}
          add={{ text: '' }}
          fields={[
            ['text', t.shortcoming, true],
            ['cause', t.cause],
            ['responsibility', t.responsibility],
            ['remedy', t.remedy],
          ]}
        />
        <fieldset>
          <legend>{t.prior}</legend>
          {priors.map((_p, i) => (
            <div class="list-item" key={i}>
              <TextField a={a} path={['priorShortcomings', i, 'text']} label={t.shortcoming} set={set} />
              <SelectField
                a={a}
                path={['priorShortcomings', i, 'status']}
                label={t.status}
                set={set}
                options={[
                  ['', t.unanswered],
                  ['fixed', t.fixed],
                  ['in-progress', t.inProgress],
                  ['not-fixed', t.notFixed],
                ]}
              />
              {priorChecks
                .filter((c) => c.code === 'PRIOR_NO_STATUS' && c.path === `priorShortcomings[${i}].status`)
                .map((c) => (
                  <p key={c.code} class="muted" data-testid="prior-unanswered">
                    {c.message[lang]}
                  </p>
                ))}
              <NumberField
                a={a}
                lang={lang}
                path={['priorShortcomings', i, 'progress']}
                label={t.progress}
                set={set}
                scale={100}
                min={0}
                max={100}
              />
              <button
                type="button"
                class="btn-danger"
                aria-label={`${t.remove}: ${t.prior} (${i + 1})`}
                onClick={() =>
                  set(
                    ['priorShortcomings'],
                    priors.filter((_x, j) => j !== i),
                  )
                }
              >
                {t.remove}
              </button>
            </div>
          ))}
          <button
            type="button"
            data-add="priorShortcomings"
            aria-label={`${t.add}: ${t.prior}`}
            onClick={() => set(['priorShortcomings'], [...priors, { text: '' }])}
          >
            {t.add}
          </button>
        </fieldset>
        <ListSection
          a={a}
          path={['review', 'suggestedIssues']}
          title={t.suggested}
          set={set}
          lang={lang}
          add={{ issue: '' }}
          fields={[
            ['issue', t.issue],
            ['explanation', t.explanation, true],
          ]}
        />
        <TextField a={a} path={['review', 'collectiveResponsibility']} label={t.collective} set={set} multiline />
        <TextField a={a} path={['review', 'direction']} label={t.direction} set={set} multiline />
      </Section>

      <Section id="scores" title={factLabels(lang).partB}>
        {quarterly && <QuarterlyEditor a={a} lang={lang} set={set} packs={[...BUILTIN_PACKS_2, ...ownPacks2]} />}
        <FactsEditor
          quarterly={quarterly && a.format === ASSESSMENT_FORMAT_2}
          a={a}
          packs={packs}
          lang={lang}
          set={set}
          heading={false}
          {...(notes ? { notes } : {})}
          {...(setNote ? { setNote } : {})}
        />
      </Section>
      {quarterly && (
        <Section id="unrated" title={quarterLabel('unrated', lang)} open={unratedOpen}>
          <UnratedFacts a={a} lang={lang} set={set} />
        </Section>
      )}
      {year && (
        <Section id="year" title={labels(lang).yearTitle} open={false}>
          {year}
        </Section>
      )}
      <Section
        id="self-check"
        open={false}
        title={
          <>
            {t.selfCheck}{' '}
            <span class="count" data-testid="noted-count">
              ({notedCount(a)} {t.noted})
            </span>
          </>
        }
      >
        <SelfCheck a={a} lang={lang} set={set} />
      </Section>
      {result && (
        <Section id="result" title={t.result}>
          {result}
        </Section>
      )}
    </form>
  );
}
