import {
  DEMO_MAPS,
  type Detection,
  type FillReport,
  FORMMAP_FORMAT,
  type FormMap,
  type FormProblem,
  type Locator,
  MAPPABLE_FIELDS,
  type MappableField,
  mapMatches,
  planFromMap,
  type UndoReport,
} from '@tusoi/form-kit';
import type { Lang, Pack } from '@tusoi/rubric-core';
import { useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import type { PortalRequest } from '@/lib/messages';

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
}) {
  const t = texts(lang);
  const [status, setStatus] = useState<string>('');
  const [preview, setPreview] = useState<{ tabId: number; detection: Detection } | null>(null);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [pickField, setPickField] = useState<MappableField>('subject.name');

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
    setStatus(`${t.picked}: ${pickField} → ${JSON.stringify(locator)}`);
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
    try {
      const tabId = await portalTab();
      if (tabId === null) return setStatus(t.noPortal);
      const { url } = await send<{ url: string }>(tabId, { type: 'tusoi:url' });
      const map = [...maps, ...DEMO_MAPS].find((m) => mapMatches(m, url));
      if (map) return await action(tabId, map);
      const detection = await send<Detection | null>(tabId, { type: 'tusoi:detect' });
      if (detection) setPreview({ tabId, detection });
      else setStatus(t.unknownForm);
    } catch (e) {
      setStatus(`${t.portalError}: ${(e as Error).message}`);
    }
  };

  return (
    <fieldset class="portal-actions">
      <legend>{t.portal}</legend>
      <button type="button" data-action="fill" onClick={() => void withMap(fill)}>
        {t.fillForm}
      </button>
      <button
        type="button"
        data-action="check"
        onClick={() =>
          void withMap(async (tabId, map) => {
            const r = await send<{ problems: Problem[] }>(tabId, { type: 'tusoi:check', map, draft: assessment, lang });
            setProblems(r.problems);
            setStatus(r.problems.length === 0 ? t.formOk : `${r.problems.length} ${t.problemsFound}`);
          })
        }
      >
        {t.checkForm}
      </button>
      <button
        type="button"
        data-action="undo"
        onClick={async () => {
          const tabId = await portalTab();
          if (tabId === null) return setStatus(t.noPortal);
          const r = await send<Pick<UndoReport, 'message'>>(tabId, { type: 'tusoi:undo' });
          setProblems(null);
          setStatus(r.message[lang]);
        }}
      >
        {t.undo}
      </button>
      {preview && (
        <div data-testid="preview">
          <p>{t.previewIntro}</p>
          <table>
            <tbody>
              {preview.detection.preview.map((row) => (
                <tr key={row.field}>
                  <td>{row.field}</td>
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
            data-action="accept"
            onClick={async () => {
              const { tabId, detection } = preview;
              setPreview(null);
              await onAccept(detection.map);
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
      <div class="pick">
        <select
          name="pickField"
          value={pickField}
          onChange={(e) => setPickField(e.currentTarget.value as MappableField)}
        >
          {MAPPABLE_FIELDS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <button type="button" data-action="pick" onClick={() => void pick()}>
          {t.pickField}
        </button>
      </div>
      <p role="status" data-testid="portal-status">
        {status}
      </p>
      {problems && problems.length > 0 && (
        <ul data-testid="form-problems">
          {problems.map((p, i) => (
            <li key={i} data-code={p.code}>
              {p.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
