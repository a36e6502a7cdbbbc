import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Draft, DraftSummary, Store } from '@/lib/store';
import {
  isQuarterlyYear,
  personOf,
  type QuartersRead,
  quarterDraftsOf,
  quartersKey,
  readQuarterDrafts,
} from '@/lib/year-drafts';

type Assessment = Record<string, unknown>;

/** The quarters an open annual draft pulls in, as far as they are read. */
export type YearQuartersState =
  /** Not an annual draft of a quarterly year (or the evaluation is not loaded): no quarters. */
  | { readonly kind: 'none' }
  /** An annual draft with no name: its quarters cannot be matched. */
  | { readonly kind: 'unnamed' }
  /** The list or the quarter drafts are being read: nothing is said of the year yet. */
  | { readonly kind: 'reading' }
  /** The person's drafts of quarters I–IV (undefined: none, or unreadable) and their summaries. */
  | {
      readonly kind: 'read';
      readonly found: readonly (DraftSummary | undefined)[];
      readonly quarters: readonly (Assessment | undefined)[];
      /** Quarters whose stored draft could not be read (left out of the year, named to the user). */
      readonly unreadable: QuartersRead['unreadable'];
    };

/**
 * Reads the same person's quarterly drafts of an annual draft's year (from `from`, the first year of
 * the quarterly review): found in the whole list by name and period, read from the store, read again
 * when one of them changes.
 */
export function useYearQuarters(
  store: Store,
  draft: Draft | null,
  from: number | undefined,
  summaries: readonly DraftSummary[],
  listed: string,
): YearQuartersState {
  const a: Assessment = draft && !draft.unreadable ? draft.data.assessment : {};
  const annual = draft !== null && !draft.unreadable && from !== undefined && isQuarterlyYear(a, from);
  const found = annual ? quarterDraftsOf(summaries, draft.id, a) : [];
  const key = `${draft?.id ?? ''}|${quartersKey(found)}`;
  const [read, setRead] = useState<({ key: string } & QuartersRead) | null>(null);
  const wanted = annual && personOf(a) !== '' && listed === 'full';
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // A quarter that cannot be read is left out of the year and named (see readQuarterDrafts).
    void readQuarterDrafts(found, (id) => store.getDraft(id)).then((r) => {
      if (live) setRead({ key, ...r });
    });
    return () => {
      live = false;
    };
  }, [key, wanted]);
  const kind = !annual ? 'none' : personOf(a) === '' ? 'unnamed' : !wanted || read?.key !== key ? 'reading' : 'read';
  // One state object per reading, so that what is worked out from it is not worked out again each render.
  return useMemo(
    (): YearQuartersState =>
      kind === 'read' && read !== null
        ? { kind, found, quarters: read.quarters, unreadable: read.unreadable }
        : ({ kind } as YearQuartersState),
    [kind, key, read],
  );
}
