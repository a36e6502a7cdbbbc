import type { FormMap } from '@tusoi/form-kit';
import { LEVEL_NAMES } from '@tusoi/rubric-core';
import { getIn, setIn } from '@tusoi/ui';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { periodKey } from '@/lib/db';
import { isDetected } from '@/lib/form-maps';
import { texts } from '@/lib/i18n';
import { badgeText, badgeWords } from '@/lib/level-badge';
import type { DraftSummary, Store } from '@/lib/store';
import { isQuarterlyYear, quarterDraftsOf, quartersKey, yearInputs } from '@/lib/year-drafts';
import { afterPaint } from './after-paint';
import { DraftHistory, periodLabel } from './draft-history';
import { ConflictBanner, ConflictDialog, FirstStartLock, SaveStatusLine, UnreadableDraft } from './draft-safety';
import { lazy, loader, useLoaded } from './lazy';
import { LockScreen } from './lock-screen';
import { useDrafts } from './use-drafts';
import { useStoreState } from './use-store';
import { useYearQuarters } from './use-year-quarters';

// The editor, the portal actions and rubric-core's evaluation are loaded apart, starting as the
// panel opens: the panel's frame and the draft list do not wait for them.
const parts = loader(() => import('./editor-parts'));
const AnnualQuarters = lazy(parts, (m) => m.AnnualQuarters);
const DocumentActions = lazy(parts, (m) => m.DocumentActions);
const DraftEditor = lazy(parts, (m) => m.DraftEditor);
const PortalActions = lazy(parts, (m) => m.PortalActions);
const ResultView = lazy(parts, (m) => m.ResultView);
const YearResult = lazy(parts, (m) => m.YearResult);

/**
 * The side panel, one column for 320–480 px: a sticky header with the draft (name, period), its
 * live level and the portal actions; below it either the history (searchable) or the editor in
 * sections (Thông tin chung → A → B → 27 biểu hiện → Kết quả). Drafts are kept in step with the
 * store and every other page by useDrafts; the footer says "Đã lưu" only after a write commits.
 */
