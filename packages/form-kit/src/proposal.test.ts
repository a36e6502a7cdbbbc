import { describe, expect, it } from 'vitest';
import { whyNotLevel } from './proposal';

const draft = {
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general: 27, results: 62.5 },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 4, late: 0 },
  proposedLevel: 'HTXSNV',
} as const;

describe('whyNotLevel', () => {
  it('names the failed condition of the rules with its citation: 89.5 points are under the 90 of HTXSNV', () => {
    expect(whyNotLevel(draft as never, 'HTXSNV')?.vi).toBe(
      'Theo quy định: Tổng điểm 89,5 chưa đạt 90 điểm (mức Hoàn thành xuất sắc nhiệm vụ cần từ 90 điểm) (QĐ 366-QĐ/TW, Điều 11, khoản 1).',
    );
  });
  it('says nothing when the rules give the level (90 points, tasks exceeded): the lock is the page’s own', () => {
    expect(whyNotLevel({ ...draft, scores: { general: 27.5, results: 62.5 } } as never, 'HTXSNV')).toBeNull();
    expect(whyNotLevel(draft as never, 'HTTNV')).toBeNull();
  });
  it('says nothing for a draft the rules cannot classify yet', () => {
    expect(whyNotLevel({ proposedLevel: 'HTXSNV' } as never, 'HTXSNV')).toBeNull();
  });
});
