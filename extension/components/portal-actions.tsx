import {
  DEMO_MAPS,
  type Detection,
  type FillReport,
  FORMMAP_FORMAT,
  type FormMap,
  type FormProblem,
  type MappableField,
  mapMatches,
  planFromMap,
} from '@tusoi/form-kit';
import type { Lang, Pack } from '@tusoi/rubric-core';
import { useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import type { PortalRequest } from '@/lib/messages';
import type { PickResult } from '@/lib/pick-session';
import { failReason, fieldLabel, keyLabel, officialLabelList, PICKABLE, portalTexts } from './portal-texts';

type Problem = Omit<FormProblem, 'element'>;

/** The portal tab beside the panel: the active tab, or (when the panel itself is a tab) the last portal tab used. */
async function portalTab(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) return active.id;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const last = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return last?.id ?? active?.id ?? null;
}

/** A frame of the portal tab: 0 is the page itself. */
interface Where {
  readonly tabId: number;
  readonly frameId: number;
}

async function send<T>({ tabId, frameId }: Where, request: PortalRequest): Promise<T> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['/content-scripts/portal.js'],
  });
  return browser.tabs.sendMessage(tabId, request, { frameId }) as Promise<T>;
}

/**
 * The frames of origins the user has granted, among the foreign frames the page holds. The
 * script is injected into every frame the extension may reach; the browser skips the others.
 */
