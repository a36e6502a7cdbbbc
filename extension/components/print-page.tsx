import { type Pack, Q2026_MANIFEST, TusoiInputError } from '@tusoi/rubric-core';
import type { ReviewDocument } from '@tusoi/rubric-core/document';
import { BilingualText, DocumentView, readYear } from '@tusoi/ui';
import { useEffect, useState } from 'preact/hooks';
import type { Draft, Store } from '@/lib/store';
import { isQuarterlyYear, personOf, quarterDraftsOf, yearInputs } from '@/lib/year-drafts';
import { draftDocument } from './document-actions';
import { LockScreen } from './lock-screen';
import { useStoreState } from './use-store';

/**
 * The quarters an annual draft's year is rolled from, found and read as the side panel finds them
 * (the same person's latest draft of each quarter of that year, those with a result); none for a
 * quarterly draft, an earlier year or a draft with no name.
 */
async function yearQuartersOf(store: Store, draft: Draft, packs: readonly Pack[]): Promise<Record<string, unknown>[]> {
  const a = draft.data.assessment;
  if (draft.unreadable || !isQuarterlyYear(a, Q2026_MANIFEST.from) || personOf(a) === '') return [];
  const found = quarterDraftsOf(await store.listSummaries(), draft.id, a);
  const drafts = await Promise.all(found.map((s) => (s ? store.getDraft(s.id) : undefined)));
  const quarters = drafts.map((d) => (d && !d.unreadable ? d.data.assessment : undefined));
  return yearInputs(quarters, readYear(a, quarters, packs).perQuarter);
}

/** The print view of one draft (`print.html?draft=ID`): the document, then the browser's print dialog. */
export function PrintPage({ store, draftId, autoPrint }: { store: Store; draftId: string; autoPrint: boolean }) {
  const { lang, lockState, setLockState, packs } = useStoreState(store);
  const [doc, setDoc] = useState<ReviewDocument | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (lockState !== 'none' && lockState !== 'unlocked') return;
    void (async () => {
      const draft = await store.getDraft(draftId);
      if (draft === undefined) return setError('Không tìm thấy bản kiểm điểm / Draft not found');
      try {
        const made = draftDocument(draft, packs, await yearQuartersOf(store, draft, packs)).doc;
        document.title = made.title;
        setDoc(made);
      } catch (e) {
        if (!(e instanceof TusoiInputError)) throw e;
        setError(e.issues.map((i) => `${i.path}: ${i.message.vi} / ${i.message.en}`).join('\n'));
      }
    })();
  }, [lockState, packs]);
  useEffect(() => {
    // After the document is on the page; the dialog is the browser's own (print or save as PDF).
    if (doc !== null && autoPrint) setTimeout(() => window.print(), 100);
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
  return doc === null ? null : <DocumentView doc={doc} />;
}
