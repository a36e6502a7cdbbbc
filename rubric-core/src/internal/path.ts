/** A field path with `key` added: `a.b`, `a[2]` (the paths every issue carries). */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
