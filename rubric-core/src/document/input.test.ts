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

describe('parseDocumentInput: notes keyed as criterion ids', () => {
  const scored = {
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject: { kind: 'staff' },
    criteria: {
      pack: 'qd366-pl4-staff-example',
      items: {
        'pl4-1.1': 0,
        ...Object.fromEntries(
          ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'].map((n) => [
            `pl4-${n}`,
            2,
          ]),
        ),
        'pl4-k': 70,
      },
    },
    tasks: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
  };

  it('" pl4-1.1 " is the note of pl4-1.1 (NFC, trimmed)', () => {
    expect(parseDocumentInput({ assessment: scored, notes: { ' pl4-1.1 ': 'Lý do' } }).notes).toEqual({
      'pl4-1.1': 'Lý do',
    });
  });

  it('an id the pack does not have is refused, not dropped; one id written twice is refused', () => {
    expect(codesOf({ assessment: scored, notes: { 'pl4-9.9': 'x' } })).toEqual(['unknown-criterion@notes.pl4-9.9']);
    expect(codesOf({ assessment: scored, notes: { ' pl4-1.1 ': 'a', 'pl4-1.1': 'b' } })).toEqual([
      'duplicate-id@notes.pl4-1.1',
    ]);
  });
});
