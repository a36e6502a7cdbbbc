import { type InputIssue, type Lang, type Pack, type Pack2, TusoiInputError } from '@tusoi/rubric-core';
import { asciiFileName, buildReviewDocument, documentFileName } from '@tusoi/rubric-core/document';
import { fieldLabel } from '@tusoi/ui';
import { useContext, useState } from 'preact/hooks';
import type { Draft } from '@/lib/store';
import { type QuartersRead, unreadableQuartersText } from '@/lib/year-drafts';
import { PanelStatus } from './panel-status';

const TEXT = {
  vi: {
    docx: 'Tải bản Word',
    print: 'In',
    made: 'Đã tạo tệp',
    invalid: 'Chưa tạo được bản kiểm điểm, cần bổ sung',
    missing: 'chưa điền',
    reason: 'Lý do tiêu chí chưa đạt',
  },
  en: {
    docx: 'Download Word file',
    print: 'Print',
    made: 'File made',
    invalid: 'The document could not be made yet; still needed',
    missing: 'not filled in',
    reason: 'Reason a criterion is not met',
  },
} as const;

/**
 * Builds the draft's review document; a draft that is not yet valid gives its issues, Vietnamese
 * first. An annual draft's `quarters` (those its year is rolled from) put the year's result in it,
 * the same the panel shows; `unreadable`, the quarters whose stored draft could not be read, are
 * named there too (Vietnamese, then English), with the store's reason.
 */
export function draftDocument(
  draft: Draft,
  packs: readonly (Pack | Pack2)[],
  quarters: readonly unknown[] = [],
  unreadable: QuartersRead['unreadable'] = [],
) {
  // The document's reason is a line of text (at most 500 characters a language).
  const line = (s: string) => (s.length > 500 ? `${s.slice(0, 499)}…` : s);
  const unreadableQuarters = unreadable.map(({ quarter, why }) => ({
    quarter,
    why: { vi: line(why.vi), en: line(why.en) },
  }));
  const doc = buildReviewDocument({
    assessment: draft.data.assessment,
    ...(draft.data.notes ? { notes: draft.data.notes } : {}),
    packs,
    ...(quarters.length > 0 ? { quarters } : {}),
    ...(unreadableQuarters.length > 0 ? { unreadableQuarters } : {}),
  });
  const a = draft.data.assessment as { period: { year: number; quarter?: number }; subject: { name?: string } };
  return { doc, fileName: documentFileName(doc, a.period, a.subject.name) };
}

/**
 * The name the browser is asked to save the .docx under. Chromium on Linux writes a file name in
 * the system locale's encoding; under a locale that is not UTF-8 (LANG=C, or no LANG at all) it
 * cannot write "Bản kiểm điểm …" and saves the file as "download", without .docx. The page cannot
 * see the locale, so on Linux the name is given without diacritics, which every locale can write.
 * Windows, macOS and ChromeOS keep the Vietnamese name.
 *
 * @param platform The browser's platform ("Windows", "macOS", "Linux", "Chrome OS", "Linux x86_64", …).
 */
export function savedFileName(fileName: string, platform: string = browserPlatform()): string {
  return /^linux/i.test(platform.trim()) ? asciiFileName(fileName) : fileName;
}

/** The platform as Chromium names it (ChromeOS apart from Linux); other browsers give navigator.platform. */
function browserPlatform(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || navigator.platform;
}

/**
 * Why the document could not be made, each field by its label on the form and in plain words
 * ("“Nhiệm vụ được giao”: chưa điền"), never by its key.
 */
export function documentIssuesText(issues: readonly InputIssue[], lang: Lang): string {
  const t = TEXT[lang];
  const lines = issues.map((i) => {
    // The draft's notes beside the assessment are the reasons given for criteria not met.
    const where = i.path.startsWith('notes') ? t.reason : fieldLabel(i.path.replace(/^assessment\.?/, ''), lang);
    const what = (i.code === 'missing' ? t.missing : i.message[lang]).replace(/\.$/, '');
    // Some reasons already name their field ("chưa có số liệu ở “Nhiệm vụ được giao”…").
    return what.includes(`“${where}”`) ? what : `“${where}”: ${what}`;
  });
  // A field named twice (a group and its parts) is said once.
  return `${t.invalid}: ${[...new Set(lines)].join('; ')}.`;
}

/** "Tải bản Word" and "In": the document is made on this computer; nothing is sent anywhere. */
export function DocumentActions({
  draft,
  packs,
  lang,
  quarters = [],
  unreadable = [],
}: {
  draft: Draft;
  /** The packs a draft may be scored by: tusoi.pack/1, and the user's own quarterly tusoi.pack/2. */
  packs: readonly (Pack | Pack2)[];
  lang: Lang;
  /** An annual draft's quarters its year is rolled from (see draftDocument). */
  quarters?: readonly unknown[];
  /** Quarters of the year whose stored draft could not be read (left out of the document, said with its result). */
  unreadable?: QuartersRead['unreadable'];
}) {
  const t = TEXT[lang];
  const [status, setShown] = useState('');
  // In the ⋯ menu, which closes on the press: the result is also said on the panel's status line.
  const panelSay = useContext(PanelStatus);
  const setStatus = (text: string) => {
    setShown(text);
    panelSay?.(text);
  };
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      setStatus(documentIssuesText(e.issues, lang));
    }
  };
  const download = () =>
    guard(async () => {
      const { doc, fileName } = draftDocument(draft, packs, quarters, unreadable);
      const name = savedFileName(fileName);
      // The renderer (and the docx package) loads only when asked for.
      const { renderDocxBlob } = await import('@tusoi/rubric-core/document/docx');
      const blob = await renderDocxBlob(doc);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const left = unreadableQuartersText(
        { unreadable },
        (draft.data.assessment.period as { year?: unknown } | undefined)?.year,
      );
      setStatus(`${t.made}: ${name} (${Math.round(blob.size / 100) / 10} kB)${left ? `. ${left[lang]}` : ''}`);
    });
  const print = () =>
    guard(async () => {
      draftDocument(draft, packs, quarters, unreadable);
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
