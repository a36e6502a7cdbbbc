import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import { AssessmentSchema } from '../schemas/assessment.js';
import type { Answer, Task } from '../schemas/quarterly.js';
import { answers, quarter } from '../test-support/quarter.js';
import { compileGuard, type SchemaNode } from './guard.js';
import { isPlainQuarter } from './quarter-guard.js';
import { shapeIssues } from './shape.js';

type Node = SchemaNode;

const METADATA = new Set(['title', 'description', 'metadata', 'examples']);

function action(a: Node): string {
  if (a.type === 'check') return `check:${String(a.message)}`;
  return a.requirement === undefined || typeof a.requirement === 'function'
    ? a.type
    : `${a.type}:${String(a.requirement)}`;
}

/** A schema's checks, nested pipes flattened (metadata left out). */
function checksOf(n: Node): string[] {
  if (n.pipe === undefined || n.pipe[0] === n) return [];
  return [
    ...checksOf(n.pipe[0] as Node),
    ...n.pipe
      .slice(1)
      .filter((a) => !METADATA.has(a.type))
      .map(action),
  ];
}

const baseOf = (n: Node): Node => (n.pipe !== undefined && n.pipe[0] !== n ? baseOf(n.pipe[0] as Node) : n);

/** One line per leaf of a schema: its path, type and checks (a check function by its message code). */
function leaves(node: Node, path: string, out: string[]): string[] {
  const b = baseOf(node);
  const line = (type: string) => out.push([path, type, ...checksOf(node)].join(' '));
  switch (b.type) {
    case 'optional':
      leaves(b.wrapped as Node, `${path}?`, out);
      break;
    case 'strict_object':
      for (const [k, e] of Object.entries(b.entries ?? {})) leaves(e, `${path}.${k}`, out);
      break;
    case 'array':
      leaves(b.item as Node, `${path}[]`, out);
      break;
    case 'record':
      leaves(b.key as Node, `${path}{key}`, out);
      leaves(b.value as Node, `${path}{}`, out);
      break;
    case 'union':
      for (const [i, o] of (b.options as Node[]).entries()) leaves(o, `${path}|${i}`, out);
      break;
    case 'picklist':
      line(`picklist:${(b.options ?? []).join(',')}`);
      break;
    default:
      line(b.type);
  }
  return out;
}

describe('isPlainQuarter restates the schema', () => {
  it('the fields it reads have exactly the limits it checks (a changed schema fails here: change the check too)', () => {
    const entries = (AssessmentSchema as unknown as { pipe: [Node] }).pipe[0].entries as Record<string, Node>;
    const covered = [
      'format',
      'ruleset',
      'period',
      'subject',
      'scores',
      'criteria',
      'frame',
      'taskList',
      'proposedLevel',
    ];
    expect(covered.flatMap((k) => leaves(entries[k] as Node, k, []))).toEqual([
      'format picklist:tusoi.assessment/1,tusoi.assessment/2',
      'ruleset? string',
      'period.year number integer min_value:1990 max_value:2100',
      'period.quarter? number integer min_value:1 max_value:4',
      'subject.kind picklist:collective,leadership-collective,leader-central,leader,staff,member-outside',
      'subject.name? string max_length:100000',
      // Not read: a birth date sends the input to the generic checks.
      'subject.birthDate? string iso_date:/^\\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\\d|0[1-9]|3[01])$/u check:date',
      'subject.unit? string max_length:100000',
      'subject.cell? string max_length:100000',
      'scores?.general number finite min_value:0 max_value:30 check:decimals check:negative-zero',
      'scores?.results number finite min_value:0 max_value:70 check:decimals check:negative-zero',
      'criteria?.pack string min_length:1',
      'criteria?.items{key} string min_length:1',
      'criteria?.items{}|0 number finite',
      'criteria?.items{}|1 boolean',
      'criteria?.items{}|2.answer picklist:met,notMet,notApplicable',
      'criteria?.items{}|2.points? number finite min_value:0 max_value:30 check:decimals check:negative-zero',
      'criteria?.items{}|2.reason? string max_length:100000',
      'frame?.id string min_length:1',
      'frame?.A? number finite min_value:0 max_value:100 check:decimals-2',
      'frame?.B? number finite min_value:0 max_value:100 check:decimals-2',
      'frame?.C? number finite min_value:0 max_value:100 check:decimals-2',
      'frame?.D? number finite min_value:0 max_value:100 check:decimals-2',
      'taskList?[].name string max_length:100000',
      'taskList?[].axis? string min_length:1',
      'taskList?[].weight? number finite min_value:0 max_value:70 check:decimals-2 check:negative-zero',
      'taskList?[].components?.A? number finite min_value:0 max_value:120 check:decimals-4',
      'taskList?[].components?.B? number finite min_value:0 max_value:120 check:decimals-4',
      'taskList?[].components?.C? number finite min_value:0 max_value:120 check:decimals-4',
      'taskList?[].components?.D? number finite min_value:0 max_value:120 check:decimals-4',
      'taskList?[].frame? string min_length:1',
      'taskList?[].exceeded? boolean',
      'taskList?[].key? boolean',
      'taskList?[].kind? picklist:unplanned,regular',
      'taskList?[].safety? boolean',
      'taskList?[].keyLevel? picklist:1,2,3',
      'taskList?[].completed boolean',
      'taskList?[].late? boolean',
      'taskList?[].objectiveReason? string max_length:100000',
      'taskList?[].note? string max_length:100000',
      'taskList?[].events?.revisions? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.reminders? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.daysLate? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.failedReviews? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.delays? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.objectiveFailedReviews? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'taskList?[].events?.objectiveDelays? number finite integer min_value:0 max_value:9007199254740991 check:negative-zero',
      'proposedLevel? picklist:HTXSNV,HTTNV,HTNV,KHTNV',
    ]);
  });
});

