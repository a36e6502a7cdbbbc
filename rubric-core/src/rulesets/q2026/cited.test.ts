import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { builtinPack2 } from '../../packs/quarterly-builtin.js';
import type { Pack2 } from '../../packs/quarterly-pack.js';
import { answers, quarter, TC1_TASKS, task } from '../../test-support/quarter.js';
import { Q2026_RULES } from './rules.js';

// Q26-02, Q26-03, Q26-19: rules the tusoi.pack/2 scoring already applied, now carrying their ids.
const codes = (f: () => unknown) => {
  try {
    f();
    return [];
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
    throw e;
  }
};
/** TC-1 with the first product's component A set. */
const withA = (A: number) => {
  const [first, ...rest] = TC1_TASKS;
  return quarter({
    taskList: [{ ...(first as (typeof TC1_TASKS)[number]), components: { A, B: 95, C: 100, D: 100 } }, ...rest],
  });
};
const vatm = builtinPack2('q2026-vatm-09a') as Pack2;
const withExceed = (exceed: Pack2['results']['exceed']): Pack2 => ({ ...vatm, results: { ...vatm.results, exceed } });

describe('Q26-02: a component is a percent of the task, 0–100 unless the pack scores exceeding', () => {
  it('is cited, grade C', () => expect(Q2026_RULES['Q26-02'].grade).toBe('C'));

  it('100 holds; 100,0001 is refused where the pack only flags exceeding (VATM)', () => {
    expect(classify(withA(100)).score.results).toBe(67.6);
    expect(codes(() => classify(withA(100.0001)))).toEqual(['exceeding-not-scored@taskList[0].components.A']);
    // The way out is named as the form names it ("Vượt chuẩn"), the key only beside it.
    try {
      classify(withA(120));
    } catch (e) {
      const said = (e as TusoiInputError).issues[0]?.message;
      expect(said?.vi).toContain('đánh dấu "Vượt chuẩn" (exceeded)');
      expect(said?.en).toContain('mark "exceeded" instead');
    }
    expect.assertions(4);
  });

  it('cap counts 100,0001 as 100; score120 counts it (the group still at most 70)', () => {
    expect(classify(withA(100.0001), { pack: withExceed('cap') }).score.results).toBe(67.6);
    // 30 × (0,15 × 120 + 0,5 × 95 + 0,15 × 100 + 0,2 × 100) / 100 = 30,15 → 30,2 (one decimal): 67,6 + 0,9.
    expect(classify(withA(120), { pack: withExceed('score120') }).score.results).toBe(68.5);
  });
});

describe('Q26-03: KPI = the mean of the components; D for leaders only where the pack says so', () => {
  const cand = (kpi: { A: number; B: number; C: number; D?: number }, kind: 'staff' | 'leader') =>
    quarter(
      {
        criteria: { pack: 'q2026-cand-kpi', items: answers('q2026-cand-kpi', kind) },
        kpi,
        frame: undefined,
        taskList: [task(70, [100, 100, 100, 100])],
      },
      kind,
    );
  it('a non-leader (A + B + C) / 3; a D from a non-leader is refused; a leader without D too', () => {
    expect(classify(cand({ A: 1, B: 0.7, C: 1 }, 'staff')).breakdown?.kpi).toBe(90);
    expect(codes(() => classify(cand({ A: 1, B: 1, C: 1, D: 1 }, 'staff')))).toEqual(['kpi-d-not-allowed@kpi.D']);
    expect(codes(() => classify(cand({ A: 1, B: 1, C: 1 }, 'leader')))).toEqual(['kpi-d-missing@kpi.D']);
    expect(classify(cand({ A: 1, B: 1, C: 1, D: 0.6 }, 'leader')).breakdown?.kpi).toBe(90);
  });
});

describe('Q26-19: binary general criteria, met = the maximum, not met = 0', () => {
  const over = (points: number) =>
    quarter({
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers('q2026-vatm-09a', 'staff', { 'pl4-3': { answer: 'notMet', points, reason: 'Chậm nộp' } }),
      },
    });
  it('not met at 0 gives 28 (pl4-3 is worth 2); any other points are refused', () => {
    expect(classify(over(0)).score.general).toBe(28);
    expect(codes(() => classify(over(0.5)))).toEqual(['not-met-points@criteria.items.pl4-3.points']);
    expect(codes(() => classify(over(2)))).toEqual(['not-met-points@criteria.items.pl4-3.points']);
  });
});
