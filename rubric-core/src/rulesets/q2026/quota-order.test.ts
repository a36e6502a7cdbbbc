import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyQuota } from '../../quota.js';
import { formatCohortResult } from '../../text.js';
import { applyQuarterQuota } from './quota.js';
import { rankPlan } from './quota-order.js';

// Q26-27: the order of HTXSNV proposals over the quota, from the data the cohort carries only.
const member = (id: string, total: number, extra: Record<string, unknown> = {}) => ({
  id,
  group: 'g',
  level: 'HTXSNV',
  total,
  ...extra,
});
const good = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, group: 'g', level: 'HTTNV', total: 80 }));
const quarterCohort = (members: readonly object[]) => ({ format: 'tusoi.cohort/1', members: [...members] });

describe('rankPlan: which criteria can order the proposals', () => {
  it('a field every proposal carries is used, then the total; a field none carries is skipped', () => {
    expect(rankPlan([member('a', 90, { exceeded: 1 }), member('b', 91, { exceeded: 0 })]).by).toEqual([
      'exceeded',
      'total',
    ]);
    expect(rankPlan([member('a', 90), member('b', 91)]).by).toEqual(['total']);
    const both = rankPlan([
      member('a', 90, { exceeded: 1, htxsnvQuarters: 2 }),
      member('b', 9, { exceeded: 0, htxsnvQuarters: 0 }),
    ]);
    expect(both.by).toEqual(['htxsnvQuarters', 'exceeded', 'total']);
  });

  it('a field only some carry ends the list, the total too, naming who lacks it', () => {
    const p = rankPlan([member('a', 90, { exceeded: 3 }), member('b', 99), member('c', 95, { exceeded: 1 })]);
    expect(p.by).toEqual([]);
    expect(p.partial).toEqual({ key: 'exceeded', lacking: ['b'] });
    expect(p.compare(member('a', 90, { exceeded: 3 }), member('b', 99))).toBe(0);
    const q = rankPlan([member('a', 90, { htxsnvQuarters: 2, exceeded: 1 }), member('b', 91, { htxsnvQuarters: 1 })]);
    expect(q.by).toEqual(['htxsnvQuarters']);
    expect(q.partial).toEqual({ key: 'exceeded', lacking: ['b'] });
  });
});