// Generators: quarters using every field the check reads, and the same with one field made odd.
const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
const component = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1_200_000 }).map((n) => n / 10_000),
);
const text = fc.oneof(fc.constant('Có căn cứ'), fc.string({ maxLength: 6 }));
const taskArb: fc.Arbitrary<Task> = fc.record(
  {
    name: text,
    completed: fc.boolean(),
    axis: fc.constantFrom('T1', 'T2', 'T6', ' T3 ', 'T9'),
    weight: hundredths(70),
    components: fc.record(
      { A: component, B: component, C: component, D: component },
      { requiredKeys: [], noNullPrototype: true },
    ),
    frame: fc.constantFrom('K1', 'K3', 'K9'),
    exceeded: fc.boolean(),
    key: fc.boolean(),
    keyLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
    late: fc.boolean(),
    objectiveReason: text,
    note: text,
    events: fc.record(
      { revisions: fc.nat(5), reminders: fc.nat(5), daysLate: fc.nat(5) },
      { requiredKeys: [], noNullPrototype: true },
    ),
  },
  { requiredKeys: ['name', 'completed'], noNullPrototype: true },
);
const staffIds = Object.keys(answers('q2026-vatm-09a', 'staff'));
const answerArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ answer: 'met' as const }) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        answer: fc.constantFrom('met' as const, 'notMet' as const, 'notApplicable' as const),
        points: fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        reason: text,
      },
      { requiredKeys: ['answer'], noNullPrototype: true },
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 1.5, 2) },
);
const validArb = fc
  .record(
    {
      tasks: fc.array(taskArb, { minLength: 1, maxLength: 7 }),
      fixWeights: fc.boolean(),
      items: fc.tuple(...staffIds.map(() => answerArb)),
      frame: fc.record(
        { id: fc.constantFrom('K1', 'K2', 'K4'), A: hundredths(100), B: hundredths(100) },
        { requiredKeys: ['id'], noNullPrototype: true },
      ),
      ruleset: fc.constant('q2026'),
      scores: fc.record({ general: hundredths(30), results: hundredths(70) }, { noNullPrototype: true }),
      proposedLevel: fc.constantFrom('HTXSNV' as const, 'HTNV' as const),
      name: text,
      unit: text,
      quarter: fc.integer({ min: 1, max: 4 }),
    },
    { requiredKeys: ['tasks', 'fixWeights', 'items', 'frame', 'quarter'], noNullPrototype: true },
  )
  .map((r) => {
    // Half of the lists have weights adding to 70, so that many reach a level (the rest: pack errors).
    const tasks = r.fixWeights
      ? r.tasks.map((t, i, all) => ({ ...t, weight: i === 0 ? 70 - 10 * (all.length - 1) : 10 }))
      : r.tasks;
    return quarter({
      period: { year: 2026, quarter: r.quarter },
      ...(r.ruleset !== undefined ? { ruleset: r.ruleset } : {}),
      subject: {
        kind: 'staff',
        ...(r.name !== undefined ? { name: r.name } : {}),
        ...(r.unit !== undefined ? { unit: r.unit } : {}),
      },
      ...(r.scores !== undefined ? { scores: r.scores } : {}),
      criteria: {
        pack: 'q2026-vatm-09a',
        items: Object.fromEntries(staffIds.map((id, i) => [id, r.items[i] as Answer | number | boolean])),
      },
      frame: r.frame,
      taskList: tasks,
      ...(r.proposedLevel !== undefined ? { proposedLevel: r.proposedLevel } : {}),
    });
  });

