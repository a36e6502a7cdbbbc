import { describe, expect, it } from 'vitest';
import { fieldValue, mapMatches, parseFormMap, planFromMap } from './formmap';
import { DEMO_MAPS } from './maps';

const draft = {
  format: 'tusoi.assessment/1' as const,
  period: { year: 2025, quarter: 3 },
  subject: { kind: 'staff' as const, name: 'Nguyễn Văn A' },
  scores: { general: 29.9, results: 60.1 },
  review: { strengths: 'Tốt.', shortcomings: [{ text: 'Chậm', cause: 'Chủ quan', remedy: 'Lập lịch' }] },
  priorShortcomings: [{ text: 'Ít phát biểu', status: 'in-progress' as const, progress: 0.6 }],
  proposedLevel: 'HTTNV' as const,
};

describe('form maps', () => {
  it('every built-in map validates, and a bad map is refused with its path', () => {
    for (const map of DEMO_MAPS) expect(parseFormMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
    expect(() => parseFormMap({ ...DEMO_MAPS[0], steps: [{ field: 'scores.bonus', locator: { name: 'x' } }] })).toThrow(
      /Invalid|không hợp lệ/,
    );
  });

  it('matches URLs by pattern', () => {
    const map = DEMO_MAPS[0];
    if (!map) throw new Error('no map');
    expect(mapMatches(map, 'http://127.0.0.1:5174/mau-2b.html')).toBe(true);
    expect(mapMatches(map, 'https://evil.example/mau-2b.html')).toBe(false);
  });

  it('turns a draft into form values: exact total, numbered lists, statuses, level by the portal’s own values', () => {
    expect(fieldValue(draft, 'scores.total')).toBe(90);
    expect(fieldValue(draft, 'review.shortcomings')).toBe('1. Chậm. Nguyên nhân: Chủ quan. Khắc phục: Lập lịch');
    expect(fieldValue(draft, 'priorShortcomings')).toBe('1. Ít phát biểu. Kết quả: đang khắc phục. Mức độ: 60%');
    expect(fieldValue(draft, 'period.quarter')).toBe('3');
    const plan = planFromMap(DEMO_MAPS[0] as never, draft);
    expect(plan.find((s) => s.key === 'proposedLevel')?.value).toBe('2');
    expect(plan.map((s) => s.key)).not.toContain('subject.unit');
    const wizard = planFromMap(DEMO_MAPS[1] as never, draft);
    expect(wizard.filter((s) => s.click).length).toBe(2);
    expect(wizard.find((s) => s.key === 'proposedLevel')?.value).toBe('Hoàn thành tốt nhiệm vụ');
  });
});
