import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileGuard } from './guard.js';

describe('compileGuard', () => {
  const schema = v.strictObject({
    n: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
    s: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(3), v.regex(/^[a-z]+$/))),
    l: v.nullable(v.picklist(['a', 'b'])),
    u: v.optional(v.union([v.boolean(), v.literal(1)])),
    r: v.optional(
      v.record(
        v.string(),
        v.array(
          v.pipe(
            v.number(),
            v.finite(),
            v.safeInteger(),
            v.check((x) => x !== 7),
          ),
        ),
      ),
    ),
  });
  const guard = compileGuard(schema);

  it.each([
    [{ n: 3, l: null }, true],
    [{ n: 3, l: 'a', s: 'ab', u: 1, r: { x: [1, 2] } }, true],
    [{ n: 3, l: 'a', r: { x: [7] } }, false],
    [{ n: 10, l: null }, false],
    [{ n: 1.5, l: null }, false],
    [{ n: Number.NaN, l: null }, false],
    [{ n: 3, l: null, s: '' }, false],
    [{ n: 3, l: null, s: 'abcd' }, false],
    [{ n: 3, l: null, s: 'A' }, false],
    [{ n: 3, l: 'c' }, false],
    [{ n: 3 }, false],
    [{ n: 3, l: null, extra: 1 }, false],
    [{ n: 3, l: null, u: 2 }, false],
    [[3], false],
    [null, false],
  ])('%j → %s, as Valibot says', (input, expected) => {
    expect(guard(input)).toBe(expected);
    expect(v.is(schema, input)).toBe(expected);
  });

  it('answers "no" to objects with another prototype and to schemas it does not know', () => {
    expect(guard(Object.assign(Object.create({ inherited: 1 }), { n: 1, l: null }))).toBe(false);
    expect(compileGuard(v.date())(new Date())).toBe(false);
    expect(compileGuard(v.pipe(v.string(), v.email()))('a@b.c')).toBe(false);
  });
});
