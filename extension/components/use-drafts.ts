import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeFields, resolveConflicts } from '@/lib/merge';
import { ConflictError, type Draft, type DraftSummary, type PreparedWrite, StaleError, type Store } from '@/lib/store';

const pendingKey = (store: Store) => `tusoi:pending:${store.db.name}`;

/** Writes an edit kept by a panel that closed before its write finished; then forgets it. */
export async function recoverPending(store: Store): Promise<void> {
  let text: string | null = null;
  try {
    text = localStorage.getItem(pendingKey(store));
  } catch {
    return;
  }
  if (text === null) return;
  try {
    await store.writePrepared(JSON.parse(text) as PreparedWrite);
  } finally {
    localStorage.removeItem(pendingKey(store));
  }
}

/** What the panel says about the open draft: only what the store confirmed. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  /** The write committed (read back as the store's new revision). */
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly message: string }
  /** The lock changed in another page: kept in memory until this page can write again. */
  | { readonly kind: 'stale' }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'conflict'; readonly error: ConflictError };

type LockState = 'loading' | 'none' | 'locked' | 'unlocked';

/**
 * The draft list and the open draft, kept in step with the store and with every other page:
 * edits stay in memory until a write commits, at most one write is in flight (the latest text is
 * written next), and they are flushed when the page is hidden or closed.
 */
