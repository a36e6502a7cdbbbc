import { classify } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { badgeText, badgeWords, UNRATED } from './level-badge';

const annual = (general: number, results: number, tasks: Record<string, number>) =>
  classify({
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject: { kind: 'staff' },
    scores: { general, results },
    tasks,
  });

describe('badgeText', () => {
  it('a level by rule is the level', () => {
    const r = annual(29, 65, { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 4, late: 0 });
    expect(r.decision).toBe('rule');
    expect(badgeText(r)).toBe(r.level);
  });

  it('a discretion result names the levels the competent level decides between, never "not rated"', () => {
    // 60 points with only 80% done: no level's conditions hold and no khoản 4 case forces KHTNV.
    const r = annual(25, 35, { assigned: 10, completed: 8, onTimeWithQuality: 6, exceeded: 0, late: 2 });
    expect(r.decision).toBe('discretion');
    expect(badgeText(r)).toBe(r.candidates.join('/'));
    expect(badgeText(r)).toMatch(/^(HTXSNV|HTTNV|HTNV|KHTNV)(\/(HTXSNV|HTTNV|HTNV|KHTNV))+$/);
  });

  it('a quarter not rated (Q26-30) says so; no result says the data is missing', () => {
    const r = classify({
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter: 2 },
      subject: { kind: 'staff' },
      scores: { general: 28, results: 60 },
      taskList: [{ name: 'Báo cáo', weight: 70, completed: true }],
      unrated: { trainingMonths: 2 },
    });
    expect(r.decision).toBe('unrated');
    expect(badgeText(r)).toBe(UNRATED);
    expect(badgeText(null)).toBeNull();
    expect(badgeText(undefined)).toBeNull();
    // A quarter not rated and a draft with data missing are told apart.
    const t = { notRated: 'Chưa xếp loại', incomplete: 'Chưa đủ dữ liệu' };
    expect(badgeWords(badgeText(r), t)).toBe('Chưa xếp loại');
    expect(badgeWords(badgeText(null), t)).toBe('Chưa đủ dữ liệu');
    expect(badgeWords('HTNV/KHTNV', t)).toBe('HTNV/KHTNV');
  });
});
