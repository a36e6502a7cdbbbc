import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { TusoiInputError } from './errors.js';
import type { Level } from './levels.js';
import { citationOf, QD366_RULES } from './rulesets/qd366/rules.js';
import { ResultSchema } from './schemas/result.js';
import { make, PERFECT } from './test-support/make.js';

const level = (r: ReturnType<typeof classify>) => (r.level === null ? `discretion:${r.candidates.join(',')}` : r.level);

describe('score bands (R366-05…08)', () => {
  it.each([
    [20, 29.9, 'KHTNV'],
    [20, 30, 'HTNV'],
    [20, 49.9, 'HTNV'],
    [20, 50, 'HTTNV'],
    [30, 59.9, 'HTTNV'],
    [30, 60, 'HTXSNV'],
    [29.9, 60.1, 'HTXSNV'],
  ])('general %d + results %d → %s', (g, r, expected) => {
    expect(level(classify(make('staff', g, r, PERFECT)))).toBe(expected);
  });

  it('cites R366-08 when the total is under 50', () => {
    const r = classify(make('staff', 19.9, 30, PERFECT));
    expect(r.reasons.find((x) => x.outcome === 'triggered')?.rule).toBe('R366-08');
  });

  it('reports the exact total', () => {
    expect(classify(make('staff', 29.9, 60.1, PERFECT)).score).toEqual({ general: 29.9, results: 60.1, total: 90 });
  });
});

describe('HTXSNV conditions', () => {
  it.each([
    ['staff', [10, 10, 10, 3, 0], 'HTXSNV'],
    ['staff', [10, 10, 10, 2, 0], 'HTTNV'],
    ['staff', [100, 100, 100, 30, 0], 'HTXSNV'],
    ['staff', [100, 100, 100, 29, 0], 'HTTNV'],
    ['leader', [20, 20, 20, 6, 0], 'HTXSNV'],
    ['leader', [20, 20, 20, 5, 0], 'HTTNV'],
    ['collective', [10, 10, 10, 3, 0], 'HTXSNV'],
    ['member-outside', [10, 10, 9, 3, 0], 'HTNV'],
  ] as const)('%s with counts %j → %s', (kind, c, expected) => {
    expect(level(classify(make(kind, 30, 65, [...c])))).toBe(expected);
  });

  it('needs every prior shortcoming fixed (R366-12)', () => {
    const fixed = make('staff', 30, 65, PERFECT, { priorShortcomings: [{ text: 'a', status: 'fixed' }] });
    const open = make('staff', 30, 65, PERFECT, {
      priorShortcomings: [
        { text: 'a', status: 'fixed' },
        { text: 'b', status: 'not-fixed' },
      ],
    });
    expect(classify(fixed).level).toBe('HTXSNV');
    const r = classify(open);
    expect(r.level).toBe('HTTNV');
    expect(r.reasons.find((x) => x.rule === 'R366-12')?.outcome).toBe('failed');
  });

  it('excludes collectives with a disciplined subordinate or member (R366-09)', () => {
    for (const kind of ['collective', 'leadership-collective'] as const) {
      expect(classify(make(kind, 30, 65, PERFECT, { findings: { subordinateOrMemberDisciplined: true } })).level).toBe(
        'HTTNV',
      );
    }
    expect(classify(make('staff', 30, 65, PERFECT, { findings: { subordinateOrMemberDisciplined: true } })).level).toBe(
      'HTXSNV',
    );
  });
});

describe('HTTNV and HTNV conditions', () => {
  it('HTTNV needs every task on time with quality', () => {
    expect(classify(make('staff', 25, 50, [10, 10, 10, 0, 0])).level).toBe('HTTNV');
    expect(classify(make('staff', 25, 50, [10, 10, 9, 0, 1])).level).toBe('HTNV');
  });

  it.each([
    [[10, 10, 8, 0, 2], 'HTNV'],
    [[10, 10, 7, 0, 3], 'discretion:HTNV,KHTNV'],
    [[5, 5, 4, 0, 1], 'HTNV'],
    [[100, 100, 80, 0, 20], 'HTNV'],
    [[100, 100, 79, 0, 21], 'discretion:HTNV,KHTNV'],
  ] as const)('late tasks exactly at / over 20%%: %j → %s', (c, expected) => {
    expect(level(classify(make('staff', 20, 40, [...c])))).toBe(expected);
  });

  it('assigned 0: every 100% condition holds and no percentage trigger fires', () => {
    expect(classify(make('staff', 30, 65, [0, 0, 0, 0, 0])).level).toBe('HTXSNV');
    expect(classify(make('leader', 30, 65, [0, 0, 0, 0, 0])).level).toBe('HTXSNV');
    expect(classify(make('leadership-collective', 30, 65, [0, 0, 0, 0, 0])).level).toBe('HTXSNV');
  });
});

