import { type Lang, type Pack, TusoiInputError } from '@tusoi/rubric-core';
import { buildReviewDocument, documentFileName } from '@tusoi/rubric-core/document';
import { useState } from 'preact/hooks';
import type { Draft } from '@/lib/store';

const TEXT = {
  vi: {
    docx: 'Tải bản Word',
    print: 'In',
    made: 'Đã tạo tệp',
    invalid: 'Chưa tạo được bản kiểm điểm',
  },
  en: {
    docx: 'Download Word file',
    print: 'Print',
    made: 'File made',
    invalid: 'The document could not be made',
  },
} as const;

/** Builds the draft's review document; a draft that is not yet valid gives its issues, Vietnamese first. */
export function draftDocument(draft: Draft, packs: readonly Pack[]) {
  const doc = buildReviewDocument({
    assessment: draft.data.assessment,
    ...(draft.data.notes ? { notes: draft.data.notes } : {}),
    packs,
  });
  const a = draft.data.assessment as { period: { year: number; quarter?: number }; subject: { name?: string } };
  return { doc, fileName: documentFileName(doc, a.period, a.subject.name) };
}

/** "Tải bản Word" and "In": the document is made on this computer; nothing is sent anywhere. */
export function DocumentActions({ draft, packs, lang }: { draft: Draft; packs: readonly Pack[]; lang: Lang }) {
  const t = TEXT[lang];
  const [status, setStatus] = useState('');
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      setStatus(`${t.invalid}: ${e.issues.map((i) => `${i.path} — ${i.message[lang]}`).join('; ')}`);
    }
  };
  const download = () =>
    guard(async () => {
      const { doc, fileName } = draftDocument(draft, packs);
      // The renderer (and the docx package) loads only when asked for.
      const { renderDocxBlob } = await import('@tusoi/rubric-core/document/docx');
      const blob = await renderDocxBlob(doc);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(`${t.made}: ${fileName} (${Math.round(blob.size / 100) / 10} kB)`);
    });
  const print = () =>
    guard(async () => {
      draftDocument(draft, packs);
      await browser.tabs.create({ url: browser.runtime.getURL(`/print.html?draft=${encodeURIComponent(draft.id)}`) });
    });
  return (
    <div class="document-actions">
      <button type="button" data-action="docx" onClick={() => void download()}>
        {t.docx}
      </button>
      <button type="button" data-action="print" onClick={() => void print()}>
        {t.print}
      </button>
      <p role="status" data-testid="document-status">
        {status}
      </p>
    </div>
  );
}