export function useDrafts(store: Store, lockState: LockState, setLockState: (s: LockState) => void) {
  const [summaries, setSummaries] = useState<DraftSummary[]>([]);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** What another page just did to this one's data (the panel says it, not a bare screen). */
  const [notice, setNotice] = useState<'locked-elsewhere' | 'deleted-elsewhere' | null>(null);
  /** The draft as shown (may hold edits not written yet). */
  const currentRef = useRef<Draft | null>(null);
  /** The draft as last read from or written to the store: what the edits are based on. */
  const baseRef = useRef<Draft | null>(null);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const stale = useRef(false);
  const running = useRef<Promise<void> | null>(null);

  /** Edits made in this page (a prepared write is the latest only if made at the latest edit). */
  const edits = useRef(0);
  /**
   * The revision from which every stored revision of the open draft was written by this page
   * alone, each from the one before: a write prepared at or after it holds everything stored
   * since, so it may follow any of them.
   */
  const ownFrom = useRef(0);
  const show = (draft: Draft | null, base: Draft | null = draft) => {
    currentRef.current = draft;
    baseRef.current = base;
    ownFrom.current = base?.rev ?? 0;
    setCurrent(draft);
  };

  const refresh = async (select?: string) => {
    const start = performance.now();
    const list = await store.listSummaries();
    // The store's share of opening the panel, read by the bench.
    performance.measure('tusoi:list-summaries', { start });
    setSummaries(list);
    const id = select ?? currentRef.current?.id;
    const chosen = list.find((d) => d.id === id) ?? list[0];
    if (chosen === undefined) {
      dirty.current = false;
      show(null);
      return;
    }
    // Edits not written yet stay; the next write merges them into what is stored.
    const keep = () => chosen.id === currentRef.current?.id && (dirty.current || running.current !== null);
    if (keep()) return;
    const fresh = (await store.getDraft(chosen.id)) ?? null;
    if (!keep()) show(fresh);
  };

  const flush = (): Promise<void> => {
    if (running.current) return running.current;
    running.current = (async () => {
      let retried = false;
      while (dirty.current && !blocked.current && currentRef.current && baseRef.current) {
        const next = currentRef.current;
        const base = baseRef.current;
        dirty.current = false;
        setStatus({ kind: 'saving' });
        try {
          const start = performance.now();
          // The edit as prepared for a close (sealed once, not twice), when it is this one.
          const ready = preparing.current?.draft === next ? preparing.current.write : undefined;
          const saved = await store.saveDraft({ ...next, rev: base.rev }, base, [], ready);
          // From the edit to the committed write (sealing included), read by the bench.
          performance.measure('tusoi:save', { start });
          baseRef.current = saved;
          // Merged with another page's write: what was prepared before lacks it.
          if (saved.rev !== base.rev + 1) ownFrom.current = saved.rev;
          if (currentRef.current === next) {
            currentRef.current = saved;
            setCurrent(saved);
          } else if (currentRef.current) {
            // Typed on while writing: keep those edits on top of what was stored (another page's merged fields included).
            const later = mergeFields(next.data, currentRef.current.data, saved.data).merged;
            currentRef.current = { ...saved, data: later };
            setCurrent(currentRef.current);
          }
          setSummaries((list) => {
            const before = list.find((d) => d.id === saved.id);
            if (before && before.person === saved.person && before.periodKey === saved.periodKey) return list;
            const { id, person, periodKey, updatedAt, rev } = saved;
            return [{ id, person, periodKey, updatedAt, rev }, ...list.filter((d) => d.id !== saved.id)];
          });
          if (!dirty.current) setStatus({ kind: 'saved' });
        } catch (e) {
          if (e instanceof StaleError && e.reason === 'deleted') {
            setStatus({ kind: 'deleted' });
            await refresh();
            break;
          }
          dirty.current = true;
          if (e instanceof StaleError) {
            const state = await store.lockState();
            // The lock changed while this write was being made ready, and this page holds the
            // store's lock as it is now (e.g. it set the lock at first start meanwhile): write again.
            if (!retried && (state === 'unlocked' || state === 'none')) {
              retried = true;
              continue;
            }
            blocked.current = true;
            stale.current = true;
            setStatus({ kind: 'stale' });
            setLockState(state);
          } else if (e instanceof ConflictError) {
            blocked.current = true;
            setStatus({ kind: 'conflict', error: e });
          } else {
            setStatus({ kind: 'failed', message: (e as Error).message });
          }
          break;
        }
      }
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  };

  const update = (change: (data: Draft['data']) => Draft['data']) => {
    const draft = currentRef.current;
    if (draft === null || draft.unreadable) return;
    currentRef.current = { ...draft, data: change(draft.data) };
    setCurrent(currentRef.current);
    edits.current++;
    dirty.current = true;
    prepare(currentRef.current);
    void flush();
  };

  /**
   * Applies the user's choice for each conflicting field and writes the result once. "Mine" is
   * what this panel holds now (everything typed since the conflict, not only the write that
   * raised it); "theirs" and every other field are read again from the store, so a write the
   * other page made while the box was open neither raises the same conflict nor is lost.
   */
  const resolve = async (take: (path: string) => 'ours' | 'theirs') => {
    if (status.kind !== 'conflict') return;
    const chosen = new Map(status.error.conflicts.map((c) => [c.path, take(c.path)]));
    const fresh = (await store.getDraft(status.error.stored.id)) ?? status.error.stored;
    const mine = currentRef.current;
    const before = baseRef.current;
    if (mine === null || before === null || mine.id !== fresh.id) return;
    // This panel's edits since its base, merged into the store's latest; both-sided fields take the choice.
    const { merged, conflicts } = mergeFields(before.data, mine.data, fresh.data);
    const data = resolveConflicts(merged, conflicts, (c) => chosen.get(c.path) ?? 'ours');
    show({ ...fresh, data }, fresh);
    blocked.current = false;
    dirty.current = true;
    setStatus({ kind: 'saving' });
    await flush();
  };

  const select = async (id: string) => {
    setNotice(null);
    await flush();
    dirty.current = false;
    blocked.current = false;
    stale.current = false;
    setStatus((s) => (s.kind === 'idle' ? s : { kind: 'idle' }));
    const start = performance.now();
    const draft = (await store.getDraft(id)) ?? null;
    // The store's share of switching drafts, read by the bench (User Timing, stays in the page).
    performance.measure('tusoi:get-draft', { start });
    show(draft);
  };

  // Another page's change reaches this one at once.
  useEffect(
    () =>
      store.onChange(async (e) => {
        if (e.kind === 'lock' || e.kind === 'all') {
          const state = await store.lockState();
          if (e.kind === 'all' && e.deleted) setNotice('deleted-elsewhere');
          else if (e.kind === 'lock') setNotice(state === 'locked' ? 'locked-elsewhere' : null);
          setLockState(state);
          if (state !== 'locked') await refresh();
        } else if (e.kind === 'draft') {
          const idle = () => e.id === currentRef.current?.id && !dirty.current && !running.current;
          if (idle() && e.rev > (baseRef.current?.rev ?? 0)) {
            const fresh = await store.getDraft(e.id);
            // Typed meanwhile: the next write merges instead.
            if (fresh && idle() && fresh.rev > (baseRef.current?.rev ?? 0)) show(fresh);
          }
          setSummaries(await store.listSummaries());
        }
      }),
    [store],
  );

  // The lock opened or went away: read again, and write what was kept in memory.
  useEffect(() => {
    if (lockState !== 'none' && lockState !== 'unlocked') return;
    void (async () => {
      await recoverPending(store);
      await refresh();
      if (stale.current) {
        stale.current = false;
        blocked.current = false;
        void flush();
      }
    })();
  }, [lockState]);

  // Closing the panel can end the page before an IndexedDB write (or the sealing before it)
  // finishes. So every edit is also made ready ahead (sealed when the lock is on: no plaintext),
  // and on pagehide the latest one is kept synchronously in localStorage, written at once, and
  // written again by the next page that opens if it did not make it.
  const prepared = useRef<{ edit: number; write: PreparedWrite } | null>(null);
  const preparing = useRef<{ draft: Draft; write: Promise<PreparedWrite> } | null>(null);
  const prepare = (next: Draft) => {
    const base = baseRef.current;
    if (base === null) return;
    const edit = edits.current;
    // Without the lock it is made at once, for every edit: the last keystroke may come a moment before the page goes.
    const now = store.prepareNow({ ...next, rev: base.rev }, []);
    if (now !== null) {
      prepared.current = { edit, write: now };
      return;
    }
    // Sealed, which takes a moment: made for every edit too, so that a page going right after
    // the last keystroke keeps it in localStorage (sealed) rather than in an unfinished write.
    const write = store.prepare({ ...next, rev: base.rev }, []);
    preparing.current = { draft: next, write };
    void write
      .then((w) => {
        if (edits.current === edit) prepared.current = { edit, write: w };
      })
      .catch(() => {});
  };
  const flushNow = () => {
    const ready = prepared.current;
    const base = baseRef.current;
    if (!dirty.current && running.current === null) return;
    // The prepared write holds the latest edit and everything stored since it was made.
    const from = ready?.write.record.rev ?? -1;
    if (ready === null || ready.edit !== edits.current || base === null || from < ownFrom.current) {
      void flush();
      return;
    }
    // It may follow the revisions this page itself wrote since (known only now), and the one a write in flight makes.
    const last = base.rev + (running.current === null ? 0 : 1);
    const acceptRevs = Array.from({ length: Math.max(0, last - from + 1) }, (_x, i) => from + i);
    const write = { ...ready.write, acceptRevs };
    try {
      localStorage.setItem(pendingKey(store), JSON.stringify(write));
    } catch {
      // Storage full or unavailable: the IndexedDB write below still runs.
    }
    void store.writePrepared(write).then((ok) => ok && localStorage.removeItem(pendingKey(store)));
  };
  useEffect(() => {
    const onHide = () => flushNow();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const pending = status.kind === 'saving' || dirty.current;
  return { summaries, current, status, notice, setNotice, pending, update, select, refresh, resolve, flush };
}
