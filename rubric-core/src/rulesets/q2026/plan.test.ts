import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import type { Task } from '../../schemas/quarterly.js';
import { quarter, task } from '../../test-support/quarter.js';
import { VATM_PLAN_RANGES } from './plan.js';

// Plan checks (Q26-05 task count, Q26-42, Q26-43): warnings only, under the pack's `results.plan`.
const pack: Pack2 = parsePack2({
  ...Q2026_VATM_09A,
  id: 'vatm-plan',
  results: { ...Q2026_VATM_09A.results, plan: VATM_PLAN_RANGES },
});

const FULL = [100, 100, 100, 100] as const;
/** Tasks of the given weights and axes; the first is the one key task unless `keys` says otherwise. */
function tasks(spec: readonly (readonly [number, string | undefined])[], keys: readonly number[] = [0]): Task[] {
  return spec.map(([w, axis], i) => {
    const t = task(w, FULL, keys.includes(i) ? { key: true, keyLevel: 1 } : {});
    if (axis === undefined) {
      const { axis: _drop, ...rest } = t;
      return rest;
    }
    return { ...t, axis };
  });
}

function codes(list: Task[]): string[] {
  const r = classify(quarter({ taskList: list, criteria: { ...quarter().criteria, pack: 'vatm-plan' } as never }), {
    pack,
  });
  return r.warnings.map((w) => w.code).filter((c) => c.startsWith('PLAN_'));
}

// 28 + 21 + 21 = 70: main axis T1 at exactly 40%, key task 28 points, 3 tasks, 1 key task: no warning.
const OK = tasks([
  [28, 'T1'],
  [21, 'T2'],
  [21, 'T3'],
]);

describe('plan checks: warnings only, each bound tested at its edge', () => {
  it('main axis share in the warning: up to 2 decimals, never rounded across the bound (27,99/70 is 39,98%, not 40%)', () => {
    const warning = (list: Task[]) =>
      classify(quarter({ taskList: list, criteria: { ...quarter().criteria, pack: 'vatm-plan' } as never }), {
        pack,
      }).warnings.find((w) => w.code === 'PLAN_MAIN_AXIS_SHARE');
    const under = warning(
      tasks([
        [27.99, 'T1'],
        [21.01, 'T2'],
        [21, 'T3'],
      ]),
    );
    expect(under?.message.vi).toContain('Trục chính T1 có 39,98% tổng trọng số');
    expect(under?.message.vi).not.toContain(' 40% tổng');
    const over = warning(
      tasks([
        [20, 'T2'],
        [35.01, 'T1'],
        [14.99, 'T3'],
      ]),
    );
    // 35,01 / 70 = 50,014…%: shown 50,02.
    expect(over?.message.en).toContain('carries 50.02% of the weight');
  });

  it('a plan inside every range gives no plan warning', () => {
    expect(codes(OK)).toEqual([]);
  });

  it('main axis: 40% (28/70) and 50% (35/70) pass; 27,99 and 35,01 warn', () => {
    expect(
      codes(
        tasks([
          [27.99, 'T1'],
          [21.01, 'T2'],
          [21, 'T3'],
        ]),
      ),
    ).toEqual(['PLAN_MAIN_AXIS_SHARE']);
    expect(
      codes(
        tasks(
          [
            [20, 'T2'],
            [35, 'T1'],
            [15, 'T3'],
          ],
          [1],
        ),
      ),
    ).toEqual(['PLAN_KEY_TASK_POINTS']); // 35 > 30 for the key task; the axis share 50% passes
    expect(
      codes(
        tasks([
          [20, 'T2'],
          [35.01, 'T1'],
          [14.99, 'T3'],
        ]),
      ),
    ).toEqual(['PLAN_MAIN_AXIS_SHARE']);
  });

  it('key task weight: 15 and 30 pass; 14,99 and 30,01 warn', () => {
    const withKey = (w: number) =>
      codes(
        tasks(
          [
            [28, 'T1'],
            [w, 'T2'],
            [Math.round((42 - w) * 100) / 100, 'T3'],
          ],
          [1],
        ),
      );
    expect(withKey(15)).toEqual([]);
    expect(withKey(14.99)).toEqual(['PLAN_KEY_TASK_POINTS']);
    expect(
      codes(
        tasks([
          [30, 'T1'],
          [20, 'T2'],
          [20, 'T3'],
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        tasks([
          [30.01, 'T1'],
          [19.99, 'T2'],
          [20, 'T3'],
        ]),
      ),
    ).toEqual(['PLAN_KEY_TASK_POINTS']);
  });

  it('task count: 3 and 7 pass, 2 and 8 warn; key tasks: 1 and 2 pass, 0 and 3 warn', () => {
    const seven: [number, string][] = [
      [28, 'T1'],
      [7, 'T2'],
      [7, 'T3'],
      [7, 'T4'],
      [7, 'T5'],
      [7, 'T6'],
      [7, 'T2'],
    ];
    expect(codes(tasks(seven, [1]))).toEqual(['PLAN_KEY_TASK_POINTS']); // 7 points is under 15: the count passes
    expect(codes(tasks([...seven.slice(0, 6), [3.5, 'T2'], [3.5, 'T3']], []))).toEqual([
      'PLAN_TASK_COUNT',
      'PLAN_KEY_TASK_COUNT',
    ]);
    expect(
      codes(
        tasks(
          [
            [35, 'T1'],
            [35, 'T2'],
          ],
          [],
        ),
      ),
    ).toEqual(['PLAN_TASK_COUNT', 'PLAN_KEY_TASK_COUNT']);
    expect(
      codes(
        tasks(
          [
            [28, 'T1'],
            [21, 'T2'],
            [21, 'T3'],
          ],
          [0, 1],
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        tasks(
          [
            [28, 'T1'],
            [21, 'T2'],
            [21, 'T3'],
          ],
          [0, 1, 2],
        ),
      ),
    ).toEqual(['PLAN_KEY_TASK_COUNT']);
  });

  it('a task with no axis is named by its path', () => {
    const list = tasks([
      [28, 'T1'],
      [21, 'T2'],
      [21, undefined],
    ]);
    const r = classify(quarter({ taskList: list, criteria: { ...quarter().criteria, pack: 'vatm-plan' } as never }), {
      pack,
    });
    const w = r.warnings.find((x) => x.code === 'PLAN_TASK_AXIS');
    expect(w?.path).toBe('taskList[2].axis');
    expect(w?.message.vi).toContain('Q26-43');
    expect(w?.message.en).toContain('the level is unchanged');
  });

  it('never changes the level, the score or the reasons; built-in packs set no plan (results unchanged)', () => {
    const bad = tasks(
      [
        [35, 'T1'],
        [35, 'T1'],
      ],
      [],
    );
    const withPlan = classify(
      quarter({ taskList: bad, criteria: { ...quarter().criteria, pack: 'vatm-plan' } as never }),
      { pack },
    );
    const without = classify(quarter({ taskList: bad }));
    expect(withPlan.warnings.length).toBeGreaterThan(without.warnings.length);
    // The pack with a plan is the user's own (not the built-in's content): cited as itself, else equal.
    const uncited = (r: typeof without) => ({
      ...r,
      warnings: [],
      reasons: r.reasons.map(({ citation: _c, cite: _d, ...x }) => x),
    });
    expect(uncited(withPlan)).toEqual(uncited(without));
    expect(withPlan.reasons.find((x) => x.rule === 'Q26-05')?.cite).toContain('"vatm-plan" do người dùng đưa vào');
    expect(Q2026_VATM_09A.results.plan).toBeUndefined();
  });
});