async function grantedFrames(
  tabId: number,
  origins: readonly string[],
): Promise<{ granted: Where[]; denied: string[] }> {
  const denied: string[] = [];
  const allowed: string[] = [];
  for (const origin of origins)
    ((await browser.permissions.contains({ origins: [`${origin}/*`] })) ? allowed : denied).push(origin);
  if (allowed.length === 0) return { granted: [], denied };
  const injected = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: ['/content-scripts/portal.js'],
  });
  const granted: Where[] = [];
  for (const { frameId } of injected) {
    if (frameId === 0) continue;
    const { url } = (await browser.tabs.sendMessage(tabId, { type: 'tusoi:url' }, { frameId })) as { url: string };
    if (allowed.includes(new URL(url).origin)) granted.push({ tabId, frameId });
  }
  return { granted, denied };
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
  const p = portalTexts(lang);
  const [status, setStatus] = useState<string>('');
  const [help, setHelp] = useState<readonly string[] | null>(null);
  const [preview, setPreview] = useState<{ where: Where; detection: Detection } | null>(null);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [pickField, setPickField] = useState<MappableField>('subject.name');
  const [picking, setPicking] = useState<Where | null>(null);
  // The frame last filled, where "Hoàn tác" applies.
  const [filledIn, setFilledIn] = useState<Where | null>(null);
  const say = (text: string, more: readonly string[] | null = null) => {
    setStatus(text);
    setHelp(more);
  };

  // Pick mode: the next control clicked on the page is mapped to the chosen draft field, in a
  // map of the user's own for this page (saved like an accepted detection). The page never sees
  // that click; Esc, "Huỷ" (here or on the page) and a timeout end it.
  const pick = async () => {
    const tabId = await portalTab();
    if (tabId === null) return say(t.noPortal);
    const where = { tabId, frameId: 0 };
    const label = fieldLabel(pickField, lang);
    setPicking(where);
    say(`${t.pickNow} (${label})`);
    let result: PickResult;
    try {
      result = await send<PickResult>(where, { type: 'tusoi:pick', label });
    } catch (e) {
      return say(`${t.portalError}: ${(e as Error).message}`);
    } finally {
      setPicking(null);
    }
    if (result.status === 'cancelled') return say(p.pickCancelled);
    if (result.status === 'timeout') return say(p.pickTimeout);
    const page = new URL(result.url);
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
      { field: pickField, locator: result.locator } as FormMap['steps'][number],
    ];
    await onAccept({ ...map, steps });
    say(`${t.picked}: ${label} → ${result.found}`);
  };

  const criteria = assessment.criteria as { pack?: string } | undefined;
  const pack = packs.find((p) => p.id === criteria?.pack);

  const fill = async (where: Where, map: FormMap) => {
    // form-kit may give its own read-back summary ("Đã điền N/N" only when all N hold); else it is composed here.
    const report = await send<Pick<FillReport, 'results'> & { summary?: Record<Lang, string> }>(where, {
      type: 'tusoi:fill',
      plan: planFromMap(map, assessment, { notes, ...(pack ? { pack } : {}) }) as never,
    });
    setFilledIn(where);
    const all = Object.entries(report.results);
    // Each field not filled is named by its words and why, never by an internal key.
    const failed = all
      .filter(([, r]) => !r.ok)
      .map(([key, r]) => `${keyLabel(key, lang)} (${failReason(r.error, lang)})`);
    say(
      report.summary?.[lang] ??
        `${t.filled} ${all.length - failed.length}/${all.length}${failed.length ? ` — ${t.notFilled}: ${failed.join('; ')}` : ''}`,
    );
  };

  /** Runs `action` with the map of the form in this frame, or shows the preview of a detected one; false when neither. */
  const inFrame = async (where: Where, action: (where: Where, map: FormMap) => Promise<void>): Promise<boolean> => {
    const { url } = await send<{ url: string }>(where, { type: 'tusoi:url' });
    const map = [...maps, ...DEMO_MAPS].find((m) => mapMatches(m, url));
    if (map) {
      await action(where, map);
      return true;
    }
    const detection = await send<Detection | null>(where, { type: 'tusoi:detect' });
    if (!detection) return false;
    setPreview({ where, detection });
    return true;
  };

  const withMap = async (action: (where: Where, map: FormMap) => Promise<void>) => {
    setProblems(null);
    try {
      const tabId = await portalTab();
      if (tabId === null) return say(t.noPortal);
      const top = { tabId, frameId: 0 };
      if (await inFrame(top, action)) return;
      // Not in the page itself: a frame of another origin, if the user has granted it.
      const { origins } = await send<{ origins: string[] }>(top, { type: 'tusoi:frames' });
      const { granted, denied } = await grantedFrames(tabId, origins);
      for (const where of granted) if (await inFrame(where, action)) return;
      if (denied.length > 0) return say(`${p.frameBlocked}: ${denied.join(', ')}.`, [p.frameWhy]);
      say(p.notRecognised, [`${p.lookedFor}: ${officialLabelList()}.`, p.nextSteps]);
    } catch (e) {
      say(`${t.portalError}: ${(e as Error).message}`);
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
          void withMap(async (where, map) => {
            const r = await send<{ problems: Problem[] }>(where, { type: 'tusoi:check', map, draft: assessment, lang });
            setProblems(r.problems);
            say(r.problems.length === 0 ? t.formOk : `${r.problems.length} ${t.problemsFound}`);
          })
        }
      >
        {t.checkForm}
      </button>
      <button
        type="button"
        data-action="undo"
        onClick={async () => {
          try {
            const tabId = await portalTab();
            if (tabId === null) return say(t.noPortal);
            const where = filledIn?.tabId === tabId ? filledIn : { tabId, frameId: 0 };
            const r = await send<{ undone: boolean; message?: Record<Lang, string> }>(where, { type: 'tusoi:undo' });
            setProblems(null);
            say(r.message?.[lang] ?? (r.undone ? t.undone : p.nothingToUndo));
          } catch (e) {
            say(`${t.portalError}: ${(e as Error).message}`);
          }
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
                <tr key={row.field} data-field={row.field}>
                  <td>{fieldLabel(row.field, lang)}</td>
                  <td>{row.label}</td>
                  <td>
                    <code>{row.found}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            data-action="accept"
            onClick={async () => {
              const { where, detection } = preview;
              setPreview(null);
              await onAccept(detection.map);
              await fill(where, detection.map);
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
        <label>
          {p.pickFor}{' '}
          <select
            name="pickField"
            value={pickField}
            onChange={(e) => setPickField(e.currentTarget.value as MappableField)}
          >
            {PICKABLE.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-action="pick" disabled={picking !== null} onClick={() => void pick()}>
          {t.pickField}
        </button>
        {picking && (
          <button
            type="button"
            data-action="pick-cancel"
            onClick={() => void send(picking, { type: 'tusoi:pick-cancel' }).catch(() => undefined)}
          >
            {p.pickCancel}
          </button>
        )}
      </div>
      <p role="status" data-testid="portal-status">
        {status}
      </p>
      {help && (
        <div data-testid="portal-help">
          {help.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
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
    </fieldset>
  );
}
