import type { Lang } from '@tusoi/rubric-core';
import { labels, YearQuarters, type YearReading } from '@tusoi/ui';
import { unreadableQuartersText } from '@/lib/year-drafts';
import type { YearQuartersState } from './use-year-quarters';

/**
 * An annual draft's "Các quý trong năm": the same person's drafts of Q1–Q4 of that year (read by
 * useYearQuarters) with the year rubric-core gives, the same reading the panel's badge and result show.
 */
export function AnnualQuarters({
  year,
  reading,
  draft,
  lang,
  onOpen,
}: {
  year: YearQuartersState;
  /** The year read from these quarters (undefined while they are read). */
  reading: YearReading | undefined;
  draft: Record<string, unknown>;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const l = labels(lang);
  if (year.kind === 'unnamed') return <p class="muted">{l.yearNeedsName}</p>;
  if (year.kind !== 'read' || reading === undefined)
    return (
      <p class="muted" role="status">
        {l.readingQuarters}
      </p>
    );
  const unreadable = unreadableQuartersText(year, (draft.period as { year?: unknown } | undefined)?.year);
  return (
    <>
      {unreadable && (
        <p class="field-error" role="alert" data-testid="unreadable-quarters">
          {unreadable[lang]}
        </p>
      )}
      <YearQuarters
        annual={draft}
        quarters={year.quarters}
        reading={reading}
        lang={lang}
        unreadable={year.unreadable.map((u) => u.quarter)}
        onOpen={(q) => {
          const s = year.found[q - 1];
          if (s) onOpen(s.id);
        }}
      />
    </>
  );
}
