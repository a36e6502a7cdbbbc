// Deep freezing, for data that never changes (built-in packs): a cache derived from a deep-frozen
// object stays right for as long as the object lives, so it need not be checked on each call.

/** Freezes `x` and every object and array reachable from it (JSON-like data: no cycles); returns `x`. */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    Object.freeze(x);
    for (const value of Object.values(x)) deepFreeze(value);
  }
  return x;
}

/** Whether `x` and every object and array reachable from it are frozen (a primitive is; no cycles). */
export function isDeepFrozen(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return true;
  if (!Object.isFrozen(x)) return false;
  for (const value of Object.values(x)) if (!isDeepFrozen(value)) return false;
  return true;
}
