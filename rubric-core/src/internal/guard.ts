// An accept-only fast path derived from a Valibot schema: `compileGuard(schema)(x) === true`
// means Valibot would accept `x` unchanged (our schemas have no transforms or defaults). Any
// schema or action it does not know compiles to "no", which sends the input to Valibot itself,
// so the guard can be stricter than Valibot but never looser (pinned by a property test).

import { isReservedKey } from './reserved-keys.js';

type Check = (value: unknown) => boolean;

/** A Valibot schema or action as its own fields show it (what the guard and its tests read). */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly wrapped?: Node;
  readonly item?: Node;
  readonly key?: Node;
  readonly value?: Node;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly pipe?: readonly Node[];
  readonly requirement?: unknown;
  readonly message?: unknown;
}
type Node = SchemaNode;

const no: Check = () => false;

/**
 * The actions of a schema's pipe, nested pipes flattened: `v.pipe(v.pipe(v.number(), v.minValue(0)),
 * v.maxValue(5))` carries its inner actions on `pipe[0].pipe`, and missing them would let -3 through.
 */
function actionsOf(node: Node): Node[] {
  const pipe = node.pipe;
  if (pipe === undefined || pipe.length === 0) return [];
  const head = pipe[0] as Node;
  return [...(head !== node ? actionsOf(head) : []), ...pipe.slice(1)].filter((a) => !METADATA.has(a.type));
}

/** Pipe items that describe a value without checking it (titles and descriptions for JSON Schema). */
const METADATA = new Set(['title', 'description', 'metadata', 'examples']);

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function action(node: Node): Check {
  const r = node.requirement;
  switch (node.type) {
    case 'min_value':
      return (x) => (x as number) >= (r as number);
    case 'max_value':
      return (x) => (x as number) <= (r as number);
    case 'integer':
      return (x) => Number.isInteger(x);
    case 'safe_integer':
      return (x) => Number.isSafeInteger(x);
    case 'finite':
      return (x) => Number.isFinite(x);
    case 'min_length':
      return (x) => (x as string).length >= (r as number);
    case 'max_length':
      return (x) => (x as string).length <= (r as number);
    case 'regex':
    case 'iso_date':
      return r instanceof RegExp && !r.global && !r.sticky ? (x) => r.test(x as string) : no;
    case 'check':
      return typeof r === 'function' ? (x) => (r as (v: unknown) => boolean)(x) === true : no;
    default:
      return no;
  }
}

function base(node: Node): Check {
  switch (node.type) {
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'string':
      return (x) => typeof x === 'string';
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const literal = node.literal;
      return (x) => x === literal;
    }
    case 'picklist': {
      const options = node.options ?? [];
      return (x) => options.includes(x);
    }
    case 'nullable': {
      const inner = compileGuard(node.wrapped as Node);
      return (x) => x === null || inner(x);
    }
    case 'array': {
      const item = compileGuard(node.item as Node);
      return (x) => {
        if (!Array.isArray(x)) return false;
        // A plain loop: `every` skips holes, which Valibot reads as undefined.
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'record': {
      const key = compileGuard(node.key as Node);
      const value = compileGuard(node.value as Node);
      return (x) => {
        if (!isPlainObject(x)) return false;
        // Own keys only: a prototype that is not Object's is refused first, so for-in adds none.
        const proto = Object.getPrototypeOf(x);
        if (proto !== Object.prototype && proto !== null) return false;
        // A reserved key ("__proto__", "constructor", "prototype") goes to the full check, which
        // refuses it in a tusoi.assessment/2 (./reserved-keys.ts).
        for (const k in x) if (!key(k) || isReservedKey(k) || !value(x[k])) return false;
        return true;
      };
    }
    case 'union':
      return union((node.options as Node[]).map((o) => [o, compileGuard(o)] as const));
    case 'strict_object':
      return strictObject(node.entries ?? {});
    default:
      return no;
  }
}

/** The `typeof` a schema's values have, when one only (so that a union tries only the options that can match). */
function typeOf(node: Node): string | null {
  switch (node.type) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.type;
    case 'strict_object':
    case 'array':
    case 'record':
      return 'object';
    default:
      return null;
  }
}

