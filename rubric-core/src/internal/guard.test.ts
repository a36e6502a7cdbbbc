import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../schemas/assessment.js';
import { assessmentArb } from '../test-support/arbitrary.js';
import { compileGuard } from './guard.js';
import { shapeIssues } from './shape.js';

describe('compileGuard', () => {
  const schema = v.strictObject({
    n: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
    s: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(3), v.regex(/^[a-z]+$/))),
    l: v.nullable(v.picklist(['a', 'b'])),
    u: v.optional(v.union([v.boolean(), v.literal(1)])),
    r: v.optional(
      v.record(
        v.string(),
        v.array(
          v.pipe(
            v.number(),
            v.finite(),
            v.safeInteger(),
            v.check((x) => x !== 7),
          ),
        ),
      ),
    ),
  });
  const guard = compileGuard(schema);

  it.each([
    [{ n: 3, l: null }, true],
    [{ n: 3, l: 'a', s: 'ab', u: 1, r: { x: [1, 2] } }, true],
    [{ n: 3, l: 'a', r: { x: [7] } }, false],
    [{ n: 10, l: null }, false],
    [{ n: 1.5, l: null }, false],
    [{ n: Number.NaN, l: null }, false],
    [{ n: 3, l: null, s: '' }, false],
    [{ n: 3, l: null, s: 'abcd' }, false],
    [{ n: 3, l: null, s: 'A' }, false],
    [{ n: 3, l: 'c' }, false],
    [{ n: 3 }, false],
    [{ n: 3, l: null, extra: 1 }, false],
    [{ n: 3, l: null, u: 2 }, false],
    [[3], false],
    [null, false],
  ])('%j → %s, as Valibot says', (input, expected) => {
    expect(guard(input)).toBe(expected);
    expect(v.is(schema, input)).toBe(expected);
  });

  it('answers "no" to objects with another prototype and to schemas it does not know', () => {
    expect(guard(Object.assign(Object.create({ inherited: 1 }), { n: 1, l: null }))).toBe(false);
    expect(compileGuard(v.date())(new Date())).toBe(false);
    expect(compileGuard(v.pipe(v.string(), v.email()))('a@b.c')).toBe(false);
  });
});

