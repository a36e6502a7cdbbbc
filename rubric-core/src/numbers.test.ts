import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { PL4_PACK } from './packs/builtin.js';
import { parsePack } from './packs/pack.js';
import { make, PERFECT } from './test-support/make.js';
import { safeParseAssessment } from './validate.js';

// Numbers a JSON file can hold but a form cannot mean, each named by its real cause.
const issuesOf = (input: unknown): InputIssue[] => {
  const outcome = safeParseAssessment(input);
  return outcome.success ? [] : [...outcome.issues];
};
const codes = (input: unknown) => issuesOf(input).map((i) => `${i.code}@${i.path}`);
const staff = make('staff', 30, 62, PERFECT);
const withTasks = (json: string) => ({ ...staff, tasks: { ...staff.tasks, ...JSON.parse(json) } });

describe('numbers beyond what JSON keeps exact', () => {
  it('a count above 2^53 − 1 is too large (max-value), not "a fraction"', () => {
    const issues = issuesOf(withTasks('{"assigned": 9007199254740993}'));
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['max-value@tasks.assigned']);
    expect(issues[0]?.message.en).toContain('at most 9007199254740991');
    // Boundary: 2^53 − 1 itself is a count.
    expect(codes(withTasks(`{"assigned": ${Number.MAX_SAFE_INTEGER}}`)).filter((c) => c.endsWith('assigned'))).toEqual(
      [],
    );
  });

  it('1e400 (Infinity) is named once, as not finite', () => {
    expect(codes(withTasks('{"assigned": 1e400}'))).toEqual(['finite@tasks.assigned']);
    expect(codes({ ...staff, scores: JSON.parse('{"general": -1e400, "results": 62}') })).toEqual([
      'finite@scores.general',
    ]);
  });

  it('-0 is refused in JSON as in a spreadsheet; 0 is fine', () => {
    expect(codes({ ...staff, scores: JSON.parse('{"general": -0, "results": 62}') })).toEqual([
      'negative-zero@scores.general',
    ]);
    expect(codes(withTasks('{"late": -0}'))).toEqual(['negative-zero@tasks.late']);
    expect(codes({ ...staff, scores: { general: 0, results: 62 } })).toEqual([]);
    const items = JSON.parse('{"pl4-k": -0}');
    expect(() => classify({ ...staff, scores: undefined, criteria: { pack: PL4_PACK.id, items } })).toThrow(
      TusoiInputError,
    );
  });
});

describe('ids', () => {
  it('an id that starts with "_" is refused saying it must start with a letter or digit', () => {
    const pack = structuredClone(PL4_PACK) as { general: { sections: { criteria: { id: string }[] }[] } };
    (pack.general.sections[0]?.criteria[0] as { id: string }).id = '__proto__';
    try {
      parsePack(pack);
      throw new Error('accepted');
    } catch (e) {
      const issue = (e as TusoiInputError).issues[0];
      expect(issue?.code).toBe('pack-id');
      expect(issue?.message.en).toContain('start with a letter or digit');
      expect(issue?.message.vi).toContain('bắt đầu bằng chữ cái hoặc chữ số');
    }
  });
});
