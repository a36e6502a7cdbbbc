// One pass: the checks that do not read a bad field run on the input without it. These helpers
// leave the bad fields out of a copy and drop what the copy's checks then say about them.

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Whether `path` is `under` or inside it (`a` holds `a.b` and `a[0]`; `''` holds everything). */
export const within = (path: string, under: string): boolean =>
  under === '' || path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);

/** A copy of `input` without the values at `paths` (paths as issues name them: `a.b[0].c`). */
export function withoutPaths(input: unknown, paths: ReadonlySet<string>, path = ''): unknown {
  if (Array.isArray(input)) return input.map((x, i) => withoutPaths(x, paths, join(path, i)));
  if (typeof input !== 'object' || input === null) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const at = join(path, key);
    if (paths.has(at)) continue;
    out[key] = withoutPaths((input as Record<string, unknown>)[key], paths, at);
  }
  return out;
}

/** `more` without what `first` already reports: the same problem, or anything at or inside a reported path. */
export function beyond<I extends { readonly code: string; readonly path: string }>(
  first: readonly I[],
  more: readonly I[],
): I[] {
  const seen = new Set(first.map((i) => `${i.code}\u0000${i.path}`));
  return more.filter((i) => !seen.has(`${i.code}\u0000${i.path}`) && !first.some((f) => within(i.path, f.path)));
}
