// Issue 12 review findings on the quarterly rules: task flags, citations, the frame and rounding
// stated, the year's options said, a quarterly pack under the annual rules explained.
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Answer } from '../../schemas/quarterly.js';
import type { Result } from '../../schemas/result.js';
import { make, PERFECT } from '../../test-support/make.js';
import { answers, quarter, TC1_TASKS, task } from '../../test-support/quarter.js';
import { parseAssessment } from '../../validate.js';
import { classifyYear } from '../../year.js';

function issues(fn: () => unknown): { path: string; code: string; vi: string; en: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError)
      return e.issues.map((i) => ({ path: i.path, code: i.code, vi: i.message.vi, en: i.message.en }));
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}
const codes = (r: Result) => r.warnings.map((w) => w.code);
const rules = (r: Result) => r.reasons.map((x) => x.rule);

describe('task flags on an unfinished task (finding 3)', () => {
  const unfinished = (flags: { exceeded?: boolean; late?: boolean }, objectiveReason?: string) =>
    quarter({
      taskList: [
        task(30, [100, 95, 100, 100], { completed: false, ...flags, ...(objectiveReason ? { objectiveReason } : {}) }),
        ...TC1_TASKS.slice(1),
      ],
    });

  it('exceeded or late with completed: false is refused, naming the path, in both languages (as /1: exceeded, late ≤ completed)', () => {
    const found = issues(() => classify(unfinished({ exceeded: true, late: true }, 'Dự án tạm dừng')));
    expect(found.map((i) => [i.path, i.code])).toEqual([
      ['taskList[0].exceeded', 'flag-not-completed'],
      ['taskList[0].late', 'flag-not-completed'],
    ]);
    expect(found[0]?.vi).toContain('chưa hoàn thành');
    expect(found[0]?.en).toContain('unfinished task');
    // false flags, and flags on completed tasks, are fine
    expect(classify(unfinished({ exceeded: false, late: false }, 'Dự án tạm dừng')).level).not.toBeNull();
  });

  it('the annual rules refuse it too when they read a task list (tusoi.assessment/2 without counts)', () => {
    const annual = {
      ...make('staff', 30, 66, PERFECT),
      format: 'tusoi.assessment/2',
      period: { year: 2026 },
      tasks: undefined,
      taskList: [task(70, [100, 100, 100, 100], { completed: false, exceeded: true })],
    } as unknown as Assessment;
    expect(issues(() => parseAssessment(annual)).map((i) => i.path)).toEqual(['taskList[0].exceeded']);
  });

  it('a task left out for an objective cause is named in the reasons, its points kept as entered and said so', () => {
    const r = classify(unfinished({}, 'Dự án tạm dừng'));
    expect(r.breakdown?.tasks?.[0]).toBe(29.3);
    const note = r.reasons.find((x) => x.rule === 'Q26-17' && x.outcome === 'applied');
    expect(note?.message.vi).toContain('Sản phẩm 1 "Sản phẩm 30"');
    expect(note?.message.vi).toContain('Dự án tạm dừng');
    expect(note?.message.vi).toContain('vẫn tính từ các thành phần');
    expect(note?.message.en).toContain('left out of the assigned, completed, exceeded and late counts');
    // none when every task is completed
    expect(
      classify(quarter())
        .reasons.filter((x) => x.rule === 'Q26-17')
        .map((x) => x.outcome),
    ).toEqual(['passed']);
  });
});

describe('flags that do not sit with the components: warnings, not errors (finding 11)', () => {
  const one = (extra: Parameters<typeof task>[2], comps: [number, number, number, number]) =>
    quarter({ taskList: [task(60, [100, 100, 100, 100]), task(10, comps, extra)] });

  it('exceeded with a component under 90% gives no warning: no text gives a threshold for meeting the standard', () => {
    const low = classify(one({ exceeded: true }, [100, 60, 100, 100]));
    expect(low.warnings.filter((w) => w.path?.startsWith('taskList[1]'))).toEqual([]);
  });

  it('late with C (timeliness) at 100% warns; at 99.9999% it does not', () => {
    expect(codes(classify(one({ late: true }, [100, 100, 100, 100])))).toContain('LATE_FULL_PROGRESS');
    expect(codes(classify(one({ late: true }, [100, 100, 99.9999, 100])))).not.toContain('LATE_FULL_PROGRESS');
  });

  it('a weight of -0 is refused like a negative weight (field case items-04 kind)', () => {
    const a = quarter({ taskList: [task(70, [100, 100, 100, 100]), task(-0, [100, 100, 100, 100])] });
    expect(issues(() => classify(a)).map((i) => i.path)).toEqual(['taskList[1].weight']);
  });
});

