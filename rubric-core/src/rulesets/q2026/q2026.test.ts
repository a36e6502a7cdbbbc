import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import type { Assessment } from '../../schemas/assessment.js';
import { answers, quarter, TC1_TASKS, task } from '../../test-support/quarter.js';
import { formatResult } from '../../text.js';
import { Q2026_RULES } from './rules.js';
import { hasScore } from './unrated.js';

const level = (r: ReturnType<typeof classify>) =>
  r.decision === 'unrated' ? 'unrated' : r.level === null ? `discretion:${r.candidates.join(',')}` : r.level;

function issuePaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}

describe('VATM TC-1 (HD 03-HD/TVĐU PL II, frame K2)', () => {
  it('scores five products 29,3 + 14,1 + 10,0 + 9,6 + 4,6 = 67,6; with 30 general 97,6', () => {
    const r = classify(quarter());
    expect(r.ruleset).toBe('q2026');
    expect(r.breakdown?.tasks).toEqual([29.3, 14.1, 10, 9.6, 4.6]);
    expect(r.score).toEqual({ general: 30, results: 67.6, total: 97.6 });
  });

  it('with 2 of 5 exceeded (40%) gives HTXSNV', () => {
    const r = classify(quarter());
    expect(r.level).toBe('HTXSNV');
    expect(r.reasons.find((x) => x.rule === 'R366-11' && x.message.en.includes('exceeded'))?.outcome).toBe('passed');
  });

  it('cites Q26-05 with the task points', () => {
    const r = classify(quarter());
    const reason = r.reasons.find((x) => x.rule === 'Q26-05');
    expect(reason?.message.vi).toContain('29,3 + 14,1 + 10 + 9,6 + 4,6 = 67,6');
    expect(reason?.cite).toBe(Q2026_RULES['Q26-05'].cite);
  });
});

describe('CAND KPI (HD 20-HD/ĐUCA phụ lục)', () => {
  const cand = (kpi: { A: number; B: number; C: number; D?: number }, kind: 'staff' | 'leader' = 'staff') =>
    quarter(
      {
        criteria: { pack: 'q2026-cand-kpi', items: answers('q2026-cand-kpi', kind) },
        kpi,
        frame: undefined,
        taskList: [task(70, [100, 100, 100, 100])],
      },
      kind,
    );

  it('A = C = 1, B = 0,939 → KPI 97,97 → total 98,579', () => {
    const r = classify(cand({ A: 1, B: 0.939, C: 1 }));
    expect(r.breakdown?.kpi).toBe(97.97);
    expect(r.score).toEqual({ general: 30, results: 68.579, total: 98.579 });
  });

  it('leaders add D: (A + B + C + D) / 4', () => {
    const r = classify({ ...cand({ A: 1, B: 1, C: 1, D: 0.8 }, 'leader') });
    expect(r.breakdown?.kpi).toBe(95);
    expect(r.score.results).toBe(66.5);
  });

  it('B above 1 (up to 1,2) counts, the group still capped at 70 (Q26-01)', () => {
    const r = classify(cand({ A: 1.2, B: 1.2, C: 1.2 }));
    expect(r.breakdown?.kpi).toBe(120);
    expect(r.score.results).toBe(70);
    expect(r.reasons.some((x) => x.rule === 'Q26-01')).toBe(true);
  });

  it('a non-leader with D, or a leader without D, is bad input', () => {
    expect(issuePaths(() => classify(cand({ A: 1, B: 1, C: 1, D: 1 })))).toEqual(['kpi.D']);
    expect(issuePaths(() => classify(cand({ A: 1, B: 1, C: 1 }, 'leader')))).toEqual(['kpi.D']);
  });
});

