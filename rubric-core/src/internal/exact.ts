// Exact comparison of integer products. Counts may be any safe integer (up to 2^53 − 1), so
// 10 · exceeded can pass 2^53, where doubles round: those cases are compared as BigInt.

/** Compares p·x with q·y exactly for non-negative safe integers: −1, 0 or 1. */
export function compareProducts(p: number, x: number, q: number, y: number): -1 | 0 | 1 {
  const left = p * x;
  const right = q * y;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const l = BigInt(p) * BigInt(x);
  const r = BigInt(q) * BigInt(y);
  return l < r ? -1 : l > r ? 1 : 0;
}
