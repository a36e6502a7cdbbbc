import type { FormMap } from '@tusoi/form-kit';
import { LEVEL_NAMES } from '@tusoi/rubric-core';
import { getIn, liveResult, ResultView, setIn } from '@tusoi/ui';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { periodKey } from '@/lib/db';
import { texts } from '@/lib/i18n';
import type { Draft, DraftSummary, Store } from '@/lib/store';
import { DraftEditor } from './draft-editor';
import { DraftHistory, periodLabel } from './draft-history';
import { LockScreen } from './lock-screen';
import { PortalActions } from './portal-actions';
import { useStoreState } from './use-store';

/**
 * The side panel, one column for 320–480 px: a sticky header with the draft (name, period), its
 * live level and the portal actions; below it either the history (searchable) or the editor in
 * sections (Thông tin chung → A → B → 27 biểu hiện → Kết quả).
 */
export function SidePanel({ store }: { store: Store }) {
  const { lang, setLang, lockState, setLockState, packs } = useStoreState(store);
  const t = texts(lang);
  const [summaries, setSummaries] = useState<DraftSummary[]>([]);
  const [maps, setMaps] = useState<FormMap[]>([]);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [levels, setLevels] = useState<ReadonlyMap<string, string | null>>(new Map());
  const currentRef = useRef<Draft | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const reading = useRef(new Set<string>());

  // Opening one draft reads only that draft, not the whole list again.
  const select = async (id: string | undefined) => {
    const draft = id === undefined ? null : ((await store.getDraft(id)) ?? null);
    currentRef.current = draft;
    setCurrent(draft);
  };

  const refresh = async (chosen?: string) => {
    const list = await store.listDraftSummaries();
    setSummaries(list);
    await select(list.find((d) => d.id === (chosen ?? currentRef.current?.id))?.id ?? list[0]?.id);
  };

  useEffect(() => {
    if (lockState === 'none' || lockState === 'unlocked') void refresh();
    void store.listMaps().then((list) => setMaps(list.map((m) => m.map)));
  }, [lockState]);

  // Every change is written at once, in order: closing the panel loses nothing typed.
  const update = (change: (data: Draft['data']) => Draft['data']) => {
    const draft = currentRef.current;
    if (draft === null) return;
    const next: Draft = { ...draft, data: change(draft.data) };
    currentRef.current = next;
    setCurrent(next);
    saving.current = saving.current
      .then(() => store.saveDraft(next))
      .then((saved) => {
        const summary = { id: saved.id, person: saved.person, periodKey: saved.periodKey, updatedAt: saved.updatedAt };
        setSummaries((list) => [summary, ...list.filter((d) => d.id !== saved.id)]);
      });
  };

  const set = (path: readonly (string | number)[], value: unknown) =>
    update((data) => ({ ...data, assessment: setIn(data.assessment, path, value) }));
  const setNote = (id: string, text: string) =>
    update((data) => {
      const { [id]: _old, ...rest } = data.notes ?? {};
      return { ...data, notes: text === '' ? rest : { ...rest, [id]: text } };
    });

  const live = useMemo(() => (current ? liveResult(current.data.assessment, packs) : null), [current, packs]);
  const level = live?.result ? (live.result.level ?? null) : null;

  // A history row's level is read when the row comes into view (never for all 10,000 drafts).
  const levelOf = (d: DraftSummary): string | null | undefined => {
    if (d.id === current?.id) return level;
    const key = `${d.id}@${d.updatedAt}`;
    if (levels.has(key)) return levels.get(key);
    if (!reading.current.has(key)) {
      reading.current.add(key);
      void store.getDraft(d.id).then((draft) => {
        const r = draft ? liveResult(draft.data.assessment, packs).result : null;
        setLevels((m) => new Map(m).set(key, r?.level ?? null));
      });
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
        <LockScreen store={store} lang={lang} onUnlocked={() => setLockState('unlocked')} />
      </div>
    );

  // Name and period as typed (the stored summary catches up when the write commits).
  const a = current?.data.assessment ?? {};
  const name = (getIn(a, ['subject', 'name']) as string | undefined) || t.untitled;
  const period = periodLabel(periodKey(getIn(a, ['period', 'year']), getIn(a, ['period', 'quarter'])), lang);
  const levelText = live?.result
    ? live.result.level
      ? `${LEVEL_NAMES[live.result.level][lang]} (${live.result.level})`
      : live.result.candidates.join(' / ')
    : t.notRated;

  return (
    <div class="tusoi side-panel">
      <header class="panel-header">
        <div class="panel-bar">
          {current ? (
            <button
              type="button"
              class="draft-switch btn-quiet"
              data-action="history"
              aria-expanded={showHistory}
              aria-controls="panel-main"
              aria-label={`${t.openHistory}: ${name}, ${period}`}
              onClick={() => setShowHistory((v) => !v)}
            >
              <span class="draft-name">{name}</span>
              <span class="draft-period">{period}</span>
            </button>
          ) : (
            <h1>{t.appTitle}</h1>
          )}
          {current && (
            <span
              class="level-badge"
              data-testid="live-level"
              data-level={live?.result?.level ?? ''}
              title={`${t.liveLevel}: ${levelText}`}
            >
              {live?.result?.level ?? (live?.result ? live.result.candidates.join('/') : t.notRated)}
            </span>
          )}
          <span class="visually-hidden" aria-live="polite" data-testid="level-announce">
            {current ? `${t.liveLevel}: ${levelText}` : ''}
          </span>
        </div>
        {current && (
          <PortalActions
            assessment={current.data.assessment}
            notes={current.data.notes ?? {}}
            packs={packs}
            lang={lang}
            maps={maps}
            onAccept={async (map) => {
              await store.saveMap(map);
              setMaps((list) => [map, ...list.filter((m) => m.id !== map.id)]);
            }}
          />
        )}
      </header>
      <main id="panel-main">
        {current === null ? (
          <section class="empty">
            <p>{t.noDrafts}</p>
            <button type="button" class="btn-primary" data-action="new" onClick={() => void newDraft()}>
              {t.newDraft}
            </button>
          </section>
        ) : showHistory ? (
          <DraftHistory
            summaries={summaries}
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
                  onClick={async () => {
                    setShowHistory(false);
                    await refresh((await store.nextPeriod(current)).id);
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
        ) : (
          live && (
            <DraftEditor
              key={current.id}
              assessment={current.data.assessment}
              packs={packs}
              lang={lang}
              set={set}
              notes={current.data.notes ?? {}}
              setNote={setNote}
              result={
                <ResultView result={live.result} issues={live.issues} checks={live.checks} lang={lang} live={false} />
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
        {current && <p class="saved muted">{t.saved}</p>}
      </footer>
    </div>
  );
}
