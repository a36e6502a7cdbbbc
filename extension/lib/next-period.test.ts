import { checkReview, classify } from '@tusoi/rubric-core';
import q01 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import { describe, expect, it } from 'vitest';
import { nextPeriodAssessment, nextPeriodOf } from './next-period';

describe('the next period', () => {
  it('is the next quarter, Q4 → Q1 of the next year, a year → the next year', () => {
    expect(nextPeriodOf({ year: 2026, quarter: 1 }, 2000)).toEqual({ year: 2026, quarter: 2 });
    expect(nextPeriodOf({ year: 2026, quarter: 3 }, 2000)).toEqual({ year: 2026, quarter: 4 });
    expect(nextPeriodOf({ year: 2026, quarter: 4 }, 2000)).toEqual({ year: 2027, quarter: 1 });
    expect(nextPeriodOf({ year: 2026 }, 2000)).toEqual({ year: 2027 });
    expect(nextPeriodOf(undefined, 2030)).toEqual({ year: 2031 });
  });

  it('carries the unfinished tasks (what they are, not their results) and the shortcomings; nothing else of the quarter', () => {
    const a = structuredClone(q01) as Record<string, unknown> & { taskList: Record<string, unknown>[] };
    a.taskList[1] = { ...a.taskList[1], completed: false, exceeded: false, frame: 'K1', note: 'Chờ phê duyệt' };
    a.taskList[4] = {
      ...a.taskList[4],
      completed: false,
      key: true,
      keyLevel: 3,
      objectiveReason: 'Dừng theo chỉ đạo',
    };
    a.review = { shortcomings: [{ text: 'Chậm báo cáo', responsibility: 'Cá nhân' }] };
    a.priorShortcomings = [
      { text: 'Đã sửa', status: 'fixed' },
      { text: 'Đang sửa', status: 'in-progress', progress: 0.5 },
    ];
    a.findings = { forceMajeure: true };
    a.period = { year: 2026, quarter: 4 };
    const before = structuredClone(a);
    const next = nextPeriodAssessment(a);
    expect(a).toEqual(before);
    expect(next.period).toEqual({ year: 2027, quarter: 1 });
    expect(next.subject).toEqual(a.subject);
    expect(next.taskList).toEqual([
      {
        name: 'Rà soát quy trình khai thác kỹ thuật',
        axis: 'T2',
        weight: 15,
        frame: 'K1',
        note: 'Chờ phê duyệt',
        completed: false,
      },
      { name: 'Báo cáo định kỳ', axis: 'T1', weight: 5, key: true, completed: false },
    ]);
    // Carried unanswered: how far each is fixed is the next quarter's fact, not pre-marked "not fixed".
    expect(next.priorShortcomings).toEqual([{ text: 'Đang sửa' }, { text: 'Chậm báo cáo', responsibility: 'Cá nhân' }]);
    expect(checkReview(next as never).filter((c) => c.code === 'PRIOR_NO_STATUS')).toHaveLength(2);
    // The quarterly pack and the frame stay; the answers, findings, review and proposal belong to Q4.
    expect(next.criteria).toEqual({ pack: 'q2026-vatm-09a', items: {} });
    expect(next.frame).toEqual({ id: 'K2' });
    for (const key of ['review', 'findings', 'proposedLevel']) expect(next).not.toHaveProperty(key);
    // What is handed on is an assessment rubric-core reads: it asks for the answers, not for a fix.
    expect(() => classify(next)).toThrow(/tiêu chí chưa được chấm/);
  });

  it('a quarter whose tasks were all completed starts with no task list; a /1 draft drops its criteria', () => {
    const next = nextPeriodAssessment(q01 as Record<string, unknown>);
    expect(next).not.toHaveProperty('taskList');
    const annual = nextPeriodAssessment({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      criteria: { pack: 'qd366-pl4-staff-example', items: { 'pl4-1.1': true } },
    });
    expect(annual).toEqual({
      format: 'tusoi.assessment/1',
      period: { year: 2026 },
      subject: { kind: 'staff' },
      priorShortcomings: [],
    });
  });

  it('a quarter not rated (Q26-30) hands none of its facts on: the next quarter is rated on its own', () => {
    const a = {
      ...(structuredClone(q01) as Record<string, unknown>),
      unrated: { trainingMonths: 2, sickOrMaternityMonths: 3, firstAppointedMonths: 0.5, underInvestigation: true },
    };
    expect(classify(a as never).decision).toBe('unrated');
    const next = nextPeriodAssessment(a);
    expect(next).not.toHaveProperty('unrated');
    expect(a.unrated).toEqual({
      trainingMonths: 2,
      sickOrMaternityMonths: 3,
      firstAppointedMonths: 0.5,
      underInvestigation: true,
    });
    // With this quarter's answers and tasks typed again, the next quarter has a level, not "unrated".
    const typed = { ...next, criteria: q01.criteria, taskList: q01.taskList };
    expect(classify(typed as never).decision).not.toBe('unrated');
    expect(classify(typed as never).level).toBe(classify(q01 as never).level);
  });

  it('a change of post, the appraisal and a safety incident belong to their quarter; a Party-work role carries', () => {
    const next = nextPeriodAssessment({
      ...(structuredClone(q01) as Record<string, unknown>),
      postChange: { monthsInNewPost: 2 },
      appraisal: { total: 90, explanation: 'Giảm điểm tiêu chí 2.1' },
      safetyIncident: true,
      partyWork: true,
    });
    for (const key of ['postChange', 'appraisal', 'safetyIncident']) expect(next).not.toHaveProperty(key);
    expect(next.partyWork).toBe(true);
  });
});
