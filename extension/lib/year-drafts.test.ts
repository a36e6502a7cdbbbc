import { describe, expect, it } from 'vitest';
import { isQuarterlyYear, quarterDraftsOf, quartersKey, yearInputs } from './year-drafts';

const row = (id: string, person: string, periodKey: string, updatedAt = 1) => ({ id, person, periodKey, updatedAt });
const annual = (name?: string, year = 2026) => ({
  period: { year },
  subject: { kind: 'staff', ...(name ? { name } : {}) },
});

describe('the quarters an annual draft pulls in', () => {
  it('is an annual draft of a year from the first quarterly year on, never a quarter or an earlier year', () => {
    expect(isQuarterlyYear(annual('A'), 2026)).toBe(true);
    expect(isQuarterlyYear(annual('A', 2025), 2026)).toBe(false);
    expect(isQuarterlyYear({ period: { year: 2026, quarter: 1 } }, 2026)).toBe(false);
    expect(isQuarterlyYear({ period: {} }, 2026)).toBe(false);
  });

  it('finds the latest draft of each quarter of the same person and year (the list is newest first), by trimmed name', () => {
    const list = [
      row('q2-new', 'Trần Thị Thử ', '2026-Q2', 9),
      row('self', 'Trần Thị Thử', '2026'),
      row('q2-old', 'Trần Thị Thử', '2026-Q2', 3),
      row('q1', 'Trần Thị Thử', '2026-Q1'),
      row('other', 'Người Khác', '2026-Q3'),
      row('q4-2027', 'Trần Thị Thử', '2027-Q4'),
    ];
    const found = quarterDraftsOf(list, 'self', annual(' Trần Thị Thử'));
    expect(found.map((s) => s?.id)).toEqual(['q1', 'q2-new', undefined, undefined]);
    expect(quartersKey(found)).toBe('q1@1,q2-new@9,-,-');
    // A draft with no name pulls in nobody's quarters.
    expect(quarterDraftsOf(list, 'self', annual())).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('the quarters the year is rolled from', () => {
  it('keeps the quarters read that have a result, in order; none read gives none', () => {
    const q = (n: number) => ({ period: { year: 2026, quarter: n } });
    const rated = { result: { level: 'HTTNV' } };
    const unrated = { result: null };
    expect(yearInputs([q(1), undefined, q(3), q(4)], [rated, unrated, unrated, rated])).toEqual([q(1), q(4)]);
    expect(yearInputs([undefined, undefined, undefined, undefined], [unrated, unrated, unrated, unrated])).toEqual([]);
  });
});
