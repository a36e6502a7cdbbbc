import type { Lang } from '@tusoi/rubric-core';
import { getIn } from './edit';
import { factLabels } from './fact-labels';
import { NumberField, type Path, SelectField, TextField } from './fields';

/**
 * The shortcomings named at the previous review (form part A.III) and how far each is fixed:
 * Điều 11 khoản 1 điểm 1.4 needs all of them fixed for HTXSNV.
 */
export function PriorShortcomingsEditor({
  a,
  lang,
  set,
}: {
  a: Record<string, unknown>;
  lang: Lang;
  set: (p: Path, v: unknown) => void;
}) {
  const t = factLabels(lang);
  const list = (getIn(a, ['priorShortcomings']) as unknown[] | undefined) ?? [];
  return (
    <fieldset class="priors">
      <legend>{t.prior}</legend>
      {list.map((_p, i) => (
        <div class="list-item" key={i}>
          <TextField a={a} path={['priorShortcomings', i, 'text']} label={t.shortcoming} set={set} />
          <SelectField
            a={a}
            path={['priorShortcomings', i, 'status']}
            label={t.status}
            set={set}
            options={[
              ['', t.none],
              ['fixed', t.fixed],
              ['in-progress', t.inProgress],
              ['not-fixed', t.notFixed],
            ]}
          />
          {getIn(a, ['priorShortcomings', i, 'status']) === 'in-progress' && (
            <NumberField
              a={a}
              path={['priorShortcomings', i, 'progress']}
              label={t.progress}
              set={set}
              scale={100}
              min={0}
              max={100}
            />
          )}
          <button
            type="button"
            onClick={() =>
              set(
                ['priorShortcomings'],
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
        data-add="priorShortcomings"
        onClick={() => set(['priorShortcomings'], [...list, { text: t.newShortcoming, status: 'not-fixed' }])}
      >
        {t.addPrior}
      </button>
    </fieldset>
  );
}
