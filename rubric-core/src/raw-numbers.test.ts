import { describe, expect, it } from 'vitest';
import { inexactIntegers, withRawNumbers } from './raw-numbers.js';

const scan = (text: string) => Object.fromEntries(inexactIntegers(text));

describe('inexactIntegers: the integers JSON rounds, by path, as written', () => {
  it('finds them at any depth, in objects and arrays, signed; keys as issues write paths', () => {
    const text = `{"tasks": {"assigned": 9007199254740993, "late": 1},
      "groups": [{"m": [1, 2, -18014398509481985]}], "a.b\\"c": 12345678901234567890}`;
    expect(scan(text)).toEqual({
      'tasks.assigned': '9007199254740993',
      'groups[0].m[2]': '-18014398509481985',
      'a.b"c': '12345678901234567890',
    });
  });

  it('boundaries: 2^53 − 1 and 2^53 are exact, 2^53 + 1 is not; fractions and exponents are not integer literals', () => {
    expect(scan('[9007199254740991, 9007199254740992, 9007199254740993]')).toEqual({ '[2]': '9007199254740993' });
    expect(scan('[-9007199254740991, -9007199254740993]')).toEqual({ '[1]': '-9007199254740993' });
    expect(scan('{"x": 9007199254740993.5, "y": 9007199254740993e0, "z": "9007199254740993"}')).toEqual({});
  });

  it('strings holding brackets, commas and escaped quotes do not move the path', () => {
    const text = '{"s": "[,{\\"]", "n": [0, "a,b", 9007199254740995]}';
    expect(scan(text)).toEqual({ 'n[2]': '9007199254740995' });
  });

  it('a number at the top level has the empty path', () => {
    expect(scan('9007199254740993')).toEqual({ '': '9007199254740993' });
  });
});

describe('withRawNumbers', () => {
  const issue = {
    code: 'max-value',
    path: 'q1.json.tasks.assigned',
    message: { vi: 'không được vượt quá 9007199254740991 (nhận 9007199254740992)', en: '(got 9007199254740992)' },
  };
  const raw = inexactIntegers('{"tasks": {"assigned": 9007199254740993}}');

  it('shows the literal in both languages where the path, after the prefix, matches', () => {
    expect(withRawNumbers([issue], raw, 'q1.json')[0]?.message).toEqual({
      vi: 'không được vượt quá 9007199254740991 (nhận 9007199254740993)',
      en: '(got 9007199254740993)',
    });
  });

  it('leaves an issue of another file or path as it is', () => {
    expect(withRawNumbers([issue], raw, 'q2.json')).toEqual([issue]);
    expect(withRawNumbers([{ ...issue, path: 'q1.json.tasks.late' }], raw, 'q1.json')[0]?.message).toEqual(
      issue.message,
    );
  });
});