describe('citations follow the rule applied (finding 4)', () => {
  it('direct axis points (VATM Mẫu 09B) are Q26-07, axis caps stay Q26-06', () => {
    const direct = classify(
      quarter({
        criteria: { pack: 'q2026-vatm-09b', items: answers('q2026-vatm-09b', 'staff') },
        frame: undefined,
        taskList: [task(70, [100, 100, 100, 100], { axis: 'T1', weight: undefined })],
        axisPoints: { T1: 15, T2: 9.5, T3: 10, T4: 14, T5: 10, T6: 10 },
      }),
    );
    expect(rules(direct)).toContain('Q26-07');
    expect(rules(direct)).not.toContain('Q26-06');
    expect(direct.reasons.find((x) => x.rule === 'Q26-07')?.cite).toContain('Mẫu 09B');
  });

  it("a user's own pack is cited as itself with its grade, never as a built-in's document", () => {
    const own = {
      ...Q2026_VATM_09A,
      id: 'my-pack',
      source: { citation: 'Bảng tự lập của chi bộ', grade: 'X' as const },
    };
    const a = quarter({ criteria: { pack: 'my-pack', items: answers('q2026-vatm-09a', 'staff') } });
    const r = classify(a, { pack: own });
    for (const id of ['Q26-04', 'Q26-05']) {
      const x = r.reasons.find((y) => y.rule === id);
      expect(x?.cite).toContain('Bảng thang điểm "my-pack" do người dùng đưa vào: Bảng tự lập của chi bộ');
      expect(x?.cite).toContain('mức X');
      expect(x?.cite).not.toContain('HD 03-HD/TVĐU');
    }
    // the built-in pack keeps the rule's own citation
    expect(classify(quarter()).reasons.find((y) => y.rule === 'Q26-05')?.cite).toContain('HD 03-HD/TVĐU');
  });
});

describe('the weight frame is stated (finding 5)', () => {
  const frameReason = (r: Result) => r.reasons.find((x) => x.rule === 'Q26-04')?.message.vi;

  it('declared: named with its weights, no warning', () => {
    const r = classify(quarter());
    expect(frameReason(r)).toBe('Khung tỷ trọng K2: A 15%, B 50%, C 15%, D 20%.');
    expect(codes(r)).not.toContain('FRAME_DEFAULT');
  });

  it('adjusted weights are named', () => {
    const r = classify(quarter({ frame: { id: 'K2', A: 20, B: 45 } }));
    expect(frameReason(r)).toBe('Khung tỷ trọng K2, điều chỉnh: A 20%, B 45%, C 15%, D 20%.');
  });

  it("none declared: the pack's default is applied, said in a reason and a warning (the texts set no default)", () => {
    const r = classify(quarter({ frame: undefined }));
    expect(r.score.results).toBe(67.6);
    expect(frameReason(r)).toContain('Không khai báo khung tỷ trọng');
    expect(frameReason(r)).toContain('khung mặc định K2');
    expect(codes(r)).toContain('FRAME_DEFAULT');
  });

  it('tasks with a frame of their own are listed', () => {
    const r = classify(
      quarter({ taskList: [task(60, [100, 100, 100, 100]), task(10, [100, 100, 100, 100], { frame: 'K4' })] }),
    );
    expect(frameReason(r)).toContain('Sản phẩm có khung riêng: 2 (K4)');
  });
});

describe('rounding each task before adding (finding 8, Q26-18)', () => {
  const thirds = [
    task(23.33, [100, 100, 100, 100]),
    task(23.33, [100, 100, 100, 100]),
    task(23.34, [100, 100, 100, 100]),
  ];

  it('keeps the sum of the rounded values (23,33/23,33/23,34 at 100% → 69,9) and says what rounding alone did', () => {
    const r = classify(quarter({ taskList: thirds }));
    expect(r.score.results).toBe(69.9);
    const note = r.reasons.find((x) => x.rule === 'Q26-18');
    expect(note?.message.vi).toContain('69,9');
    expect(note?.message.vi).toContain('sẽ là 70');
    expect(codes(r)).not.toContain('ROUNDING_CROSSES_BAND'); // 99,9 and 100 are both at or above 90
    // no note when rounding each task changes nothing
    expect(
      rules(classify(quarter({ taskList: [task(35, [100, 100, 100, 100]), task(35, [100, 100, 100, 100])] }))),
    ).not.toContain('Q26-18');
  });

  it('at the 90 boundary: 20 + 69,9 = 89,9 is kept (HTTNV), with a warning that adding first would give 90', () => {
    const notMet: Answer = { answer: 'notMet', reason: 'Có căn cứ' };
    const items = answers('q2026-vatm-09a', 'staff', {
      'pl4-2.1': notMet,
      'pl4-2.2': notMet,
      'pl4-2.3': notMet,
      'pl4-2.4': notMet,
      'pl4-3': notMet,
    });
    const r = classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items }, taskList: thirds }));
    expect(r.score).toEqual({ general: 20, results: 69.9, total: 89.9 });
    expect(r.level).not.toBe('HTXSNV');
    const w = r.warnings.find((x) => x.code === 'ROUNDING_CROSSES_BAND');
    expect(w?.message.vi).toContain('89,9');
    expect(w?.message.vi).toContain('sẽ là 90');
    expect(w?.message.en).toContain('would give 90');
  });
});

