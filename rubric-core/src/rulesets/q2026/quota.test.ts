import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TusoiInputError } from '../../errors.js';
import { applyQuota, quotaAllowance, quotaKeep } from '../../quota.js';
import { applyQuarterQuota, QUARTER_QUOTA_DEFAULTS } from './quota.js';

// Q26-25…27: the quarter's HTXSNV quota, with the denominator as an option (HTT-only vs HTT-or-better).
const member = (id: string, level: string, total: number, extra: Record<string, unknown> = {}) => ({
  id,
  group: 'g',
  level,
  total,
  ...extra,
});
/** A group of `e` HTXSNV proposals (totals 99, 98, …) and `g` HTTNV. */
function cohort(e: number, g: number, extra: Record<string, unknown> = {}) {
  const members = [
    ...Array.from({ length: e }, (_, i) => member(`x${i}`, 'HTXSNV', 99 - i)),
    ...Array.from({ length: g }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
  ];
  return { format: 'tusoi.cohort/1', members, ...extra };
}
const kept = (r: ReturnType<typeof applyQuota>) => r.groups.g?.kept;

describe('quotaKeep with denominator httnv-or-better: k = min(E, round(rate × (G + E)))', () => {
  it.each([
    // 20% of HTT-or-better: 10 (8 + 2) → 2; 9 (7 + 2) → 1,8 floor 1, half-up 2; 12 (9 + 3) → 2,4.
    [2, 8, 0.2, 'floor', 2],
    [2, 7, 0.2, 'floor', 1],
    [2, 7, 0.2, 'half-up', 2],
    [3, 9, 0.2, 'half-up', 2],
    [3, 9, 0.25, 'floor', 3],
    [0, 10, 0.2, 'half-up', 0],
  ] as const)('E=%d G=%d rate=%d %s → keep %d', (e, g, rate, rounding, expected) => {
    expect(quotaKeep(e, g, rate, rounding, 'httnv-or-better')).toBe(expected);
  });

  it('never keeps fewer than the HTT-only reading, and agrees with its definition', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.nat(1000),
        fc.constantFrom(0.2 as const, 0.25 as const),
        fc.constantFrom('floor' as const, 'half-up' as const),
        (e, g, rate, rounding) => {
          const k = quotaKeep(e, g, rate, rounding, 'httnv-or-better');
          expect(k).toBe(Math.min(e, quotaAllowance(g + e, rate, rounding)));
          expect(k).toBeGreaterThanOrEqual(quotaKeep(e, g, rate, rounding));
        },
      ),
    );
  });
});

describe('applyQuarterQuota (Q26-25…27)', () => {
  it('states its defaults: HTT-only, half-up, rankBy q26; reasons cite Q26-25, ruleset q2026', () => {
    expect(QUARTER_QUOTA_DEFAULTS).toMatchObject({ denominator: 'httnv', rounding: 'half-up', rankBy: 'q26' });
    const r = applyQuarterQuota(cohort(3, 7));
    expect(r.ruleset).toBe('q2026');
    // HTT-only, half-up: k ≤ round(0,2 × (7 + 3 − k)) → k = 2 (round(1,6) = 2).
    expect(kept(r)).toBe(2);
    const demoted = r.members.find((m) => m.demoted);
    expect(demoted?.id).toBe('x2');
    expect(demoted?.reason?.rule).toBe('Q26-25');
    expect(demoted?.reason?.cite).toContain('Mẫu 15A/15B/16');
    // The annual quota of the same cohort: floor, R366-13.
    const annual = applyQuota(cohort(3, 7));
    expect(kept(annual)).toBe(1);
    expect(annual.members.find((m) => m.demoted)?.reason?.rule).toBe('R366-13');
  });

  it('denominator at its boundary: 20% of HTT-or-better 10 keeps 2; 9 keeps 1 (floor) or 2 (half-up)', () => {
    const or = { denominator: 'httnv-or-better' } as const;
    expect(kept(applyQuarterQuota(cohort(3, 7), { ...or, rounding: 'floor' }))).toBe(2);
    expect(kept(applyQuarterQuota(cohort(3, 6), { ...or, rounding: 'floor' }))).toBe(1);
    expect(kept(applyQuarterQuota(cohort(3, 6), or))).toBe(2);
    // HTT-only, floor, same group of 10: k ≤ floor(0,2 × (10 − k)) → 1.
    expect(kept(applyQuarterQuota(cohort(3, 7), { rounding: 'floor' }))).toBe(1);
    const r = applyQuarterQuota(cohort(3, 7), { ...or, rounding: 'floor' });
    expect(r.members.find((m) => m.demoted)?.reason?.message.vi).toContain(
      'mẫu số httnv-or-better: tỉ lệ tính trên số hoàn thành tốt trở lên',
    );
    expect(r.members.find((m) => m.demoted)?.reason?.message.vi).toContain('7 + 3 = 10, 20% × 10 = 2: giữ 2.');
  });

  it('the cohort may state the denominator; an option that contradicts it is an error', () => {
    expect(kept(applyQuarterQuota(cohort(3, 6, { denominator: 'httnv-or-better', rounding: 'floor' })))).toBe(1);
    expect(kept(applyQuota(cohort(3, 7, { denominator: 'httnv-or-better' })))).toBe(2);
    const codes = (input: unknown, options: object) => {
      try {
        applyQuarterQuota(input, options);
        return [];
      } catch (e) {
        return (e as TusoiInputError).issues.map((i) => `${i.code}@${i.path}`);
      }
    };
    expect(codes(cohort(1, 4, { denominator: 'httnv' }), { denominator: 'httnv-or-better' })).toEqual([
      'denominator-conflict@denominator',
    ]);
    expect(codes(cohort(1, 4), { denominator: 'all' })).toEqual(['not-allowed@denominator']);
    expect(() => applyQuarterQuota(cohort(1, 4, { denominator: 'all' }))).toThrow(TusoiInputError);
  });

  it('ranks by tasks exceeded before the total (Q26-27) and leaves heads out (Q26-26)', () => {
    const members = [
      member('a', 'HTXSNV', 99, { exceeded: 1 }),
      member('b', 'HTXSNV', 92, { exceeded: 3 }),
      member('h', 'HTXSNV', 98, { head: true }),
      ...Array.from({ length: 4 }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
    ];
    const r = applyQuarterQuota({ format: 'tusoi.cohort/1', members });
    // HTT-only half-up: k ≤ round(0,2 × (4 + 2 − k)) → k = 1; b (3 exceeded) is kept over a.
    expect(r.members.map((m) => [m.id, m.level, m.demoted])).toEqual([
      ['a', 'HTTNV', true],
      ['b', 'HTXSNV', false],
      ['h', 'HTXSNV', false],
      ['t0', 'HTTNV', false],
      ['t1', 'HTTNV', false],
      ['t2', 'HTTNV', false],
      ['t3', 'HTTNV', false],
    ]);
    expect(r.members[2]?.reason?.rule).toBe('Q26-26');
  });

  it('the annual quota is unchanged by the new option unless asked', () => {
    for (const [e, g] of [
      [3, 7],
      [2, 8],
      [5, 20],
    ] as const)
      expect(applyQuota(cohort(e, g))).toEqual(applyQuota(cohort(e, g), { denominator: 'httnv' }));
  });
});
