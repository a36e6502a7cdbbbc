import type { Lang } from '@tusoi/rubric-core';
import { getIn, labels, YearQuarters } from '@tusoi/ui';
import { useEffect, useState } from 'preact/hooks';
import type { Draft, DraftSummary, Store } from '@/lib/store';

/**
 * An annual draft pulls the year's quarters: the same person's drafts of Q1–Q4 of that year (the
 * latest of each, by name and period), read from the store, with the year rubric-core gives.
 */
export function AnnualQuarters({
  store,
  draft,
  summaries,
  lang,
  onOpen,
}: {
  store: Store;
  draft: Draft;
  summaries: readonly DraftSummary[];
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const a = draft.data.assessment;
  const year = getIn(a, ['period', 'year']);
  const name = getIn(a, ['subject', 'name']);
  const person = typeof name === 'string' ? name.trim() : '';
  // The summaries are newest first: the first of each quarter is the latest.
  const found = [1, 2, 3, 4].map((q) =>
    person === ''
      ? undefined
      : summaries.find((s) => s.id !== draft.id && s.person.trim() === person && s.periodKey === `${year}-Q${q}`),
  );
  const key = found.map((s) => (s ? `${s.id}@${s.updatedAt}` : '-')).join(',');
  const [quarters, setQuarters] = useState<(Record<string, unknown> | undefined)[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(found.map((s) => (s ? store.getDraft(s.id) : undefined))).then((drafts) => {
      if (live) setQuarters(drafts.map((d) => (d && !d.unreadable ? d.data.assessment : undefined)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (person === '') return <p class="muted">{labels(lang).yearNeedsName}</p>;
  return (
    <YearQuarters
      annual={a}
      quarters={[0, 1, 2, 3].map((i) => quarters[i])}
      lang={lang}
      onOpen={(q) => {
        const s = found[q - 1];
        if (s) onOpen(s.id);
      }}
    />
  );
}
