import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import { counts, PERFECT } from '../test-support/make.js';
import { answers, quarter } from '../test-support/quarter.js';
import { PL4_PACK } from './builtin.js';
import { packCriteria } from './compute.js';

// Text keys are compared after NFC and trimming wherever an id names something of a pack.
const codesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
    throw e;
  }
  throw new Error('accepted');
};

describe('ids of a pack, after NFC and trimming', () => {
  const b = { criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') } };
  const axes = { T1: 15, T2: 9.5, T3: 10, T4: 14, T5: 10, T6: 8 };

  it('axisPoints keys with stray spaces are the pack’s axes', () => {
    const spaced = Object.fromEntries(Object.entries(axes).map(([k, v]) => [` ${k} `, v]));
    expect(classify(quarter({ ...b, axisPoints: spaced })).score).toEqual(
      classify(quarter({ ...b, axisPoints: axes })).score,
    );
  });

  it('an axis given twice (once with spaces) is an error, not a silent last-wins', () => {
    expect(codesOf(() => classify(quarter({ ...b, axisPoints: { ...axes, ' T1': 15 } })))).toEqual([
      'duplicate-id@axisPoints. T1',
    ]);
  });

  it('criteria.pack with stray spaces names the pack', () => {
    const items = Object.fromEntries(
      packCriteria(PL4_PACK).map(({ criterion }) => [criterion.id, criterion.mode === 'binary' ? true : 62]),
    );
    const a = (pack: string) => ({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      tasks: counts(PERFECT),
      criteria: { pack, items },
    });
    expect(classify(a(` ${PL4_PACK.id} `), { pack: PL4_PACK }).score.total).toBe(92);
    expect(classify(a(` ${PL4_PACK.id} `)).score.total).toBe(92);
  });
});
