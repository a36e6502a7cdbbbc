import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TusoiInputError } from './errors.js';
import { applyQuota, quotaAllowance, quotaKeep } from './quota.js';
import { applyQuarterQuota } from './rulesets/q2026/quota.js';

/** The spec's definition read literally, on exact rationals: max k ≤ |E| with k ≤ round(rate·(G+|E|−k)). */
function literalKeep(e: number, g: number, rate: 0.2 | 0.25, rounding: 'floor' | 'half-up'): number {
  const [p, q] = rate === 0.2 ? [1n, 5n] : [1n, 4n];
  for (let k = e; k >= 0; k--) {
    const n = BigInt(g + e - k) * p;
    const allowed = rounding === 'floor' ? n / q : (2n * n + q) / (2n * q);
    if (BigInt(k) <= allowed) return k;
  }
  return 0;
}

describe('quotaAllowance', () => {
  it.each([
    [10, 0.2, 'floor', 2],
    [9, 0.2, 'floor', 1], // 1.8 down
    [9, 0.2, 'half-up', 2], // 1.8 up
    [7, 0.2, 'half-up', 1], // 1.4
    [10, 0.25, 'half-up', 3], // 2.5 up
    [10, 0.25, 'floor', 2],
  ] as const)('n=%d rate=%d %s → %d', (n, rate, rounding, expected) => {
    expect(quotaAllowance(n, rate, rounding)).toBe(expected);
  });

  it('is the bound quotaKeep meets: k ≤ allowance(G + E − k), and k + 1 would not be', () => {
    for (const [e, g, rate] of [
      [3, 8, 0.2],
      [3, 8, 0.25],
      [5, 20, 0.2],
    ] as const) {
      const k = quotaKeep(e, g, rate);
      expect(k).toBeLessThanOrEqual(quotaAllowance(g + e - k, rate));
      if (k < e) expect(k + 1).toBeGreaterThan(quotaAllowance(g + e - k - 1, rate));
    }
  });
});

describe('quotaKeep', () => {
  it.each([
    [2, 10, 0.2, 'floor', 2], // exactly 20% of the HTTNV count
    [3, 10, 0.2, 'floor', 2],
    [2, 8, 0.2, 'floor', 1],
    [2, 8, 0.2, 'half-up', 2], // round(1.6) = 2
    [2, 7, 0.2, 'half-up', 1],
    [2, 8, 0.25, 'floor', 2], // 25% where the group says so
    [3, 8, 0.25, 'floor', 2],
    [1, 0, 0.2, 'floor', 0],
    [1, 3, 0.2, 'half-up', 1], // round(0.6) = 1
    [1, 3, 0.2, 'floor', 0],
    [0, 50, 0.2, 'floor', 0],
  ] as const)('E=%d G=%d rate=%d %s → keep %d', (e, g, rate, rounding, expected) => {
    expect(quotaKeep(e, g, rate, rounding)).toBe(expected);
  });

  it('agrees with the literal definition', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(2000),
        fc.constantFrom(0.2 as const, 0.25 as const),
        fc.constantFrom('floor' as const, 'half-up' as const),
        (e, g, rate, rounding) => {
          expect(quotaKeep(e, g, rate, rounding)).toBe(literalKeep(e, g, rate, rounding));
        },
      ),
    );
  });
});

const member = (id: string, level: string, total: number, group = 'g') => ({ id, group, level, total });

