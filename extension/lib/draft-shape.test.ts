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