const ODD = [
  -1,
  -0,
  0,
  1,
  4,
  2025,
  'qd366',
  'q2026',
  5,
  1.5,
  12.345,
  30.0000001,
  70.01,
  100.001,
  120,
  120.0001,
  99.99995,
  1989,
  2101,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '',
  ' ',
  'x',
  'met',
  'K/AD',
  'a'.repeat(100_001),
  true,
  false,
  null,
  undefined,
  [],
  [1],
  {},
  { answer: 'met' },
  { answer: 'maybe' },
  { answer: 'met', extra: 1 },
  { answer: 'notMet', points: 31 },
  { A: 121 },
  { A: 50.12345 },
  { id: 'K1', A: 10.001 },
  { revisions: -1 },
  JSON.parse('{"__proto__": 1}'),
  Object.create(null),
  new Date(0),
];
const PATHS: readonly (readonly (string | number)[])[] = [
  ['format'],
  ['ruleset'],
  ['period', 'year'],
  ['period', 'quarter'],
  ['period', 'extra'],
  ['subject', 'kind'],
  ['subject', 'name'],
  ['subject', 'birthDate'],
  ['subject', 'extra'],
  ['scores'],
  ['scores', 'general'],
  ['scores', 'results'],
  ['criteria'],
  ['criteria', 'pack'],
  ['criteria', 'items'],
  ['criteria', 'items', 'pl4-1.1'],
  ['criteria', 'items', ''],
  ['criteria', 'items', '__proto__'],
  ['criteria', 'items', 'pl4-1.2', 'points'],
  ['criteria', 'items', 'pl4-1.2', 'reason'],
  ['criteria', 'items', 'pl4-1.2', 'answer'],
  ['criteria', 'extra'],
  ['frame'],
  ['frame', 'id'],
  ['frame', 'A'],
  ['frame', 'D'],
  ['frame', 'extra'],
  ['taskList'],
  ['taskList', 0],
  ['taskList', 0, 'name'],
  ['taskList', 0, 'completed'],
  ['taskList', 0, 'axis'],
  ['taskList', 0, 'weight'],
  ['taskList', 0, 'components'],
  ['taskList', 0, 'components', 'A'],
  ['taskList', 0, 'components', 'E'],
  ['taskList', 0, 'frame'],
  ['taskList', 0, 'keyLevel'],
  ['taskList', 0, 'late'],
  ['taskList', 0, 'note'],
  ['taskList', 0, 'events'],
  ['taskList', 0, 'events', 'daysLate'],
  ['taskList', 0, 'extra'],
  ['taskList', 3],
  ['proposedLevel'],
  ['tasks'],
  ['extra'],
];

