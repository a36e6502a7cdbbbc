// Packs already validated, by content (JSON text): an object changed after a first call is
// validated again, however it is passed. Bounded, since a caller may build packs on the fly.
const validPacks = new Map<string, true>();
const MAX_CACHED_PACKS = 32;

/**
 * The pack after `parse` accepted it, validating each distinct content once.
 *
 * @throws {TusoiInputError} Whatever `parse` throws for an invalid pack.
 */
export function checkedPack<T>(pack: unknown, parse: (input: unknown) => unknown): T {
  let key: string | undefined;
  try {
    key = JSON.stringify(pack);
  } catch {
    key = undefined; // a cycle or a BigInt: not a pack, as parse says below
  }
  if (key === undefined || !validPacks.has(key)) {
    parse(pack);
    if (key === undefined) return pack as T;
    if (validPacks.size >= MAX_CACHED_PACKS) validPacks.clear();
    validPacks.set(key, true);
  }
  return pack as T;
}