describe('the year says what its options changed (finding 6, 10)', () => {
  const q = (n: number, extra: Partial<Assessment> = {}) => quarter({ period: { year: 2026, quarter: n }, ...extra });
  const khtnv = (n: number) =>
    q(n, { taskList: [task(65, [100, 100, 100, 100]), task(5, [100, 100, 100, 100], { completed: false })] });
  const annual = { ...make('staff', 30, 66, PERFECT), period: { year: 2026 } };

  it('--khtnv-quarter managers (staff) or off: the year stays HTXSNV and a Q26-35 reason says the option waived the rule', () => {
    for (const option of ['managers', 'off'] as const) {
      const r = classifyYear([q(1), khtnv(2), q(3), annual], { khtnvQuarter: option } as never);
      expect(r.level).toBe('HTXSNV');
      const x = r.reasons.find((y) => y.rule === 'Q26-35');
      expect(x?.message.vi).toContain(`"${option}"`);
      expect(x?.message.en).toContain('--khtnv-quarter');
    }
    // the default still lowers it, with no waiver text
    const d = classifyYear([q(1), khtnv(2), q(3), annual]);
    expect(d.level).toBe('HTTNV');
    expect(d.reasons.find((y) => y.rule === 'Q26-35')?.message.vi).not.toContain('tuỳ chọn');
  });

  it('Q3 and Q4 KHTNV with Q4 integrated still raise the consecutive flag (Q26-36); Q4 stays out of the level', () => {
    const r = classifyYear([q(1), q(2), khtnv(3), khtnv(4), annual]);
    expect(r.flags?.map((f) => f.code)).toEqual(['CONSECUTIVE_KHTNV']);
    expect(r.flags?.[0]?.message.vi).toContain('quý 3 và 4');
    expect(codes(r)).toContain('Q4_INTEGRATED');
    // Q4 alone KHTNV: no run, no flag
    expect(classifyYear([q(1), q(2), q(3), khtnv(4), annual]).flags).toBeUndefined();
  });

  it('consecutiveFlag false: no flag, and a Q26-36 reason says the option turned it off', () => {
    const r = classifyYear([q(1), khtnv(2), khtnv(3), annual], { consecutiveFlag: false } as never);
    expect(r.flags).toBeUndefined();
    expect(r.reasons.find((y) => y.rule === 'Q26-36')?.message.en).toContain('consecutiveFlag is false');
  });

  it('a quarter both rated and "not rated" is refused, naming its path', () => {
    const a = {
      ...annual,
      format: 'tusoi.assessment/2',
      quarters: [
        { quarter: 1, level: 'HTXSNV' },
        { quarter: 2, level: 'HTXSNV', unrated: true },
        { quarter: 3, level: null, unrated: true },
      ],
    } as unknown as Assessment;
    const found = issues(() => classify(a));
    expect(found.map((i) => [i.path, i.code])).toEqual([['quarters[1].level', 'quarter-unrated-with-level']]);
    expect(found[0]?.en).toContain('quarter 2');
  });
});

describe('a quarterly pack under the annual rules (finding 7)', () => {
  it('a /2 file of 2025 naming a quarterly pack: says it is rated under QĐ 366 for the year, and why', () => {
    const a = quarter({ period: { year: 2025, quarter: 3 } });
    const [i, ...rest] = issues(() => classify(a));
    expect(rest).toEqual([]);
    expect(i?.path).toBe('criteria.pack');
    expect(i?.code).toBe('quarterly-pack-annual-rules');
    expect(i?.vi).toContain('tusoi.pack/2');
    expect(i?.vi).toContain('năm 2025, trước năm 2026');
    expect(i?.en).toContain('period.quarter 1–4');
  });

  it('with no quarter and the pack given as the option: the option is named, not its fields as a tusoi.pack/1', () => {
    const a = quarter({ period: { year: 2026 } });
    const found = issues(() => classify(a, { pack: Q2026_VATM_09A }));
    expect(found.map((i) => i.path)).toEqual(['options.pack']);
    expect(found[0]?.vi).toContain('không có period.quarter');
    expect(found[0]?.en).toContain('rule set "qd366"');
  });
});
