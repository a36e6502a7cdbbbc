// Field-by-field merge of two edits of one draft from their common base: a field changed on
// one side only takes that side; a field changed on both sides to different values is a
// conflict the user resolves. Lists are one field each (their items have no identity).

/** One field both sides changed differently. */
export interface Conflict {
  /** Dotted path, e.g. `assessment.review.strengths`. */
  readonly path: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeAt(base: unknown, ours: unknown, theirs: unknown, path: string, conflicts: Conflict[]): unknown {
  if (same(ours, theirs)) return ours;
  if (same(base, ours)) return theirs;
  if (same(base, theirs)) return ours;
  if (isObject(ours) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const value = mergeAt(b[key], ours[key], theirs[key], path ? `${path}.${key}` : key, conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  conflicts.push({ path, ours, theirs });
  return ours;
}

/** Merges `ours` and `theirs`, both edits of `base`; conflicting fields keep `ours` in `merged`. */
export function mergeFields<T>(base: T, ours: T, theirs: T): { merged: T; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const merged = mergeAt(base, ours, theirs, '', conflicts) as T;
  return { merged, conflicts };
}

/** Sets each conflict's path to the chosen side. */
export function resolveConflicts<T>(
  merged: T,
  conflicts: readonly Conflict[],
  take: (c: Conflict) => 'ours' | 'theirs',
): T {
  const out = structuredClone(merged) as Record<string, unknown>;
  for (const c of conflicts) {
    const keys = pathKeys(c.path);
    let at: Record<string, unknown> = out;
    for (const key of keys.slice(0, -1)) {
      if (!isObject(at[key])) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1] as string;
    const value = take(c) === 'ours' ? c.ours : c.theirs;
    if (value === undefined) delete at[last];
    else at[last] = structuredClone(value);
  }
  return out as T;
}

/** Where criterion ids (which hold dots: "pl4-1.1") are keys: the rest of such a path is one id. */
const BY_CRITERION = ['notes.', 'assessment.criteria.items.'] as const;

/**
 * The keys of a dotted field path (a {@link Conflict}'s). Under a draft's `notes` and
 * `assessment.criteria.items`, keyed by criterion ids that hold dots, the rest of the path is one
 * id (with an answer object's `.answer` after it): `notes.pl4-2.3` → `notes`, `pl4-2.3`.
 */
export function pathKeys(path: string): string[] {
  const map = BY_CRITERION.find((p) => path.startsWith(p));
  if (map === undefined) return path.split('.');
  const rest = path.slice(map.length);
  const id = rest.endsWith('.answer') ? rest.slice(0, -'.answer'.length) : rest;
  return [...map.slice(0, -1).split('.'), id, ...(id === rest ? [] : ['answer'])];
}

/** `data` with each dotted path set to its value (undefined: removed), making objects on the way; `data` is not changed. */
export function withValues<T>(data: T, values: Readonly<Record<string, unknown>>): T {
  const out = structuredClone(data) as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) setAt(out, pathKeys(path), value);
  return out as T;
}

/** The value at a dotted path (`assessment.subject.unit`), or undefined. */
export function getPath(data: unknown, path: string): unknown {
  let at: unknown = data;
  for (const key of pathKeys(path)) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The value at a path of keys, or undefined. */
function getAt(data: unknown, keys: readonly string[]): unknown {
  let at: unknown = data;
  for (const key of keys) {
    if (!isObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * The fields (paths of keys) where `ours` differs from `base`, as {@link mergeFields} compares
 * them: objects key by key, lists and other values whole. A key may hold a dot, hence arrays.
 */
export function changedFields(base: unknown, ours: unknown, path: readonly string[] = []): string[][] {
  if (same(base, ours)) return [];
  if (isObject(ours) && (isObject(base) || base === undefined)) {
    const b = isObject(base) ? base : {};
    return [...new Set([...Object.keys(b), ...Object.keys(ours)])].flatMap((key) =>
      changedFields(b[key], ours[key], [...path, key]),
    );
  }
  return [[...path]];
}

/**
 * One field a closing page changed: its value at the page's base (`b`) and, when a write of the
 * page itself was in flight, that write's value (`o`; left out with `ob` when it is the base
 * value). A value left out is undefined (so the shape survives JSON, which drops undefined). The
 * page's last value is read from the prepared draft itself, so a long text is not kept twice.
 */
export interface ClosingField {
  readonly k: readonly string[];
  readonly b?: unknown;
  readonly o?: unknown;
  readonly ob?: true;
}

/** What a page being closed changed since its base, kept so the write can be merged later. */
export interface ClosingEdits {
  readonly fields: readonly ClosingField[];
  /** Whether a write of the page itself was in flight (its values are `o`). */
  readonly own: boolean;
}

/**
 * The closing edits of a page, from the draft data it was based on (`base`), its last data
 * (`mine`) and the data of its own write still in flight (`own`, or null).
 */
export function closingEdits<T>(base: T, mine: T, own: T | null): ClosingEdits {
  const seen = new Set<string>();
  const paths = [...changedFields(base, mine), ...(own === null ? [] : changedFields(base, own))].filter((k) => {
    const id = JSON.stringify(k);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const fields = paths.map((k): ClosingField => {
    const b = getAt(base, k);
    if (own === null) return { k, b };
    const o = getAt(own, k);
    return same(o, b) ? { k, b, ob: true } : { k, b, o };
  });
  return { fields, own: own !== null };
}

/**
 * Applies a closing page's edits (`mine`: its last data) onto the data stored now (`theirs`),
 * field by field. A field the store still holds as the page's base, or as the page's own write
 * in flight, takes the page's last value; a field another page changed while this one did not
 * keeps the stored value; a field both changed differently keeps the stored value and is
 * returned in `held` (`ours`: the closing page's value), for the user to choose. Nothing is
 * overwritten unseen.
 */
export function mergeClosing<T>(edits: ClosingEdits, mine: T, theirs: T): { merged: T; held: Conflict[] } {
  const out = structuredClone(theirs) as Record<string, unknown>;
  const held: Conflict[] = [];
  for (const f of edits.fields) {
    const m = getAt(mine, f.k);
    const t = getAt(theirs, f.k);
    if (same(m, t)) continue;
    const ownValue = f.ob ? f.b : f.o;
    if (same(f.b, t) || (edits.own && same(ownValue, t))) setAt(out, f.k, m);
    else if (!same(m, f.b)) held.push({ path: f.k.join('.'), ours: m, theirs: t });
  }
  return { merged: out as T, held };
}

/** Sets the value at a path of keys in place (undefined: removed), making objects on the way. */
function setAt(data: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let at = data;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete at[last];
  else at[last] = structuredClone(value);
}
