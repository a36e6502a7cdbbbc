import { describe, expect, it } from 'vitest';
import { classify, classifyWith } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { PL4_PACK } from '../../packs/builtin.js';
import { Q2026_KTC_AXIS_CAPS, Q2026_VATM_09A, Q2026_VATM_09B } from '../../packs/quarterly-builtin.js';
import { parsePack2 } from '../../packs/quarterly-pack.js';
import type { Assessment } from '../../schemas/assessment.js';
import { make, PERFECT } from '../../test-support/make.js';
import { answers, quarter, TC1_TASKS, task } from '../../test-support/quarter.js';
import { classifyYear } from '../../year.js';
import { QD366_RULESET } from '../qd366/index.js';

function paths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}

const items = (over: Record<string, unknown> = {}) => ({ ...answers('q2026-vatm-09a', 'staff'), ...over });
const withItems = (over: Record<string, unknown>, extra: Partial<Assessment> = {}) =>
  quarter({ criteria: { pack: 'q2026-vatm-09a', items: items(over) } as Assessment['criteria'], ...extra });

describe('general criteria answers', () => {
  it('true / false and numbers are read as met / not met', () => {
    expect(classify(withItems({ 'pl4-3': true })).score.general).toBe(30);
    expect(classify(withItems({ 'pl4-1.1': 2 })).score.general).toBe(30);
    expect(paths(() => classify(withItems({ 'pl4-3': false })))).toEqual(['criteria.items.pl4-3.reason']);
  });

  it('a criterion left out, an unknown one, points on "met" or on a binary "not met" are bad input', () => {
    const { 'pl4-3': _, ...rest } = items();
    expect(
      paths(() => classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items: rest } as Assessment['criteria'] }))),
    ).toEqual(['criteria.items.pl4-3']);
    expect(paths(() => classify(withItems({ zzz: { answer: 'met' } })))).toEqual(['criteria.items.zzz']);
    expect(paths(() => classify(withItems({ 'pl4-3': { answer: 'met', points: 1 } })))).toEqual([
      'criteria.items.pl4-3.points',
    ]);
    expect(paths(() => classify(withItems({ 'pl4-3': { answer: 'notMet', points: 1, reason: 'x' } })))).toEqual([
      'criteria.items.pl4-3.points',
    ]);
  });

  it('range items: "not met" needs points under the max; manual K/AD needs its points', () => {
    const ktc = (it: Record<string, unknown>) =>
      quarter({
        criteria: {
          pack: 'q2026-ktc-axis-caps',
          items: { 'ktc-1': 13, 'ktc-2': 12, 'ktc-3': 5, ...it },
        } as Assessment['criteria'],
        axisPercent: { T1: 100, T2: 100, T3: 100, T4: 100, T5: 100, T6: 100 },
      });
    expect(paths(() => classify(ktc({ 'ktc-1': { answer: 'notMet', reason: 'x' } })))).toEqual([
      'criteria.items.ktc-1.points',
    ]);
    expect(paths(() => classify(ktc({ 'ktc-1': { answer: 'notMet', points: 13, reason: 'x' } })))).toEqual([
      'criteria.items.ktc-1.points',
    ]);
    expect(classify(ktc({ 'ktc-1': { answer: 'notMet', points: 12.5 } })).score.general).toBe(29.5);
    const manual = parsePack2({
      ...Q2026_KTC_AXIS_CAPS,
      general: { ...Q2026_KTC_AXIS_CAPS.general, notApplicable: { allowed: true, rule: 'manual' } },
    });
    const kad = { 'ktc-3': { answer: 'notApplicable', reason: 'Không thuộc phạm vi' } };
    expect(paths(() => classify(ktc(kad), { pack: manual }))).toEqual(['criteria.items.ktc-3.points']);
    expect(classify(ktc({ 'ktc-3': { ...kad['ktc-3'], points: 4 } }), { pack: manual }).score.general).toBe(29);
  });

  it('every criterion K/AD cannot be scored', () => {
    const all = Object.fromEntries(
      Object.keys(items()).map((id) => [id, { answer: 'notApplicable', reason: 'Không áp dụng' }]),
    );
    expect(paths(() => classify(withItems(all)))).toEqual(['criteria.items']);
  });
});

