// Field-shape validation with two gaps of Valibot closed, for every format at once:
// - `v.object`/`v.strictObject`/`v.record` accept arrays (`[]` has no keys, so nothing is missing);
// - `v.record` skips the keys `__proto__`, `prototype` and `constructor` without checking them.
// Both are walked here from the schema itself, so fields added to a schema are covered too. The
// input itself is the output (our schemas have no transforms), so those keys are kept as data.
import * as v from 'valibot';
import { fromValibotIssue, type InputIssue } from '../errors.js';
import { join } from './path.js';
import { RESERVED_KEYS } from './reserved-keys.js';

interface Node {
  readonly type: string;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly wrapped?: Node;
  readonly item?: Node;
  readonly key?: Node;
  readonly value?: Node;
}

/** Keys Valibot's record does not check (JSON.parse makes them ordinary own keys): the reserved ones. */
const SKIPPED_KEYS = RESERVED_KEYS;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function prefixed(issue: InputIssue, path: string): InputIssue {
  if (path === '') return issue;
  const tail = issue.path;
  return { ...issue, path: tail === '' ? path : tail.startsWith('[') ? path + tail : `${path}.${tail}` };
}

function walk(node: Node, input: unknown, path: string, out: InputIssue[]): void {
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      if (input !== undefined && input !== null) walk(node.wrapped as Node, input, path, out);
      return;
    case 'array':
      if (Array.isArray(input)) {
        for (let i = 0; i < input.length; i++) walk(node.item as Node, input[i], join(path, i), out);
      }
      return;
    case 'object':
    case 'strict_object':
    case 'loose_object':
      if (Array.isArray(input)) out.push(notAnArray(path));
      else if (isObject(input)) {
        for (const [key, entry] of Object.entries(node.entries ?? {})) {
          if (Object.hasOwn(input, key)) walk(entry, input[key], join(path, key), out);
        }
      }
      return;
    case 'record':
      if (Array.isArray(input)) out.push(notAnArray(path));
      else if (isObject(input)) {
        for (const key of Object.keys(input)) {
          const at = join(path, key);
          if (SKIPPED_KEYS.includes(key)) {
            // Valibot never looked at these: check key and value here.
            const k = v.safeParse(node.key as v.GenericSchema, key);
            if (!k.success) out.push(...k.issues.map((i) => ({ ...fromValibotIssue(i), path: at })));
            const val = v.safeParse(node.value as v.GenericSchema, input[key]);
            if (!val.success) out.push(...val.issues.map((i) => prefixed(fromValibotIssue(i), at)));
          }
          walk(node.value as Node, input[key], at, out);
        }
      }
      return;
    default:
      return;
  }
}

function notAnArray(path: string): InputIssue {
  return {
    code: 'type',
    path,
    message: { vi: 'phải là một đối tượng JSON (nhận một mảng)', en: 'must be a JSON object (got an array)' },
  };
}

/** Problems Valibot does not report: arrays for objects, unchecked record keys (see the file comment). */
export function shapeIssues(schema: unknown, input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  walk(schema as Node, input, '', out);
  return out;
}

/** Outcome of {@link parseShape}. */
export type ShapeOutcome<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/**
 * Validates field shapes: the fast guard first (when given), else Valibot plus {@link shapeIssues},
 * every problem in one list. The output is the input itself.
 */
export function parseShape<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  guard?: (x: unknown) => boolean,
): ShapeOutcome<T> {
  if (guard?.(input)) return { success: true, output: input as T };
  const parsed = v.safeParse(schema, input);
  const shapes = shapeIssues(schema, input);
  const issues = [...(parsed.success ? [] : oneIssuePerCause(parsed.issues, shapes)), ...shapes];
  return issues.length > 0 ? { success: false, issues } : { success: true, output: input as T };
}

/** Whether `path` is `under` or inside it (`a` holds `a.b` and `a[0]`; `''` holds everything). */
const within = (path: string, under: string) =>
  under === '' || path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);

/**
 * Drops the issues that only repeat another one's cause, so that each problem is named once:
 * fields inside a value that is an array where an object belongs (`[]` for the whole input, or
 * `subject: []`: only the type is wrong, not the missing fields), and a date both malformed and
 * not in the calendar (`1990-13-01` has the YYYY-MM-DD form: only `date`; `1.1.1990`: only `iso-date`).
 */
function oneIssuePerCause(raw: readonly v.BaseIssue<unknown>[], shapes: readonly InputIssue[]): InputIssue[] {
  const arrays = shapes.filter((i) => i.code === 'type').map((i) => i.path);
  const issues = raw.map(fromValibotIssue);
  // A number that is not finite (1e400 reads as Infinity) is named once, as not finite.
  const infinite = new Set(issues.filter((i) => i.code === 'finite').map((i) => i.path));
  const dated = new Set(issues.filter((i) => i.code === 'date').map((i) => i.path));
  const malformed = new Set(issues.filter((i) => i.code === 'iso-date').map((i) => i.path));
  return issues.filter((issue, i) => {
    if (arrays.some((under) => within(issue.path, under))) return false;
    if (infinite.has(issue.path) && issue.code !== 'finite') return false;
    if ((issue.code === 'iso-date' || issue.code === 'date') && dated.has(issue.path) && malformed.has(issue.path)) {
      const input = (raw[i] as v.BaseIssue<unknown>).input;
      const shaped = typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input);
      return issue.code === (shaped ? 'date' : 'iso-date');
    }
    return true;
  });
}
