import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { forgetKept, isPendingKey, pendingKey, pendingKeys, readKept, writeKept } from '@/lib/kept';
import { type Conflict, getPath, mergeFields, withValues } from '@/lib/merge';
import {
  ConflictError,
  type Draft,
  type DraftSummary,
  type PreparedOutcome,
  type PreparedWrite,
  StaleError,
  type Store,
} from '@/lib/store';
import { afterPaint } from './after-paint';

/** `data` with each dotted path set to its value (undefined: removed). */
const setPaths = withValues;

/** `data` with each path set to its value in `from`. */
const withPaths = <T>(data: T, paths: readonly string[], from: unknown): T =>
  paths.length === 0 ? data : setPaths(data, Object.fromEntries(paths.map((p) => [p, getPath(from, p)])));

/** Whether a kept edit was kept by a panel being closed (see flushNow). */
function isClosing(text: string | null): boolean {
  try {
    return text !== null && (JSON.parse(text) as { closing?: unknown }).closing === true;
  } catch {
    return false;
  }
}

/**
 * Writes a prepared edit (see flushNow). When the draft moved meanwhile and another page changed
 * the same fields, the store keeps its value and this edit's values are kept on this machine
 * beside the conflicts a panel already held for the draft: the next panel that opens it asks.
 */
async function settle(store: Store, p: PreparedWrite): Promise<PreparedOutcome> {
  const outcome = await store.writePrepared(p);
  if (outcome.kind === 'merged' && outcome.held.length > 0) {
    const kept = (await store.heldOf(outcome.id)) ?? {};
    for (const c of outcome.held) kept[c.path] = c.ours ?? null;
    store.keepHeld(outcome.id, kept);
  }
  return outcome;
}

/** Whether a panel that closed left an edit to write. */
const hasPending = (store: Store) => pendingKeys(store.db.name).length > 0;

/** The kept edit's record time (when its page made it ready), for writing the oldest first. */
function keptAt(text: string | null): number {
  try {
    const at = text === null ? undefined : (JSON.parse(text) as PreparedWrite).record?.updatedAt;
    return typeof at === 'number' ? at : 0;
  } catch {
    return 0;
  }
}

/**
 * Writes every edit kept by a panel that closed before its write finished (each panel keeps its
 * own, so two panels closing at once both have theirs written), oldest first, each merged field
 * by field into what the one before wrote; then forgets each. Nothing is done while the lock is
 * closed in this page (a sealed edit could not be merged): they wait. Returns what each write did.
 */
export function recoverPending(store: Store): Promise<PreparedOutcome[]> {
  // One recovery at a time in a page (two panels closing fire two events): each kept edit is
  // written once, and held values are added to one after the other.
  const run = (recovering.get(store) ?? Promise.resolve()).catch(() => undefined).then(() => recoverNow(store));
  recovering.set(store, run);
  return run;
}

/** The recovery running in this page, per store. */
const recovering = new WeakMap<Store, Promise<unknown>>();

async function recoverNow(store: Store): Promise<PreparedOutcome[]> {
  if (!hasPending(store) || (await store.lockState()) === 'locked') return [];
  const kept = pendingKeys(store.db.name)
    .map((key) => ({ key, text: readKept(key) }))
    .filter((k): k is { key: string; text: string } => k.text !== null)
    .sort((a, b) => keptAt(a.text) - keptAt(b.text));
  const outcomes: PreparedOutcome[] = [];
  let failed: unknown = null;
  for (const { key, text } of kept) {
    try {
      outcomes.push(await settle(store, JSON.parse(text) as PreparedWrite));
    } catch (e) {
      // Said once the others are written (as a single slot's failure was said).
      failed ??= e;
    } finally {
      // Only the text written here: a newer edit its panel kept meanwhile waits for its own turn.
      forgetKept(key, text);
    }
  }
  if (failed !== null) throw failed;
  return outcomes;
}

/**
 * For a page that reads or exports drafts without editing them (the options page): an edit a
 * closed panel kept is written as soon as the store can be written (no lock, or the lock open),
 * and again whenever another panel closes, so what this page reads or exports holds it.
 */