describe('results inputs', () => {
  it('group totals given as scores stand in for the pack’s inputs', () => {
    const a = quarter({ criteria: undefined, scores: { general: 28, results: 60 }, frame: undefined });
    const r = classify({ ...a, taskList: TC1_TASKS.map(({ weight: _w, components: _c, ...t }) => t) });
    expect(r.score).toEqual({ general: 28, results: 60, total: 88 });
    expect(r.breakdown).toBeUndefined();
  });

  it('a task without weight or a component, with an unknown frame, or no frame at all is bad input', () => {
    const { weight: _, ...noWeight } = TC1_TASKS[0] as NonNullable<Assessment['taskList']>[number];
    expect(paths(() => classify(quarter({ taskList: [noWeight, ...TC1_TASKS.slice(1)] })))).toContain(
      'taskList[0].weight',
    );
    const noD = { ...TC1_TASKS[0], components: { A: 100, B: 100, C: 100 } } as NonNullable<
      Assessment['taskList']
    >[number];
    expect(paths(() => classify(quarter({ taskList: [noD, ...TC1_TASKS.slice(1)] })))).toEqual([
      'taskList[0].components.D',
    ]);
    const badFrame = { ...TC1_TASKS[0], frame: 'K9' } as NonNullable<Assessment['taskList']>[number];
    expect(paths(() => classify(quarter({ taskList: [badFrame, ...TC1_TASKS.slice(1)] })))).toEqual([
      'taskList[0].frame',
    ]);
    const noDefault = parsePack2({
      ...Q2026_VATM_09A,
      results: { ...Q2026_VATM_09A.results, defaultFrame: undefined },
    });
    expect(paths(() => classify(quarter({ frame: undefined }), { pack: noDefault }))).toEqual(['frame']);
  });

  it('a task may use another frame; a frame weight of 0 needs no component', () => {
    const k1 = { ...TC1_TASKS[0], frame: 'K1' } as NonNullable<Assessment['taskList']>[number];
    // K1: 100·25% + 95·35% + 100·20% + 100·20% = 98,25% of 30 → 29,475 → 29,5
    expect(classify(quarter({ taskList: [k1, ...TC1_TASKS.slice(1)] })).breakdown?.tasks?.[0]).toBe(29.5);
    const frames = [{ id: 'K0', vi: 'Không D', A: 30, B: 40, C: 30, D: 0 }];
    const noD = parsePack2({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frames, defaultFrame: 'K0' } });
    const list = [task(70, [100, 100, 100, 0], { exceeded: true })].map(({ components, ...t }) => ({
      ...t,
      components: { A: components?.A, B: components?.B, C: components?.C } as { A: number; B: number; C: number },
    }));
    expect(classify(quarter({ frame: { id: 'K0' }, taskList: list }), { pack: noD }).score.results).toBe(70);
  });

  it('exceed = cap counts a component only up to 100%', () => {
    const cap = parsePack2({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, exceed: 'cap' } });
    const over = [task(30, [120, 120, 120, 120]), ...TC1_TASKS.slice(1)];
    expect(classify(quarter({ taskList: over }), { pack: cap }).breakdown?.tasks?.[0]).toBe(30);
  });

  it('direct axis points for an axis not in the pack, KPI missing, a pack/2 without kpiFactor or axes', () => {
    const b = { criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') } };
    expect(
      paths(() => classify(quarter({ ...b, axisPoints: { T1: 15, T2: 10, T3: 10, T4: 15, T5: 10, T6: 10, T7: 1 } }))),
    ).toEqual(['axisPoints.T7']);
    const cand = quarter({ criteria: { pack: 'q2026-cand-kpi', items: answers('q2026-cand-kpi', 'staff') } });
    expect(paths(() => classify(cand))).toEqual(['kpi']);
    expect(paths(() => parsePack2({ ...Q2026_VATM_09B, results: { mode: 'kpi-scaled', exceed: 'flag' } }))).toEqual([
      'results.kpiFactor',
    ]);
    expect(paths(() => parsePack2({ ...Q2026_VATM_09B, results: { mode: 'direct-axis', exceed: 'flag' } }))).toEqual([
      'results.axes',
      'results.axes',
    ]);
    const noMax = Q2026_VATM_09B.results.axes?.map(({ max: _m, ...a }) => a);
    expect(
      paths(() => parsePack2({ ...Q2026_VATM_09B, results: { ...Q2026_VATM_09B.results, axes: noMax } })),
    ).toContain('results.axes[0].max');
    expect(
      paths(() =>
        parsePack2({ ...Q2026_VATM_09A, results: { mode: 'task-weights', defaultFrame: 'K2', exceed: 'flag' } }),
      ),
    ).toEqual(['results.frames', 'results.defaultFrame']);
    const dup = Q2026_VATM_09A.general.groups.map((g, i) => (i === 0 ? { ...g, items: [...g.items, g.items[0]] } : g));
    expect(
      paths(() => parsePack2({ ...Q2026_VATM_09A, general: { ...Q2026_VATM_09A.general, groups: dup } })),
    ).toContain('general.groups[0].items[9].id');
  });
});

