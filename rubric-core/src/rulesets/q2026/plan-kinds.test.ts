import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import type { Assessment, SubjectKind } from '../../schemas/assessment.js';
import type { Task } from '../../schemas/quarterly.js';
import { answers, quarter, task } from '../../test-support/quarter.js';
import { type PlanRanges, VATM_PLAN_RANGES } from './plan.js';

// Q26-42 by task kind (đột xuất 10–15, thường xuyên 5–10 and 30–40%) and Q26-43's Trục 4: warnings only.
function packWith(plan: PlanRanges): Pack2 {
  return parsePack2({ ...Q2026_VATM_09A, id: 'vatm-plan', results: { ...Q2026_VATM_09A.results, plan } });
}
const KINDS: PlanRanges = {
  unplannedTaskPoints: VATM_PLAN_RANGES.unplannedTaskPoints,
  regularTaskPoints: VATM_PLAN_RANGES.regularTaskPoints,
  regularPercent: VATM_PLAN_RANGES.regularPercent,
};
const FULL = [100, 100, 100, 100] as const;

function run(list: Task[], plan: PlanRanges, extra: Partial<Assessment> = {}, kind: SubjectKind = 'staff') {
  const a = quarter(
    { taskList: list, criteria: { pack: 'vatm-plan', items: answers('q2026-vatm-09a', kind) }, ...extra },
    kind,
  );
  return classify(a, { pack: packWith(plan) });
}
const codes = (list: Task[], plan: PlanRanges = KINDS, extra: Partial<Assessment> = {}, kind?: SubjectKind) =>
  run(list, plan, extra, kind)
    .warnings.map((w) => w.code)
    .filter((c) => c.startsWith('PLAN_'));

/** A plan of 70: one unplanned task of `u`, regular tasks of `r` each, the rest on an unkinded task. */
function plan(u: number, r: readonly number[]): Task[] {
  const rest = Math.round((70 - u - r.reduce((x, y) => x + y, 0)) * 100) / 100;
  return [
    task(rest, FULL),
    task(u, FULL, { kind: 'unplanned' }),
    ...r.map((w) => task(w, FULL, { kind: 'regular' as const })),
  ];
}

describe('Q26-42 by task kind: warnings only, each bound at its edge', () => {
  it('unplanned 10 and 15 pass; 9,99 and 15,01 warn, naming the task', () => {
    // Regular 3 × 7 = 21 = 30% of 70 (the share's lower edge).
    expect(codes(plan(10, [7, 7, 7]))).toEqual([]);
    expect(codes(plan(15, [7, 7, 7]))).toEqual([]);
    expect(codes(plan(9.99, [7, 7, 7]))).toEqual(['PLAN_UNPLANNED_TASK_POINTS']);
    const w = run(plan(15.01, [7, 7, 7]), KINDS).warnings.find((x) => x.code === 'PLAN_UNPLANNED_TASK_POINTS');
    expect(w?.path).toBe('taskList[1].weight');
    expect(w?.message.vi).toContain('Sản phẩm đột xuất 2 có trọng số 15,01 điểm; bảng khuyến nghị 10–15 điểm');
    expect(w?.message.vi).toContain('Q26-42');
    expect(w?.message.en).toContain('a warning only');
  });

  it('regular 5 and 10 pass; 4,99 and 10,01 warn', () => {
    expect(codes(plan(12, [5, 8, 8]))).toEqual([]);
    expect(codes(plan(12, [10, 6, 5]))).toEqual([]);
    expect(codes(plan(12, [4.99, 8.01, 8]))).toEqual(['PLAN_REGULAR_TASK_POINTS']);
    expect(codes(plan(12, [10.01, 5.99, 5]))).toEqual(['PLAN_REGULAR_TASK_POINTS']);
  });

  it('regular share: 30% (21/70) and 40% (28/70) pass; 20,99 and 28,01 points warn', () => {
    expect(codes(plan(12, [7, 7, 7]))).toEqual([]);
    expect(codes(plan(12, [7, 7, 7, 7]))).toEqual([]);
    expect(codes(plan(12, [6.99, 7, 7]))).toEqual(['PLAN_REGULAR_SHARE']);
    expect(codes(plan(12, [7.01, 7, 7, 7]))).toEqual(['PLAN_REGULAR_SHARE']);
    const w = run(plan(12, [7.01, 7, 7, 7]), KINDS).warnings.find((x) => x.code === 'PLAN_REGULAR_SHARE');
    // 28,01 / 70 = 40,014…%: shown 40,02, never "40%" inside the range it missed.
    expect(w?.message.vi).toContain('chiếm 40,02% tổng trọng số; bảng khuyến nghị 30–40%');
    const low = run(plan(12, [6.99, 7, 7]), KINDS).warnings.find((x) => x.code === 'PLAN_REGULAR_SHARE');
    // 20,99 / 70 = 29,985…%: shown 29,98, never rounded up to 30.
    expect(low?.message.en).toContain('carry 29.98% of the weight');
  });

  it('a plan that names no kind is not checked for kinds; a kind without its range is not either', () => {
    expect(codes([task(35, FULL), task(35, FULL)])).toEqual([]);
    expect(codes(plan(20, [7, 7, 7]), { regularTaskPoints: { min: 5, max: 10 } })).toEqual([]);
  });

  it('never changes the level, the score or the reasons', () => {
    const bad = plan(20, [2, 2]);
    const withPlan = run(bad, KINDS);
    const without = classify(quarter({ taskList: bad }));
    expect(withPlan.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['PLAN_UNPLANNED_TASK_POINTS', 'PLAN_REGULAR_TASK_POINTS', 'PLAN_REGULAR_SHARE']),
    );
    // The pack with a plan is the user's own (not the built-in's content): cited as itself, else equal.
    const uncited = (r: typeof without) => ({
      ...r,
      warnings: [],
      reasons: r.reasons.map(({ citation: _c, cite: _d, ...x }) => x),
    });
    expect(uncited(withPlan)).toEqual(uncited(without));
  });

  it('a task kind outside the list is refused naming its path', () => {
    const a = quarter({ taskList: [task(70, FULL, { kind: 'urgent' as never })] });
    expect(() => classify(a)).toThrow(TusoiInputError);
    try {
      classify(a);
    } catch (e) {
      expect((e as TusoiInputError).issues.map((i) => i.path)).toContain('taskList[0].kind');
    }
  });
});

