import {
  computeScores,
  formatNumber,
  GROUP_TOTALS,
  type Lang,
  type Pack,
  TOTAL_MAX,
  TusoiInputError,
} from '@tusoi/rubric-core';
import { placeholderNumber } from './field-labels';
import { labels } from './labels';
import { NumberInput } from './number-input';

/** Props of {@link ScoreTable}. */
export interface ScoreTableProps {
  readonly pack: Pack;
  readonly items: Readonly<Record<string, number | boolean>>;
  readonly onChange: (id: string, value: number | boolean | undefined) => void;
  readonly lang: Lang;
  /** Reasons for criteria not met, by criterion id; with `onNote`, a reason field shows under each one. */
  readonly notes?: Readonly<Record<string, string>>;
  readonly onNote?: (id: string, text: string) => void;
}

/** A scoring pack as an editable table: đảm bảo / không đảm bảo choices or points, with group totals. */
export function ScoreTable({ pack, items, onChange, lang, notes, onNote }: ScoreTableProps) {
  const l = labels(lang);
  let totals = '';
  try {
    const s = computeScores(pack, items);
    const n = (x: number) => formatNumber(x, lang);
    totals = `${l.general} ${n(s.general)}/${GROUP_TOTALS.general} · ${l.results} ${n(s.results)}/${GROUP_TOTALS.results} · ${l.total} ${n(s.total)}/${TOTAL_MAX}${s.missing.length ? ` (${s.missing.length} ${l.notScored})` : ''}`;
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    totals = e.issues.map((i) => i.message[lang]).join('; ');
  }
  return (
    <table class="tusoi-score-table">
      <thead>
        <tr>
          <th>{l.criterion}</th>
          <th>{l.max}</th>
          <th>{l.points}</th>
        </tr>
      </thead>
      {(['general', 'results'] as const).map((group) => (
        <tbody key={group}>
          {pack[group].sections.map((section) => [
            <tr key={section.id}>
              <th colSpan={3}>{lang === 'en' && section.en ? section.en : section.vi}</th>
            </tr>,
            ...section.criteria.map((c) => {
              const value = items[c.id];
              const placeholder = lang === 'en' && !c.en ? placeholderNumber(c.vi) : undefined;
              // A placeholder is said in English in the English UI; its mark below says it is unverified.
              const text = placeholder ? `Criterion ${placeholder}` : lang === 'en' && c.en ? c.en : c.vi;
              return (
                <tr key={c.id}>
                  <td>
                    {text}
                    {c.verified === false && <small class="tusoi-unverified"> [{l.unverified}]</small>}
                  </td>
                  <td>{c.max}</td>
                  <td>
                    {c.mode === 'binary' ? (
                      <select
                        name={`criteria.items.${c.id}`}
                        aria-label={text}
                        value={value === undefined ? '' : value === true || value === c.max ? 'met' : 'not'}
                        onChange={(e) => {
                          const v = (e.currentTarget as HTMLSelectElement).value;
                          onChange(c.id, v === '' ? undefined : v === 'met');
                        }}
                      >
                        <option value="">—</option>
                        <option value="met">{l.met}</option>
                        <option value="not">{l.notMet}</option>
                      </select>
                    ) : null}
                    {c.mode === 'binary' && onNote && (value === false || value === 0) ? (
                      <input
                        class="tusoi-reason"
                        name={`notes.${c.id}`}
                        aria-label={`${l.reason}: ${text}`}
                        placeholder={l.reason}
                        value={notes?.[c.id] ?? ''}
                        onInput={(e) => onNote(c.id, (e.currentTarget as HTMLInputElement).value)}
                      />
                    ) : null}
                    {c.mode === 'binary' ? null : (
                      <NumberInput
                        name={`criteria.items.${c.id}`}
                        ariaLabel={text}
                        lang={lang}
                        min={0}
                        max={c.max}
                        value={typeof value === 'number' ? value : undefined}
                        onValue={(v) => onChange(c.id, v)}
                      />
                    )}
                  </td>
                </tr>
              );
            }),
          ])}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <td colSpan={3} data-testid="pack-totals">
            {totals}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