describe('K/AD (Q26-21)', () => {
  // Leader set 18/4/8: item 1.1 (2 points) K/AD, item 1.2 (2 points) not met → 26 of 28 applicable.
  const kad = (pack: string) =>
    quarter(
      {
        criteria: {
          pack,
          items: answers(pack, 'leader', {
            'pl2-1.1': { answer: 'notApplicable', reason: 'Không thuộc phạm vi chức trách' },
            'pl2-1.2': { answer: 'notMet', reason: 'Chậm kê khai' },
          }),
        },
      },
      'leader',
    );

  it('exclude-rescale: 26 of 28 applicable → 27,9', () => {
    const r = classify(kad('q2026-vatm-09a'));
    expect(r.score.general).toBe(27.9);
    expect(r.breakdown?.notApplicable).toEqual(['pl2-1.1']);
    expect(r.reasons.some((x) => x.rule === 'Q26-21')).toBe(true);
  });

  it('grant-full: the K/AD item counts its 2 points → 28', () => {
    expect(classify(kad('q2026-vatm-09a-grant-full')).score.general).toBe(28);
  });

  it('the K/AD reason names the handling; only exclude-rescale cites the rescaling note', () => {
    const full = classify(kad('q2026-vatm-09a-grant-full')).reasons.find((x) => x.rule === 'Q26-21');
    expect(full?.message.vi).toContain('tính đủ điểm tối đa của tiêu chí (grant-full)');
    expect(full?.message.en).toContain('(grant-full)');
    expect(full?.cite).not.toContain('tính lại theo tỷ lệ');
    const rescale = classify(kad('q2026-vatm-09a')).reasons.find((x) => x.rule === 'Q26-21');
    expect(rescale?.message.vi).toContain('tính lại theo tỷ lệ (exclude-rescale)');
    expect(rescale?.cite).toContain('cách tính lại theo tỷ lệ');
  });

  it('a leader without ledUnits: the counts are labelled as the leader’s own tasks, never "units directly led"', () => {
    const r = classify(kad('q2026-vatm-09a'));
    const text = r.reasons.map((x) => `${x.message.vi} ${x.message.en}`).join('\n');
    expect(text).not.toMatch(/Units directly led|trực tiếp lãnh đạo, quản lý:/);
    expect(text).toContain("The leader's own tasks (no figures of units led): ");
  });

  it('a K/AD without a reason is bad input naming the path, never a level', () => {
    const a = quarter({
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers('q2026-vatm-09a', 'staff', { 'pl4-3': { answer: 'notApplicable' } }),
      },
    });
    expect(issuePaths(() => classify(a))).toEqual(['criteria.items.pl4-3.reason']);
  });

  it('a deduction of 1 point or more needs its basis (Q26-20)', () => {
    const a = quarter({
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers('q2026-vatm-09a', 'staff', { 'pl4-3': { answer: 'notMet' } }),
      },
    });
    expect(issuePaths(() => classify(a))).toEqual(['criteria.items.pl4-3.reason']);
    // One point is "1 point", in English too; two are "2 points".
    const messages = (x: unknown) => {
      try {
        classify(x);
      } catch (e) {
        return (e as { issues: { message: { en: string } }[] }).issues.map((i) => i.message.en);
      }
      return [];
    };
    expect(messages(a)).toEqual(['a deduction of 2 points (1 or more) needs its basis']);
    // A range item (KTC, 13 points) given 12: a deduction of exactly 1 point, the smallest that needs its basis.
    const ktc = (points: number) =>
      quarter({
        subject: { kind: 'staff' },
        criteria: {
          pack: 'q2026-ktc-axis-caps',
          items: answers('q2026-ktc-axis-caps', 'staff', { 'ktc-1': { answer: 'notMet', points } }),
        },
      });
    expect(messages(ktc(12)).filter((m) => m.startsWith('a deduction'))).toEqual([
      'a deduction of 1 point (1 or more) needs its basis',
    ]);
    expect(messages(ktc(12.5)).filter((m) => m.startsWith('a deduction'))).toEqual([]);
  });

  it('a pack without K/AD refuses it', () => {
    const a = quarter(
      {
        criteria: {
          pack: 'q2026-cand-kpi',
          items: answers('q2026-cand-kpi', 'staff', { 'pl4-3': { answer: 'notApplicable', reason: 'x' } }),
        },
        kpi: { A: 1, B: 1, C: 1 },
      },
      'staff',
    );
    expect(issuePaths(() => classify(a))).toEqual(['criteria.items.pl4-3']);
  });
});

