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
    const keys = c.path.split('.');
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

/** The value at a dotted path (`assessment.subject.unit`), or undefined. */
export function getPath(data: unknown, path: string): unknown {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