describe('compileGuard on the real schemas: accepts only what the schema accepts', () => {
  // Values that break one rule or another of some field, including the nested-pipe count
  // v.pipe(countSchema, v.maxValue(5)), arrays for objects and keys Valibot's record skips.
  const odd = fc.constantFrom<unknown>(
    -3,
    0.5,
    -1e308,
    1e308,
    -0,
    6,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    29.1234567,
    '',
    'x',
    '2025-02-30',
    '2024-02-29',
    'II-3',
    [],
    [1],
    {},
    null,
    true,
    JSON.parse('{"__proto__":{"noted":true}}'),
    JSON.parse('{"constructor":{"noted":true}}'),
    { 'I-1': { noted: true } },
  );
  const fields = [
    ['socioEconomicTargets', 'missed'],
    ['socioEconomicTargets'],
    ['tasks', 'late'],
    ['tasks'],
    ['scores', 'general'],
    ['findings'],
    ['review'],
    ['selfCheck'],
    ['subject', 'birthDate'],
    ['period', 'year'],
    ['confidenceVote', 'lowShare'],
    ['priorShortcomings'],
    ['extra'],
  ] as const;

  /** An assessment with one field (maybe nested) set to an odd value. */
  const mutated = fc.tuple(assessmentArb, fc.constantFrom(...fields), odd).map(([a, path, value]) => {
    const copy = structuredClone(a) as Record<string, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1] as string] = value;
    return copy;
  });

  const guard = compileGuard(AssessmentSchema);

  it('guard(x) ⇒ Valibot accepts x and no shape issue (generated inputs)', () => {
    fc.assert(
      fc.property(fc.oneof(assessmentArb, mutated), (x) => {
        if (guard(x)) {
          expect(v.is(AssessmentSchema, x)).toBe(true);
          expect(shapeIssues(AssessmentSchema, x)).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the guard still takes the fast path for valid assessments (it is not just "no")', () => {
    fc.assert(fc.property(assessmentArb, (x) => guard(x)));
  });

  it('nested pipes: every action of the inner pipe is checked', () => {
    const inner = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
    const g = compileGuard(v.pipe(inner, v.maxValue(5)));
    expect([-3, 0.5, -1e308, 6, 5, 0].map(g)).toEqual([false, false, false, false, true, true]);
    const s = compileGuard(v.pipe(v.pipe(v.string(), v.minLength(2)), v.maxLength(3)));
    expect(['a', 'ab', 'abcd'].map(s)).toEqual([false, true, false]);
  });
});

describe('compileGuard on quarterly input (tusoi.assessment/2): accepts only what the schema accepts', () => {
  const guard = compileGuard(AssessmentSchema);
  const percent = fc.integer({ min: 0, max: 1_200_000 }).map((n) => n / 10_000);
  const taskArb = fc.record(
    {
      name: fc.string({ maxLength: 8 }),
      axis: fc.constantFrom('T1', 'T2', 'T6'),
      weight: fc.integer({ min: 0, max: 7000 }).map((n) => n / 100),
      components: fc.record({ A: percent, B: percent, C: percent, D: percent }, { requiredKeys: [] }),
      exceeded: fc.boolean(),
      key: fc.boolean(),
      keyLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      completed: fc.boolean(),
      late: fc.boolean(),
      objectiveReason: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: ['name', 'completed'] },
  );
  const answerArb = fc.oneof(
    fc.boolean(),
    fc.integer({ min: 0, max: 30_000_000 }).map((n) => n / 1_000_000),
    fc.record(
      {
        answer: fc.constantFrom('met' as const, 'notMet' as const, 'notApplicable' as const),
        points: fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        reason: fc.string({ maxLength: 8 }),
      },
      { requiredKeys: ['answer'] },
    ),
  );
  const quarterArb = fc
    .record({
      taskList: fc.array(taskArb, { maxLength: 7 }),
      items: fc.dictionary(fc.constantFrom('pl4-1.1', 'pl4-1.2', 'pl4-2.3', 'pl4-3'), answerArb),
      frame: fc.constantFrom('K1', 'K2'),
      quarter: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ taskList, items, frame, quarter }) => ({
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter },
      subject: { kind: 'staff' },
      criteria: { pack: 'q2026-vatm-09a', items },
      frame: { id: frame },
      taskList,
    }));
  // One quarterly field set to an odd value (out of range, too many decimals, wrong type, unknown key).
  const quarterlyOdd = fc.constantFrom<unknown>(
    -1,
    120.00001,
    70.001,
    1.5,
    4,
    0,
    Number.NaN,
    '',
    'notMet',
    [],
    {},
    null,
    true,
    { answer: 'maybe' },
    { answer: 'met', extra: 1 },
    { A: 121 },
    { A: 50.12345 },
  );
  const paths = [
    ['taskList', 0, 'weight'],
    ['taskList', 0, 'components', 'A'],
    ['taskList', 0, 'components'],
    ['taskList', 0, 'keyLevel'],
    ['taskList', 0, 'completed'],
    ['taskList', 0, 'extra'],
    ['criteria', 'items', 'pl4-1.1'],
    ['frame', 'A'],
    ['frame', 'id'],
    ['period', 'quarter'],
    ['unrated', 'trainingMonths'],
    ['headOf', 'total'],
    ['axisPoints', 'T1'],
    ['kpi', 'A'],
    ['quarters'],
  ] as const;
  const mutated = fc.tuple(quarterArb, fc.constantFrom(...paths), quarterlyOdd).map(([a, path, value]) => {
    const copy = structuredClone(a) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = typeof key === 'number' ? [] : {};
      target = target[key] as Record<string | number, unknown>;
    }
    target[path[path.length - 1] as string | number] = value;
    return copy;
  });

  it('guard(x) ⇒ Valibot accepts x and no shape issue', () => {
    fc.assert(
      fc.property(fc.oneof(quarterArb, mutated), (x) => {
        if (guard(x)) {
          expect(v.is(AssessmentSchema, x)).toBe(true);
          expect(shapeIssues(AssessmentSchema, x)).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('and it takes the fast path for every well-shaped quarter (it is not just "no")', () => {
    fc.assert(
      fc.property(quarterArb, (x) => {
        expect(v.is(AssessmentSchema, x)).toBe(true);
        expect(guard(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a sparse task list is refused (Valibot reads the hole as undefined)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const x = { ...(fc.sample(quarterArb, 1)[0] as object), taskList: [, { name: 'a', completed: true }] };
    expect(v.is(AssessmentSchema, x)).toBe(false);
    expect(guard(x)).toBe(false);
  });
});
