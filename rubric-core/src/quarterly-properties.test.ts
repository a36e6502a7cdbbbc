import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { levelRank } from './levels.js';
import { Q2026_VATM_09A } from './packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from './packs/quarterly-pack.js';
import { ROUNDING_MODES } from './packs/rounding.js';
import { type Assessment, AssessmentSchema } from './schemas/assessment.js';
import type { Task } from './schemas/quarterly.js';
import type { Result } from './schemas/result.js';
import { assessmentArb } from './test-support/arbitrary.js';
import { answers, quarter } from './test-support/quarter.js';

function range(r: Result): [number, number] {
  if (r.decision === 'unrated') return [-1, -1];
  const ranks = (r.level !== null ? [r.level] : r.candidates).map(levelRank);
  return [Math.min(...ranks), Math.max(...ranks)];
}

function notLower(before: Result, after: Result): void {
  const [b0, b1] = range(before);
  const [a0, a1] = range(after);
  expect(a0).toBeGreaterThanOrEqual(b0);
  expect(a1).toBeGreaterThanOrEqual(b1);
}

const percent = fc.integer({ min: 0, max: 100 });
const taskArb: fc.Arbitrary<Omit<Task, 'weight'>> = fc
  .record({
    name: fc.constant('Sản phẩm'),
    axis: fc.constantFrom('T1', 'T2', 'T4'),
    components: fc.record({ A: percent, B: percent, C: percent, D: percent }),
    exceeded: fc.boolean(),
    completed: fc.boolean(),
    late: fc.boolean(),
    key: fc.boolean(),
    keyLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
  })
  .map((t) => (t.completed ? t : { ...t, exceeded: false, late: false })); // an unfinished task is neither exceeded nor late

/** 1–7 tasks whose weights add up to exactly 70. */
const taskListArb = fc.array(taskArb, { minLength: 1, maxLength: 7 }).map((list) =>
  list.map((t, i) => ({
    ...t,
    weight: i === list.length - 1 ? 70 - 10 * (list.length - 1) : 10,
  })),
);

const staffItems = Object.keys(answers('q2026-vatm-09a', 'staff'));

const quarterArb = fc
  .record({ tasks: taskListArb, notMet: fc.subarray(staffItems, { maxLength: 4 }) })
  .map(({ tasks, notMet }) =>
    quarter({
      taskList: tasks,
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers(
          'q2026-vatm-09a',
          'staff',
          Object.fromEntries(notMet.map((id) => [id, { answer: 'notMet' as const, reason: 'Có căn cứ' }])),
        ),
      },
    }),
  );

describe('properties of the quarterly review', () => {
  it('raising a component never lowers the level', () => {
    fc.assert(
      fc.property(
        quarterArb,
        fc.nat(6),
        fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'D' as const),
        fc.integer({ min: 1, max: 100 }),
        (a, i, c, by) => {
          const list = a.taskList as Task[];
          const k = i % list.length;
          const t = list[k] as Task;
          const raised = { ...t, components: { ...t.components, [c]: Math.min(100, (t.components?.[c] ?? 0) + by) } };
          notLower(classify(a), classify({ ...a, taskList: list.map((x, j) => (j === k ? raised : x)) }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marking a criterion met never lowers the level', () => {
    fc.assert(
      fc.property(quarterArb, (a) => {
        const items = a.criteria?.items ?? {};
        const notMet = Object.keys(items).find((k) => (items[k] as { answer: string }).answer === 'notMet');
        if (notMet === undefined) return;
        const met = {
          ...a,
          criteria: { pack: 'q2026-vatm-09a', items: { ...items, [notMet]: { answer: 'met' as const } } },
        };
        notLower(classify(a), classify(met));
      }),
      { numRuns: 300 },
    );
  });

  const ruleArb = fc.oneof(
    fc.record({ decimals: fc.integer({ min: 0, max: 3 }), mode: fc.constantFrom(...ROUNDING_MODES) }),
    fc.record({ step: fc.constantFrom(0.5, 0.3, 0.25, 2, 3), mode: fc.constantFrom(...ROUNDING_MODES) }),
  );

  it('rounding settings never push a group or the total past its cap', () => {
    fc.assert(
      fc.property(
        quarterArb,
        fc.record({ taskScore: ruleArb, tasksTotal: ruleArb, generalTotal: ruleArb, total: ruleArb }),
        fc.constantFrom('flag' as const, 'cap' as const, 'score120' as const),
        (a, rounding, exceed) => {
          const pack: Pack2 = parsePack2({
            ...Q2026_VATM_09A,
            results: { ...Q2026_VATM_09A.results, exceed },
            rounding,
          });
          const r = classify(a, { pack });
          expect(r.score.general).toBeLessThanOrEqual(30);
          expect(r.score.results).toBeLessThanOrEqual(70);
          expect(r.score.total).toBeLessThanOrEqual(100);
          expect(r.score.total).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('quarterly and annual assessments through the JSON Schema and Valibot alike', () => {
  const schema = JSON.parse(readFileSync(new URL('../schema/assessment.schema.json', import.meta.url), 'utf8'));
  // The schema also states checks (e.g. at most 6 decimals) that only Valibot runs; shapes must agree.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  const agree = (a: unknown) => {
    const copy = JSON.parse(JSON.stringify(a));
    expect(copy).toEqual(a);
    expect(validate(copy), JSON.stringify(validate.errors)).toBe(v.safeParse(AssessmentSchema, copy).success);
  };

  it('a valid quarterly assessment round-trips through both', () => {
    fc.assert(
      fc.property(quarterArb, (a) => {
        agree(a);
        expect(validate(a)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a valid annual assessment (with its quarters) round-trips through both', () => {
    fc.assert(
      fc.property(assessmentArb, fc.boolean(), (a, withQuarters) => {
        const annual: Assessment = withQuarters
          ? { ...a, format: 'tusoi.assessment/2', quarters: [{ quarter: 1, level: 'HTTNV', total: 80 }] }
          : a;
        agree(annual);
        expect(validate(annual)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('both refuse the same broken shapes', () => {
    const broken: unknown[] = [
      { ...quarter(), taskList: [{ name: 'x' }] },
      { ...quarter(), taskList: [{ name: 'x', completed: true, keyLevel: 4 }] },
      { ...quarter(), frame: { id: 'K2', E: 10 } },
      { ...quarter(), unrated: { trainingMonths: 4 } },
      { ...quarter(), kpi: { A: 1, B: 1.3, C: 1 } },
      { ...quarter(), quarters: [{ quarter: 5, level: 'HTNV' }] },
      { ...quarter(), criteria: { pack: 'p', items: { a: { answer: 'maybe' } } } },
      { ...quarter(), format: 'tusoi.assessment/3' },
    ];
    for (const b of broken) {
      expect(validate(b), JSON.stringify(b)).toBe(false);
      expect(v.safeParse(AssessmentSchema, b).success).toBe(false);
    }
  });
});
