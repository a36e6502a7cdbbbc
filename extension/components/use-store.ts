import { BUILTIN_PACKS, type Lang, type Pack } from '@tusoi/rubric-core';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from '@/lib/store';

/** Language, lock state and packs, loaded from the store. */
export function useStoreState(store: Store) {
  const [lang, setLangState] = useState<Lang>('vi');
  const [lockState, setLockState] = useState<'loading' | 'none' | 'locked' | 'unlocked'>('loading');
  const [packs, setPacks] = useState<readonly Pack[]>(BUILTIN_PACKS);
  const reloadPacks = async () => setPacks([...BUILTIN_PACKS, ...(await store.listPacks()).map((p) => p.pack)]);
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
      setPacks([...BUILTIN_PACKS, ...imported.map((p) => p.pack)]);
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
  return { lang, setLang, lockState, setLockState, packs, reloadPacks };
}
