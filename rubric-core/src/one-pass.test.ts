import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { PL4_PACK } from './packs/builtin.js';
import { packCriteria } from './packs/compute.js';
import { counts, PERFECT } from './test-support/make.js';
import { safeParseAssessment } from './validate.js';

// Every problem of an input is reported in one pass: field, cross-field and pack checks together,
// and the cross-field checks skip only what rests on a field that is itself invalid.

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}
const codes = (issues: readonly InputIssue[]) => issues.map((i) => `${i.code}@${i.path}`).sort();

const allMet = Object.fromEntries(
  packCriteria(PL4_PACK).map(({ criterion }) => [criterion.id, criterion.mode === 'binary' ? true : 62]),
);
const staff = (extra: Record<string, unknown>) => ({
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  tasks: counts(PERFECT),
  ...extra,
});

describe('one pass: field, cross-field and pack problems together', () => {
  it('a bad date, counts that do not hold and bad criteria values, all at once', () => {
    const input = staff({
      subject: { kind: 'staff', birthDate: '2025-02-30' },
      criteria: { pack: PL4_PACK.id, items: { ...allMet, 'pl4-1.1': 5, nope: 1, 'pl4-k': 71 } },
      tasks: { assigned: 1, completed: 2, onTimeWithQuality: 0, exceeded: 0, late: 0 },
    });
    const expected = [
      'binary-value@criteria.items.pl4-1.1',
      'completed-over-assigned@tasks.completed',
      'date@subject.birthDate',
      'points-range@criteria.items.pl4-k',
      'unknown-criterion@criteria.items.nope',
    ];
    expect(codes(issuesOf(() => classify(input, { pack: PL4_PACK })))).toEqual(expected);
    // The built-in pack is found by its id, by the library as by the CLI.
    expect(codes(issuesOf(() => classify(input)))).toEqual(expected);
    // Validation alone checks against a built-in pack too.
    const outcome = safeParseAssessment(input);
    expect(outcome.success ? [] : codes(outcome.issues)).toEqual(expected);
  });

  it('scores that differ from the pack are reported with the field problems', () => {
    const input = staff({
      subject: { kind: 'staff', birthDate: '2025-02-30' },
      scores: { general: 30, results: 60 },
      criteria: { pack: PL4_PACK.id, items: allMet },
    });
    const issues = issuesOf(() => classify(input));
    expect(codes(issues)).toEqual(['date@subject.birthDate', 'scores-mismatch@scores']);
    expect(issues.find((i) => i.code === 'scores-mismatch')?.message.en).toContain('30 + 62');
    // Boundary: equal scores are no problem.
    expect(codes(issuesOf(() => classify({ ...input, scores: { general: 30, results: 62 } })))).toEqual([
      'date@subject.birthDate',
    ]);
  });

  it('missing criteria, a pack not for the kind and a field error together', () => {
    const { 'pl4-k': _dropped, ...partial } = allMet;
    const input = staff({
      subject: { kind: 'collective', birthDate: 'x' },
      criteria: { pack: PL4_PACK.id, items: partial },
    });
    expect(codes(issuesOf(() => classify(input)))).toEqual([
      'iso-date@subject.birthDate',
      'missing@criteria.items.pl4-k',
      'pack@subject.kind',
    ]);
  });

  it('skips only the checks whose inputs are invalid, and says nothing false', () => {
    // An item of the wrong type is a field problem; it is neither range-checked nor "not scored",
    // and the scores are not compared with a sum that cannot be computed.
    const input = staff({
      scores: { general: 30, results: 1 },
      criteria: { pack: PL4_PACK.id, items: { ...allMet, 'pl4-k': 'x', 'pl4-1.1': 5 } },
    });
    expect(codes(issuesOf(() => classify(input)))).toEqual([
      'binary-value@criteria.items.pl4-1.1',
      'not-allowed@criteria.items.pl4-k',
    ]);
    // Scores that are themselves out of range are not compared with the pack's.
    const badScores = staff({ scores: { general: 31, results: 62 }, criteria: { pack: PL4_PACK.id, items: allMet } });
    expect(codes(issuesOf(() => classify(badScores)))).toEqual(['max-value@scores.general']);
    // Items given as an array: one field problem, no pack check on it.
    const arrayItems = staff({ criteria: { pack: PL4_PACK.id, items: [] } });
    expect(codes(issuesOf(() => classify(arrayItems)))).toEqual(['type@criteria.items']);
    // Another pack named than given: the values are not checked against the wrong pack.
    const other = staff({ criteria: { pack: 'qd366-pl1-example', items: { x: 99 } }, tasks: { assigned: 1 } });
    expect(codes(issuesOf(() => classify(other, { pack: PL4_PACK })))).toEqual([
      'missing@tasks.completed',
      'missing@tasks.exceeded',
      'missing@tasks.late',
      'missing@tasks.onTimeWithQuality',
      'pack@criteria.pack',
    ]);
    // A pack id that is not a string: nothing to check the items against.
    const noId = staff({ criteria: { pack: 7, items: { 'pl4-k': 99 } } });
    expect(codes(issuesOf(() => classify(noId, { pack: PL4_PACK })))).toEqual(['type@criteria.pack']);
  });

  it('a pack that is not built in and not given is needed by classify, not by validation alone', () => {
    const input = staff({ criteria: { pack: 'own-pack', items: { a: 1 } }, tasks: { assigned: 1 } });
    expect(codes(issuesOf(() => classify(input)))).toContain('pack@criteria.pack');
    const outcome = safeParseAssessment(input);
    expect(outcome.success ? [] : codes(outcome.issues)).not.toContain('pack@criteria.pack');
  });
});
