// An accept-only fast path derived from a Valibot schema: `compileGuard(schema)(x) === true`
// means Valibot would accept `x` unchanged (our schemas have no transforms or defaults). Any
// schema or action it does not know compiles to "no", which sends the input to Valibot itself,
// so the guard can be stricter than Valibot but never looser (pinned by a property test).

type Check = (value: unknown) => boolean;

interface Node {
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
}

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
      return (x) => Array.isArray(x) && x.every(item);
    }
    case 'record': {
      const key = compileGuard(node.key as Node);
      const value = compileGuard(node.value as Node);
      return (x) => isPlainObject(x) && Object.keys(x).every((k) => key(k) && value(x[k]));
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileGuard);
      return (x) => options.some((o) => o(x));
    }
    case 'strict_object':
      return strictObject(node.entries ?? {});
    default:
      return no;
  }
}

function strictObject(entries: Readonly<Record<string, Node>>): Check {
  // A Map: Object.create(null) with many keys is a dictionary-mode object, slower to probe.
  const byKey = new Map<string, { optional: boolean; check: Check }>();
  let requiredCount = 0;
  for (const [key, node] of Object.entries(entries)) {
    const optional = node.type === 'optional' && (node as { default?: unknown }).default === undefined;
    if (!optional) requiredCount++;
    byKey.set(key, { optional, check: compileGuard(optional ? (node.wrapped as Node) : node) });
  }
  // Walks the input's own keys (V8's fast for-in path) rather than the schema's entries.
  return (x) => {
    if (!isPlainObject(x)) return false;
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return false;
    let required = 0;
    for (const k in x) {
      const field = byKey.get(k);
      if (field === undefined) return false;
      const value = x[k];
      if (value === undefined || !field.check(value)) return false;
      if (!field.optional) required++;
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
