import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import type { Task } from '../../schemas/quarterly.js';
import { answers, quarter, TC1_TASKS } from '../../test-support/quarter.js';
import { ND335_DEDUCTIONS } from './deductions.js';

// Q26-10: NĐ 335 Điều 14.2.b–c as a pack setting `results.deductions`, distinct from the caps.
const pack: Pack2 = parsePack2({
  ...Q2026_VATM_09A,
  id: 'nd335-deduct',
  results: { ...Q2026_VATM_09A.results, deductions: ND335_DEDUCTIONS },
});

/** TC-1 with the first product's (30 points; 100, 95, 100, 100 under K2) events set. */
function withEvents(events: NonNullable<Task['events']>): Task[] {
  const [first, ...rest] = TC1_TASKS as [Task, ...Task[]];
  return [{ ...first, events }, ...rest];
}
/** Classified with the deducting pack, or (`null`) with the built-in pack it copies. */
function run(events: NonNullable<Task['events']>, p: Pack2 | null = pack) {
  const a = quarter({
    taskList: withEvents(events),
    criteria: { pack: p === null ? 'q2026-vatm-09a' : p.id, items: answers('q2026-vatm-09a', 'staff') },
  });
  return p === null ? classify(a) : classify(a, { pack: p });
}
const first = (events: NonNullable<Task['events']>) => run(events).breakdown?.tasks?.[0];

describe('Q26-10 deductions per event (NĐ 335 Điều 14.2.b–c)', () => {
  it('the data: B −25 per failed review, C −25 per delay, cited', () => {
    expect(ND335_DEDUCTIONS.map((x) => [x.component, x.by, x.percent])).toEqual([
      ['B', 'failedReviews', 25],
      ['C', 'delays', 25],
    ]);
    expect(ND335_DEDUCTIONS[0]?.source).toContain('Điều 14, khoản 2, điểm b');
  });

  it('0 failed reviews: unchanged (29,3); 1: B 95 → 70, 85% × 30 = 25,5; 3: B 20; 4: B 0, never below', () => {
    expect(first({ failedReviews: 0 })).toBe(29.3);
    expect(first({ failedReviews: 1 })).toBe(25.5);
    // B 20: 15 + 10 + 15 + 20 = 60% → 18.
    expect(first({ failedReviews: 3 })).toBe(18);
    // B 95 − 100 floors at 0 (not −5): 15 + 0 + 15 + 20 = 50% → 15; 5 reviews the same.
    expect(first({ failedReviews: 4 })).toBe(15);
    expect(first({ failedReviews: 5 })).toBe(15);
  });

  it('1 delay: C 100 → 75 (K2 weighs C 15%): 93,75% × 30 = 28,125 → 28,1', () => {
    expect(first({ delays: 1 })).toBe(28.1);
    expect(first({ delays: 1, failedReviews: 1 })).toBe(24.4); // 15 + 35 + 11,25 + 20 = 81,25% → 24,375
  });

  it('confirmed objective causes are not deducted, and the reason says so', () => {
    const r = run({ objectiveFailedReviews: 2, failedReviews: 1 });
    expect(r.breakdown?.tasks?.[0]).toBe(25.5);
    const reason = r.reasons.find((x) => x.rule === 'Q26-10');
    expect(reason?.message.vi).toContain('Sản phẩm 1: 1 lần đánh giá chưa đạt, mỗi lần trừ 25% điểm chất lượng');
    expect(reason?.message.vi).toContain('thành phần B từ 95% còn 70%');
    expect(reason?.message.vi).toContain('2 lần đánh giá chưa đạt do nguyên nhân khách quan');
    expect(reason?.message.vi).toContain('cách hiểu của Tự Soi');
    expect(reason?.cite).toContain('Nghị định 335/2025/NĐ-CP, Điều 14');
    expect(run({ objectiveDelays: 3 }).breakdown?.tasks?.[0]).toBe(29.3);
  });

  it('off by default: a pack without deductions ignores the counts (result unchanged, no reason)', () => {
    const plain = run({ failedReviews: 2, delays: 2 }, null);
    expect(plain).toEqual(classify(quarter()));
    expect(plain.reasons.some((x) => x.rule === 'Q26-10')).toBe(false);
  });

  it('a deduction can change the level: 1 failed review on every product leaves TC-1 under 90', () => {
    const list = TC1_TASKS.map((t) => ({ ...t, events: { failedReviews: 1 } }));
    const a = quarter({ taskList: list, criteria: { pack: pack.id, items: answers('q2026-vatm-09a', 'staff') } });
    const r = classify(a, { pack });
    expect(r.score.results).toBeLessThan(60);
    expect(r.level).toBe('HTTNV');
  });

  it('the pack setting is validated (percent 0–100 with 2 decimals, known events)', () => {
    const bad = (deductions: unknown) => () =>
      parsePack2({ ...Q2026_VATM_09A, id: 'x', results: { ...Q2026_VATM_09A.results, deductions } });
    expect(bad([{ component: 'B', by: 'failedReviews', percent: 25.001, source: 's' }])).toThrow(TusoiInputError);
    expect(bad([{ component: 'B', by: 'failedReviews', percent: 100.01, source: 's' }])).toThrow(TusoiInputError);
    expect(bad([{ component: 'B', by: 'revisions', percent: 25, source: 's' }])).toThrow(TusoiInputError);
    expect(bad([{ component: 'B', by: 'delays', percent: 100, source: 's' }])).not.toThrow();
  });
});
