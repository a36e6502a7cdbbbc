import { type Pack, type Pack2, Q2026_MANIFEST, TusoiInputError } from '@tusoi/rubric-core';
import type { ReviewDocument } from '@tusoi/rubric-core/document';
import { BilingualText, DocumentView, readYear } from '@tusoi/ui';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Draft, Store } from '@/lib/store';
import {
  isQuarterlyYear,
  personOf,
  type QuartersRead,
  quarterDraftsOf,
  readQuarterDrafts,
  unreadableQuartersText,
  yearInputs,
} from '@/lib/year-drafts';
import { draftDocument } from './document-actions';
import { LockScreen } from './lock-screen';
import { useStoreState } from './use-store';

/**
 * The quarters an annual draft's year is rolled from, found and read as the side panel finds them
 * (the same person's latest draft of each quarter of that year, those with a result); none for a
 * quarterly draft, an earlier year or a draft with no name. `unreadable`: the quarters whose
 * stored draft could not be read (left out, named to the user, never changed).
 */
async function yearQuartersOf(
  store: Store,
  draft: Draft,
  packs: readonly (Pack | Pack2)[],
): Promise<{ inputs: Record<string, unknown>[]; unreadable: QuartersRead['unreadable'] }> {
  const a = draft.data.assessment;
  if (draft.unreadable || !isQuarterlyYear(a, Q2026_MANIFEST.from) || personOf(a) === '')
    return { inputs: [], unreadable: [] };
  const found = quarterDraftsOf(await store.listSummaries(), draft.id, a);
  const { quarters, unreadable } = await readQuarterDrafts(found, (id) => store.getDraft(id));
  return { inputs: yearInputs(quarters, readYear(a, quarters, packs).perQuarter), unreadable };
}

const NOTICE = 'margin: 12px; padding: 12px; border: 2px solid #b45309; background: #fffbeb; color: #1f2937;';

/** The print view of one draft (`print.html?draft=ID`): the document, then the browser's print dialog. */
export function PrintPage({ store, draftId, autoPrint }: { store: Store; draftId: string; autoPrint: boolean }) {
  const { lang, lockState, setLockState, packs: packs1, ownPacks2 } = useStoreState(store);
  // A draft may be scored by a tusoi.pack/1 or by the user's own quarterly tusoi.pack/2.
  const packs = useMemo(() => [...packs1, ...ownPacks2], [packs1, ownPacks2]);
  const [doc, setDoc] = useState<ReviewDocument | null>(null);
  const [error, setError] = useState('');
  // Quarters of the year whose stored draft could not be read: said above the document.
  const [notice, setNotice] = useState<{ vi: string; en: string } | null>(null);
  useEffect(() => {
    if (lockState !== 'none' && lockState !== 'unlocked') return;
    void (async () => {
      const draft = await store.getDraft(draftId);
      if (draft === undefined) return setError('Không tìm thấy bản kiểm điểm / Draft not found');
      try {
        const year = await yearQuartersOf(store, draft, packs);
        const made = draftDocument(draft, packs, year.inputs, year.unreadable).doc;
        document.title = made.title;
        setNotice(unreadableQuartersText(year, (draft.data.assessment.period as { year?: unknown } | undefined)?.year));
        setDoc(made);
      } catch (e) {
        if (!(e instanceof TusoiInputError)) throw e;
        setError(e.issues.map((i) => `${i.path}: ${i.message.vi} / ${i.message.en}`).join('\n'));
      }
    })();
  }, [lockState, packs]);
  useEffect(() => {
    // After the document is on the page; the dialog is the browser's own (print or save as PDF).
    // A quarter that could not be read is told first: printing waits for the user's "In".
    if (doc !== null && autoPrint && notice === null) setTimeout(() => window.print(), 100);
  }, [doc]);
  if (lockState === 'locked')
    return <LockScreen store={store} lang={lang} onUnlocked={() => setLockState('unlocked')} />;
  if (error !== '')
    return (
      <pre role="alert">
        {/* One problem a line, each in both languages, the English half marked as such. */}
        {error.split('\n').map((line, i) => (
          <span key={`${i}${line}`}>
            {i > 0 && '\n'}
            <BilingualText text={line} />
          </span>
        ))}
      </pre>
    );
  if (doc === null) return null;
  return (
    <main>
      {notice && (
        <div class="print-notice" role="alert" data-testid="print-notice" style={NOTICE}>
          {/* On the screen only: the paper holds the document. */}
          <style>{'@media print { .print-notice { display: none } }'}</style>
          <p style="margin: 0 0 8px">
            <span lang="vi">{notice.vi}</span>
            <br />
            <span lang="en">{notice.en}</span>
          </p>
          <button type="button" data-action="print" onClick={() => window.print()}>
            In / <span lang="en">Print</span>
          </button>
        </div>
      )}
      <DocumentView doc={doc} />
    </main>
  );
}