describe('KHTNV triggers and their boundaries', () => {
  it('staff: exactly 50% unfinished does not trigger, over 50% does (R366-20)', () => {
    expect(level(classify(make('staff', 25, 50, [10, 5, 5, 0, 0])))).toBe('discretion:HTNV,KHTNV');
    expect(classify(make('staff', 25, 50, [10, 4, 4, 0, 0])).level).toBe('KHTNV');
    expect(classify(make('member-outside', 25, 50, [100, 49, 49, 0, 0])).level).toBe('KHTNV');
  });

  it('leaders: exactly 70% done does not trigger, under 70% does (R366-19)', () => {
    expect(level(classify(make('leader', 25, 50, [10, 7, 7, 0, 0])))).toBe('discretion:HTNV,KHTNV');
    expect(classify(make('leader', 25, 50, [100, 69, 69, 0, 0])).level).toBe('KHTNV');
  });

  it('leadership collectives: exactly 70% done does not trigger, under 70% does (R366-18)', () => {
    expect(level(classify(make('leadership-collective', 25, 50, [10, 7, 7, 0, 0])))).toBe('discretion:HTNV,KHTNV');
    expect(classify(make('leadership-collective', 25, 50, [10, 6, 6, 0, 0])).level).toBe('KHTNV');
  });

  it('exactly 50% of units rated KHTNV does not trigger, over 50% does', () => {
    const withUnits = (responsible: number, notCompleted: number) =>
      classify({
        ...make('leader', 30, 65, PERFECT),
        ledUnits: {
          assigned: 10,
          completed: 10,
          onTimeWithQuality: 10,
          exceeded: 3,
          late: 0,
          unitsResponsible: responsible,
          unitsRatedNotCompleted: notCompleted,
        },
      });
    expect(withUnits(6, 3).level).toBe('HTXSNV');
    expect(withUnits(6, 4).level).toBe('KHTNV');
  });

  it('a low-confidence share of exactly 0.5 does not trigger, above does', () => {
    expect(classify(make('leader', 30, 65, PERFECT, { confidenceVote: { held: true, lowShare: 0.5 } })).level).toBe(
      'HTXSNV',
    );
    expect(classify(make('leader', 30, 65, PERFECT, { confidenceVote: { held: true, lowShare: 0.51 } })).level).toBe(
      'KHTNV',
    );
    expect(classify(make('leader', 30, 65, PERFECT, { confidenceVote: { held: false } })).level).toBe('HTXSNV');
  });

  it.each([
    ['staff', { degradationConcluded: true }],
    ['staff', { prohibitedActsViolated: true }],
    ['staff', { exampleDutyViolated: true }],
    ['staff', { discipline: [{ form: 'khien-trach', dutyRelated: true }] }],
    ['leader', { degradationConcluded: true }],
    ['leader-central', { discipline: [{ form: 'canh-cao', dutyRelated: true }] }],
    ['leader', { corruptionInScopeDisciplined: true }],
    ['leadership-collective', { personnelViolationOrDisunity: true }],
    ['leadership-collective', { memberDegradationConcluded: true }],
    ['leadership-collective', { discipline: [{ form: 'khien-trach', dutyRelated: true }] }],
  ] as const)('%s with %j → KHTNV', (kind, findings) => {
    const r = classify(make(kind, 30, 65, PERFECT, { findings: findings as never }));
    expect(r.level).toBe('KHTNV');
    expect(r.decision).toBe('rule');
    expect(r.reasons.some((x) => x.outcome === 'triggered')).toBe(true);
  });

  it('ignores discipline that is not duty-related, or (collectives) from a previous unit or unrelated', () => {
    expect(
      classify(
        make('staff', 30, 65, PERFECT, { findings: { discipline: [{ form: 'khien-trach', dutyRelated: false }] } }),
      ).level,
    ).toBe('HTXSNV');
    for (const exception of [{ violationAtPreviousUnit: true }, { unrelatedToCollective: true }]) {
      const r = classify(
        make('leadership-collective', 30, 65, PERFECT, {
          findings: { discipline: [{ form: 'khien-trach', dutyRelated: true, ...exception }] },
        }),
      );
      expect(r.level).toBe('HTXSNV');
    }
  });

  it('the socio-economic targets trigger needs applicable targets', () => {
    expect(
      classify(make('leader', 30, 65, PERFECT, { socioEconomicTargets: { applicable: false, missed: 5 } })).level,
    ).toBe('HTXSNV');
    expect(
      classify(make('leader', 30, 65, PERFECT, { socioEconomicTargets: { applicable: true, missed: 0 } })).level,
    ).toBe('HTXSNV');
    expect(
      classify(make('leader', 30, 65, PERFECT, { socioEconomicTargets: { applicable: true, missed: 1 } })).level,
    ).toBe('KHTNV');
  });

  it('collectives (not leadership) have no trigger but the score', () => {
    const r = classify(
      make('collective', 30, 65, PERFECT, {
        findings: { degradationConcluded: true, personnelViolationOrDisunity: true },
      }),
    );
    expect(r.level).toBe('HTXSNV');
  });
});

