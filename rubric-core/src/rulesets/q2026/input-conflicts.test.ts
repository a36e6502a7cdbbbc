// Quarterly inputs that say two things at once (scores with criteria/tasks, counts with a task list)
// are refused like the annual rules refuse them, and an edited copy of a built-in pack is cited as
// the user's own (issue 12, review 17).
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import type { Pack2 } from '../../packs/quarterly-pack.js';
import type { Result } from '../../schemas/result.js';
import { quarter, task } from '../../test-support/quarter.js';

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
const cite = (r: Result, rule: string) => r.reasons.find((x) => x.rule === rule)?.cite ?? '';

describe('scores given with the inputs the pack scores from (scores-mismatch)', () => {
  it('TC-1 with scores 30 + 70 is refused at `scores`, both totals named, Vietnamese first', () => {
    const found = issues(() => classify(quarter({ scores: { general: 30, results: 70 } })));
    expect(found).toEqual([
      {
        path: 'scores',
        code: 'scores-mismatch',
        vi: 'điểm ghi (30 + 70) khác điểm tính từ bảng (30 + 67,6)',
        en: "the scores given (30 + 70) differ from the pack's (30 + 67.6)",
      },
    ]);
  });

  it('the general group is compared too (criteria computed 30)', () => {
    const found = issues(() => classify(quarter({ scores: { general: 29, results: 67.6 } })));
    expect(found.map((i) => [i.path, i.code, i.en])).toEqual([
      ['scores', 'scores-mismatch', "the scores given (29 + 67.6) differ from the pack's (30 + 67.6)"],
    ]);
  });

  it('boundary: scores equal to the computed ones are accepted', () => {
    const r = classify(quarter({ scores: { general: 30, results: 67.6 } }));
    expect(r.score.total).toBe(97.6);
    expect(r.level).toBe('HTXSNV');
  });

  it('a group given only by scores (no task weights) stays as given; the computed group is still compared', () => {
    const counts = { assigned: 1, completed: 1, exceeded: 1, late: 0, onTimeWithQuality: 1 };
    const noWeights = [task(70, [100, 100, 100, 100], { weight: undefined, exceeded: true })];
    const r = classify(quarter({ taskList: noWeights, tasks: counts, scores: { general: 30, results: 65 } }));
    expect(r.score.results).toBe(65);
    const found = issues(() =>
      classify(quarter({ taskList: noWeights, tasks: counts, scores: { general: 28, results: 65 } })),
    );
    expect(found.map((i) => i.en)).toEqual(["the scores given (28 + 65) differ from the pack's (30 + 65)"]);
  });
});

describe('task counts given with a task list (tasks-mismatch)', () => {
  const counts = (exceeded: number) => ({ assigned: 5, completed: 5, exceeded, late: 0, onTimeWithQuality: 5 });

  it('counts that differ from the list are refused at `tasks`, both counts named (not silently HTTNV)', () => {
    const found = issues(() => classify(quarter({ tasks: counts(0) })));
    expect(found).toEqual([
      {
        path: 'tasks',
        code: 'tasks-mismatch',
        vi: 'số nhiệm vụ ghi ở tasks khác số đếm từ danh sách nhiệm vụ (vượt mức: tasks ghi 0, danh sách cho 2); bỏ tasks hoặc sửa cho khớp',
        en: 'the task counts in tasks differ from those the task list gives (exceeded: 0 in tasks, 2 from the list); drop tasks or make them agree',
      },
    ]);
  });

  it('boundary: counts that agree with the list are accepted (TC-1 stays HTXSNV)', () => {
    expect(classify(quarter({ tasks: counts(2) })).level).toBe('HTXSNV');
  });

  it('every count that differs is named', () => {
    const found = issues(() =>
      classify(quarter({ tasks: { assigned: 6, completed: 5, exceeded: 2, late: 1, onTimeWithQuality: 4 } })),
    );
    expect(found.map((i) => i.en)).toEqual([
      'the task counts in tasks differ from those the task list gives (assigned: 6 in tasks, 5 from the list; late: 1 in tasks, 0 from the list; on time with quality: 4 in tasks, 5 from the list); drop tasks or make them agree',
    ]);
  });

  it("a leader's ledUnits are the units led, not the task list: not compared with it", () => {
    const led = { assigned: 4, completed: 4, exceeded: 0, late: 0, onTimeWithQuality: 4 };
    expect(() => classify(quarter({ ledUnits: led }, 'leader'))).not.toThrow();
  });
});

describe("an edited copy of a built-in pack that keeps the built-in's id", () => {
  const copy = (): Pack2 => JSON.parse(JSON.stringify(Q2026_VATM_09A)) as Pack2;
  const k2Edited = (): Pack2 => {
    const p = copy();
    const frames = (p.results as { frames: { id: string; A: number; B: number; C: number; D: number }[] }).frames;
    const k2 = frames.find((f) => f.id === 'K2');
    if (k2 === undefined) throw new Error('no K2');
    Object.assign(k2, { A: 25, B: 40, C: 15, D: 20 });
    return p;
  };

  it("is cited as the user's own in Q26-04 and Q26-05, never as the built-in's document", () => {
    const r = classify(quarter(), { pack: k2Edited() });
    for (const rule of ['Q26-04', 'Q26-05']) {
      expect(cite(r, rule)).toContain('Bảng thang điểm "q2026-vatm-09a" do người dùng đưa vào');
    }
  });

  it("an unchanged copy (keys in another order too) is the built-in and keeps the rules' citations", () => {
    const builtin = classify(quarter());
    const same = classify(quarter(), { pack: copy() });
    const reordered = Object.fromEntries(Object.entries(copy()).reverse()) as unknown as Pack2;
    for (const r of [same, classify(quarter(), { pack: reordered })])
      for (const rule of ['Q26-04', 'Q26-05']) {
        expect(cite(r, rule)).toBe(cite(builtin, rule));
        expect(cite(r, rule)).not.toContain('do người dùng đưa vào');
      }
  });

  it('the same content given again is judged the same (memo per content, not per object)', () => {
    const first = classify(quarter(), { pack: k2Edited() });
    const again = classify(quarter(), { pack: k2Edited() });
    expect(cite(again, 'Q26-04')).toBe(cite(first, 'Q26-04'));
    expect(cite(classify(quarter(), { pack: copy() }), 'Q26-04')).not.toContain('do người dùng đưa vào');
  });
});