describe('pack resolution', () => {
  it('an unknown pack id, another pack given, a pack not for the kind', () => {
    expect(paths(() => classify(quarter({ criteria: { pack: 'nope', items: {} } })))).toEqual(['criteria.pack']);
    expect(paths(() => classify(quarter(), { pack: Q2026_VATM_09B }))).toEqual(['criteria.pack']);
    const ktc = { criteria: { pack: 'q2026-ktc-axis-caps', items: {} } };
    expect(paths(() => classify(quarter(ktc, 'collective')))).toEqual(['subject.kind']);
  });

  it('a quarter scored with a tusoi.pack/1 (built-in id or option)', () => {
    const items = Object.fromEntries(Object.keys(answers('q2026-vatm-09a', 'staff')).map((id) => [id, true]));
    const a = quarter({ criteria: { pack: 'qd366-pl4-staff-example', items: { ...items, 'pl4-k': 66 } } });
    // A built-in tusoi.pack/1 is found by its id, as the CLI finds it.
    expect(classify(a)).toEqual(classify(a, { pack: PL4_PACK }));
  });

  it('counts alone (no task list): unfinished tasks count as subjective unless force majeure', () => {
    const a = quarter({ taskList: undefined, scores: { general: 30, results: 65 }, criteria: undefined });
    const counts = { assigned: 5, completed: 4, onTimeWithQuality: 4, exceeded: 2, late: 0 };
    expect(classify({ ...a, tasks: counts }).level).toBe('KHTNV');
    expect(classify({ ...a, tasks: counts, findings: { forceMajeure: true } }).level).not.toBe('KHTNV');
  });
});

describe('q2026 requirements', () => {
  it('names what a quarterly assessment lacks', () => {
    const bare = {
      format: 'tusoi.assessment/2',
      ruleset: 'q2026',
      period: { year: 2025, quarter: 1 },
      subject: { kind: 'staff' },
    };
    expect(paths(() => classify(bare))).toEqual(['period.year', 'criteria', 'taskList']);
    expect(paths(() => classify({ ...quarter(), quarters: [{ quarter: 1, level: 'HTNV' }] }))).toEqual(['quarters']);
  });

  it('classifyWith runs the given rule set whatever the input names', () => {
    const a = make('staff', 30, 60, PERFECT);
    expect(classifyWith(QD366_RULESET, a)).toEqual(classify(a));
    const q = { ...quarter({ criteria: undefined }), scores: { general: 30, results: 60 } };
    expect(classifyWith(QD366_RULESET, q).ruleset).toBe('qd366');
  });
});

describe('classifyYear input checks', () => {
  const annual = { ...make('staff', 30, 66, PERFECT), period: { year: 2026 } };
  it('names every problem with the input it comes from', () => {
    expect(paths(() => classifyYear([]))).toEqual(['']);
    expect(paths(() => classifyYear([quarter(), { ...quarter(), subject: { kind: 'leader' } }]))).toEqual([
      '[1].subject.kind',
      '[1].period.quarter',
    ]);
    expect(paths(() => classifyYear([quarter(), annual, annual]))).toEqual(['[2].period']);
    expect(paths(() => classifyYear([quarter(), { ...annual, format: 'tusoi.assessment/2', quarters: [] }]))).toEqual([
      '[1].quarters',
    ]);
    expect(paths(() => classifyYear([{ ...quarter(), frame: { id: 'K9' } }]))).toEqual(['[0].frame.id']);
    expect(paths(() => classifyYear([quarter(), { ...annual, tasks: undefined }]))).toEqual(['[1].tasks']);
    expect(paths(() => classifyYear([quarter(), { ...annual, headOf: {} }]))).toEqual(['[1].headOf']);
  });

  it('passes options through and explains without reasons when asked', () => {
    const r = classifyYear([quarter(), annual], { reasons: false });
    expect(r.reasons).toEqual([]);
    expect(r.level).toBe('HTXSNV');
  });
});