describe('applyQuarterQuota over the quota: who goes beyond it, in which order (Q26-27)', () => {
  // 3 proposals + 7 HTTNV, quarter (half-up, HTT-only): keeps 2.
  const three = [member('a', 99, { exceeded: 1 }), member('b', 92, { exceeded: 3 }), member('c', 95, { exceeded: 2 })];

  it('orders by tasks exceeded, not by the total or the input order; says who goes beyond', () => {
    const r = applyQuarterQuota(quarterCohort([...three, ...good(7)]));
    expect(r.members.slice(0, 3).map((m) => [m.id, m.level, m.rank])).toEqual([
      ['a', 'HTTNV', 3],
      ['b', 'HTXSNV', 1],
      ['c', 'HTXSNV', 2],
    ]);
    const ranking = r.groups.g?.ranking;
    expect(ranking).toMatchObject({ rule: 'Q26-27', by: ['exceeded', 'total'], beyond: ['a'], undecided: [] });
    expect(ranking?.lacking).toBeUndefined();
    expect(ranking?.message.vi).toContain('xếp thứ tự theo số nhiệm vụ vượt mức, rồi tổng điểm (cách đọc của Tự Soi');
    expect(ranking?.message.vi).toContain('cấp có thẩm quyền xem xét');
    expect(ranking?.message.en).toContain('never by position');
    expect(r.members[0]?.reason?.message.vi).toContain('Q26-27: xếp thứ tự theo số nhiệm vụ vượt mức');
    // HTTNV members get no place.
    expect(r.members[3]).toEqual({ id: 't0', level: 'HTTNV', decision: 'rule', demoted: false });
  });

  it('equal exceeded and total at the cut: both to the competent level, sharing a place', () => {
    const tie = [member('a', 93, { exceeded: 2 }), member('b', 93, { exceeded: 2 }), member('c', 95, { exceeded: 3 })];
    // 3 + 12 HTTNV keeps round(0,2 × (15 − k)) … k = 2: c first, then a and b tie at the cut.
    const r = applyQuarterQuota(quarterCohort([...tie, ...good(12)]));
    expect(r.groups.g).toMatchObject({ kept: 1, tied: 2, ranking: { beyond: [], undecided: ['a', 'b'] } });
    expect(r.members.slice(0, 3).map((m) => [m.decision, m.rank])).toEqual([
      ['discretion', 2],
      ['discretion', 2],
      ['rule', 1],
    ]);
    expect(r.members[0]?.reason?.message.vi).toContain('không phân định được các đồng chí ở ranh giới');
  });

  it('tasks exceeded missing for one proposal: no order at all, everyone at the cut to the competent level', () => {
    const partial = [member('a', 99, { exceeded: 3 }), member('b', 90), member('c', 95, { exceeded: 1 })];
    const r = applyQuarterQuota(quarterCohort([...partial, ...good(7)]));
    expect(r.groups.g).toMatchObject({ kept: 0, demoted: 0, tied: 3 });
    expect(r.groups.g?.ranking).toMatchObject({
      by: [],
      lacking: { key: 'exceeded', ids: ['b'] },
      undecided: ['a', 'b', 'c'],
    });
    expect(r.groups.g?.ranking?.message.vi).toContain('thiếu số nhiệm vụ vượt mức của b nên không xét tiếp');
    expect(r.members.slice(0, 3).every((m) => m.decision === 'discretion' && m.level === null)).toBe(true);
  });

  it('within the quota: no ranking and no place (nothing to order)', () => {
    const r = applyQuarterQuota(quarterCohort([...three.slice(0, 2), ...good(8)]));
    expect(r.groups.g).toEqual({
      rate: 0.2,
      htxsnv: 2,
      httnv: 8,
      kept: 2,
      demoted: 0,
      tied: 0,
      // Half-up, the quarter's default: 20% × 8 = 1,6 → 2.
      basis: expect.objectContaining({ places: 2, count: 8, allows: 2, rounding: 'half-up' }),
    });
    expect(r.members.some((m) => m.rank !== undefined)).toBe(false);
  });

  it('the annual quota under rankBy q26 puts quarters proposed HTXSNV first', () => {
    const year = [
      member('a', 99, { htxsnvQuarters: 1, exceeded: 9 }),
      member('b', 90, { htxsnvQuarters: 3, exceeded: 1 }),
      member('c', 95, { htxsnvQuarters: 2, exceeded: 5 }),
    ];
    // Annual (floor): 3 + 12 keeps 2.
    const r = applyQuota({ ...quarterCohort([...year, ...good(12)]), rankBy: 'q26' });
    expect(r.groups.g?.ranking).toMatchObject({ by: ['htxsnvQuarters', 'exceeded', 'total'], beyond: ['a'] });
    expect(r.members.slice(0, 3).map((m) => m.rank)).toEqual([3, 1, 2]);
    // rankBy total (the annual default) is untouched: no ranking, no place.
    const byTotal = applyQuota(quarterCohort([...year, ...good(12)]));
    expect(byTotal.groups.g?.ranking).toBeUndefined();
    expect(byTotal.members[1]).toMatchObject({ id: 'b', demoted: true });
    expect(byTotal.members[1]?.rank).toBeUndefined();
  });

  it('never by position: any order of the same members gives each the same outcome', () => {
    const arb = fc.array(
      fc.record({
        total: fc.integer({ min: 90, max: 100 }),
        exceeded: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 12 }), fc.nat(), (props, g, seed) => {
        const proposals = props.map((p, i) =>
          member(`m${i}`, p.total, p.exceeded === undefined ? {} : { exceeded: p.exceeded }),
        );
        const all = [...proposals, ...good(g)];
        const shuffled = [...all].sort(
          (x, y) =>
            ((x.id.charCodeAt(1) * 31 + seed) % 7) - ((y.id.charCodeAt(1) * 31 + seed) % 7) || (x.id < y.id ? 1 : -1),
        );
        const outcome = (members: typeof all) => {
          const r = applyQuarterQuota(quarterCohort(members));
          return Object.fromEntries(r.members.map((m) => [m.id, [m.level, m.decision, m.rank]]));
        };
        expect(outcome(shuffled)).toEqual(outcome(all));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the text of a cohort result names who goes beyond the quota', () => {
  it('one line per group over the quota, in each language', () => {
    const r = applyQuarterQuota(
      quarterCohort([
        member('a', 99, { exceeded: 1 }),
        member('b', 92, { exceeded: 3 }),
        member('c', 95, { exceeded: 2 }),
        ...good(7),
      ]),
    );
    expect(formatCohortResult(r, 'vi')).toContain('  [Q26-27] vượt tỉ lệ: a; cấp có thẩm quyền xem xét: —.');
    expect(formatCohortResult(r, 'en')).toContain('  [Q26-27] beyond the quota: a; for the competent level: —.');
  });
});