/** A union tried in order, only through the options whose `typeof` can match (any order accepts the same values). */
function union(options: readonly (readonly [Node, Check])[]): Check {
  const byType = new Map<string, Check[]>();
  const any: Check[] = [];
  for (const [node, check] of options) {
    const t = typeOf(node);
    if (t === null) any.push(check);
    else byType.set(t, [...(byType.get(t) ?? []), check]);
  }
  if (any.length > 0) {
    const all = options.map(([, c]) => c);
    return (x) => {
      for (const c of all) if (c(x)) return true;
      return false;
    };
  }
  return (x) => {
    const list = byType.get(typeof x);
    if (list === undefined) return false;
    for (const c of list) if (c(x)) return true;
    return false;
  };
}

function strictObject(entries: Readonly<Record<string, Node>>): Check {
  // Parallel arrays probed with indexOf: schema keys are internalised strings, and so are the
  // keys of parsed JSON, so the probe is mostly pointer compares (faster than a Map for ~30 keys).
  const keys: string[] = [];
  const optional: boolean[] = [];
  const checks: Check[] = [];
  let requiredCount = 0;
  for (const [key, node] of Object.entries(entries)) {
    const opt = node.type === 'optional' && (node as { default?: unknown }).default === undefined;
    if (!opt) requiredCount++;
    keys.push(key);
    optional.push(opt);
    checks.push(compileGuard(opt ? (node.wrapped as Node) : node));
  }
  // Walks the input's own keys (V8's fast for-in path) rather than the schema's entries.
  return (x) => {
    if (!isPlainObject(x)) return false;
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return false;
    let required = 0;
    for (const k in x) {
      const i = keys.indexOf(k);
      if (i < 0) return false;
      const value = x[k];
      if (value === undefined || !(checks[i] as Check)(value)) return false;
      if (!optional[i]) required++;
    }
    return required === requiredCount;
  };
}

/**
 * Fuses a number or string schema and its common actions into one closure: one call per value
 * instead of one per action, which is most of the guard's cost on real assessments.
 */
function fused(node: Node): Check | null {
  if (node.type !== 'number' && node.type !== 'string') return null;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let integer = false;
  let finite = false;
  const rest: Check[] = [];
  const actions = actionsOf(node);
  for (const a of actions) {
    const r = a.requirement as number;
    if (a.type === (node.type === 'number' ? 'min_value' : 'min_length')) min = Math.max(min, r);
    else if (a.type === (node.type === 'number' ? 'max_value' : 'max_length')) max = Math.min(max, r);
    else if (a.type === 'integer' || a.type === 'safe_integer') integer = true;
    else if (a.type === 'finite') finite = true;
    else rest.push(action(a));
  }
  const extra =
    rest.length === 0 ? null : rest.length === 1 ? (rest[0] as Check) : (x: unknown) => rest.every((c) => c(x));
  if (node.type === 'string') {
    return (x) => typeof x === 'string' && x.length >= min && x.length <= max && (extra === null || extra(x));
  }
  const safe = actions.some((a) => a.type === 'safe_integer');
  return (x) =>
    typeof x === 'number' &&
    x >= min &&
    x <= max &&
    (!integer || (safe ? Number.isSafeInteger(x) : Number.isInteger(x))) &&
    (!finite || Number.isFinite(x)) &&
    (extra === null || extra(x));
}

/** Compiles a Valibot schema into an accept-only boolean guard (see the file comment). */
export function compileGuard(schema: unknown): Check {
  const node = schema as Node;
  const fast = fused(node);
  if (fast !== null) return fast;
  const checks = [base(node), ...actionsOf(node).map(action)];
  if (checks.length === 1) return checks[0] as Check;
  return (x) => {
    for (const c of checks) if (!c(x)) return false;
    return true;
  };
}
