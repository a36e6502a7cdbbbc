import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import type { Assessment } from '../../schemas/assessment.js';
import { quarter } from '../../test-support/quarter.js';

// Q26-28: a collective under 70% of its tasks. Boundaries: 7/10 (exactly 70%) and 69/100 (just under).

function paths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
}

const rule = (r: ReturnType<typeof classify>) => r.reasons.find((x) => x.rule === 'Q26-28');

describe('Q26-28 in a quarter: the collective under 70% of its tasks', () => {
  // quarter() is the VATM TC-1 quarter: HTXSNV on its own.
  it('the quarter alone is HTXSNV (the baseline the cases below change)', () => {
    expect(classify(quarter()).level).toBe('HTXSNV');
  });

  it('exactly 70% (7/10) holds: the head keeps the level, the reason says passed', () => {
    const r = classify(quarter({ headOf: { assigned: 10, completed: 7 } }));
    expect(r.level).toBe('HTXSNV');
    expect(rule(r)?.outcome).toBe('passed');
    expect(rule(r)?.message.vi).toContain('7/10 (70%)');
  });

  it('69/100 (under 70%): the head is rated KHTNV, whatever the score', () => {
    const r = classify(quarter({ headOf: { assigned: 100, completed: 69 } }));
    expect(r.level).toBe('KHTNV');
    expect(rule(r)?.outcome).toBe('triggered');
    expect(rule(r)?.cite).toContain('Điều 11, khoản 4');
    expect(r.reasons.at(-1)?.message.en).toContain('KHTNV');
  });

  it('69/100 for a deputy: HTXSNV is ruled out, HTTNV kept; 70/100 changes nothing', () => {
    const deputy = classify(quarter({ headOf: { role: 'deputy', assigned: 100, completed: 69 } }));
    expect(deputy.level).toBe('HTTNV');
    expect(rule(deputy)?.outcome).toBe('failed');
    expect(classify(quarter({ headOf: { role: 'deputy', assigned: 100, completed: 70 } })).level).toBe('HTXSNV');
  });

  it('a deputy is not capped by the collective’s level (Q26-29 caps heads only)', () => {
    expect(classify(quarter({ headOf: { level: 'HTNV' } })).level).toBe('HTNV');
    expect(classify(quarter({ headOf: { role: 'deputy', level: 'HTNV' } })).level).toBe('HTXSNV');
    expect(classify(quarter({ headOf: { role: 'deputy', total: 60 } }), { headCap: 'score' }).score.total).toBe(
      classify(quarter()).score.total,
    );
  });

  it('no counts, or a collective with no task: Q26-28 says nothing', () => {
    expect(rule(classify(quarter({ headOf: { level: 'HTXSNV' } })))).toBeUndefined();
    expect(rule(classify(quarter({ headOf: { assigned: 0, completed: 0 } })))).toBeUndefined();
  });

  it('bad counts are refused naming the path: completed over assigned, or one count alone', () => {
    expect(paths(() => classify(quarter({ headOf: { assigned: 5, completed: 6 } })))).toEqual(['headOf.completed']);
    expect(paths(() => classify(quarter({ headOf: { assigned: 5 } })))).toEqual(['headOf.completed']);
    expect(paths(() => classify(quarter({ headOf: { completed: 5 } })))).toEqual(['headOf.assigned']);
    expect(paths(() => classify(quarter({ headOf: { role: 'chief' as never } })))).toEqual(['headOf.role']);
  });
});

describe('Q26-28 in the annual rating', () => {
  const annual = (headOf: Assessment['headOf']): Assessment => ({
    format: 'tusoi.assessment/2',
    period: { year: 2026 },
    subject: { kind: 'staff' },
    scores: { general: 30, results: 65 },
    tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 4, late: 0 },
    headOf,
  });

  it('baseline HTXSNV; 7/10 keeps it; 69/100 gives the head KHTNV and a deputy HTTNV', () => {
    expect(classify(annual(undefined)).level).toBe('HTXSNV');
    expect(classify(annual({ assigned: 10, completed: 7 })).level).toBe('HTXSNV');
    const head = classify(annual({ assigned: 100, completed: 69 }));
    expect(head.level).toBe('KHTNV');
    expect(head.reasons.at(-1)?.message.en).toContain('KHTNV');
    expect(classify(annual({ role: 'deputy', assigned: 100, completed: 69 })).level).toBe('HTTNV');
  });

  it('refuses completed over assigned in an annual file too', () => {
    expect(paths(() => classify(annual({ assigned: 5, completed: 6 })))).toEqual(['headOf.completed']);
  });
});
