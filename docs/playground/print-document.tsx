import { type Lang, TusoiInputError } from '@tusoi/rubric-core';
import { buildReviewDocument } from '@tusoi/rubric-core/document';
import { DocumentView } from '@tusoi/ui';
import { render } from 'preact';

/** "In bản kiểm điểm": the case as the paper review document, in a new window, then the browser's print. */
export function PrintDocumentButton({ assessment, lang }: { assessment: unknown; lang: Lang }) {
  const open = () => {
    const w = window.open('', '_blank');
    if (w === null) return;
    w.document.title = 'Tự Soi';
    const root = w.document.body.appendChild(w.document.createElement('div'));
    try {
      const doc = buildReviewDocument({ assessment });
      w.document.title = doc.title;
      render(<DocumentView doc={doc} />, root);
      setTimeout(() => w.print(), 100);
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      render(
        <pre role="alert">{e.issues.map((i) => `${i.path}: ${i.message.vi} / ${i.message.en}`).join('\n')}</pre>,
        root,
      );
    }
  };
  return (
    <button type="button" data-action="print-document" onClick={open}>
      {lang === 'vi' ? 'In bản kiểm điểm' : 'Print the review document'}
    </button>
  );
}
