import type { Lang } from '@tusoi/rubric-core';
import type { FactLine } from './facts-summary';

const NA = { vi: 'không áp dụng cho đối tượng này', en: 'does not apply to this kind' } as const;

/** The facts as label–value rows (presentation, print, compare); `changed` marks rows that differ. */
export function FactList({
  lines,
  lang,
  testid,
  changed,
}: {
  lines: readonly FactLine[];
  lang: Lang;
  testid: string;
  changed?: ReadonlySet<string>;
}) {
  return (
    <dl class="fact-list" data-testid={testid}>
      {lines.map((l) => (
        <div
          key={l.label + l.value}
          data-na={l.notApplicable ? 'true' : undefined}
          data-changed={changed?.has(l.label) ? 'true' : undefined}
        >
          <dt>{l.label}</dt>
          <dd>
            {l.value}
            {l.notApplicable ? ` (${NA[lang]})` : ''}
          </dd>
        </div>
      ))}
    </dl>
  );
}
