import {
  disciplineWeighed,
  factsForKind,
  findingsForKind,
  GROUP_TOTALS,
  type Lang,
  LEVEL_NAMES,
  LEVELS,
  type Pack,
  SOCIO_ECONOMIC_TARGETS,
  SUBJECT_KINDS,
  type SubjectKind,
} from '@tusoi/rubric-core';
import { useRef } from 'preact/hooks';
import { getIn } from './edit';
import { DISCIPLINE_FLAGS, DISCIPLINE_FORM_NAMES, FINDINGS, factLabels } from './fact-labels';
import { CheckField, NumberField, type Path, SelectField } from './fields';
import { itemsFromScores, scoresFromItems } from './pack-switch';
import { ScoreTable } from './score-table';

const COUNT_FIELDS = ['assigned', 'completed', 'onTimeWithQuality', 'exceeded', 'late'] as const;

/** A fact that is set but that Điều 11 does not weigh for this kind: said so, with a way to remove it. */
function NotApplicable({
  path,
  label,
  lang,
  set,
}: {
  path: Path;
  label: string;
  lang: Lang;
  set: (p: Path, v: unknown) => void;
}) {
  const t = factLabels(lang);
  return (
    <p class="tusoi-na" data-na={path.join('.')}>
      <span>
        {label}: <em>{t.notApplicable}</em>
      </span>{' '}
      <button type="button" onClick={() => set(path, undefined)}>
        {t.clear}
      </button>
    </p>
  );
}

// The flags of a disciplinary decision that only a leadership collective's list weighs.
const COLLECTIVE_ONLY = new Set(['violationAtPreviousUnit', 'unrelatedToCollective']);

