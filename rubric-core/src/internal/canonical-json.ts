/**
 * JSON text with every object's keys in sorted order (undefined members left out, as JSON.stringify
 * does): two values with the same content give the same text whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Readonly<Record<string, unknown>>;
    const parts: string[] = [];
    for (const k of Object.keys(o).sort())
      if (o[k] !== undefined) parts.push(`${JSON.stringify(k)}:${canonicalJson(o[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