export function useClosedEdits(store: Store, lockState: LockState): void {
  useEffect(() => {
    if (lockState !== 'none' && lockState !== 'unlocked') return;
    void recoverPending(store).catch(() => undefined);
    const onStorage = (e: StorageEvent) => {
      if (isPendingKey(store.db.name, e.key) && isClosing(e.newValue))
        void recoverPending(store).catch(() => undefined);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [store, lockState]);
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
  /**
   * The same field changed here and in another page: only those fields wait for the user's
   * choice (this panel's values stay in it and are kept on this machine); every other field is
   * saved as usual (`saved`: the last write committed).
   */
  | { readonly kind: 'conflict'; readonly error: ConflictError; readonly saved: boolean };

type LockState = 'loading' | 'none' | 'locked' | 'unlocked';

/**
 * How much of the draft list the panel holds: nothing yet (it claims neither a count nor "no
 * drafts"), its first lines (the rest is being read: no count is claimed yet), or all of it.
 */
export type Listed = 'reading' | 'head' | 'full';

/** Lines read first when the panel opens: more than a screen of the history holds. */
const HEAD = 16;

/** The list's first screen and the newest draft (read by the bench: the store's share of opening the panel). */
type Head = Awaited<ReturnType<Store['listHead']>>;
async function readHead(store: Store): Promise<Head> {
  const start = performance.now();
  const head = await store.listHead(HEAD);
  performance.measure('tusoi:list-head', { start });
  return head;
}

/**
 * The draft list and the open draft, kept in step with the store and with every other page:
 * edits stay in memory until a write commits, at most one write is in flight (the latest text is
 * written next), and they are flushed when the page is hidden or closed. A same-field conflict
 * holds back only its fields (kept in this panel and on this machine until the user chooses).
 */
export function useDrafts(store: Store, lockState: LockState, setLockState: (s: LockState) => void) {
  const [summaries, setSummaries] = useState<DraftSummary[]>([]);
  const [listed, setListedState] = useState<Listed>('reading');
  const listedRef = useRef<Listed>(listed);
  const setListed = (next: Listed) => {
    listedRef.current = next;
    setListedState(next);
  };
  const [current, setCurrent] = useState<Draft | null>(null);
  /** This page's own id: where it keeps its close-time edit. */
  const page = useRef(crypto.randomUUID());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** What another page just did to this one's data (the panel says it, not a bare screen). */
  const [notice, setNotice] = useState<'locked-elsewhere' | 'deleted-elsewhere' | 'replaced-elsewhere' | null>(null);
  /** The draft as shown (may hold edits not written yet). */
  const currentRef = useRef<Draft | null>(null);
  /** The draft as last read from or written to the store: what the edits are based on. */
  const baseRef = useRef<Draft | null>(null);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const stale = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  /** The data of this page's write in flight (based on baseRef), or null. */
  const inFlight = useRef<Draft['data'] | null>(null);
  /** The conflict holding fields back (their paths), or null. */
  const held = useRef<ConflictError | null>(null);
  const heldPaths = () => held.current?.conflicts.map((c) => c.path) ?? [];
  /** What is written: the shown draft, with the held fields as stored. */
  const toWrite = (data: Draft['data'], base: Draft) => withPaths(data, heldPaths(), base.data);
  /** What is shown: the stored draft, with this panel's values in the held fields. */
  const toShow = (data: Draft['data'], mine: Draft['data']) => withPaths(data, heldPaths(), mine);

  const show = (draft: Draft | null, base: Draft | null = draft) => {
    currentRef.current = draft;
    baseRef.current = base;
    setCurrent(draft);
  };

  /** Keeps the held fields' values on this machine (sealed when the lock is on); forgets them when none. */
  const keepHeld = () => {
    const draft = currentRef.current;
    const conflict = held.current;
    try {
      if (conflict && draft && draft.id === conflict.stored.id) {
        const mine = Object.fromEntries(conflict.conflicts.map((c) => [c.path, getPath(draft.data, c.path) ?? null]));
        store.keepHeld(draft.id, mine);
      } else if (draft) store.keepHeld(draft.id, {});
    } catch {
      // The lock closed meanwhile: the values stay in this panel.
    }
  };

  /** A conflict this panel's last page left on this machine for `draft`: shown again, nothing lost. */
  const restoreHeld = async (draft: Draft) => {
    if (draft.unreadable) return;
    const mine = await store.heldOf(draft.id);
    if (mine === undefined || currentRef.current?.id !== draft.id) return;
    const conflicts: Conflict[] = Object.entries(mine)
      .map(([path, ours]) => ({ path, ours: ours ?? undefined, theirs: getPath(draft.data, path) }))
      .filter((c) => JSON.stringify(c.ours) !== JSON.stringify(c.theirs));
    if (conflicts.length === 0) {
      store.keepHeld(draft.id, {});
      return;
    }
    const error = new ConflictError(draft, draft.data, conflicts);
    held.current = error;
    show({ ...draft, data: setPaths(draft.data, Object.fromEntries(conflicts.map((c) => [c.path, c.ours]))) }, draft);
    setStatus({ kind: 'conflict', error, saved: true });
  };

  /** Reads the whole list (the index record). */
  const readList = async () => {
    const start = performance.now();
    const list = await store.listSummaries();
    // The store's share of opening the panel, read by the bench.
    performance.measure('tusoi:list-summaries', { start });
    setSummaries(list);
    setListed('full');
    return list;
  };

  /**
   * Reads the list and shows the chosen draft (`select`, else the open one, else the newest). When
   * the panel holds no list yet, the newest drafts come first (the list's first screen and the
   * draft to open), painted, and then the whole list.
   */
  const refresh = async (select?: string, early: Promise<Head | null> | null = null) => {
    let list: DraftSummary[] | null = null;
    let read: Draft[] = [];
    if (listedRef.current === 'reading' && select === undefined) {
      const first = (await early) ?? (await readHead(store));
      // Every draft was read, or none is certain to come first (many share one time): no second read.
      if (first.whole) {
        setListed('full');
        list = first.head;
      } else if (first.head.length > 0) {
        setListed('head');
        list = first.head;
        void afterPaint()
          .then(() => (listedRef.current === 'head' ? readList() : null))
          .catch(() => undefined);
      }
      setSummaries(list ?? []);
      if (first.first) read = [first.first];
    }
    list ??= await readList();
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
    const fresh = read.find((d) => d.id === chosen.id) ?? (await store.getDraft(chosen.id)) ?? null;
    if (keep()) return;
    const same = fresh !== null && fresh.id === currentRef.current?.id;
    if (same && held.current && currentRef.current)
      show({ ...fresh, data: toShow(fresh.data, currentRef.current.data) }, fresh);
    else {
      show(fresh);
      if (fresh && !same) await restoreHeld(fresh);
    }
  };

  const flush = (): Promise<void> => {
    if (running.current) return running.current;
    running.current = (async () => {
      let retried = false;
      while (dirty.current && !blocked.current && currentRef.current && baseRef.current) {
        const next = currentRef.current;
        const base = baseRef.current;
        const written = toWrite(next.data, base);
        inFlight.current = written;
        dirty.current = false;
        setStatus((s) => (s.kind === 'conflict' ? { ...s, saved: false } : { kind: 'saving' }));
        try {
          const start = performance.now();
          const saved = await store.saveDraft({ ...next, rev: base.rev, data: written }, base);
          // From the edit to the committed write (sealing included), read by the bench.
          performance.measure('tusoi:save', { start });
          baseRef.current = saved;
          // What this panel shows: the stored draft, its edits typed meanwhile and its held fields on top.
          const later = mergeFields(written, (currentRef.current ?? next).data, saved.data).merged;
          currentRef.current = { ...saved, data: toShow(later, (currentRef.current ?? next).data) };
          setCurrent(currentRef.current);
          setSummaries((list) => {
            const before = list.find((d) => d.id === saved.id);
            if (before && before.person === saved.person && before.periodKey === saved.periodKey) return list;
            const { id, person, periodKey, updatedAt, rev } = saved;
            return [{ id, person, periodKey, updatedAt, rev }, ...list.filter((d) => d.id !== saved.id)];
          });
          if (!dirty.current)
            setStatus((s) => (s.kind === 'conflict' && held.current ? { ...s, saved: true } : { kind: 'saved' }));
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
            break;
          }
          if (e instanceof ConflictError) {
            // Only the fields both sides changed wait; the rest is written on the next turn.
            const before = held.current?.conflicts.filter((c) => !e.conflicts.some((n) => n.path === c.path)) ?? [];
            const error = new ConflictError(e.stored, e.merged, [...before, ...e.conflicts]);
            held.current = error;
            baseRef.current = e.stored;
            currentRef.current = { ...e.stored, data: toShow(e.merged, (currentRef.current ?? next).data) };
            setCurrent(currentRef.current);
            keepHeld();
            setStatus({ kind: 'conflict', error, saved: false });
            continue;
          }
          setStatus({ kind: 'failed', message: (e as Error).message });
          break;
        } finally {
          inFlight.current = null;
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
    dirty.current = true;
    if (held.current) keepHeld();
    void flush();
  };

  /**
   * Applies the user's choice for each held field and writes the result once. "Mine" is what
   * this panel holds now (everything typed since the conflict); "theirs" and every other field
   * are read again from the store, so a write the other page made meanwhile is not lost.
   */
  const resolve = async (take: (path: string) => 'ours' | 'theirs') => {
    const conflict = held.current;
    if (conflict === null) return;
    await flush();
    const fresh = (await store.getDraft(conflict.stored.id)) ?? conflict.stored;
    const mine = currentRef.current;
    const before = baseRef.current;
    if (mine === null || before === null || mine.id !== fresh.id) return;
    const merged = mergeFields(toWrite(mine.data, before), mine.data, fresh.data).merged;
    const ours = conflict.conflicts.filter((c) => take(c.path) === 'ours').map((c) => c.path);
    const theirs = conflict.conflicts.filter((c) => take(c.path) !== 'ours').map((c) => c.path);
    const data = withPaths(withPaths(merged, ours, mine.data), theirs, fresh.data);
    held.current = null;
    keepHeld();
    show({ ...fresh, data }, fresh);
    blocked.current = false;
    dirty.current = true;
    setStatus({ kind: 'saving' });
    await flush();
  };

  const select = async (id: string) => {
    setNotice(null);
    await flush();
    keepHeld();
    held.current = null;
    dirty.current = false;
    blocked.current = false;
    stale.current = false;
    setStatus((s) => (s.kind === 'idle' ? s : { kind: 'idle' }));
    const start = performance.now();
    const draft = (await store.getDraft(id)) ?? null;
    // The store's share of switching drafts, read by the bench (User Timing, stays in the page).
    performance.measure('tusoi:get-draft', { start });
    show(draft);
    if (draft) await restoreHeld(draft);
  };

  /** Reads the open draft again when another page wrote it and this one has nothing unwritten. */
  const catchUp = async (rev?: number) => {
    const id = currentRef.current?.id;
    const idle = () => id !== undefined && id === currentRef.current?.id && !dirty.current && !running.current;
    if (!idle() || (rev !== undefined && rev <= (baseRef.current?.rev ?? 0))) return;
    const fresh = await store.getDraft(id as string);
    // Typed meanwhile: the next write merges instead.
    if (fresh && idle() && fresh.rev > (baseRef.current?.rev ?? 0) && currentRef.current)
      show({ ...fresh, data: toShow(fresh.data, currentRef.current.data) }, fresh);
  };

  /**
   * After a closed page's last edit was written: shown here, and the fields it held back (another
   * page changed them too) are asked about, when its draft is open here with nothing unwritten.
   */
  const afterRecover = async (outcomes: readonly PreparedOutcome[]) => {
    await catchUp();
    const o = outcomes.find((x) => x.kind === 'merged' && x.held.length > 0 && x.id === currentRef.current?.id);
    if (o === undefined) return;
    if (held.current || dirty.current || running.current) return;
    const fresh = await store.getDraft(o.id);
    if (fresh === undefined || currentRef.current?.id !== o.id || dirty.current) return;
    show(fresh);
    await restoreHeld(fresh);
  };

  // Another page's change reaches this one at once.
  useEffect(
    () =>
      store.onChange(async (e) => {
        if (e.kind === 'lock' || e.kind === 'all') {
          const state = await store.lockState();
          if (e.kind === 'all' && e.deleted) setNotice('deleted-elsewhere');
          else if (e.kind === 'lock') setNotice(state === 'locked' ? 'locked-elsewhere' : null);
          else if (e.kind === 'all' && e.replaced?.includes(currentRef.current?.id ?? ''))
            setNotice('replaced-elsewhere');
          setLockState(state);
          if (state !== 'locked') await refresh();
        } else if (e.kind === 'draft') {
          await catchUp(e.rev);
          await readList();
        }
      }),
    [store],
  );

  // The list's first screen is read as the panel mounts, beside the lock state: used if no lock is
  // set (nothing sealed opens without the key). Not when a closed panel left an edit to write first.
  const early = useRef<Promise<Head | null> | null>(null);
  useLayoutEffect(() => {
    if (!hasPending(store)) early.current = readHead(store).catch(() => null);
  }, []);

  // The lock opened or went away: read again, and write what was kept in memory. (A layout effect:
  // the reading starts with the render that knows the lock, not a painted frame later.)
  useLayoutEffect(() => {
    if (lockState !== 'none' && lockState !== 'unlocked') return;
    const first = lockState === 'none' ? early.current : null;
    early.current = null;
    void (async () => {
      await recoverPending(store);
      await refresh(undefined, first);
      if (stale.current) {
        stale.current = false;
        blocked.current = false;
        void flush();
      }
    })();
  }, [lockState]);

  // Closing the panel can end the page before an IndexedDB write, or the (asynchronous) sealing
  // before it, finishes. So on pagehide the latest edit is made ready synchronously (sealed
  // when the lock is on: no plaintext), kept in localStorage, written at once, and written again
  // by the next page that opens if it did not make it. Held fields are kept beside it. A page
  // that is going away (`closing`) says so in what it keeps: another open panel writes it at once.
  const flushNow = (closing: boolean) => {
    const next = currentRef.current;
    const base = baseRef.current;
    if (next === null || base === null || next.unreadable) return;
    if (held.current) keepHeld();
    if ((!dirty.current && running.current === null) || stale.current) return;
    let write: PreparedWrite;
    try {
      // Based on the revision this page read or wrote last, and on its own write in flight: if
      // the store moved past them (another page wrote), the edit is merged field by field.
      write = store.prepareNow({ ...next, data: toWrite(next.data, base) }, base, inFlight.current);
    } catch {
      void flush();
      return;
    }
    // This panel's own slot: another panel closing in the same instant keeps its edit in its own.
    // (Storage full or unavailable: the IndexedDB write below still runs.)
    const key = pendingKey(store.db.name, page.current);
    const text = JSON.stringify(closing ? { ...write, closing } : write);
    writeKept(key, text);
    void settle(store, write).then((o) => o.kind !== 'dropped' && forgetKept(key, text));
  };
  useEffect(() => {
    const onHide = () => flushNow(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow(false);
      // Back in front: catch up with what another page wrote meanwhile (its last write at close included).
      else void recoverPending(store).then(afterRecover);
    };
    // Another panel closing (not merely hidden: it may still be writing) may not live to write its
    // last edit: this one writes it now, then shows it if it is this draft.
    const onStorage = (e: StorageEvent) => {
      if (isPendingKey(store.db.name, e.key) && isClosing(e.newValue)) void recoverPending(store).then(afterRecover);
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('focus', onVisibility);
    addEventListener('storage', onStorage);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('focus', onVisibility);
    };
  }, []);

  const pending = status.kind === 'saving' || dirty.current;
  return { summaries, listed, current, status, notice, setNotice, pending, update, select, refresh, resolve, flush };
}
