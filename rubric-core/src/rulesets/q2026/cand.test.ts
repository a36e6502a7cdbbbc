import { describe, expect, it } from 'vitest';
import { TusoiInputError } from '../../errors.js';
import { CAND_KPI_GROUPS, candKpiGroup, candLeaderD, candPeriodKpi } from './cand.js';
import { Q2026_RULES } from './rules.js';

const codes = (f: () => unknown) => {
  try {
    f();
    return [];
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
    throw e;
  }
};

describe('Q26-38: a quarter’s or a year’s KPI = the mean of its monthly KPIs (HD 20 Mục 5.2)', () => {
  it('is cited to HD 20, grade C', () => {
    expect(Q2026_RULES['Q26-38']).toMatchObject({ grade: 'C' });
    expect(Q2026_RULES['Q26-38'].cite).toContain('08/6/2026), Mục 5.2');
  });

  it('three months: exact mean to 6 decimals, no rounding the source does not state', () => {
    const r = candPeriodKpi([97.97, 95, 99], 'quarter');
    expect(r.kpi).toBe(97.323333);
    expect(r.reason).toMatchObject({ rule: 'Q26-38', outcome: 'applied' });
    expect(r.reason.message.vi).toBe('KPI quý = bình quân KPI các tháng: (97,97 + 95 + 99) / 3 = 97,323333.');
    expect(candPeriodKpi([90, 90, 90], 'quarter').kpi).toBe(90);
    expect(
      candPeriodKpi(
        Array.from({ length: 12 }, (_, i) => 80 + i),
        'year',
      ).kpi,
    ).toBe(85.5);
  });

  it('2 or 4 months for a quarter, 11 for a year: refused, never averaged over what is there', () => {
    expect(codes(() => candPeriodKpi([90, 90], 'quarter'))).toEqual(['not-allowed@months']);
    expect(codes(() => candPeriodKpi([90, 90, 90, 90], 'quarter'))).toEqual(['not-allowed@months']);
    expect(codes(() => candPeriodKpi(Array(11).fill(90), 'year'))).toEqual(['not-allowed@months']);
  });

  it('a monthly KPI at 0 and 120 holds; -0,01, 120,01 and 7 decimals are refused by index', () => {
    expect(candPeriodKpi([0, 120, 60], 'quarter').kpi).toBe(60);
    expect(codes(() => candPeriodKpi([-0.01, 120.01, 90.1234567], 'quarter'))).toEqual([
      'not-allowed@months[0]',
      'not-allowed@months[1]',
      'not-allowed@months[2]',
    ]);
  });
});

describe('Q26-39: CAND groups by KPI (HD 20 Mục 5.1)', () => {
  it('the data is the text’s: 70 / 50 / 0', () => {
    expect(CAND_KPI_GROUPS.map((b) => [b.group, b.min])).toEqual([
      [1, 70],
      [2, 50],
      [3, 0],
    ]);
  });

  it.each([
    [100, 1],
    [97.97, 1],
    [70, 1],
    [69.99, 2],
    [50, 2],
    [49.99, 3],
    [0, 3],
  ] as const)('KPI %d → Nhóm %d', (kpi, group) => {
    expect(candKpiGroup(kpi).group).toBe(group);
  });

  it('the worked example: 97,97 is Nhóm 1 (from 70 to 100); a band’s upper edge is named', () => {
    expect(candKpiGroup(97.97).reason.message.vi).toBe('KPI 97,97 thuộc Nhóm 1 (từ 70 đến 100).');
    expect(candKpiGroup(69.99).reason.message.en).toBe('KPI 69.99 is in Nhóm 2 (50 to under 70).');
  });

  it('above 100 (exceeding) is Nhóm 1 as Tự Soi’s reading, said so; above 120 or below 0 is refused', () => {
    const r = candKpiGroup(100.01);
    expect(r.group).toBe(1);
    expect(r.reason.message.vi).toContain('cách hiểu của Tự Soi');
    expect(candKpiGroup(100).reason.message.vi).not.toContain('cách hiểu');
    expect(codes(() => candKpiGroup(120.01))).toEqual(['not-allowed@kpi']);
    expect(codes(() => candKpiGroup(-1))).toEqual(['not-allowed@kpi']);
  });
});

describe('Q26-40: a CAND leader’s D = subordinates rated HTNV or better ÷ subordinates rated (HD 20 Mục 3.a)', () => {
  it.each([
    [10, 9, 0.9],
    [3, 3, 1],
    [3, 0, 0],
    [3, 2, 0.666667],
    [1, 1, 1],
  ] as const)('%d rated, %d HTNV or better → D = %d', (rated, completedOrBetter, d) => {
    const r = candLeaderD({ rated, completedOrBetter });
    expect(r.d).toBe(d);
    expect(r.reason.rule).toBe('Q26-40');
  });

  it('no one rated: D is undefined and refused (never 0 or 1 by default); counts that do not hold are refused', () => {
    expect(codes(() => candLeaderD({ rated: 0, completedOrBetter: 0 }))).toEqual(['not-allowed@rated']);
    expect(codes(() => candLeaderD({ rated: 3, completedOrBetter: 4 }))).toEqual(['not-allowed@completedOrBetter']);
    expect(codes(() => candLeaderD({ rated: 2.5, completedOrBetter: 1 }))).toEqual(['not-allowed@rated']);
    expect(codes(() => candLeaderD({ rated: 3, completedOrBetter: -1 }))).toEqual(['not-allowed@completedOrBetter']);
  });

  it('the reason says the share in both languages', () => {
    const r = candLeaderD({ rated: 10, completedOrBetter: 9 });
    expect(r.reason.message.vi).toBe(
      'D = 9/10 tập thể, cá nhân thuộc quyền được đánh giá hoàn thành nhiệm vụ trở lên = 0,9.',
    );
    expect(r.reason.message.en).toBe('D = 9/10 subordinates rated HTNV or better = 0.9.');
  });
});
