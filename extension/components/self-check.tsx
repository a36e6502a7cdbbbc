import { indicatorCatalogue, type Lang } from '@tusoi/rubric-core';
import { getIn } from '@tusoi/ui';
import { texts } from '@/lib/i18n';

const catalogue = indicatorCatalogue();

/** How many of the 27 indicators the draft notes. */
export function notedCount(a: Record<string, unknown>): number {
  return catalogue.filter((i) => getIn(a, ['selfCheck', i.id, 'noted']) === true).length;
}

/** The 27 biểu hiện as a self-check; each unverified text carries its label. */
export function SelfCheck({
  a,
  lang,
  set,
}: {
  a: Record<string, unknown>;
  lang: Lang;
  set: (path: readonly (string | number)[], value: unknown) => void;
}) {
  const t = texts(lang);
  return (
    <fieldset class="self-check">
      <legend class="visually-hidden">{t.selfCheck}</legend>
      <p>{t.selfCheckNote}</p>
      {(['I', 'II', 'III'] as const).map((group) => (
        <ul key={group}>
          {catalogue
            .filter((i) => i.group === group)
            .map((item) => (
              <li key={item.id}>
                <label class="field check">
                  <input
                    type="checkbox"
                    name={`selfCheck.${item.id}`}
                    checked={getIn(a, ['selfCheck', item.id, 'noted']) === true}
                    onChange={(e) => set(['selfCheck', item.id], e.currentTarget.checked ? { noted: true } : undefined)}
                  />
                  <span>
                    <strong>{item.id}</strong> {lang === 'en' ? item.glossEn : (item.textVi ?? `— (${item.topicVi})`)}{' '}
                    {/* How far the wording is verified, in words; the source's codes stay in the data. */}
                    <small class="unverified">[{item.label[lang]}]</small>
                  </span>
                </label>
              </li>
            ))}
        </ul>
      ))}
    </fieldset>
  );
}
