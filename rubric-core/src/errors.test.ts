import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatIssues, fromValibotIssue, TusoiInputError } from './errors.js';

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