describe('applyQuota', () => {
  it('demotes the lowest HTXSNV beyond the quota, with a cited reason', () => {
    const members = [
      member('a', 'HTXSNV', 95),
      member('b', 'HTXSNV', 91),
      ...Array.from({ length: 8 }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
    ];
    const r = applyQuota({ format: 'tusoi.cohort/1', members });
    expect(r.members[0]).toEqual({ id: 'a', level: 'HTXSNV', decision: 'rule', demoted: false });
    expect(r.members[1]).toMatchObject({
      id: 'b',
      level: 'HTTNV',
      decision: 'rule',
      demoted: true,
      reason: { rule: 'R366-13' },
    });
    expect(r.groups.g).toEqual({
      rate: 0.2,
      htxsnv: 2,
      httnv: 8,
      kept: 1,
      demoted: 1,
      tied: 0,
      // The count the 20% was taken of: 8 HTTNV + b moved down = 9 → 1,8 → 1; keeping b too: 8 → 1.
      basis: expect.objectContaining({ places: 1, count: 9, httnv: 8, htxsnv: 1, allows: 1 }),
    });
    expect(r.groups.g?.basis?.next).toEqual({ places: 2, count: 8, allows: 1 });
    expect(r.members.slice(2).every((m) => m.level === 'HTTNV' && !m.demoted)).toBe(true);
  });

  it('sends a tie that straddles the cut to the competent level', () => {
    const members = [
      member('a', 'HTXSNV', 93),
      member('b', 'HTXSNV', 93),
      ...Array.from({ length: 7 }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
    ];
    const r = applyQuota({ format: 'tusoi.cohort/1', members });
    expect(r.members.slice(0, 2).map((m) => [m.level, m.decision, m.candidates])).toEqual([
      [null, 'discretion', ['HTXSNV', 'HTTNV']],
      [null, 'discretion', ['HTXSNV', 'HTTNV']],
    ]);
    expect(r.groups.g?.tied).toBe(2);
    const half = applyQuota({
      format: 'tusoi.cohort/1',
      members: members.map((m) => (m.level === 'HTXSNV' ? { ...m, total: 93.5 } : m)),
    });
    // The message says the tied total the Vietnamese way, with a decimal comma.
    expect(half.members[0]?.reason?.message.vi).toContain('cùng tổng điểm 93,5');
    expect(half.members[0]?.reason?.message.en).toContain('tied at 93.5');
  });

  it('keeps a tie that lies wholly inside the quota', () => {
    const members = [
      member('a', 'HTXSNV', 93),
      member('b', 'HTXSNV', 93),
      ...Array.from({ length: 10 }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
    ];
    expect(
      applyQuota({ format: 'tusoi.cohort/1', members })
        .members.slice(0, 2)
        .map((m) => m.level),
    ).toEqual(['HTXSNV', 'HTXSNV']);
  });

  it('applies 25% only where the group says so, and half-up rounding on request', () => {
    const members = [
      member('a', 'HTXSNV', 95),
      member('b', 'HTXSNV', 91),
      ...Array.from({ length: 8 }, (_, i) => member(`t${i}`, 'HTTNV', 80)),
      member('c', 'HTXSNV', 95, 'h'),
      member('d', 'HTXSNV', 91, 'h'),
      ...Array.from({ length: 8 }, (_, i) => member(`u${i}`, 'HTTNV', 80, 'h')),
    ];
    const r = applyQuota({ format: 'tusoi.cohort/1', members, groups: { h: { rate: 0.25 } } });
    expect([r.groups.g?.kept, r.groups.h?.kept]).toEqual([1, 2]);
    expect(applyQuota({ format: 'tusoi.cohort/1', members, rounding: 'half-up' }).groups.g?.kept).toBe(2);
    expect(applyQuota({ format: 'tusoi.cohort/1', members }, { rounding: 'half-up' }).groups.g?.kept).toBe(2);
  });

  it('leaves HTNV and KHTNV members unchanged and out of the counts', () => {
    const r = applyQuota({
      format: 'tusoi.cohort/1',
      members: [member('a', 'HTNV', 60), member('b', 'KHTNV', 40), member('c', 'HTXSNV', 91)],
    });
    expect(r.members.map((m) => m.level)).toEqual(['HTNV', 'KHTNV', 'HTTNV']);
  });

  it('rejects duplicate ids, unknown rates and bad members, naming the path', () => {
    const bad = (input: unknown) => {
      try {
        applyQuota(input);
      } catch (e) {
        expect(e).toBeInstanceOf(TusoiInputError);
        return (e as TusoiInputError).issues.map((i) => i.path);
      }
      throw new Error('accepted');
    };
    expect(bad({ format: 'tusoi.cohort/1', members: [member('a', 'HTTNV', 80), member('a', 'HTTNV', 81)] })).toEqual([
      'members[1].id',
    ]);
    expect(bad({ format: 'tusoi.cohort/1', members: [], groups: { g: { rate: 0.3 } } })).toEqual(['groups.g.rate']);
    expect(bad({ format: 'tusoi.cohort/1', members: [member('a', 'XS', 101)] })).toEqual([
      'members[0].level',
      'members[0].total',
    ]);
  });
});

describe('the quarterly quota rules: heads left out (Q26-26), ranking by quarters and tasks exceeded (Q26-27)', () => {
  const good = (n: number) => Array.from({ length: n }, (_, i) => member(`t${i}`, 'HTTNV', 80));

  it('a head proposed HTXSNV is neither counted nor cut, and says why; the others are cut as without them', () => {
    // 1 HTXSNV + 5 HTTNV keeps 1 (floor(0.2 × 5)); a head added changes nothing for the others.
    const members = [{ ...member('head', 'HTXSNV', 99), head: true }, member('a', 'HTXSNV', 95), ...good(5)];
    const r = applyQuota({ format: 'tusoi.cohort/1', members });
    expect(r.members[0]).toMatchObject({ id: 'head', level: 'HTXSNV', demoted: false, reason: { rule: 'Q26-26' } });
    expect(r.members[1]).toEqual({ id: 'a', level: 'HTXSNV', decision: 'rule', demoted: false });
    expect(r.groups.g).toEqual({
      rate: 0.2,
      htxsnv: 1,
      httnv: 5,
      kept: 1,
      demoted: 0,
      tied: 0,
      basis: expect.objectContaining({ places: 1, count: 5, httnv: 5, htxsnv: 0, allows: 1, heads: 1 }),
    });
    expect(r.groups.g?.basis?.message.vi).toContain('không tính 1 người đứng đầu (Q26-26)');
    // Counted as a member (no head flag), the same person pushes "a" past the quota.
    const counted = applyQuota({
      format: 'tusoi.cohort/1',
      members: [member('head', 'HTXSNV', 99), ...members.slice(1)],
    });
    expect(counted.members[1]).toMatchObject({ id: 'a', demoted: true });
  });

  it('a head proposed HTTNV does not enlarge the denominator (Tự Soi’s reading)', () => {
    // 2 HTXSNV + 8 HTTNV keeps 1 (k ≤ floor(0.2 × (8 + 2 − k)) → k = 1); a ninth HTTNV as head changes nothing.
    const members = [member('a', 'HTXSNV', 95), member('b', 'HTXSNV', 91), ...good(8)];
    const withHead = applyQuota({
      format: 'tusoi.cohort/1',
      members: [...members, { ...member('h', 'HTTNV', 85), head: true }],
    });
    expect(withHead.groups.g).toMatchObject({ httnv: 8, kept: 1, demoted: 1 });
  });

  it('rankBy q26: quarters proposed HTXSNV first, then tasks exceeded, then total; total (default) unchanged', () => {
    const members = [
      { ...member('a', 'HTXSNV', 98), exceeded: 2, htxsnvQuarters: 1 },
      { ...member('b', 'HTXSNV', 91), exceeded: 5, htxsnvQuarters: 1 },
      { ...member('c', 'HTXSNV', 90), exceeded: 1, htxsnvQuarters: 3 },
      ...good(12),
    ];
    // 3 HTXSNV + 12 HTTNV keeps 2 (k ≤ floor(0.2 × (15 − k)) → k = 2).
    const byTotal = applyQuota({ format: 'tusoi.cohort/1', members });
    expect(byTotal.members.slice(0, 3).map((m) => m.demoted)).toEqual([false, false, true]);
    const q26 = applyQuota({ format: 'tusoi.cohort/1', members, rankBy: 'q26' });
    expect(q26.members.slice(0, 3).map((m) => m.demoted)).toEqual([true, false, false]);
    expect(applyQuota({ format: 'tusoi.cohort/1', members }, { rankBy: 'q26' }).members[0]?.demoted).toBe(true);
  });

  it('rankBy q26: members equal on every key at the cut go to the competent level', () => {
    const members = [
      { ...member('a', 'HTXSNV', 95), exceeded: 3 },
      { ...member('b', 'HTXSNV', 90), exceeded: 4 },
      { ...member('c', 'HTXSNV', 90), exceeded: 4 },
      ...good(7),
    ];
    // 3 HTXSNV + 7 HTTNV keeps 1: "b" and "c" (4 exceeded, 90) rank first and tie across the cut.
    const r = applyQuota({ format: 'tusoi.cohort/1', members, rankBy: 'q26' });
    expect(r.members.slice(0, 3).map((m) => m.decision)).toEqual(['rule', 'discretion', 'discretion']);
    expect(r.members[0]).toMatchObject({ level: 'HTTNV', demoted: true });
  });

  it('refuses htxsnvQuarters above 4 and an unknown rankBy, naming the path', () => {
    const bad = (x: object) => {
      try {
        applyQuota({ format: 'tusoi.cohort/1', members: [member('a', 'HTXSNV', 95)], ...x });
      } catch (e) {
        return (e as TusoiInputError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(bad({ rankBy: 'position' })).toEqual(['rankBy']);
    expect(bad({ members: [{ ...member('a', 'HTXSNV', 95), htxsnvQuarters: 5 }] })).toEqual([
      'members[0].htxsnvQuarters',
    ]);
  });
});

describe('applyQuota: every problem in one pass, options against the file', () => {
  const codesOf = (input: unknown, options?: Parameters<typeof applyQuota>[1]) => {
    try {
      applyQuota(input, options);
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
      throw e;
    }
    throw new Error('accepted');
  };
  const five = (group = 'g') => [
    member(`a-${group}`, 'HTXSNV', 95, group),
    ...'bcde'.split('').map((n) => member(`${n}-${group}`, 'HTTNV', 80, group)),
  ];

  it('a field error and a duplicate id together', () => {
    const input = { format: 'tusoi.cohort/1', members: [member('a', 'HTXSNV', 95), member('a', 'HTXSNV', 101)] };
    expect(codesOf(input)).toEqual(['max-value@members[1].total', 'duplicate-id@members[1].id']);
    // An id that is itself invalid is not compared.
    expect(
      codesOf({ ...input, members: [member('a', 'HTXSNV', 95), { ...member('a', 'HTXSNV', 95), id: 7 }] }),
    ).toEqual(['type@members[1].id']);
  });

  it('a group named twice in groups (spaces, NFC/NFD) is an error, not a silent last-wins', () => {
    const spaced = { format: 'tusoi.cohort/1', members: five(), groups: { g: { rate: 0.25 }, ' g ': { rate: 0.2 } } };
    expect(codesOf(spaced)).toEqual(['duplicate-id@groups. g ']);
    const nfc = 'Chi bộ 1';
    const nfd = nfc.normalize('NFD');
    const forms = {
      format: 'tusoi.cohort/1',
      members: five(nfc),
      groups: { [nfc]: { rate: 0.25 }, [nfd]: { rate: 0.25 } },
    };
    expect(codesOf(forms)).toEqual([`duplicate-id@groups.${nfd}`]);
    // Boundary: one key per group is fine.
    expect(applyQuota({ ...spaced, groups: { ' g ': { rate: 0.25 } } }).groups.g?.rate).toBe(0.25);
  });

  it('blank ids and groups (white space only) are refused like empty ones', () => {
    const input = { format: 'tusoi.cohort/1', members: [member('   ', 'HTTNV', 80), member('b', 'HTTNV', 80, ' \t')] };
    expect(codesOf(input)).toEqual(['min-length@members[0].id', 'min-length@members[1].group']);
    expect(codesOf({ format: 'tusoi.cohort/1', members: five(), groups: { '  ': { rate: 0.25 } } })).toEqual([
      'min-length@groups.  ',
    ]);
  });

  it('the rate option is the default for groups without a rate; a group stating another is a conflict', () => {
    const members = [...five('g'), ...five('h')];
    // No rate in the file: the option applies.
    expect(applyQuota({ format: 'tusoi.cohort/1', members }, { rate: 0.25 }).groups.g?.kept).toBe(1);
    // h states 20%, the option says 25%: an error naming h, not a silent override.
    const stated = { format: 'tusoi.cohort/1', members, groups: { h: { rate: 0.2 } } };
    expect(codesOf(stated, { rate: 0.25 })).toEqual(['rate-conflict@groups.h.rate']);
    // The same rate stated twice is no conflict; g (no rate of its own) takes the option.
    const same = applyQuota({ ...stated, groups: { h: { rate: 0.25 } } }, { rate: 0.25 });
    expect([same.groups.g?.rate, same.groups.h?.rate]).toEqual([0.25, 0.25]);
    // Without the option, the file's rate holds and other groups get 20%.
    const file = applyQuota({ ...stated, groups: { h: { rate: 0.25 } } });
    expect([file.groups.g?.rate, file.groups.h?.rate]).toEqual([0.2, 0.25]);
  });

  it('the rounding option is the default when the file states none; another one is a conflict', () => {
    const members = [
      member('a', 'HTXSNV', 95),
      member('b', 'HTXSNV', 94),
      ...'cdefghij'.split('').map((n) => member(n, 'HTTNV', 80)),
    ];
    expect(applyQuota({ format: 'tusoi.cohort/1', members }).groups.g?.kept).toBe(1);
    expect(applyQuota({ format: 'tusoi.cohort/1', members }, { rounding: 'half-up' }).groups.g?.kept).toBe(2);
    expect(codesOf({ format: 'tusoi.cohort/1', members, rounding: 'half-up' }, { rounding: 'floor' })).toEqual([
      'rounding-conflict@rounding',
    ]);
    expect(
      applyQuota({ format: 'tusoi.cohort/1', members, rounding: 'half-up' }, { rounding: 'half-up' }).groups.g?.kept,
    ).toBe(2);
    expect(codesOf({ format: 'tusoi.cohort/1', members }, { rounding: 'up' as 'floor' })).toEqual([
      'not-allowed@rounding',
    ]);
  });
});

describe('cohort period', () => {
  const base = {
    format: 'tusoi.cohort/1',
    members: [{ id: 'a', group: 'g', level: 'HTXSNV', total: 95 }],
  };
  it("applyQuota refuses a quarter's cohort and applyQuarterQuota a year's (period-conflict at period)", () => {
    expect(() => applyQuota({ ...base, period: 'quarter' })).toThrow(TusoiInputError);
    try {
      applyQuarterQuota({ ...base, period: 'year' });
      expect.unreachable();
    } catch (e) {
      expect((e as TusoiInputError).issues).toMatchObject([{ code: 'period-conflict', path: 'period' }]);
    }
    expect(applyQuarterQuota({ ...base, period: 'quarter' }).quota).toEqual({
      rule: 'Q26-25',
      rounding: 'half-up',
      rankBy: 'q26',
      denominator: 'httnv',
    });
    expect(applyQuota({ ...base, period: 'year' }).quota?.rule).toBe('R366-13');
  });
});