describe('bad quarterly input → TusoiInputError naming the path', () => {
  it('weights not adding to 70 beyond the tolerance (0,05)', () => {
    const list = [...TC1_TASKS.slice(0, 4), task(5.06, [100, 90, 90, 90])];
    expect(issuePaths(() => classify(quarter({ taskList: list })))).toEqual(['taskList']);
    const within = [...TC1_TASKS.slice(0, 4), task(5.05, [100, 90, 90, 90])];
    expect(classify(quarter({ taskList: within })).level).toBe('HTXSNV');
  });

  it('an axis not in the pack', () => {
    const list = [task(30, [100, 100, 100, 100], { axis: 'T9' }), ...TC1_TASKS.slice(1)];
    expect(issuePaths(() => classify(quarter({ taskList: list })))).toEqual(['taskList[0].axis']);
  });

  it('a frame not summing to 100%, or moved more than ±10 pp', () => {
    expect(issuePaths(() => classify(quarter({ frame: { id: 'K2', A: 20 } })))).toEqual(['frame']);
    expect(issuePaths(() => classify(quarter({ frame: { id: 'K2', A: 26, B: 39 } })))).toEqual(['frame.A', 'frame.B']);
    expect(classify(quarter({ frame: { id: 'K2', A: 25, B: 40 } })).score.results).toBeGreaterThan(0);
    expect(issuePaths(() => classify(quarter({ frame: { id: 'K9' } })))).toEqual(['frame.id']);
  });

  it('a component above 100% where the pack only flags exceeding', () => {
    const list = [task(30, [100, 110, 100, 100]), ...TC1_TASKS.slice(1)];
    expect(issuePaths(() => classify(quarter({ taskList: list })))).toEqual(['taskList[0].components.B']);
  });

  it('a quarterly field in a /1 file', () => {
    expect(issuePaths(() => classify({ ...quarter(), format: 'tusoi.assessment/1', ruleset: 'qd366' }))).toContain(
      'taskList',
    );
  });

  it('a q2026 assessment without a quarter', () => {
    expect(issuePaths(() => classify({ ...quarter(), ruleset: 'q2026', period: { year: 2026 } }))).toEqual([
      'period.quarter',
    ]);
  });
});

describe('quarter grades (Q26-16, Q26-17, Điều 11 on the task list)', () => {
  const exceeded = (n: number, of: number) =>
    Array.from({ length: of }, (_, i) =>
      task(i === 0 ? 70 - (of - 1) * 5 : 5, [100, 100, 100, 100], { exceeded: i < n }),
    );

  it('30% exceeded is the boundary: 3 of 10 → HTXSNV, 2 of 10 → HTTNV', () => {
    expect(classify(quarter({ taskList: exceeded(3, 10) })).level).toBe('HTXSNV');
    expect(classify(quarter({ taskList: exceeded(2, 10) })).level).toBe('HTTNV');
  });

  it('100% done: one task unfinished for a subjective reason → KHTNV (Q26-17)', () => {
    const list = exceeded(3, 10).map((t, i) => (i === 9 ? { ...t, completed: false } : t));
    const r = classify(quarter({ taskList: list }));
    expect(r.level).toBe('KHTNV');
    expect(r.reasons.find((x) => x.outcome === 'triggered')?.rule).toBe('Q26-17');
    // Forced alone: no level's conditions weighed, no "the competent level decides" (R366-21) beside it.
    expect(r.reasons.filter((x) => x.rule.startsWith('R366-')).map((x) => x.rule)).toEqual([]);
    expect(r.candidates ?? []).toEqual([]);
  });

  it('an unfinished task with a confirmed objective reason leaves the count', () => {
    const list = exceeded(3, 10).map((t, i) =>
      i === 9 ? { ...t, completed: false, objectiveReason: 'Bất khả kháng' } : t,
    );
    expect(classify(quarter({ taskList: list })).level).toBe('HTXSNV');
  });

  it('late tasks: 20% late still HTNV at most; over 20% falls to the gap', () => {
    const withLate = (n: number) => exceeded(3, 10).map((t, i) => (i >= 10 - n ? { ...t, late: true } : t));
    expect(classify(quarter({ taskList: withLate(2) })).level).toBe('HTNV');
    expect(level(classify(quarter({ taskList: withLate(3) })))).toBe('discretion:HTNV,KHTNV');
  });

  it('Mức 2 share: under 20% rules out HTXSNV only; 20% or more rules out HTTNV and HTNV', () => {
    const keys = (level2: number) =>
      exceeded(3, 10).map((t, i) => (i < 5 ? { ...t, key: true, keyLevel: (i < level2 ? 2 : 1) as 1 | 2 } : t));
    expect(classify(quarter({ taskList: keys(0) })).level).toBe('HTXSNV');
    // 1 of 5 key tasks = 20% → HTTNV and HTNV fail.
    expect(level(classify(quarter({ taskList: keys(1) })))).toBe('discretion:HTNV,KHTNV');
    // 1 of 6 key tasks ≈ 16,7% → HTTNV.
    const six = exceeded(3, 10).map((t, i) => (i < 6 ? { ...t, key: true, keyLevel: (i < 1 ? 2 : 1) as 1 | 2 } : t));
    expect(classify(quarter({ taskList: six })).level).toBe('HTTNV');
  });

  it('Mức 2 reasons: 1/5 says HTXSNV is ruled out as well; one key task is "1 key task"', () => {
    const keys = (n: number, level2: number) =>
      exceeded(3, 10).map((t, i) => (i < n ? { ...t, key: true, keyLevel: (i < level2 ? 2 : 1) as 1 | 2 } : t));
    const at20 = classify(quarter({ taskList: keys(5, 1) })).reasons.find((x) => x.rule === 'Q26-16');
    expect(at20?.message.en).toBe(
      '1/5 key tasks at Mức 2, 20% or more: HTXSNV is ruled out and the HTTNV and HTNV conditions fail.',
    );
    expect(at20?.message.vi).toContain('không xếp loại Hoàn thành xuất sắc nhiệm vụ');
    const one = classify(quarter({ taskList: keys(1, 0) })).reasons.find((x) => x.rule === 'Q26-16');
    expect(one?.message.en).toBe('No key task at Mức 2 or 3 (1 key task).');
  });

  it('a key task at Mức 3 → KHTNV', () => {
    const list = exceeded(3, 10).map((t, i) => (i === 0 ? { ...t, key: true, keyLevel: 3 as const } : t));
    const r = classify(quarter({ taskList: list }));
    expect(r.level).toBe('KHTNV');
    expect(r.reasons.some((x) => x.rule === 'Q26-16' && x.outcome === 'triggered')).toBe(true);
  });
});