describe('mitigation (default: discretion)', () => {
  it.each([
    ['staff', { discipline: [{ form: 'khien-trach', dutyRelated: true, selfReportedAndRemedied: true }] }, 'HTXSNV'],
    ['staff', { prohibitedActsViolated: true, selfDetectedAndRemedied: true }, 'HTXSNV'],
    ['leader', { discipline: [{ form: 'khien-trach', dutyRelated: true, selfReportedAndRemedied: true }] }, 'HTXSNV'],
    ['leader', { corruptionInScopeDisciplined: true, selfDetectedAndRemedied: true }, 'HTXSNV'],
    [
      'leadership-collective',
      { discipline: [{ form: 'khien-trach', dutyRelated: true }], selfDetectedAndRemedied: true },
      'HTXSNV',
    ],
  ] as const)('%s %j → discretion between %s and KHTNV', (kind, findings, without) => {
    const r = classify(make(kind, 30, 65, PERFECT, { findings: findings as never }));
    expect(r).toMatchObject({ level: null, decision: 'discretion', candidates: [without, 'KHTNV'] });
    expect(r.reasons.find((x) => x.outcome === 'mitigated')?.cite).toContain('khoản 4');
  });

  it('force majeure mitigates a leadership collective’s task and target triggers only', () => {
    const under70 = make('leadership-collective', 25, 50, [10, 6, 6, 0, 0], { findings: { forceMajeure: true } });
    expect(level(classify(under70))).toBe('discretion:HTNV,KHTNV');
    const targets = make('leadership-collective', 25, 50, PERFECT, {
      socioEconomicTargets: { applicable: true, missed: 2 },
      findings: { forceMajeure: true },
    });
    expect(level(classify(targets))).toBe('discretion:HTTNV,KHTNV');
    const leader = make('leader', 25, 50, [10, 6, 6, 0, 0], { findings: { forceMajeure: true } });
    expect(classify(leader).level).toBe('KHTNV');
  });

  it('cannot mitigate degradation, and an unmitigated trigger wins over a mitigated one', () => {
    expect(
      classify(
        make('staff', 30, 65, PERFECT, { findings: { degradationConcluded: true, selfDetectedAndRemedied: true } }),
      ).level,
    ).toBe('KHTNV');
    const both = make('staff', 30, 65, PERFECT, {
      findings: {
        prohibitedActsViolated: true,
        selfDetectedAndRemedied: true,
        discipline: [{ form: 'khien-trach', dutyRelated: true }],
      },
    });
    expect(classify(both).level).toBe('KHTNV');
  });

  it('a score under 50 is never mitigated', () => {
    const r = classify(
      make('staff', 20, 20, PERFECT, { findings: { exampleDutyViolated: true, selfDetectedAndRemedied: true } }),
    );
    expect(r.level).toBe('KHTNV');
  });

  it('every disciplined member must be covered for the mitigation to apply', () => {
    const r = classify(
      make('staff', 30, 65, PERFECT, {
        findings: {
          discipline: [
            { form: 'khien-trach', dutyRelated: true, selfReportedAndRemedied: true },
            { form: 'canh-cao', dutyRelated: true },
          ],
        },
      }),
    );
    expect(r.level).toBe('KHTNV');
  });
});

