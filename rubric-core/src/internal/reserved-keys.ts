// Keys a record of a tusoi.assessment/2 or an id of a tusoi.pack/2 may not use. Valibot's record
// skips them unchecked, and a plain object answers `items.constructor` with Object's own function, so
// a pack item called "constructor" that an assessment leaves out would read as answered. The /1
// formats keep them usable (their scoring reads own keys only, and files with them exist).
import type { InputIssue } from '../errors.js';
import { join } from './path.js';

/** The keys refused: JavaScript's own names on every object. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Whether `key` is one of {@link RESERVED_KEYS} (three comparisons: cheap enough for the guards). */
export const isReservedKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/** The issue for a reserved key at `path` (the key itself is the last part of the path). */
export function reservedKeyIssue(path: string, key: string): InputIssue {
  return {
    code: 'reserved-key',
    path,
    message: {
      vi: `"${key}" là tên dành riêng của JavaScript, không dùng được làm khoá hay mã (__proto__, constructor, prototype): đổi tên khác`,
      en: `"${key}" is a name JavaScript reserves and cannot be a key or id (__proto__, constructor, prototype): rename it`,
    },
  };
}

interface Node {
  readonly type: string;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly wrapped?: Node;
  readonly item?: Node;
  readonly value?: Node;
  readonly options?: readonly Node[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function walk(node: Node, input: unknown, path: string, out: InputIssue[]): void {
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      if (input !== undefined && input !== null) walk(node.wrapped as Node, input, path, out);
      return;
    case 'array':
      if (Array.isArray(input))
        for (let i = 0; i < input.length; i++) walk(node.item as Node, input[i], join(path, i), out);
      return;
    case 'object':
    case 'strict_object':
    case 'loose_object':
      if (isObject(input))
        for (const [key, entry] of Object.entries(node.entries ?? {}))
          if (Object.hasOwn(input, key)) walk(entry, input[key], join(path, key), out);
      return;
    case 'record':
      if (isObject(input))
        for (const key of Object.keys(input)) {
          const at = join(path, key);
          if (isReservedKey(key)) out.push(reservedKeyIssue(at, key));
          else walk(node.value as Node, input[key], at, out);
        }
      return;
    case 'union':
      // Records sit in the object options of a union (an item is a number, a boolean or an answer).
      for (const option of node.options ?? []) walk(option, input, path, out);
      return;
    default:
      return;
  }
}

/**
 * Every record key of `input` that is reserved, walking `schema` (a Valibot schema) so that records
 * added later are covered too: `reserved-key` issues with their paths, e.g. `criteria.items.__proto__`.
 */
export function reservedKeyIssues(schema: unknown, input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  walk(schema as Node, input, '', out);
  return out;
}
