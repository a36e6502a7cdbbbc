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
