import { BUILTIN_PACKS, type Lang, type Pack } from '@tusoi/rubric-core';
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '@/lib/store';

/** Language, lock state and packs, loaded from the store. */
export function useStoreState(store: Store) {
  const [lang, setLangState] = useState<Lang>('vi');
  const [lockState, setLockState] = useState<'loading' | 'none' | 'locked' | 'unlocked'>('loading');
  const [packs, setPacks] = useState<readonly Pack[]>(BUILTIN_PACKS);
  const reloadPacks = async () => setPacks([...BUILTIN_PACKS, ...(await store.listPacks()).map((p) => p.pack)]);
  useEffect(() => {
    const load = async () => {
      const stored = (await store.setting<Lang>('lang')) ?? 'vi';
      setLangState(stored);
      // The page's language follows the setting, so screen readers pronounce it right.
      document.documentElement.lang = stored;
      await reloadPacks();
      setLockState(await store.lockState());
    };
    void load();
    // Another page's change (lock, delete-all, import, settings) reaches this page at once.
    return store.onChange((e) => {
      if (e.kind !== 'draft') void load();
    });
  }, [store]);
  const setLang = async (next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    await store.setSetting('lang', next);
  };
  return { lang, setLang, lockState, setLockState, packs, reloadPacks };
}
