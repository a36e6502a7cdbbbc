import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { applyQuota } from './quota.js';
import { make, PERFECT } from './test-support/make.js';
import { formatCohortResult, formatResult } from './text.js';

describe('formatResult', () => {
  it('explains a rule result in Vietnamese with decimal commas, and in English', () => {
    const r = classify(make('staff', 29.9, 60.1, PERFECT, { proposedLevel: 'HTXSNV' }));
    const vi = formatResult(r);
    expect(vi.split('\n')[0]).toBe('Kết quả: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), theo quy định');
    expect(vi).toContain('nhóm chung 29,9/30 + kết quả thực hiện nhiệm vụ 60,1/70 = tổng 90/100');
    expect(vi).toContain('✓ [R366-05]');
    expect(formatResult(r, 'en').split('\n')[0]).toBe('Result: Excellently completed duties (HTXSNV), by rule');
  });

  it('shows candidates and warnings', () => {
    const r = classify(make('staff', 25, 60, [10, 9, 9, 1, 0], { proposedLevel: 'HTTNV' }));
    const vi = formatResult(r);
    expect(vi.split('\n')[0]).toBe('Kết quả: do cấp có thẩm quyền quyết định, giữa HTNV / KHTNV');
    expect(vi).toContain('Lưu ý:\n  ! Mức đề xuất');
    expect(formatResult(r, 'en')).toContain('Warnings:');
  });
});

describe('scores shown to 2 decimals, cut (never rounded up across a band’s edge)', () => {
  it('CAND 68,579 + 30 = 98,579 reads ≈68,57/70 = tổng ≈98,57: "≈" marks a cut value, the JSON keeps the exact one', () => {
    const cand = JSON.parse(
      readFileSync(new URL('../examples/q02-staff-cand-kpi.json', import.meta.url), 'utf8'),
    ) as Parameters<typeof classify>[0];
    const r = classify(cand);
    expect(r.score.total).toBe(98.579);
    expect(formatResult(r)).toContain('68,57/70 = tổng ≈98,57/100');
    expect(formatResult(r, 'en')).toContain('68.57/70 = total ≈98.57/100');
  });

  it('boundaries: 29,995 and 29,999 are cut to ≈29,99 (89,999 never reads 90), an exact 2-decimal value has no ≈', () => {
    const line = (general: number, results: number) =>
      formatResult(classify(make('staff', general, results, PERFECT))).split('\n')[1];
    expect(line(29.995, 60)).toContain('nhóm chung ≈29,99/30');
    expect(line(29.994999, 60)).toContain('nhóm chung ≈29,99/30');
    expect(line(29.99, 60)).toContain('nhóm chung 29,99/30 ');
    expect(line(29.999, 60)).toContain('= tổng ≈89,99/100');
  });
});

describe('formatCohortResult', () => {
  it('lists touched members and group totals', () => {
    const members = [
      { id: 'a', group: 'g', level: 'HTXSNV', total: 95 },
      { id: 'b', group: 'g', level: 'HTXSNV', total: 91 },
      ...Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, group: 'g', level: 'HTTNV', total: 80 })),
    ];
    const r = applyQuota({ format: 'tusoi.cohort/1', members });
    const vi = formatCohortResult(r);
    expect(vi).toContain('Thành viên b: chuyển xuống HTTNV.');
    expect(vi).toContain('Nhóm g: 2 đề xuất HTXSNV, 5 đề xuất HTTNV, tỉ lệ 20% → giữ 1, chuyển 1, chờ quyết định 0.');
    // Then the count the 20% was taken of: 5 proposed HTTNV + b moved down, not the 5 alone.
    expect(vi).toContain('\n  2 đề xuất xuất sắc, 5 đề xuất Hoàn thành tốt nhiệm vụ; mẫu số httnv:');
    expect(vi).toContain('Giữ 1 thì số đó là 5 + 1 chuyển xuống = 6, 20% × 6 = 1,2 → 1 (làm tròn: floor): đủ cho 1.');
    expect(formatCohortResult(r, 'en')).toContain('Keeping 2 would make it 5, 20% × 5 = 1: not enough for 2.');
    expect(formatCohortResult(r, 'en')).toContain('Member b: moved to HTTNV.');
  });
});
