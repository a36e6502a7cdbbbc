// What extension pages keep on this machine outside IndexedDB, in localStorage, because it must
// be written synchronously (a page being closed cannot wait for IndexedDB): a closing panel's
// last edit (one slot per panel, so two panels closing at once both keep theirs) and the values
// a same-field conflict holds back for the user to choose (one record per draft). Both are the
// user's own text: sealed with the lock when it is on, exported, imported and deleted with the rest.

/** localStorage key prefix of the close-time edits kept for a database. */
export const pendingPrefix = (db: string) => `tusoi:pending:${db}`;
/** The key of one panel's close-time edit (`page`: the panel's own id). */
export const pendingKey = (db: string, page: string) => `${pendingPrefix(db)}:${page}`;
/** Whether a localStorage key is one where a panel keeps its close-time edit for a database. */
export const isPendingKey = (db: string, key: string | null): boolean =>
  key !== null && (key === pendingPrefix(db) || key.startsWith(`${pendingPrefix(db)}:`));

/** localStorage key prefix of the held values kept for a database. */
export const heldPrefix = (db: string) => `tusoi:held:${db}:`;
/** The key of the held values of one draft. */
export const heldKey = (db: string, id: string) => `${heldPrefix(db)}${id}`;

/** localStorage, or null where a page has none or may not use it. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'object' ? localStorage : null;
  } catch {
    return null;
  }
}

/** The keys of localStorage that are `exact` or start with `prefix` (nothing when it cannot be read). */
function keysOf(prefix: string, exact?: string): string[] {
  const s = storage();
  if (s === null) return [];
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key !== null && (key === exact || key.startsWith(prefix))) keys.push(key);
  }
  return keys;
}

/**
 * The keys of every close-time edit kept for a database: each panel's slot, and the one shared
 * slot (`tusoi:pending:<db>`) that versions before per-panel slots wrote.
 */
export const pendingKeys = (db: string): string[] => keysOf(`${pendingPrefix(db)}:`, pendingPrefix(db));

/** The held values kept for a database: draft id → its key. */
export function heldKeys(db: string): Map<string, string> {
  const prefix = heldPrefix(db);
  return new Map(keysOf(prefix).map((key) => [key.slice(prefix.length), key]));
}

/** The text kept under a key, or null (none, or localStorage cannot be read). */
export function readKept(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `text` under a key; false when localStorage is full or cannot be written. */
export function writeKept(key: string, text: string): boolean {
  try {
    const s = storage();
    if (s === null) return false;
    s.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a key; with `only`, only while it still holds that text (a newer one kept meanwhile stays). */
export function forgetKept(key: string, only?: string): void {
  try {
    const s = storage();
    if (s === null || (only !== undefined && s.getItem(key) !== only)) return;
    s.removeItem(key);
  } catch {
    // Unavailable: nothing was kept there either.
  }
}