describe('policy options', () => {
  const gapCase = make('staff', 25, 60, [10, 9, 9, 1, 0]);
  const mitigatedCase = make('staff', 25, 55, [10, 10, 10, 1, 0], {
    findings: { exampleDutyViolated: true, selfDetectedAndRemedied: true },
  });

  it('nested (default true): a leader’s HTXSNV also needs on-time tasks', () => {
    const a = make('leader', 30, 65, [10, 10, 8, 3, 2]);
    expect(classify(a).level).toBe('HTNV');
    expect(classify(a, { nested: false }).level).toBe('HTXSNV');
  });

  it('bands: cascade (default) gives HTTNV for 95 points with 20% exceeded; strict gives discretion', () => {
    const a = make('staff', 30, 65, [10, 10, 10, 2, 0]);
    expect(classify(a).level).toBe('HTTNV');
    expect(level(classify(a, { bands: 'strict' }))).toBe('discretion:HTTNV,HTNV');
    expect(classify(make('staff', 25, 50, [10, 10, 10, 0, 0]), { bands: 'strict' }).level).toBe('HTTNV');
    expect(level(classify(gapCase, { bands: 'strict' }))).toBe('discretion:HTNV,KHTNV');
  });

  it('gap: discretion (default) or KHTNV', () => {
    expect(level(classify(gapCase))).toBe('discretion:HTNV,KHTNV');
    expect(classify(gapCase, { gap: 'KHTNV' }).level).toBe('KHTNV');
  });

  it('mitigation: discretion (default), none, waive', () => {
    expect(level(classify(mitigatedCase))).toBe('discretion:HTTNV,KHTNV');
    expect(classify(mitigatedCase, { mitigation: 'none' }).level).toBe('KHTNV');
    expect(classify(mitigatedCase, { mitigation: 'waive' }).level).toBe('HTTNV');
  });

  it('mitigation over a gap offers HTNV', () => {
    const a = make('staff', 25, 55, [10, 9, 9, 0, 0], {
      findings: { exampleDutyViolated: true, selfDetectedAndRemedied: true },
    });
    expect(level(classify(a))).toBe('discretion:HTNV,KHTNV');
    expect(level(classify(a, { gap: 'KHTNV' }))).toBe('discretion:HTNV,KHTNV');
  });

  it('targets: any (default) or all five', () => {
    const two = make('leader', 30, 65, PERFECT, { socioEconomicTargets: { applicable: true, missed: 2 } });
    const five = make('leader', 30, 65, PERFECT, { socioEconomicTargets: { applicable: true, missed: 5 } });
    expect(classify(two).level).toBe('KHTNV');
    expect(classify(two, { targets: 'all' }).level).toBe('HTXSNV');
    expect(classify(five, { targets: 'all' }).level).toBe('KHTNV');
  });

  it('rejects unknown option values with the option’s path', () => {
    expect(() => classify(gapCase, { bands: 'loose' } as never)).toThrowError(TusoiInputError);
    try {
      classify(gapCase, { bands: 'loose' } as never);
    } catch (e) {
      expect((e as TusoiInputError).issues[0]?.path).toBe('options.bands');
    }
  });
});