describe('chưa xếp loại (Q26-30)', () => {
  it.each([
    [{ trainingMonths: 2 }, 'unrated'],
    [{ trainingMonths: 1.9 }, 'HTXSNV'],
    [{ sickOrMaternityMonths: 2 }, 'unrated'],
    [{ sickOrMaternityMonths: 1.99 }, 'HTXSNV'],
    [{ firstAppointedMonths: 0.9 }, 'unrated'],
    [{ firstAppointedMonths: 1 }, 'HTXSNV'],
    [{ underInvestigation: true }, 'unrated'],
  ])('%o → %s', (unrated, expected) => {
    const r = classify(quarter({ unrated }));
    expect(level(r)).toBe(expected);
    if (expected === 'unrated') expect(r.reasons.at(-1)?.rule).toBe('Q26-30');
  });
});

describe('a quarter not rated needs no score (Q26-30)', () => {
  const bare = (unrated: NonNullable<Assessment['unrated']>, keep: Partial<Assessment> = {}): Assessment => {
    const { criteria: _c, taskList: _t, frame: _f, ...rest } = quarter({ unrated });
    return { ...rest, ...keep };
  };

  it('three months of maternity leave, no criteria and no task list: not rated, left unscored and said so', () => {
    const r = classify(bare({ sickOrMaternityMonths: 3 }));
    expect(r.decision).toBe('unrated');
    expect(r.level).toBeNull();
    expect(r.score).toEqual({ general: 0, results: 0, total: 0 });
    expect(r.warnings.map((w) => w.code)).toEqual(['NOT_SCORED']);
    expect(hasScore(r)).toBe(false);
    expect(r.reasons.at(-1)?.rule).toBe('Q26-30');
    // The text never shows the 0 as the quarter's score.
    const text = formatResult(r, 'vi');
    expect(text).toContain('chưa xếp loại');
    expect(text).not.toContain('0/100');
    expect(r.warnings[0]?.message.vi).toBe(
      'Quý chưa xếp loại nên không chấm điểm: chưa có điểm tự chấm và danh sách nhiệm vụ; điểm 0 ghi trong kết quả không phải điểm của quý.',
    );
    expect(text).toContain('chưa có điểm tự chấm và danh sách nhiệm vụ');
  });

  it('a level proposed for a quarter not rated is warned, never weighed (PROPOSED_NOT_RATED)', () => {
    const r = classify(quarter({ unrated: { trainingMonths: 3 }, proposedLevel: 'HTXSNV' }));
    expect(r.decision).toBe('unrated');
    expect(r.level).toBeNull();
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['PROPOSED_NOT_RATED', 'proposedLevel']]);
    expect(r.warnings[0]?.message.vi).toContain('"Hoàn thành xuất sắc nhiệm vụ" (HTXSNV) không được xét');
    expect(classify(quarter({ unrated: { trainingMonths: 3 } })).warnings).toEqual([]);
  });

  it('scores given but no task list: the warning says the list is missing and the scores were set aside', () => {
    const r = classify(bare({ sickOrMaternityMonths: 3 }, { scores: { general: 25, results: 60 } }));
    expect(r.decision).toBe('unrated');
    expect(r.warnings.map((w) => w.message.en)).toEqual([
      'The quarter is not rated, so it is not scored: no task list, so the self-assessed scores given are set aside; the 0 in the result is not the quarter’s score.',
    ]);
    const listOnly = classify(bare({ sickOrMaternityMonths: 3 }, { taskList: [...TC1_TASKS] }));
    expect(listOnly.warnings[0]?.message.vi).toContain(
      'chưa có điểm tự chấm hay câu trả lời các tiêu chí, nên danh sách nhiệm vụ đã ghi không được tính',
    );
  });

  it('facts that make no case are named in the request for the data (1,9 months is under 2)', () => {
    try {
      classify(bare({ sickOrMaternityMonths: 1.9 }));
      expect.unreachable();
    } catch (e) {
      const issues = (e as TusoiInputError).issues;
      expect(issues[0]?.message.vi).toContain('không thuộc trường hợp nào của Q26-30');
      expect(issues[0]?.message.en).toContain('sick or maternity leave of 2 months or more');
    }
    // Without unrated facts, the request is as before.
    try {
      const { unrated: _u, ...plain } = bare({ sickOrMaternityMonths: 1.9 });
      classify(plain);
    } catch (e) {
      expect((e as TusoiInputError).issues[0]?.message.vi).toBe(
        'chưa có điểm tự chấm: chọn bảng thang điểm rồi chấm từng tiêu chí',
      );
    }
  });

  it('an annual assessment with unrated facts is rated as before and warned (UNRATED_NOT_ANNUAL)', () => {
    const annual: Assessment = {
      format: 'tusoi.assessment/2',
      period: { year: 2026 },
      subject: { kind: 'staff' },
      scores: { general: 28, results: 62 },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
      unrated: { sickOrMaternityMonths: 3 },
    };
    const r = classify(annual);
    expect(r.ruleset).toBe('qd366');
    expect(r.level).not.toBeNull();
    expect(r.warnings.map((w) => [w.code, w.path])).toContainEqual(['UNRATED_NOT_ANNUAL', 'unrated']);
    const { unrated: _u, ...without } = annual;
    expect(classify(without).warnings.map((w) => w.code)).not.toContain('UNRATED_NOT_ANNUAL');
  });

  it('criteria answered but no task list yet: still not rated, unscored (the list is not asked for)', () => {
    const r = classify(bare({ trainingMonths: 2 }, { criteria: quarter().criteria }));
    expect(r.decision).toBe('unrated');
    expect(hasScore(r)).toBe(false);
  });

  it('with its inputs, a quarter not rated is scored as before: no warning', () => {
    const r = classify(quarter({ unrated: { underInvestigation: true } }));
    expect(r.decision).toBe('unrated');
    expect(r.score.total).toBe(97.6);
    expect(r.warnings).toEqual([]);
    expect(hasScore(r)).toBe(true);
  });

  it('boundary: 1,9 months is no case, so scores and task list are asked for, as for every quarter', () => {
    expect(issuePaths(() => classify(bare({ sickOrMaternityMonths: 1.9 })))).toEqual(['criteria', 'taskList']);
    expect(issuePaths(() => classify(bare({ firstAppointedMonths: 1 })))).toEqual(['criteria', 'taskList']);
    expect(classify(bare({ firstAppointedMonths: 0.99 })).decision).toBe('unrated');
    expect(issuePaths(() => classify(bare({ underInvestigation: false })))).toEqual(['criteria', 'taskList']);
  });
});

