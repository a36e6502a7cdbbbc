import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { quarter } from '../../test-support/quarter.js';
import { Q2026_RULES } from './rules.js';

// Q26-32: a change of post or unit in the quarter names the rating unit; it never changes the level.
const reasonOf = (months: number) => {
  const r = classify(quarter({ postChange: { monthsInNewPost: months } }));
  return { level: r.level, reason: r.reasons.find((x) => x.rule === 'Q26-32') };
};

describe('Q26-32: which unit rates a quarter with a change of post', () => {
  it('2 months in the new post (the bound) → the new unit; 1,9 → neither has 2 months', () => {
    expect(reasonOf(2).reason?.message.en).toContain('the new unit rates');
    expect(reasonOf(1.9).reason?.message.en).toContain('the competent level names the rating unit');
  });

  it('1 month in the new post (2 in the old) → the old unit; 1,1 → neither', () => {
    expect(reasonOf(1).reason?.message.en).toContain('the old unit rates');
    expect(reasonOf(1.1).reason?.message.en).toContain('neither post has 2 months');
  });

  it('is marked unverified (grade X) in the data and in the text, and never changes the level', () => {
    expect(Q2026_RULES['Q26-32'].grade).toBe('X');
    expect(reasonOf(2).reason?.message.vi).toContain('nguyên văn chưa tìm thấy');
    const base = classify(quarter());
    for (const m of [0, 1, 1.5, 2, 3]) expect(reasonOf(m).level).toBe(base.level);
    expect(base.reasons.some((x) => x.rule === 'Q26-32')).toBe(false);
  });

  it('months outside 0–3 and postChange in a tusoi.assessment/1 are refused, naming the path', () => {
    const paths = (input: unknown) => {
      try {
        classify(input);
      } catch (e) {
        if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
        throw e;
      }
      return [];
    };
    expect(paths(quarter({ postChange: { monthsInNewPost: 3.5 } }))).toEqual(['postChange.monthsInNewPost']);
    expect(
      paths({
        format: 'tusoi.assessment/1',
        period: { year: 2026 },
        subject: { kind: 'staff' },
        scores: { general: 28, results: 60 },
        tasks: { assigned: 5, completed: 5, onTimeWithQuality: 5, exceeded: 1, late: 0 },
        postChange: { monthsInNewPost: 2 },
      }),
    ).toEqual(['postChange']);
  });
});