describe('reasons and warnings', () => {
  it('every reason cites a known rule with its citation, in both languages', () => {
    const r = classify(make('leader', 27, 60, [10, 10, 9, 2, 1], { proposedLevel: 'HTXSNV' }));
    expect(r.reasons.length).toBeGreaterThan(3);
    for (const reason of r.reasons) {
      const rule = QD366_RULES[reason.rule as keyof typeof QD366_RULES];
      expect(rule).toBeDefined();
      expect(reason.message.vi.length).toBeGreaterThan(10);
      expect(reason.message.en.length).toBeGreaterThan(10);
    }
    expect(r.reasons.at(-1)?.rule).toBe('R366-21');
  });

  it('names failed conditions with the counts', () => {
    const r = classify(make('staff', 30, 65, [12, 12, 11, 4, 1]));
    const failed = r.reasons.filter((x) => x.outcome === 'failed');
    expect(failed.map((x) => x.rule)).toEqual(['R366-11', 'R366-16']);
    expect(failed[0]?.message.vi).toContain('11/12');
  });

  it('reasons: false gives the same outcome without reasons', () => {
    const a = make('staff', 30, 65, [12, 12, 11, 4, 1]);
    const full = classify(a);
    const bare = classify(a, { reasons: false });
    expect(bare.reasons).toEqual([]);
    expect({ ...bare, reasons: full.reasons }).toEqual(full);
  });

  it('warns when the proposed level is above the result, not when equal or below', () => {
    const a = make('staff', 25, 50, [10, 10, 10, 0, 0]);
    expect(classify({ ...a, proposedLevel: 'HTXSNV' }).warnings.map((w) => w.code)).toEqual(['PROPOSED_ABOVE_RESULT']);
    expect(classify({ ...a, proposedLevel: 'HTTNV' }).warnings).toEqual([]);
    expect(classify({ ...a, proposedLevel: 'HTNV' }).warnings).toEqual([]);
  });

  it('warns about fields the kind does not use', () => {
    const a = make('staff', 25, 50, PERFECT, {
      ledUnits: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
      confidenceVote: { held: true, lowShare: 0.9 },
      socioEconomicTargets: { applicable: true, missed: 5 },
    });
    const r = classify(a);
    expect(r.level).toBe('HTTNV');
    expect(r.warnings.map((w) => w.path)).toEqual(['ledUnits', 'confidenceVote', 'socioEconomicTargets']);
  });
});

describe('result shape: ruleset, version, structured citations, decision', () => {
  it('carries the ruleset id and the library version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const r = classify(make('staff', 30, 65, PERFECT));
    expect(r.ruleset).toBe('qd366');
    expect(r.version).toBe(pkg.version);
  });

  it('each reason has its citation as parts beside the display string', () => {
    const r = classify(make('staff', 30, 65, PERFECT));
    for (const reason of r.reasons) {
      expect(reason.citation?.doc).toBe('QĐ 366-QĐ/TW');
      expect(reason.cite.startsWith(reason.citation?.doc ?? '')).toBe(true);
    }
    expect(citationOf('QĐ 366-QĐ/TW, Điều 11, khoản 1, điểm 1.5')).toEqual({
      doc: 'QĐ 366-QĐ/TW',
      article: '11',
      clause: '1',
      point: '1.5',
    });
    expect(citationOf('QĐ 366-QĐ/TW, Điều 10 và Phụ lục 1–5')).toEqual({
      doc: 'QĐ 366-QĐ/TW',
      article: '10',
      note: 'và Phụ lục 1–5',
    });
    expect(citationOf('QĐ 366-QĐ/TW, Điều 11 (cách hiểu của Tự Soi)')).toMatchObject({ article: '11' });
  });

  it('decision "rule" has a level and no candidates; "discretion" has candidates and no level', () => {
    const rule = classify(make('staff', 30, 65, PERFECT));
    if (rule.decision !== 'rule') throw new Error('expected a rule result');
    const level: Level = rule.level; // typed: no null check needed
    expect(level).toBe('HTXSNV');
    expect(rule.candidates).toEqual([]);
    const gap = classify(make('staff', 30, 65, [10, 10, 5, 0, 5]));
    expect(gap.decision).toBe('discretion');
    if (gap.decision === 'discretion') {
      expect(gap.level).toBeNull();
      expect(gap.candidates.length).toBeGreaterThanOrEqual(2);
    }
    expect(v.is(ResultSchema, rule) && v.is(ResultSchema, gap)).toBe(true);
  });
});
