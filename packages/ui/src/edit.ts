type Json = Record<string, unknown> | unknown[];

/**
 * Returns a copy of `obj` with `value` at `path`; `undefined` or an empty string removes the
 * key, and objects left empty are removed too, so a half-filled form stays a clean assessment.
 */
export function setIn<T extends Json>(obj: T, path: readonly (string | number)[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const copy = (Array.isArray(obj) ? [...obj] : { ...obj }) as Record<string | number, unknown>;
  const next =
    rest.length === 0
      ? value
      : setIn(((copy[head] as Json | undefined) ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
  const empty =
    next === undefined ||
    next === '' ||
    (typeof next === 'object' && next !== null && !Array.isArray(next) && Object.keys(next).length === 0);
  if (empty && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The value at `path`, if any. */
export function getIn(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
