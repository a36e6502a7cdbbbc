import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { formatIssues, fromValibotIssue, isTusoiInputError, TusoiInputError } from './errors.js';

describe('issues', () => {
  it('formatIssues prints at most max issues, then counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      code: 'x',
      path: `a[${i}]`,
      message: { vi: 'sai', en: 'bad' },
    }));
    const text = formatIssues(issues, 3);
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(text).toContain('… và 4 lỗi khác / … and 4 more issues');
    expect(formatIssues(issues)).not.toContain('more issues');
  });

  it('a TusoiInputError keeps every issue but its message stays short', () => {
    const issues = Array.from({ length: 10_000 }, (_, i) => ({ path: `m[${i}]`, message: { vi: 'sai', en: 'bad' } }));
    const e = new TusoiInputError(issues);
    expect(e.issues).toHaveLength(10_000);
    expect(e.issues[0]?.code).toBe('invalid');
    expect(e.message.length).toBeLessThan(5_000);
  });

  it('codes Valibot issues by kind', () => {
    const code = (schema: v.GenericSchema, x: unknown) => {
      const r = v.safeParse(schema, x);
      return r.success ? '' : fromValibotIssue(r.issues[0] as v.BaseIssue<unknown>).code;
    };
    expect(code(v.pipe(v.number(), v.finite()), Number.POSITIVE_INFINITY)).toBe('finite');
    expect(code(v.pipe(v.string(), v.regex(/^a$/)), 'b')).toBe('pattern');
    expect(code(v.object({ a: v.string() }), {})).toBe('missing');
    expect(code(v.strictObject({}), { b: 1 })).toBe('unknown-field');
    expect(code(v.pipe(v.number(), v.minValue(1)), 0)).toBe('min-value');
    expect(code(v.picklist(['a']), 'b')).toBe('not-allowed');
    expect(code(v.string(), 1)).toBe('type');
  });
});

describe('each problem named once', () => {
  const issuesOf = (input: unknown) => {
    try {
      classify(input);
    } catch (e) {
      if (isTusoiInputError(e)) return e.issues.map((i) => [i.code, i.path]);
      throw e;
    }
    return [];
  };
  const staff = (subject: unknown) => ({
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject,
    scores: { general: 30, results: 60 },
    tasks: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
  });

  it('an array for the whole input is one type problem, not missing fields', () => {
    expect(issuesOf([])).toEqual([['type', '']]);
    expect(issuesOf([1, 2])).toEqual([['type', '']]);
  });

  it('an array for an object field is one type problem at that field', () => {
    expect(issuesOf(staff([]))).toEqual([['type', 'subject']]);
  });

  it('a bad date is iso-date or date, never both', () => {
    expect(issuesOf(staff({ kind: 'staff', birthDate: '1990-13-01' }))).toEqual([['date', 'subject.birthDate']]);
    expect(issuesOf(staff({ kind: 'staff', birthDate: '1.1.1990' }))).toEqual([['iso-date', 'subject.birthDate']]);
    expect(issuesOf(staff({ kind: 'staff', birthDate: '2025-02-30' }))).toEqual([['date', 'subject.birthDate']]);
  });

  it("isTusoiInputError: true for the library's errors only", () => {
    expect(isTusoiInputError(new TusoiInputError([{ path: '', message: { vi: 'a', en: 'b' } }]))).toBe(true);
    expect(isTusoiInputError(new Error('x'))).toBe(false);
    expect(isTusoiInputError({ name: 'TusoiInputError', issues: [] })).toBe(false);
    expect(isTusoiInputError(null)).toBe(false);
  });
});
