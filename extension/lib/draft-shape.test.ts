import { describe, expect, it } from 'vitest';
import { draftShapeIssues } from './draft-shape';

describe('draftShapeIssues: a field of the wrong type is said as such', () => {
  it.each([undefined, 'tusoi.assessment/1', 'tusoi.assessment/2'])(
    'priorShortcomings: "abc" (format %s) must be a list, not "not part of the format"',
    (format) => {
      const issues = draftShapeIssues({
        assessment: { ...(format ? { format } : {}), subject: { kind: 'staff' }, priorShortcomings: 'abc' },
      });
      expect(issues).toEqual([
        {
          code: 'type',
          path: 'data.assessment.priorShortcomings',
          message: { vi: 'phải là một mảng (nhận "abc")', en: 'must be an array (got "abc")' },
        },
      ]);
    },
  );
});

describe('draftShapeIssues: an adjusted weight frame (tusoi.assessment/2 `frame`)', () => {
  const quarter = (frame: unknown) => ({
    assessment: {
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter: 3 },
      subject: { kind: 'staff' },
      criteria: { pack: 'q2026-vatm-09a', items: {} },
      frame,
    },
  });

  it('keeps the weights the user adjusted, even while out of range or not yet adding to 100', () => {
    expect(draftShapeIssues(quarter({ id: 'K2', A: 25, B: 40 }))).toEqual([]);
    // Out of ±10 pp and a sum of 110: rubric-core's live result says so; the draft keeps what was typed.
    expect(draftShapeIssues(quarter({ id: 'K2', A: 26 }))).toEqual([]);
  });

  it('refuses a weight that is not a number and a key the frame does not have', () => {
    const text = draftShapeIssues(quarter({ id: 'K2', A: '25' }));
    expect(text.map((i) => [i.code, i.path])).toEqual([['type', 'data.assessment.frame.A']]);
    const extra = draftShapeIssues(quarter({ id: 'K2', E: 5 }));
    expect(extra.map((i) => i.path)).toEqual(['data.assessment.frame.E']);
  });
});
