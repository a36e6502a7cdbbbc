import { BUILTIN_PACKS, type Lang, PACK2_FORMAT, type Pack, type Pack2 } from '@tusoi/rubric-core';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from '@/lib/store';

const isPack2 = (p: Pack | Pack2): p is Pack2 => p.format === PACK2_FORMAT;

/**
 * Language, lock state and packs, loaded from the store: `packs` the tusoi.pack/1 ones (built in
 * and imported), `ownPacks2` the quarterly tusoi.pack/2 ones the user imported (rubric-core holds
 * the built-in ones).
 */
export function useStoreState(store: Store) {
  const [lang, setLangState] = useState<Lang>('vi');
  const [lockState, setLockState] = useState<'loading' | 'none' | 'locked' | 'unlocked'>('loading');
  const [packs, setPacks] = useState<readonly Pack[]>(BUILTIN_PACKS);
  const [ownPacks2, setOwnPacks2] = useState<readonly Pack2[]>([]);
  const showPacks = (imported: readonly { pack: Pack | Pack2 }[]) => {
    const all = imported.map((p) => p.pack);
    setPacks([...BUILTIN_PACKS, ...all.filter((p): p is Pack => !isPack2(p))]);
    setOwnPacks2(all.filter(isPack2));
  };
  const reloadPacks = async () => showPacks(await store.listPacks());
  // A layout effect starts the reads with the first render (an effect would wait for a frame to be painted).
  useLayoutEffect(() => {
    // Read at once (one round trip, not three): the panel waits for all of them to start.
    const load = async () => {
      const [lang, imported, state] = await Promise.all([
        store.setting<Lang>('lang'),
        store.listPacks(),
        store.lockState(),
      ]);
      const stored = lang ?? 'vi';
      setLangState(stored);
      // The page's language follows the setting, so screen readers pronounce it right.
      document.documentElement.lang = stored;
      showPacks(imported);
      setLockState(state);
    };
    void load();
    // Another page's change (lock, delete-all, import, settings) reaches this page at once.
    return store.onChange((e) => {
      if (e.kind !== 'draft' && e.kind !== 'maps') void load();
    });
  }, [store]);
  const setLang = async (next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    await store.setSetting('lang', next);
  };
  return { lang, setLang, lockState, setLockState, packs, ownPacks2, reloadPacks };
}
