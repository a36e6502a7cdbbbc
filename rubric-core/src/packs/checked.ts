// Packs already validated, by content (JSON text): an object changed after a first call is
// validated again, however it is passed. Bounded, since a caller may build packs on the fly.
// Each content keeps a small memo for what callers derive from it (read once per content).
const validPacks = new Map<string, Map<object, unknown>>();
const MAX_CACHED_PACKS = 32;

/**
 * The pack after `parse` accepted it, validating each distinct content once.
 *
 * @throws {TusoiInputError} Whatever `parse` throws for an invalid pack.
 */
export function checkedPack<T>(pack: unknown, parse: (input: unknown) => unknown): T {
  checkedPackMemo(pack, parse);
  return pack as T;
}

/**
 * As {@link checkedPack}, and the memo kept with the pack's content (keys are the callers' own
 * objects), so that a value derived from the content is computed once, without reading the pack
 * again; undefined when the content has no JSON text (parse refuses such a pack first).
 *
 * @throws {TusoiInputError} Whatever `parse` throws for an invalid pack.
 */
export function checkedPackMemo(pack: unknown, parse: (input: unknown) => unknown): Map<object, unknown> | undefined {
  let key: string | undefined;
  try {
    key = JSON.stringify(pack);
  } catch {
    key = undefined; // a cycle or a BigInt: not a pack, as parse says below
  }
  const hit = key === undefined ? undefined : validPacks.get(key);
  if (hit !== undefined) return hit;
  parse(pack);
  if (key === undefined) return undefined;
  if (validPacks.size >= MAX_CACHED_PACKS) validPacks.clear();
  const memo = new Map<object, unknown>();
  validPacks.set(key, memo);
  return memo;
}