describe('Q26-43 Trục 4: required for managers (KTC) or for Party work (VATM), per the pack', () => {
  const T = (axis: string) => [task(35, FULL, { axis: 'T1' }), task(35, FULL, { axis })];
  const managers: PlanRanges = { partyAxis: { axis: 'T4', requiredFor: 'managers' } };
  const partyWork: PlanRanges = { partyAxis: { axis: 'T4', requiredFor: 'party-work' } };

  it('managers: a leader without a T4 task is warned, Party member or not; with one, not; staff never', () => {
    expect(codes(T('T2'), managers, {}, 'leader')).toEqual(['PLAN_PARTY_AXIS']);
    expect(codes(T('T2'), managers, {}, 'leader-central')).toEqual(['PLAN_PARTY_AXIS']);
    expect(codes(T('T4'), managers, {}, 'leader')).toEqual([]);
    expect(codes(T(' T4 '), managers, {}, 'leader')).toEqual([]);
    expect(codes(T('T2'), managers)).toEqual([]);
    const w = run(T('T2'), managers, {}, 'leader').warnings.find((x) => x.code === 'PLAN_PARTY_AXIS');
    expect(w?.message.vi).toContain('bắt buộc với người quản lý (kể cả người không phải đảng viên)');
    expect(w?.message.vi).toContain('Q26-43');
  });

  it('party-work: only someone with partyWork is warned; a leader without it is not', () => {
    expect(codes(T('T2'), partyWork, { partyWork: true })).toEqual(['PLAN_PARTY_AXIS']);
    expect(codes(T('T4'), partyWork, { partyWork: true })).toEqual([]);
    expect(codes(T('T2'), partyWork, { partyWork: false })).toEqual([]);
    expect(codes(T('T2'), partyWork, {}, 'leader')).toEqual([]);
  });

  it('never changes the level; without the setting nothing is checked; partyWork is /2 only', () => {
    const withPlan = run(T('T2'), managers, {}, 'leader');
    const without = run(T('T2'), {}, {}, 'leader');
    expect(without.warnings.some((w) => w.code === 'PLAN_PARTY_AXIS')).toBe(false);
    expect({ ...withPlan, warnings: [] }).toEqual({ ...without, warnings: [] });
    expect(() =>
      classify({
        format: 'tusoi.assessment/1',
        period: { year: 2026 },
        subject: { kind: 'staff' },
        scores: { general: 30, results: 60 },
        tasks: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
        partyWork: true,
      }),
    ).toThrow(TusoiInputError);
  });
});