describe('head ≤ collective (Q26-29)', () => {
  it('rank (default): a head is not rated above the collective', () => {
    const r = classify(quarter({ headOf: { level: 'HTTNV', total: 85 } }));
    expect(r.level).toBe('HTTNV');
    expect(r.reasons.some((x) => x.rule === 'Q26-29')).toBe(true);
  });

  it('score: the total is capped at the collective’s, then banded', () => {
    const r = classify(quarter({ headOf: { level: 'HTXSNV', total: 85 } }), { headCap: 'score' });
    expect(r.score.total).toBe(85);
    expect(r.level).toBe('HTTNV');
  });

  it('off: no cap', () => {
    expect(classify(quarter({ headOf: { level: 'HTNV' } }), { headCap: 'off' }).level).toBe('HTXSNV');
  });
});

describe('other result modes', () => {
  it('direct axis points (09B 15/10/10/15/10/10)', () => {
    const r = classify(
      quarter({
        criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') },
        axisPoints: { T1: 15, T2: 9.5, T3: 10, T4: 14, T5: 10, T6: 8 },
      }),
    );
    expect(r.score).toEqual({ general: 30, results: 66.5, total: 96.5 });
  });

  it('direct axis points above the axis max, or an axis left out, are bad input', () => {
    const base = { criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') } };
    expect(
      issuePaths(() => classify(quarter({ ...base, axisPoints: { T1: 16, T2: 10, T3: 10, T4: 15, T5: 10, T6: 10 } }))),
    ).toEqual(['axisPoints.T1']);
    expect(
      issuePaths(() => classify(quarter({ ...base, axisPoints: { T1: 15, T2: 10, T3: 10, T4: 15, T5: 10 } }))),
    ).toEqual(['axisPoints.T6']);
  });

  it('axis caps × % (KTC 40/7/8/5/5/5): the excess over 100% is not scored', () => {
    const r = classify(
      quarter({
        criteria: {
          pack: 'q2026-ktc-axis-caps',
          items: {
            'ktc-1': { answer: 'met' },
            'ktc-2': { answer: 'notMet', points: 11, reason: 'Chậm đổi mới' },
            'ktc-3': 5,
          },
        },
        axisPercent: { T1: 110, T2: 90, T3: 100, T4: 100, T5: 80, T6: 100 },
      }),
    );
    expect(r.breakdown?.axes).toEqual({ T1: 40, T2: 6.3, T3: 8, T4: 5, T5: 4, T6: 5 });
    expect(r.score).toEqual({ general: 29, results: 68.3, total: 97.3 });
  });
});

describe('answer objects on a tusoi.pack/1 (annual /2 assessment)', () => {
  const annual = (items: Record<string, unknown>) => ({
    format: 'tusoi.assessment/2',
    period: { year: 2026 },
    subject: { kind: 'staff' },
    criteria: { pack: 'qd366-pl4-staff-example', items },
    tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
  });
  const all = (over: Record<string, unknown> = {}) => ({
    ...Object.fromEntries(Object.keys(answers('q2026-vatm-09a', 'staff')).map((id) => [id, { answer: 'met' }])),
    'pl4-k': 61,
    ...over,
  });

  it('met = the maximum, notMet = 0 on a binary criterion', async () => {
    const { builtinPack } = await import('../../packs/builtin.js');
    const pack = builtinPack('qd366-pl4-staff-example') as NonNullable<ReturnType<typeof builtinPack>>;
    expect(classify(annual(all()), { pack }).score).toEqual({ general: 30, results: 61, total: 91 });
    expect(classify(annual(all({ 'pl4-3': { answer: 'notMet' } })), { pack }).score.general).toBe(28);
  });

  it('K/AD needs a tusoi.pack/2', async () => {
    const { builtinPack } = await import('../../packs/builtin.js');
    const pack = builtinPack('qd366-pl4-staff-example') as NonNullable<ReturnType<typeof builtinPack>>;
    expect(
      issuePaths(() => classify(annual(all({ 'pl4-3': { answer: 'notApplicable', reason: 'x' } })), { pack })),
    ).toEqual(['criteria.items.pl4-3']);
  });
});