/** Disciplinary decisions counted in the period (Điều 11 khoản 4). */
function Disciplines({
  a,
  lang,
  set,
  kind,
}: {
  a: Record<string, unknown>;
  lang: Lang;
  set: (p: Path, v: unknown) => void;
  kind: SubjectKind;
}) {
  const t = factLabels(lang);
  const list = (getIn(a, ['findings', 'discipline']) as unknown[] | undefined) ?? [];
  return (
    <div class="disciplines">
      {list.map((_d, i) => (
        <div class="list-item" key={i}>
          <SelectField
            a={a}
            path={['findings', 'discipline', i, 'form']}
            label={t.discipline}
            set={set}
            options={DISCIPLINE_FORM_NAMES}
          />
          {DISCIPLINE_FLAGS.map(([key, vi, en]) => {
            const applies = !COLLECTIVE_ONLY.has(key) || kind === 'leadership-collective';
            const setNow = getIn(a, ['findings', 'discipline', i, key]) === true;
            if (!applies && !setNow) return null;
            return (
              <CheckField
                key={key}
                a={a}
                path={['findings', 'discipline', i, key]}
                label={`${lang === 'en' ? en : vi}${applies ? '' : ` (${t.notApplicable})`}`}
                set={set}
              />
            );
          })}
          <button
            type="button"
            onClick={() =>
              set(
                ['findings', 'discipline'],
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
        data-add="findings.discipline"
        onClick={() => set(['findings', 'discipline'], [...list, { form: 'khien-trach', dutyRelated: false }])}
      >
        {t.addDiscipline}
      </button>
    </div>
  );
}

/** Props of {@link FactsEditor}. */
export interface FactsEditorProps {
  readonly a: Record<string, unknown>;
  readonly packs: readonly Pack[];
  readonly lang: Lang;
  /** Sets one field (undefined removes it). */
  readonly set: (path: Path, value: unknown) => void;
  /** Reasons for criteria not met, by criterion id (shown with `setNote`). */
  readonly notes?: Readonly<Record<string, string>>;
  readonly setNote?: (id: string, text: string) => void;
  /** Shows the part B heading (false where the page names the section itself). */
  readonly heading?: boolean;
  /**
   * A quarterly draft: scores and task counts come from the {@link QuarterlyEditor} (criteria answers,
   * task list), so the pack choice, the group totals and the task counts are left out here.
   */
  readonly quarterly?: boolean;
}

/**
 * Part B of a self-review and the facts the rules weigh: the scores (or a scoring pack's table),
 * task counts, a leader's units, vote and targets, the competent level's findings and the
 * proposed level. The extension's editor and the trainer playground both use it.
 */
export function FactsEditor({
  a,
  packs,
  lang,
  set,
  notes,
  setNote,
  heading = true,
  quarterly = false,
}: FactsEditorProps) {
  const t = factLabels(lang);
  const kind = getIn(a, ['subject', 'kind']) as SubjectKind;
  // rubric-core says which facts this kind is rated on; an unknown kind shows the individual's.
  const used = SUBJECT_KINDS.includes(kind) ? factsForKind(kind) : factsForKind('staff');
  const leader = used.counts === 'ledUnits';
  const countsKey = used.counts;
  const criteria = getIn(a, ['criteria']) as { pack: string; items: Record<string, number | boolean> } | undefined;
  const pack = criteria ? packs.find((p) => p.id === criteria.pack) : undefined;
  // An assessment holds either group totals or a pack's items; what a switch removes is kept
  // here, so switching the scoring pack and back restores what was typed.
  const stash = useRef<{ scores?: unknown; items: Record<string, unknown> }>({ items: {} });
  const choosePack = (id: string) => {
    let scores = getIn(a, ['scores']);
    if (criteria) stash.current.items[criteria.pack] = criteria.items;
    // The frame's two group criteria are the two group scores: carry them, whichever way.
    const fromFrame = pack && criteria ? scoresFromItems(pack, criteria.items) : undefined;
    if (fromFrame) scores = { ...(stash.current.scores as object | undefined), ...fromFrame };
    if (scores !== undefined) stash.current.scores = scores;
    if (id === '') {
      set(['criteria'], undefined);
      if (stash.current.scores !== undefined) set(['scores'], stash.current.scores);
    } else {
      const next = packs.find((p) => p.id === id);
      const carried = next ? itemsFromScores(next, stash.current.scores) : undefined;
      set(['scores'], undefined);
      set(['criteria'], { pack: id, items: { ...(stash.current.items[id] as object | undefined), ...carried } });
    }
  };
  const findings = new Set<string>(SUBJECT_KINDS.includes(kind) ? findingsForKind(kind) : findingsForKind('staff'));
  const weighsDiscipline = !SUBJECT_KINDS.includes(kind) || disciplineWeighed(kind);
  const disciplineSet = ((getIn(a, ['findings', 'discipline']) as unknown[] | undefined) ?? []).length > 0;
  const otherCounts = leader ? 'tasks' : 'ledUnits';
  return (
    <>
      {heading && <h2>{t.partB}</h2>}
      {quarterly ? (
        <>
          {getIn(a, ['scores']) !== undefined && (
            <NotApplicable path={['scores']} label={`${t.general}, ${t.results}`} lang={lang} set={set} />
          )}
          {!leader && getIn(a, ['tasks']) !== undefined && (
            <NotApplicable path={['tasks']} label={t.tasks} lang={lang} set={set} />
          )}
        </>
      ) : (
        <>
          <label class="field">
            <span>{t.pack}</span>
            <select name="pack" value={criteria?.pack ?? ''} onChange={(e) => choosePack(e.currentTarget.value)}>
              <option value="">{t.noPack}</option>
              {packs
                .filter((p) => p.kinds.includes(kind as never))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {lang === 'en' && p.title.en ? p.title.en : p.title.vi}
                  </option>
                ))}
            </select>
          </label>
          {pack && criteria ? (
            <ScoreTable
              pack={pack}
              items={criteria.items}
              lang={lang}
              onChange={(id, value) => set(['criteria', 'items', id], value)}
              {...(notes ? { notes } : {})}
              {...(setNote ? { onNote: setNote } : {})}
            />
          ) : (
            <div class="scores">
              <NumberField
                a={a}
                lang={lang}
                path={['scores', 'general']}
                label={t.general}
                set={set}
                min={0}
                max={GROUP_TOTALS.general}
              />
              <NumberField
                a={a}
                lang={lang}
                path={['scores', 'results']}
                label={t.results}
                set={set}
                min={0}
                max={GROUP_TOTALS.results}
              />
            </div>
          )}
        </>
      )}
      {(!quarterly || leader) && (
        <fieldset>
          <legend>{leader ? t.ledUnits : t.tasks}</legend>
          {COUNT_FIELDS.map((f) => (
            <NumberField key={f} a={a} lang={lang} path={[countsKey, f]} label={t[f]} set={set} min={0} integer />
          ))}
          {leader && (
            <>
              <NumberField
                a={a}
                lang={lang}
                path={['ledUnits', 'unitsResponsible']}
                label={t.unitsResponsible}
                set={set}
                min={0}
                integer
              />
              <NumberField
                a={a}
                lang={lang}
                integer
                path={['ledUnits', 'unitsRatedNotCompleted']}
                label={t.unitsRatedNotCompleted}
                set={set}
                min={0}
              />
            </>
          )}
          {used.confidenceVote && (
            <>
              <CheckField a={a} path={['confidenceVote', 'held']} label={t.voteHeld} set={set} />
              <NumberField
                a={a}
                lang={lang}
                path={['confidenceVote', 'lowShare']}
                label={t.lowShare}
                set={set}
                scale={100}
                min={0}
                max={100}
              />
            </>
          )}
          {getIn(a, [otherCounts]) !== undefined && (
            <NotApplicable path={[otherCounts]} label={leader ? t.tasks : t.ledUnits} lang={lang} set={set} />
          )}
          {!used.confidenceVote && getIn(a, ['confidenceVote']) !== undefined && (
            <NotApplicable path={['confidenceVote']} label={t.vote} lang={lang} set={set} />
          )}
          {!used.socioEconomicTargets && getIn(a, ['socioEconomicTargets']) !== undefined && (
            <NotApplicable path={['socioEconomicTargets']} label={t.targets} lang={lang} set={set} />
          )}
          {used.socioEconomicTargets && (
            <>
              <CheckField a={a} path={['socioEconomicTargets', 'applicable']} label={t.targetsApplicable} set={set} />
              <NumberField
                a={a}
                lang={lang}
                integer
                path={['socioEconomicTargets', 'missed']}
                label={t.targetsMissed}
                set={set}
                min={0}
                max={SOCIO_ECONOMIC_TARGETS}
              />
            </>
          )}
        </fieldset>
      )}
      <fieldset>
        <legend>{t.findings}</legend>
        {weighsDiscipline ? (
          <Disciplines a={a} lang={lang} set={set} kind={kind} />
        ) : (
          disciplineSet && (
            <NotApplicable path={['findings', 'discipline']} label={t.noDiscipline} lang={lang} set={set} />
          )
        )}
        {FINDINGS.map(([key, vi, en]) =>
          findings.has(key) ? (
            <CheckField key={key} a={a} path={['findings', key]} label={lang === 'en' ? en : vi} set={set} />
          ) : getIn(a, ['findings', key]) === true ? (
            <NotApplicable key={key} path={['findings', key]} label={lang === 'en' ? en : vi} lang={lang} set={set} />
          ) : null,
        )}
      </fieldset>
      <SelectField
        a={a}
        path={['proposedLevel']}
        label={t.proposed}
        set={set}
        options={[['', t.none], ...LEVELS.map((l) => [l, `${LEVEL_NAMES[l][lang]} (${l})`] as const)]}
      />
    </>
  );
}
