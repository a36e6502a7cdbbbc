import type { FormMap } from '@tusoi/form-kit';
import { liveResult, ResultView, setIn } from '@tusoi/ui';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { texts } from '@/lib/i18n';
import type { Store } from '@/lib/store';
import { DocumentActions } from './document-actions';
import { DraftEditor } from './draft-editor';
import { ConflictDialog, FirstStartLock, SaveStatusLine, UnreadableDraft } from './draft-safety';
import { LockScreen } from './lock-screen';
import { PortalActions } from './portal-actions';
import { useDrafts } from './use-drafts';
import { useStoreState } from './use-store';

/** The side panel: drafts of this computer, the editor and the live result beside it. */
export function SidePanel({ store }: { store: Store }) {
  const { lang, setLang, lockState, setLockState, packs } = useStoreState(store);
  const t = texts(lang);
  const [maps, setMaps] = useState<FormMap[]>([]);
  const {
    summaries: drafts,
    current,
    status,
    update,
    select,
    refresh,
    resolve,
  } = useDrafts(store, lockState, setLockState);
  const [offerLock, setOfferLock] = useState(false);
  const mapFirstUse = useMemo(
    () => ({
      isNew: async (key: string) => !((await store.setting<string[]>('seenMaps')) ?? []).includes(key),
      mark: async (key: string) =>
        store.setSetting('seenMaps', [...((await store.setting<string[]>('seenMaps')) ?? []), key]),
    }),
    [store],
  );

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

  const draftOptions = useMemo(
    () =>
      drafts.map((d) => <option key={d.id} value={d.id}>{`${d.person || t.untitled} · ${d.periodKey || '—'}`}</option>),
    [drafts, t],
  );

  const live = useMemo(() => (current ? liveResult(current.data.assessment, packs) : null), [current, packs]);

  if (lockState === 'loading') return null;
  if (lockState === 'locked')
    return <LockScreen store={store} lang={lang} onUnlocked={() => setLockState('unlocked')} />;

  return (
    <div class="side-panel">
      <header>
        <h1>{t.appTitle}</h1>
        <label class="field inline">
          <span>{t.language}</span>
          <select name="lang" value={lang} onChange={(e) => void setLang(e.currentTarget.value as 'vi' | 'en')}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <nav class="drafts">
        <label class="field inline">
          <span>{t.drafts}</span>
          <select name="draft" value={current?.id ?? ''} onChange={(e) => void select(e.currentTarget.value)}>
            {draftOptions}
          </select>
        </label>
        <button
          type="button"
          data-action="new"
          onClick={async () => {
            const defaultPack = await store.setting<string>('defaultPack');
            let draft = await store.createDraft('staff', new Date().getFullYear());
            if (defaultPack && packs.some((p) => p.id === defaultPack && p.kinds.includes('staff'))) {
              draft = await store.saveDraft({
                ...draft,
                data: {
                  ...draft.data,
                  assessment: { ...draft.data.assessment, criteria: { pack: defaultPack, items: {} } },
                },
              });
            }
            await refresh(draft.id);
          }}
        >
          {t.newDraft}
        </button>
        <button
          type="button"
          data-action="next"
          disabled={current === null}
          onClick={async () => {
            if (current) await refresh((await store.nextPeriod(current)).id);
          }}
        >
          {t.nextPeriod}
        </button>
      </nav>
      {status.kind === 'conflict' && <ConflictDialog status={status} lang={lang} onResolve={resolve} />}
      {offerLock && drafts.length === 0 && current === null && (
        <FirstStartLock
          store={store}
          lang={lang}
          onDone={async () => {
            setOfferLock(false);
            setLockState(await store.lockState());
          }}
        />
      )}
      {current?.unreadable ? (
        <UnreadableDraft draft={current} store={store} lang={lang} onDeleted={() => void refresh()} />
      ) : current === null || live === null ? (
        <p>{t.noDrafts}</p>
      ) : (
        <main class="workspace">
          <DraftEditor
            assessment={current.data.assessment}
            packs={packs}
            lang={lang}
            set={set}
            notes={current.data.notes ?? {}}
            setNote={setNote}
          />
          <aside class="live-result">
            <ResultView result={live.result} issues={live.issues} checks={live.checks} lang={lang} />
            <PortalActions
              assessment={current.data.assessment}
              notes={current.data.notes ?? {}}
              packs={packs}
              lang={lang}
              maps={maps}
              firstUse={mapFirstUse}
              onAccept={async (map) => {
                await store.saveMap(map);
                setMaps((list) => [map, ...list.filter((m) => m.id !== map.id)]);
              }}
            />
            <DocumentActions draft={current} packs={packs} lang={lang} />
            <SaveStatusLine status={status} lang={lang} />
          </aside>
        </main>
      )}
    </div>
  );
}
