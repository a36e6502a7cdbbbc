import {
  DEMO_MAPS,
  type Detection,
  type FillReport,
  FORMMAP_FORMAT,
  type FormMap,
  type FormProblem,
  judgeProposal,
  type Locator,
  MAPPABLE_FIELDS,
  type MappableField,
  mapMatches,
  type ProposalOnPage,
  planFromMap,
  type UndoReport,
} from '@tusoi/form-kit';
import type { Lang, Pack } from '@tusoi/rubric-core';
import { fieldLabel } from '@tusoi/ui';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import type { PortalRequest } from '@/lib/messages';
import { locatorText, type PageProblem, pageProblem, pageProblemText } from '@/lib/plain-words';

type Problem = Omit<FormProblem, 'element'>;

/** The portal tab beside the panel: the active tab, or (when the panel itself is a tab) the last portal tab used. */
async function portalTab(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) return active.id;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const last = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return last?.id ?? active?.id ?? null;
}

async function send<T>(tabId: number, request: PortalRequest): Promise<T> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/portal.js'] });
  return browser.tabs.sendMessage(tabId, request) as Promise<T>;
}

/** Fill, check and undo on the portal form beside the panel; an unknown form is previewed before anything is written. */
export function PortalActions({
  assessment,
  notes,
  packs,
  lang,
  maps,
  onAccept,
  firstUse,
  more,
}: {
  assessment: Record<string, unknown>;
  /** Reasons for criteria not met, for portals that ask for them. */
  notes: Readonly<Record<string, string>>;
  /** The packs a draft scored by criteria may use. */
  packs: readonly Pack[];
  lang: Lang;
  maps: readonly FormMap[];
  /** Keeps an accepted detection, so the form is known next time. */
  onAccept: (map: FormMap) => Promise<void>;
  /** Whether a saved map was already accepted on a page (`mapId origin/path`); a new pairing is previewed first. */
  firstUse?: { isNew: (key: string) => Promise<boolean>; mark: (key: string) => Promise<void> };
  /** More actions for the overflow menu (⋯), after pick mode. */
  more?: ComponentChildren;
}) {
  const t = texts(lang);
  const [status, setStatus] = useState<string>('');
  const [preview, setPreview] = useState<{ tabId: number; detection: Detection; seenKey?: string } | null>(null);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [pickField, setPickField] = useState<MappableField>('subject.name');
  const [problem, setProblem] = useState<PageProblem | null>(null);
  // The status is text in the language it was written in: a new language clears it rather than mix the two.
  useEffect(() => setStatus(''), [lang]);

  // Pick mode: the next field clicked on the page is mapped to the chosen draft field, in a
  // map of the user's own for this page (saved like an accepted detection).
  const pick = async () => {
    const tabId = await portalTab();
    if (tabId === null) return setStatus(t.noPortal);
    setStatus(t.pickNow);
    const { locator, url } = await send<{ locator: Locator; url: string }>(tabId, { type: 'tusoi:pick' });
    const page = new URL(url);
    const id = `custom-${page.host}${page.pathname}`.replace(/[^\w.-]+/g, '-');
    const known = maps.find((m) => m.id === id);
    const map: FormMap = known ?? {
      format: FORMMAP_FORMAT,
      id,
      title: { vi: `Biểu mẫu tự chọn: ${page.host}${page.pathname}`, en: `Picked form: ${page.host}${page.pathname}` },
      match: [`${page.origin}${page.pathname}*`],
      steps: [],
    };
    const steps = [
      ...map.steps.filter((s) => !('field' in s) || s.field !== pickField),
      { field: pickField, locator } as FormMap['steps'][number],
    ];
    await onAccept({ ...map, steps });
    // Picked by the user on this very page: nothing to preview.
    await firstUse?.mark(`${map.id} ${page.origin}${page.pathname}`);
    setStatus(`${t.picked}: ${fieldLabel(pickField, lang)} → ${locatorText(locator, lang)}`);
  };

  const criteria = assessment.criteria as { pack?: string } | undefined;
  const pack = packs.find((p) => p.id === criteria?.pack);

  const fill = async (tabId: number, map: FormMap) => {
    const report = await send<Pick<FillReport, 'results' | 'summary'>>(tabId, {
      type: 'tusoi:fill',
      plan: planFromMap(map, assessment, { notes, ...(pack ? { pack } : {}) }) as never,
    });
    // form-kit's summary is read back from the page: "Đã điền N/N" only when all N hold, else why not.
    setStatus(report.summary[lang]);
  };

  const withMap = async (action: (tabId: number, map: FormMap) => Promise<void>) => {
    setProblems(null);
    setProblem(null);
    try {
      const tabId = await portalTab();
      if (tabId === null) return setStatus(t.noPortal);
      const { url } = await send<{ url: string }>(tabId, { type: 'tusoi:url' });
      const map = [...maps, ...DEMO_MAPS].find((m) => mapMatches(m, url));
      const page = new URL(url);
      if (map) {
        // A saved or imported map used on a page for the first time is shown before anything is written.
        const seenKey = `${map.id} ${page.origin}${page.pathname}`;
        if (!DEMO_MAPS.includes(map) && firstUse && (await firstUse.isNew(seenKey))) {
          const preview = map.steps.map((step) => ({
            field: ('field' in step
              ? step.field
              : 'criterion' in step
                ? `criteria.${step.criterion}`
                : 'click') as MappableField,
            label: map.title[lang] ?? map.title.vi,
            found: ((loc) => (loc ? locatorText(loc, lang) : '—'))(
              'field' in step ? step.locator : 'click' in step ? step.click : (step.met ?? step.points),
            ),
          }));
          return setPreview({ tabId, detection: { map, preview }, seenKey });
        }
        return await action(tabId, map);
      }
      const detection = await send<Detection | null>(tabId, { type: 'tusoi:detect' });
      // An accepted detection is known on this page from then on.
      if (detection) setPreview({ tabId, detection, seenKey: `${detection.map.id} ${page.origin}${page.pathname}` });
      else setStatus(t.unknownForm);
    } catch (e) {
      // The browser's own words (English, technical) become what the user can do.
      setProblem(pageProblem(e));
      setStatus(pageProblemText(pageProblem(e), lang));
    }
  };

  return (
    <fieldset class="portal-actions">
      <legend class="visually-hidden">{t.portal}</legend>
      <div class="action-row">
        <button type="button" class="btn-primary" data-action="fill" onClick={() => void withMap(fill)}>
          {t.fillForm}
        </button>
        <button
          type="button"
          aria-label={t.checkForm}
          data-action="check"
          onClick={() =>
            void withMap(async (tabId, map) => {
              const r = await send<{ problems: Problem[]; proposal: ProposalOnPage | null }>(tabId, {
                type: 'tusoi:check',
                map,
                draft: assessment,
                lang,
              });
              // A level above what the rules give is judged here, from the page's scores and level with
              // the draft's other facts; it is told in the panel only, never placed on the page.
              const above = r.proposal ? judgeProposal(assessment, r.proposal) : null;
              const problems: Problem[] = above
                ? [
                    ...r.problems,
                    { code: 'PROPOSED_ABOVE_RULES', field: 'proposedLevel', message: above, panelOnly: true },
                  ]
                : r.problems;
              setProblems(problems);
              setStatus(problems.length === 0 ? t.formOk : `${problems.length} ${t.problemsFound}`);
            })
          }
        >
          {t.checkShort}
        </button>
        <button
          type="button"
          aria-label={t.undo}
          data-action="undo"
          onClick={async () => {
            const tabId = await portalTab();
            if (tabId === null) return setStatus(t.noPortal);
            const r = await send<Pick<UndoReport, 'message'>>(tabId, { type: 'tusoi:undo' });
            setProblems(null);
            setStatus(r.message[lang]);
          }}
        >
          {t.undoShort}
        </button>
        <details class="more">
          <summary class="btn" aria-label={t.more} title={t.more}>
            <span aria-hidden="true">⋯</span>
          </summary>
          <div class="more-menu">
            <div class="pick">
              <label class="field">
                <span>{t.pickLabel}</span>
                <select
                  name="pickField"
                  value={pickField}
                  onChange={(e) => setPickField(e.currentTarget.value as MappableField)}
                >
                  {MAPPABLE_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(f, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" data-action="pick" onClick={() => void pick()}>
                {t.pickField}
              </button>
            </div>
            {more}
          </div>
        </details>
      </div>
      <div class="portal-detail">
        {preview && (
          <div data-testid="preview">
            <p>{t.previewIntro}</p>
            <table>
              <tbody>
                {preview.detection.preview.map((row) => (
                  <tr key={row.field}>
                    <td>{fieldLabel(row.field, lang)}</td>
                    <td>{row.label}</td>
                    <td data-ambiguous={row.ambiguous ? 'true' : undefined}>
                      {/* A label two fields carry equally well is shown, not guessed (form-kit leaves it out of the map). */}
                      <code>
                        {row.ambiguous
                          ? `${lang === 'vi' ? 'Nhiều ô cùng khớp, chưa chọn' : 'Several fields match; none chosen'}: ${row.ambiguous.join(' / ')}`
                          : row.found}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              class="btn-primary"
              data-action="accept"
              onClick={async () => {
                const { tabId, detection, seenKey } = preview;
                setPreview(null);
                await onAccept(detection.map);
                if (seenKey) await firstUse?.mark(seenKey);
                await fill(tabId, detection.map);
              }}
            >
              {t.acceptFill}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t.cancel}
            </button>
          </div>
        )}
        <p role="status" data-testid="portal-status" class="portal-status">
          {status}
        </p>
        {problem === 'permission' && (
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.openSettings}
          </button>
        )}
        {problems && problems.length > 0 && (
          <ul data-testid="form-problems">
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {p.message[lang]}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
