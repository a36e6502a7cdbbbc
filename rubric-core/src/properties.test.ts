import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { TusoiInputError } from './errors.js';
import { GROUP_TOTALS } from './frame.js';
import { compileGuard } from './internal/guard.js';
import { levelRank } from './levels.js';
import { AssessmentSchema } from './schemas/assessment.js';
import type { Result } from './schemas/result.js';
import { assessmentArb } from './test-support/arbitrary.js';
import { assessmentIssues, parseAssessment } from './validate.js';

/** A result as the range of levels it allows: one level, or its candidates. */
function range(r: Result): [number, number] {
  const ranks = (r.level !== null ? [r.level] : r.candidates).map(levelRank);
  return [Math.min(...ranks), Math.max(...ranks)];
}

function notLower(before: Result, after: Result): void {
  const [b0, b1] = range(before);
  const [a0, a1] = range(after);
  expect(a0).toBeGreaterThanOrEqual(b0);
  expect(a1).toBeGreaterThanOrEqual(b1);
}

describe('properties of classify', () => {
  it('raising a score never lowers the level', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom('general' as const, 'results' as const),
        fc.integer({ min: 1, max: 3000 }),
        (a, group, hundredths) => {
          const scores = a.scores as { general: number; results: number };
          const raised = Math.min(GROUP_TOTALS[group], Math.round(scores[group] * 100 + hundredths) / 100);
          notLower(classify(a), classify({ ...a, scores: { ...scores, [group]: raised } }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finishing a task (on time or late) never lowers the level', () => {
    fc.assert(
      fc.property(assessmentArb, fc.boolean(), (a, onTime) => {
        const key = a.ledUnits ? 'ledUnits' : 'tasks';
        const c = a[key];
        if (c === undefined || c.completed === c.assigned) return;
        const done = {
          ...c,
          completed: c.completed + 1,
          ...(onTime ? { onTimeWithQuality: c.onTimeWithQuality + 1 } : { late: c.late + 1 }),
        };
        notLower(classify(a), classify({ ...a, [key]: done }));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and ignores a JSON round-trip', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const first = classify(a);
        expect(classify(a)).toEqual(first);
        expect(classify(JSON.parse(JSON.stringify(a)))).toEqual(first);
        expect(classify(a, { reasons: false })).toEqual({ ...first, reasons: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('rejects random JSON, never classifying it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect(() => classify(x)).toThrowError(TusoiInputError);
      }),
    );
  });

  it('rejects a valid assessment with one field broken, naming the field', () => {
    const breakers: ReadonlyArray<[string, (a: Record<string, unknown>) => void]> = [
      [
        'scores',
        (a) => {
          (a.scores as Record<string, unknown>).general = 30.5;
        },
      ],
      [
        'scores',
        (a) => {
          (a.scores as Record<string, unknown>).results = -1;
        },
      ],
      [
        'scores',
        (a) => {
          (a.scores as Record<string, unknown>).results = '60';
        },
      ],
      [
        'subject',
        (a) => {
          (a.subject as Record<string, unknown>).kind = 'boss';
        },
      ],
      [
        'period',
        (a) => {
          (a.period as Record<string, unknown>).year = 2020;
        },
      ],
      [
        'findings',
        (a) => {
          (a.findings as Record<string, unknown>).degradationConcluded = 'yes';
        },
      ],
      [
        'findings',
        (a) => {
          (a.findings as Record<string, unknown>).extra = true;
        },
      ],
      [
        'priorShortcomings',
        (a) => {
          a.priorShortcomings = [{ text: 'x', status: 'half' }];
        },
      ],
      [
        'tasks',
        (a) => {
          const c = (a.tasks ?? a.ledUnits) as Record<string, number>;
          c.completed = (c.assigned ?? 0) + 1;
        },
      ],
      [
        'format',
        (a) => {
          a.format = 'tusoi.assessment/0';
        },
      ],
      [
        'unknown',
        (a) => {
          a.socioEconomicTarget = { applicable: true, missed: 1 };
        },
      ],
    ];
    fc.assert(
      fc.property(assessmentArb, fc.nat(breakers.length - 1), (a, i) => {
        const copy = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
        const [, breakIt] = breakers[i] as (typeof breakers)[number];
        breakIt(copy);
        let error: unknown;
        try {
          classify(copy);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(TusoiInputError);
        const issues = (error as TusoiInputError).issues;
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.message.vi && issue.message.en).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });

  it('the fast guard never accepts what Valibot rejects, and accepts valid input', () => {
    const guard = compileGuard(AssessmentSchema);
    fc.assert(
      fc.property(assessmentArb, (a) => {
        expect(guard(a)).toBe(true);
      }),
      { numRuns: 200 },
    );
    const mutated = fc
      .tuple(
        assessmentArb,
        fc.jsonValue(),
        fc.constantFrom('scores', 'tasks', 'findings', 'subject', 'period', 'priorShortcomings', 'extra'),
      )
      .map(([a, junk, key]) => ({ ...a, [key]: junk }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), mutated), (x) => {
        if (guard(x)) expect(v.is(AssessmentSchema, x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the allocation-free happy path accepts exactly what the full cross-field check accepts', () => {
    // Counts drawn independently, so about half break an invariant (completed > assigned, …).
    const loose = fc.record({
      assigned: fc.nat(6),
      completed: fc.nat(6),
      onTimeWithQuality: fc.nat(6),
      exceeded: fc.nat(6),
      late: fc.nat(6),
    });
    const arb = fc
      .tuple(assessmentArb, loose, fc.nat(4), fc.nat(4), fc.boolean(), fc.boolean())
      .map(([a, counts, responsible, rated, held, withShare]) => {
        const key = a.ledUnits ? 'ledUnits' : 'tasks';
        return {
          ...a,
          [key]:
            key === 'ledUnits' ? { ...counts, unitsResponsible: responsible, unitsRatedNotCompleted: rated } : counts,
          confidenceVote: withShare ? { held, lowShare: 0.2 } : { held },
        };
      });
    fc.assert(
      fc.property(arb, (a) => {
        let accepted = true;
        try {
          parseAssessment(a);
        } catch (e) {
          if (!(e instanceof TusoiInputError)) throw e;
          accepted = false;
        }
        expect(accepted).toBe(assessmentIssues(a as never).length === 0);
      }),
      { numRuns: 3000 },
    );
  });
});