/** A copy with one field (maybe nested, maybe new) set to `value`, or deleted. */
function mutate(a: unknown, path: readonly (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(a) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = typeof key === 'number' ? [] : {};
    target = target[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (remove) delete target[last];
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const mutatedArb = fc
  .tuple(validArb, fc.constantFrom(...PATHS), fc.constantFrom(...ODD), fc.boolean(), fc.boolean())
  .map(([a, path, value, remove, twice]) => {
    const once = mutate(a, path, value, remove);
    return twice ? mutate(once, ['taskList', 1, 'weight'], value, false) : once;
  });

/** A deep copy whose objects are class instances: refused by both fast checks, so Valibot judges it. */
class Box {}
function boxed(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(boxed);
  if (typeof x !== 'object' || x === null) return x;
  const out = new Box() as Record<string, unknown>;
  // defineProperty: `out.__proto__ = …` would set the prototype instead of copying the key.
  for (const k of Object.keys(x))
    Object.defineProperty(out, k, {
      value: boxed((x as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** What classify gives: the result as JSON text, or the error's issues. */
function outcome(x: unknown): string {
  try {
    return JSON.stringify(classify(x));
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    return JSON.stringify(e.issues);
  }
}

const guard = compileGuard(AssessmentSchema);

describe('isPlainQuarter accepts only what the schema accepts', () => {
  it('takes every valid generated quarter (it is not just "no")', () => {
    fc.assert(
      fc.property(validArb, (x) => {
        expect(v.is(AssessmentSchema, x)).toBe(true);
        expect(isPlainQuarter(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('true ⇒ Valibot accepts, with no shape issue (valid and mutated quarters)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(validArb, mutatedArb), (x) => {
        if (!isPlainQuarter(x)) {
          refused++;
          return;
        }
        accepted++;
        expect(v.is(AssessmentSchema, x)).toBe(true);
        expect(shapeIssues(AssessmentSchema, x)).toEqual([]);
      }),
      { numRuns: 4000 },
    );
    // Both sides were exercised.
    expect(accepted).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(500);
  });

  it('classify gives the same result or the same errors on the fast path as through Valibot', () => {
    fc.assert(
      fc.property(fc.oneof(validArb, mutatedArb), (x) => {
        // Inputs it refuses take the path they took before; those it takes must end as Valibot's would.
        if (!isPlainQuarter(x)) return;
        const slow = boxed(x);
        expect(isPlainQuarter(slow)).toBe(false);
        expect(guard(slow)).toBe(false);
        expect(outcome(x)).toBe(outcome(slow));
      }),
      { numRuns: 1500 },
    );
  });

  const valid = quarter();
  it.each([
    // [what, path, value, schema accepts]
    ['weight 70', ['taskList', 0, 'weight'], 70, true],
    ['weight 70.01', ['taskList', 0, 'weight'], 70.01, false],
    ['weight with 3 decimals', ['taskList', 0, 'weight'], 12.345, false],
    ['weight -0 (a sign on nothing, like a negative weight)', ['taskList', 0, 'weight'], -0, false],
    ['component 120', ['taskList', 0, 'components', 'A'], 120, true],
    ['component 120.0001', ['taskList', 0, 'components', 'A'], 120.0001, false],
    ['component with 4 decimals', ['taskList', 0, 'components', 'B'], 99.9999, true],
    ['component with 5 decimals', ['taskList', 0, 'components', 'B'], 99.99995, false],
    ['component -0 (minValue(0) lets it)', ['taskList', 0, 'components', 'C'], -0, true],
    ['points -0', ['criteria', 'items', 'pl4-1.1'], { answer: 'notMet', points: -0 }, false],
    ['points 30', ['criteria', 'items', 'pl4-1.1'], { answer: 'notMet', points: 30 }, true],
    ['an item as a negative number (the pack judges it)', ['criteria', 'items', 'pl4-1.1'], -2, true],
    ['an item as Infinity', ['criteria', 'items', 'pl4-1.1'], Number.POSITIVE_INFINITY, false],
    ['an empty item id', ['criteria', 'items', ''], true, false],
    ['an answer with an unknown key', ['criteria', 'items', 'pl4-1.1'], { answer: 'met', note: 'x' }, false],
    ['a text of 100,000 characters', ['taskList', 0, 'note'], 'a'.repeat(100_000), true],
    ['a text of 100,001 characters', ['taskList', 0, 'note'], 'a'.repeat(100_001), false],
    ['an empty axis', ['taskList', 0, 'axis'], '', false],
    ['key level 4', ['taskList', 0, 'keyLevel'], 4, false],
    ['event count 2^53', ['taskList', 0, 'events', 'revisions'], 2 ** 53, false],
    ['frame weight with 2 decimals', ['frame', 'A'], 15.25, true],
    ['frame weight 100.01', ['frame', 'A'], 100.01, false],
    ['year 1989', ['period', 'year'], 1989, false],
    ['quarter 0', ['period', 'quarter'], 0, false],
    ['quarter 2.5', ['period', 'quarter'], 2.5, false],
    ['an unknown top-level key', ['extra'], 1, false],
    ['a task without its name', ['taskList', 0, 'name'], undefined, false],
  ] as const)('%s: as the schema says', (_what, path, value, schema) => {
    const x = mutate(valid, path, value, value === undefined);
    expect(v.is(AssessmentSchema, x)).toBe(schema);
    expect(isPlainQuarter(x)).toBe(schema);
  });

  it.each([
    ['a birth date', mutate(valid, ['subject', 'birthDate'], '1980-01-31', false)],
    [
      'task counts',
      mutate(valid, ['tasks'], { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 }, false),
    ],
    ['a field set to undefined', mutate(valid, ['proposedLevel'], undefined, false)],
    ['a tusoi.assessment/1', { ...valid, format: 'tusoi.assessment/1', taskList: undefined }],
    ['an object without a prototype', Object.assign(Object.create(null), valid)],
  ])('leaves %s to the generic checks (false: not sure)', (_what, x) => {
    expect(isPlainQuarter(x)).toBe(false);
  });

  it('refuses a sparse task list (Valibot reads the hole as undefined)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const x = { ...valid, taskList: [, { name: 'a', completed: true }] };
    expect(v.is(AssessmentSchema, x)).toBe(false);
    expect(isPlainQuarter(x)).toBe(false);
  });
});
