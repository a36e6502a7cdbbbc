import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { Pack2Schema, parsePack2 } from '../../packs/quarterly-pack.js';
import { AssessmentSchema } from '../../schemas/assessment.js';
import type { Task } from '../../schemas/quarterly.js';
import { quarter, TC1_TASKS } from '../../test-support/quarter.js';
import { VATM_APPRAISAL } from './appraisal.js';
import { ND335_DEDUCTIONS } from './deductions.js';
import { KTC_KEY_LEVEL_PERCENT } from './key-levels.js';
import { VATM_PLAN_RANGES } from './plan.js';

// The fields and pack settings of Q26-10, -15, -23, -41, -42, -43: optional, /2 only, the shipped JSON
// Schemas and Valibot agreeing on them.
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../schema/${name}.schema.json`, import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const assessment = ajv.compile(read('assessment'));
const pack2 = ajv.compile(read('pack2'));

const count = fc.nat(20);
const eventsArb = fc.record(
  { failedReviews: count, delays: count, objectiveFailedReviews: count, objectiveDelays: count },
  { requiredKeys: [] },
);
const extraArb = fc.record(
  {
    kind: fc.constantFrom('unplanned' as const, 'regular' as const),
    safety: fc.boolean(),
    events: eventsArb,
  },
  { requiredKeys: [] },
);
const topArb = fc.record(
  {
    partyWork: fc.boolean(),
    safetyIncident: fc.boolean(),
    appraisal: fc.record(
      { total: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10), explanation: fc.constant('Căn cứ …') },
      { requiredKeys: ['total'] },
    ),
  },
  { requiredKeys: [] },
);
const arb = fc
  .record({ extras: fc.array(extraArb, { minLength: 5, maxLength: 5 }), top: topArb })
  .map(({ extras, top }) => quarter({ taskList: TC1_TASKS.map((t, i) => ({ ...t, ...extras[i] }) as Task), ...top }));

describe('the new quarterly fields (Q26-10, -23, -41, -42, -43)', () => {
  it('round-trip through the shipped JSON Schema and Valibot alike, and classify', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const copy = JSON.parse(JSON.stringify(a));
        expect(copy).toEqual(a);
        expect(assessment(copy), JSON.stringify(assessment.errors)).toBe(true);
        expect(v.safeParse(AssessmentSchema, copy).success).toBe(true);
        expect(classify(copy).score.total).toBe(97.6);
      }),
      { numRuns: 100 },
    );
  });

  it('both refuse the same broken shapes', () => {
    const [t0, ...rest] = TC1_TASKS as [Task, ...Task[]];
    const withTask = (extra: object) => ({ ...quarter(), taskList: [{ ...t0, ...extra }, ...rest] });
    for (const broken of [
      withTask({ kind: 'key' }),
      withTask({ safety: 'yes' }),
      withTask({ events: { failedReviews: -1 } }),
      withTask({ events: { delays: 1.5 } }),
      withTask({ events: { objectiveDelays: 'one' } }),
      { ...quarter(), appraisal: { total: 101 } },
      { ...quarter(), appraisal: { explanation: 'x' } },
      { ...quarter(), appraisal: { total: 90, note: 'x' } },
      { ...quarter(), partyWork: 1 },
      { ...quarter(), safetyIncident: 'no' },
    ]) {
      expect(assessment(broken), JSON.stringify(broken)).toBe(false);
      expect(v.safeParse(AssessmentSchema, broken).success, JSON.stringify(broken)).toBe(false);
      expect(() => classify(broken)).toThrow(TusoiInputError);
    }
  });

  it('a /1 file carrying any of them is refused, naming the field', () => {
    const annual1 = {
      format: 'tusoi.assessment/1',
      period: { year: 2026 },
      subject: { kind: 'staff' },
      scores: { general: 30, results: 60 },
      tasks: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
    };
    for (const field of ['partyWork', 'safetyIncident', 'appraisal'] as const) {
      const value = field === 'appraisal' ? { total: 90 } : true;
      try {
        classify({ ...annual1, [field]: value });
        expect.unreachable(field);
      } catch (e) {
        expect((e as TusoiInputError).issues.map((i) => i.path)).toContain(field);
      }
    }
  });

  it('a pack with every new setting passes the shipped pack2 schema and Valibot; built-in packs set none', () => {
    const full = {
      ...Q2026_VATM_09A,
      id: 'all-settings',
      appraisal: VATM_APPRAISAL,
      results: {
        ...Q2026_VATM_09A.results,
        plan: { ...VATM_PLAN_RANGES, partyAxis: { axis: 'T4', requiredFor: 'party-work' } },
        deductions: ND335_DEDUCTIONS,
        keyLevelPercent: KTC_KEY_LEVEL_PERCENT,
      },
    };
    const copy = JSON.parse(JSON.stringify(full));
    expect(pack2(copy), JSON.stringify(pack2.errors)).toBe(true);
    expect(v.safeParse(Pack2Schema, copy).success).toBe(true);
    expect(() => parsePack2(copy)).not.toThrow();
    const bad = { ...copy, results: { ...copy.results, plan: { partyAxis: { axis: 'T4', requiredFor: 'all' } } } };
    expect(pack2(bad)).toBe(false);
    expect(() => parsePack2(bad)).toThrow(TusoiInputError);
    expect(Q2026_VATM_09A).not.toHaveProperty('appraisal');
    expect(Q2026_VATM_09A.results).not.toHaveProperty('deductions');
    expect(Q2026_VATM_09A.results).not.toHaveProperty('keyLevelPercent');
  });
});
