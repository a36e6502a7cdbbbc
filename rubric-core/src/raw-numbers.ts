// JSON.parse rounds an integer beyond 2^53 − 1 to the nearest double (9007199254740993 reads as
// …992), so an error about it would show a number the file does not hold. Node 20's JSON.parse
// gives a reviver no source text, hence this scan of the text itself.
import type { InputIssue } from './errors.js';

/** Integer literals shorter than this are exact in a double (2^53 has 16 digits). */
const SHORTEST_INEXACT = /\d{16}/;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/** Whether an integer literal (`-?\d+`) reads back as another number. */
function inexact(literal: string): boolean {
  const n = Number(literal);
  return !Number.isFinite(n) || BigInt(literal) !== BigInt(n);
}

/** A path as issues write it: `a.b[2].c` (see errors.ts `issuePath`). */
function pathOf(keys: readonly (string | number)[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

/**
 * The integer literals of a JSON text that a double cannot hold exactly (beyond ±(2^53 − 1)), by
 * field path (`tasks.assigned`, `groups[0].members[3].score`), each as written. The text must be
 * valid JSON (already parsed); a number with a fraction or an exponent is not an integer literal
 * and is left out. Linear in the text; a text with no run of 16 digits is not scanned.
 */
export function inexactIntegers(text: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  if (!SHORTEST_INEXACT.test(text)) return found;
  // The open containers, each with the key or index of the value being read.
  const keys: (string | number)[] = [];
  const objects: boolean[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '{' || c === '[') {
      objects.push(c === '{');
      keys.push(0);
      expectKey = c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      objects.pop();
      keys.pop();
      i++;
    } else if (c === ',') {
      const at = keys.length - 1;
      if (objects[at]) expectKey = true;
      else keys[at] = (keys[at] as number) + 1;
      i++;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey) {
        keys[keys.length - 1] = JSON.parse(text.slice(i, end + 1)) as string;
        expectKey = false;
      }
      i = end + 1;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text) as RegExpExecArray;
      const literal = m[0];
      if (m[1] === undefined && m[2] === undefined && literal.length >= 16 && inexact(literal))
        found.set(pathOf(keys), literal);
      i += literal.length;
    } else i++; // whitespace, ':', and the letters of true, false, null
  }
  return found;
}

/**
 * The issues with every number that JSON rounded shown as the file wrote it: an issue whose path
 * (after `prefix`, the name the caller gives the file in paths, e.g. `options.pack` or a file name)
 * is an inexact integer of `raw` has the rounded number in its message replaced by the literal.
 */
export function withRawNumbers(
  issues: readonly InputIssue[],
  raw: ReadonlyMap<string, string>,
  prefix = '',
): InputIssue[] {
  if (raw.size === 0) return [...issues];
  return issues.map((issue) => {
    const path =
      prefix === ''
        ? issue.path
        : issue.path.startsWith(`${prefix}.`)
          ? issue.path.slice(prefix.length + 1)
          : issue.path.startsWith(`${prefix}[`)
            ? issue.path.slice(prefix.length)
            : undefined;
    const literal = path === undefined ? undefined : raw.get(path);
    if (literal === undefined) return issue;
    const rounded = String(Number(literal));
    const show = (text: string) => text.split(rounded).join(literal);
    return { ...issue, message: { vi: show(issue.message.vi), en: show(issue.message.en) } };
  });
}