export function SidePanel({ store }: { store: Store }) {
  const loaded = useLoaded(parts);
  const { lang, setLang, lockState, setLockState, packs, ownPacks2 } = useStoreState(store);
  // What a draft's criteria may name: a tusoi.pack/1, or the user's own quarterly tusoi.pack/2.
  const scoring = useMemo(() => [...packs, ...ownPacks2], [packs, ownPacks2]);
  const t = texts(lang);
  const [maps, setMaps] = useState<FormMap[]>([]);
  const { summaries, listed, current, status, notice, setNotice, update, select, refresh, resolve } = useDrafts(
    store,
    lockState,
    setLockState,
  );
  const [offerLock, setOfferLock] = useState(false);
  /** "Đã bật khoá", said for a moment after the first-start offer set the lock. */
  const [lockNote, setLockNote] = useState(false);
  /** The lock is being set at first start: no draft is started until it is. */
  const [locking, setLocking] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [levels, setLevels] = useState<ReadonlyMap<string, string | null>>(new Map());
  const reading = useRef(new Set<string>());
  const mapFirstUse = useMemo(
    () => ({
      isNew: async (key: string) => !((await store.setting<string[]>('seenMaps')) ?? []).includes(key),
      mark: async (key: string) =>
        store.setSetting('seenMaps', [...((await store.setting<string[]>('seenMaps')) ?? []), key]),
    }),
    [store],
  );

  // A field focused by Shift+Tab or scrolled into view must not land under the sticky header:
  // the page's scroll padding follows the header's height (it grows with the portal status).
  const [header, setHeader] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const el = header;
    if (!el || typeof ResizeObserver !== 'function') return;
    const pad = () => {
      document.documentElement.style.scrollPaddingTop = `${Math.ceil(el.getBoundingClientRect().height) + 8}px`;
    };
    pad();
    const watch = new ResizeObserver(pad);
    watch.observe(el);
    return () => watch.disconnect();
  }, [header]);

  // The maps follow the store live: one imported, replaced or deleted on the options page (or
  // everything deleted or restored) reaches this panel at once, so a fill never uses a gone map.
  useEffect(() => {
    const reload = () => void store.listMaps().then((list) => setMaps(list.map((m) => m.map)));
    return store.onChange((e) => {
      if (e.kind === 'maps' || e.kind === 'all') reload();
    });
  }, [store]);
  useEffect(() => {
    void store.listMaps().then((list) => setMaps(list.map((m) => m.map)));
    if (lockState === 'none') void store.setting('lockOffer').then((v) => setOfferLock(v === undefined));
    else setOfferLock(false);
  }, [lockState]);

  const set = (path: readonly (string | number)[], value: unknown) =>
    update((data) => ({ ...data, assessment: setIn(data.assessment, path, value) }));
  const setNote = (id: string, text: string) =>
    update((data) => {
      const { [id]: _old, ...rest } = data.notes ?? {};
      return { ...data, notes: text === '' ? rest : { ...rest, [id]: text } };
    });

  const readable = current && !current.unreadable ? current : null;
  // An annual draft of the quarterly years has one result: the year rubric-core gives from its
  // quarters (classifyYear), shown alike in the badge, the result and "Các quý trong năm".
  const year = useYearQuarters(store, readable, loaded?.Q2026_MANIFEST.from, summaries, listed);
  const live = useMemo(() => {
    if (!(readable && loaded)) return null;
    const a = readable.data.assessment;
    const reading = year.kind === 'read' ? loaded.readYear(a, year.quarters, scoring) : undefined;
    if (reading && year.kind === 'read' && year.quarters.some((q) => q !== undefined))
      return { result: reading.result, issues: reading.issues, checks: reading.checks, reading, pending: false };
    // Until the quarters are read, no level is claimed for the year.
    return { ...loaded.liveResult(a, scoring), reading, pending: year.kind === 'reading' };
  }, [readable, scoring, loaded, year]);
  const level = live?.result && !live.pending ? badgeText(live.result) : null;
  // The quarters that year rests on: the portal check and the document judge the same year.
  const yearQuarters = useMemo(
    () => (year.kind === 'read' && live?.reading ? yearInputs(year.quarters, live.reading.perQuarter) : undefined),
    [year, live],
  );

  // A history row's level is read when the row comes into view (never for all 10,000 drafts), once
  // the rows are drawn.
  const levelOf = (d: DraftSummary): string | null | undefined => {
    // The open draft's level as typed (being worked out while the evaluation loads).
    if (d.id === current?.id) return readable && (!live || live.pending) ? undefined : level;
    if (loaded === null) return undefined;
    const { liveResult, readYear, Q2026_MANIFEST } = loaded;
    // An annual row's level is its year's: it changes with the person's quarter drafts too.
    const annualRow = /^\d+$/.test(d.periodKey) && Number(d.periodKey) >= Q2026_MANIFEST.from && d.person.trim() !== '';
    const found = annualRow
      ? quarterDraftsOf(summaries, d.id, { period: { year: Number(d.periodKey) }, subject: { name: d.person } })
      : [];
    const key = `${d.id}@${d.updatedAt}|${quartersKey(found)}`;
    if (levels.has(key)) return levels.get(key);
    if (!reading.current.has(key)) {
      reading.current.add(key);
      void afterPaint()
        .then(() => Promise.all([store.getDraft(d.id), ...found.map((s) => (s ? store.getDraft(s.id) : undefined))]))
        .then(([draft, ...qs]) => {
          if (!draft || draft.unreadable) return setLevels((m) => new Map(m).set(key, null));
          const a = draft.data.assessment;
          const quarters = qs.map((q) => (q && !q.unreadable ? q.data.assessment : undefined));
          const r =
            isQuarterlyYear(a, Q2026_MANIFEST.from) && quarters.some((q) => q !== undefined)
              ? readYear(a, quarters, scoring).result
              : liveResult(a, scoring).result;
          setLevels((m) => new Map(m).set(key, badgeText(r)));
        })
        .catch(() => setLevels((m) => new Map(m).set(key, null)));
    }
    return undefined;
  };

  const newDraft = async () => {
    const defaultPack = await store.setting<string>('defaultPack');
    let draft = await store.createDraft('staff', new Date().getFullYear());
    if (defaultPack && packs.some((p) => p.id === defaultPack && p.kinds.includes('staff'))) {
      draft = await store.saveDraft({
        ...draft,
        data: { ...draft.data, assessment: { ...draft.data.assessment, criteria: { pack: defaultPack, items: {} } } },
      });
    }
    setShowHistory(false);
    await refresh(draft.id);
  };

  if (lockState === 'loading') return null;
  if (lockState === 'locked')
    return (
      <div class="tusoi side-panel">
        {/* The locked screen has the app's name as its one level-one heading too. */}
        <h1 class="visually-hidden">{t.appTitle}</h1>
        <LockScreen
          store={store}
          lang={lang}
          notice={notice === 'locked-elsewhere' ? t.lockedElsewhere : undefined}
          onUnlocked={() => {
            setNotice(null);
            setLockState('unlocked');
          }}
        />
      </div>
    );

  // Name and period as typed (the stored summary catches up when the write commits).
  const a = readable?.data.assessment ?? {};
  const name = (getIn(a, ['subject', 'name']) as string | undefined) || current?.person || t.untitled;
  const period = periodLabel(
    readable ? periodKey(getIn(a, ['period', 'year']), getIn(a, ['period', 'quarter'])) : (current?.periodKey ?? ''),
    lang,
  );
  const levelText = live?.pending
    ? t.notRated
    : live?.result?.level
      ? `${LEVEL_NAMES[live.result.level][lang]} (${live.result.level})`
      : badgeWords(badgeText(live?.result), t);

  return (
    <div class="tusoi side-panel">
      <header class="panel-header" ref={setHeader}>
        <div class="panel-bar">
          {/* One level-one heading on every screen: the app's name (seen when no draft is open). */}
          <h1 class={current ? 'visually-hidden' : undefined}>{t.appTitle}</h1>
          {current ? (
            <button
              type="button"
              class="draft-switch btn-quiet"
              data-action="history"
              aria-expanded={showHistory}
              aria-controls="panel-main"
              // The visible name and period, in order and unpunctuated, are part of the accessible name (WCAG 2.5.3).
              aria-label={`${t.openHistory}: ${name} ${period}`}
              onClick={() => setShowHistory((v) => !v)}
            >
              <span class="draft-name">{name}</span> <span class="draft-period">{period}</span>
            </button>
          ) : null}
          {/* No level is claimed before the evaluation is loaded (nor a year's before its quarters are read). */}
          {readable && live && !live.pending && (
            <span
              class="level-badge"
              data-testid="live-level"
              data-level={live?.result?.level ?? ''}
              title={`${t.liveLevel}: ${levelText}`}
            >
              {badgeWords(badgeText(live?.result), t)}
            </span>
          )}
          <span class="visually-hidden" aria-live="polite" data-testid="level-announce">
            {readable && live && !live.pending ? `${t.liveLevel}: ${levelText}` : ''}
          </span>
        </div>
        {readable && (
          <PortalActions
            assessment={readable.data.assessment}
            notes={readable.data.notes ?? {}}
            packs={packs}
            ownPacks2={ownPacks2}
            lang={lang}
            maps={maps}
            firstUse={mapFirstUse}
            onAccept={async (map, page) => {
              // An accepted detection replaces an earlier detection of the same form on that page.
              let replaced: readonly string[] = [];
              if (page !== undefined && isDetected(map)) ({ replaced } = await store.saveDetected(map, page));
              else await store.saveMap(map);
              setMaps((list) => [map, ...list.filter((m) => m.id !== map.id && !replaced.includes(m.id))]);
              return replaced;
            }}
            quarters={yearQuarters}
            more={
              <DocumentActions
                draft={readable}
                packs={scoring}
                lang={lang}
                quarters={yearQuarters}
                unreadable={year.kind === 'read' ? year.unreadable : []}
              />
            }
          />
        )}
        {status.kind === 'conflict' && <ConflictBanner status={status} lang={lang} />}
      </header>
      {status.kind === 'conflict' && (
        <ConflictDialog status={status} lang={lang} mine={current?.data} onResolve={resolve} />
      )}
      <main id="panel-main">
        {lockNote && (
          <p role="status" class="panel-notice" data-testid="lock-on-note">
            {t.lockTurnedOn}
          </p>
        )}
        {(notice === 'deleted-elsewhere' || notice === 'replaced-elsewhere') && (
          <p role="status" class="panel-notice" data-testid="panel-notice">
            {notice === 'deleted-elsewhere' ? t.deletedElsewhere : t.replacedElsewhere}
          </p>
        )}
        {offerLock && listed === 'full' && summaries.length === 0 && current === null && (
          <FirstStartLock
            store={store}
            lang={lang}
            onBusy={setLocking}
            onDone={async (on) => {
              setOfferLock(false);
              setLockState(await store.lockState());
              if (on) {
                setLockNote(true);
                setTimeout(() => setLockNote(false), 6000);
              }
            }}
          />
        )}
        {current === null && listed === 'reading' ? (
          // Nothing is said about the drafts before they are read (not "no drafts", not a count).
          <p class="muted" role="status" data-testid="panel-reading">
            {t.readingList}
          </p>
        ) : current === null ? (
          <section class="empty">
            <p>{t.noDrafts}</p>
            <button
              type="button"
              class="btn-primary"
              data-action="new"
              disabled={locking}
              onClick={() => void newDraft()}
            >
              {t.newDraft}
            </button>
          </section>
        ) : showHistory ? (
          <DraftHistory
            summaries={summaries}
            partial={listed === 'head'}
            currentId={current.id}
            lang={lang}
            levelOf={levelOf}
            actions={
              <div class="history-actions">
                <button type="button" class="btn-primary" data-action="new" onClick={() => void newDraft()}>
                  {t.newDraft}
                </button>
                <button
                  type="button"
                  data-action="next"
                  disabled={readable === null}
                  onClick={async () => {
                    if (readable === null) return;
                    setShowHistory(false);
                    await refresh((await store.nextPeriod(readable)).id);
                  }}
                >
                  {t.nextPeriod}
                </button>
                <button type="button" class="btn-quiet" onClick={() => setShowHistory(false)}>
                  {t.closeHistory}
                </button>
              </div>
            }
            onSelect={(id) => {
              setShowHistory(false);
              void select(id);
            }}
          />
        ) : current.unreadable ? (
          <UnreadableDraft draft={current} store={store} lang={lang} onDeleted={() => void refresh()} />
        ) : (
          live && (
            <DraftEditor
              key={current.id}
              assessment={current.data.assessment}
              packs={packs}
              ownPacks2={ownPacks2}
              lang={lang}
              set={set}
              notes={current.data.notes ?? {}}
              setNote={setNote}
              result={
                live.pending ? (
                  <p class="muted" role="status" data-testid="result-pending">
                    {t.readingList}
                  </p>
                ) : live.reading && year.kind === 'read' && year.quarters.some((q) => q !== undefined) ? (
                  <YearResult reading={live.reading} checks={live.reading.checks} lang={lang} />
                ) : (
                  <ResultView result={live.result} issues={live.issues} checks={live.checks} lang={lang} live={false} />
                )
              }
              year={
                year.kind === 'none' ? undefined : listed !== 'full' ? (
                  // The year's quarters are looked for in the whole list: not said missing before it is read.
                  <p class="muted" role="status">
                    {t.readingList}
                  </p>
                ) : (
                  <AnnualQuarters
                    year={year}
                    reading={live.reading}
                    draft={current.data.assessment}
                    lang={lang}
                    onOpen={(id) => void select(id)}
                  />
                )
              }
            />
          )
        )}
      </main>
      <footer class="panel-footer">
        <label class="field inline">
          <span>{t.language}</span>
          <select name="lang" value={lang} onChange={(e) => void setLang(e.currentTarget.value as 'vi' | 'en')}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" class="btn-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.options}
        </button>
        {current && <SaveStatusLine status={status} lang={lang} />}
      </footer>
    </div>
  );
}
