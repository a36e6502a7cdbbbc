import { describe, expect, it } from 'vitest';
import { TusoiInputError } from '../errors.js';
import { make, PERFECT } from '../test-support/make.js';
import { parseDocumentInput } from './input.js';

const assessment = make('staff', 30, 62, PERFECT);
const codesOf = (input: unknown) => {
  try {
    parseDocumentInput(input);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
    throw e;
  }
  throw new Error('accepted');
};

describe('parseDocumentInput: notes', () => {
  it('refuses an array for notes, empty or not', () => {
    expect(codesOf({ assessment, notes: [] })).toEqual(['type@notes']);
    expect(codesOf({ assessment, notes: ['a'] })).toEqual(['type@notes']);
  });

  it('keeps "__proto__" and "constructor" as criterion ids, and checks their values', () => {
    const notes = JSON.parse('{"__proto__":"lý do 1","constructor":"lý do 2","pl4-1.1":"lý do 3"}');
    const parsed = parseDocumentInput({ assessment, notes });
    expect(Object.keys(parsed.notes ?? {})).toEqual(['__proto__', 'constructor', 'pl4-1.1']);
    expect(Object.getOwnPropertyDescriptor(parsed.notes, '__proto__')?.value).toBe('lý do 1');
    expect(codesOf({ assessment, notes: JSON.parse('{"__proto__":7}') })).toEqual(['type@notes.__proto__']);
  });
});
