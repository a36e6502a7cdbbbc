import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ex21 from '../examples/21-leader-units-rated-over-50.json' with { type: 'json' };
import { classify } from './classify.js';
import { measurePasses } from './rulesets/qd366/conditions.js';
import { type Assessment, SUBJECT_KINDS } from './schemas/assessment.js';
import { assessmentArb } from './test-support/arbitrary.js';
import { formatResult } from './text.js';
import { disciplineWeighed, type FindingKey, findingsForKind, traceDecision } from './trace.js';

const FINDING_KEYS: readonly FindingKey[] = [
  'degradationConcluded',
  'prohibitedActsViolated',
  'exampleDutyViolated',
  'corruptionInScopeDisciplined',
  'personnelViolationOrDisunity',
  'memberDegradationConcluded',
  'subordinateOrMemberDisciplined',
  'forceMajeure',
  'selfDetectedAndRemedied',
];

/** What the trace says about the rules, without the messages. */
const verdicts = (a: Assessment, options = {}) => {
  const t = traceDecision(a, options);
  return JSON.stringify([
    t.triggers.map((i) => [i.key, i.holds, i.mitigated]),
    t.levels.map((l) => l.conditions.map((c) => [c.key, c.holds])),
    t.result.level,
    t.result.candidates,
  ]);
};

describe('traceDecision', () => {
  it('gives the same result as classify', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        expect(traceDecision(a).result).toEqual(classify(a));
      }),
      { numRuns: 200 },
    );
  });

  it('every measure passes its own test exactly when the rule holds or fires', () => {
    fc.assert(
      fc.property(assessmentArb, fc.constantFrom('any' as const, 'all' as const), (a, targets) => {
        const t = traceDecision(a, { targets });
        for (const item of [...t.triggers, ...t.levels.flatMap((l) => l.conditions)]) {
          expect([item.key, measurePasses(item.measure)]).toEqual([item.key, item.holds]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a leader with 3 of 6 units rated KHTNV: 50% is not over 50%, and the trace carries 3/6', () => {
    const a = { ...ex21, ledUnits: { ...ex21.ledUnits, unitsRatedNotCompleted: 3 } };
    const item = traceDecision(a).triggers.find((i) => i.key === 'unitsRatedOver50');
    expect(item).toMatchObject({ holds: false, measure: { value: 3, of: 6, threshold: 0.5, test: 'above' } });
    expect(item?.message).toBeUndefined();
    const four = traceDecision(ex21).triggers.find((i) => i.key === 'unitsRatedOver50');
    expect(four).toMatchObject({ holds: true, mitigated: false, measure: { value: 4, of: 6 } });
    expect(four?.message?.vi).toContain('4/6');
  });

  it('a discipline not related to official duties is counted apart (notCounted), not silently dropped', () => {
    const a = {
      ...ex21,
      subject: { kind: 'staff' },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 0, late: 0 },
      ledUnits: undefined,
      findings: { discipline: [{ form: 'khien-trach', dutyRelated: false }] },
    };
    const item = traceDecision(a).triggers.find((i) => i.key === 'dutyDiscipline');
    expect(item).toMatchObject({ holds: false, measure: { value: 0, notCounted: 1 } });
  });

  it('the levels follow the nested option: without it HTXSNV does not repeat the HTNV conditions', () => {
    const keys = (nested: boolean) =>
      traceDecision(ex21, { nested })
        .levels.find((l) => l.level === 'HTXSNV')
        ?.conditions.map((c) => c.key);
    expect(keys(true)).toContain('late20');
    expect(keys(false)).not.toContain('late20');
  });
});

describe('findingsForKind', () => {
  it('a finding outside the kind’s list changes no trigger and no condition; each listed one can', () => {
    for (const kind of SUBJECT_KINDS) {
      const listed = new Set(findingsForKind(kind));
      const changed = new Set<FindingKey>();
      fc.assert(
        fc.property(assessmentArb, (base) => {
          const { tasks, ledUnits, ...rest } = base;
          const c = (tasks ?? ledUnits) as NonNullable<Assessment['tasks']>;
          const counts = {
            assigned: c.assigned,
            completed: c.completed,
            onTimeWithQuality: c.onTimeWithQuality,
            exceeded: c.exceeded,
            late: c.late,
          };
          const leader = kind === 'leader' || kind === 'leader-central';
          const fixed: Assessment = leader
            ? { ...rest, subject: { kind }, ledUnits: { ...counts, unitsResponsible: 0, unitsRatedNotCompleted: 0 } }
            : { ...rest, subject: { kind }, tasks: counts };
          for (const key of FINDING_KEYS) {
            const on = { ...fixed, findings: { ...fixed.findings, [key]: true } };
            const off = { ...fixed, findings: { ...fixed.findings, [key]: false } };
            if (verdicts(on) !== verdicts(off)) {
              changed.add(key);
              expect([kind, key, listed.has(key)]).toEqual([kind, key, true]);
            }
          }
        }),
        { numRuns: 300 },
      );
      expect([kind, [...changed].sort()]).toEqual([kind, [...listed].sort()]);
    }
  }, 30_000);

  it('disciplinary decisions are weighed for every kind but a plain collective', () => {
    expect(SUBJECT_KINDS.filter((k) => !disciplineWeighed(k))).toEqual(['collective']);
  });
});

describe('a single candidate reads as such, never "giữa HTNV"', () => {
  it('strict bands, 80 points, a task late: only HTNV holds', () => {
    const a = {
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      scores: { general: 25, results: 55 },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 9, exceeded: 0, late: 1 },
    };
    const r = classify(a, { bands: 'strict' });
    expect(r.candidates).toEqual(['HTNV']);
    const last = r.reasons.at(-1)?.message;
    expect(last?.vi).toBe('Kết quả: do cấp có thẩm quyền quyết định; mức đủ điều kiện: HTNV.');
    expect(last?.en).toBe('Result: for the competent level to decide; the only level that holds: HTNV.');
    expect(formatResult(r).split('\n')[0]).toBe('Kết quả: do cấp có thẩm quyền quyết định; mức đủ điều kiện: HTNV');
    expect(JSON.stringify(r.reasons)).not.toMatch(/(bands|gap|mitigation|targets|nested) =/);
  });
});
