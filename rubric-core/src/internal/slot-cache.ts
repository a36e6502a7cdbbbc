// A bounded cache of values that are a function of a whole-number key (texts of a number, reasons
// whose text a key determines). Direct-mapped: each key has one slot, found by hashing the key, and a
// newer key takes an older one's slot. A lookup is two array reads, where a Map's hashed lookup cost
// more than building the rest of a memoised reason; a key that lost its slot is only built again,
// to the same value.

/**
 * A key's slot among 2^bits: Fibonacci hashing of its value, so that keys in steps of a power of
 * two (a total in tenths of a point moves its key by 200,000 = 2^6 × 3125) still spread over
 * every slot. Keys are whole numbers of magnitude below 2^53; their high and low 32 bits are mixed.
 */
export const slotOf = (key: number, bits: number): number =>
  Math.imul((key | 0) ^ ((key / 0x1_0000_0000) | 0), 0x9e37_79b1) >>> (32 - bits);

/** Values by whole-number key, at most 2^bits of them (default 2^10). */
export class SlotCache<V> {
  private readonly bits: number;
  // NaN in an empty slot: equal to no key.
  private readonly keys: Float64Array;
  private readonly values: (V | undefined)[];
  constructor(bits = 10) {
    this.bits = bits;
    this.keys = new Float64Array(1 << bits).fill(Number.NaN);
    this.values = new Array<V | undefined>(1 << bits).fill(undefined);
  }
  /** The value kept for `key`, if it still holds its slot. */
  find(key: number): V | undefined {
    const slot = slotOf(key, this.bits);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }
  /** Keeps `value` for `key` (in its slot) and returns it. */
  keep(key: number, value: V): V {
    const slot = slotOf(key, this.bits);
    this.keys[slot] = key;
    this.values[slot] = value;
    return value;
  }
}
