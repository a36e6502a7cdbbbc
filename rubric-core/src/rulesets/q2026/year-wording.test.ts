// The year's reasons and flags as read (issue 12, review 17): an undecided quarter named in words,
// the Q26-36 flag the same in both languages.
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import type { Assessment } from '../../schemas/assessment.js';

// Q1, Q2 KHTNV, Q3 undecided (level null, not unrated), Q4 integrated and not rated.
const annual = {
  format: 'tusoi.assessment/2',
  period: { year: 2026 },
  subject: { kind: 'staff', name: 'Trần Thị B', unit: 'Tổ KL' },
  scores: { general: 29, results: 66 },
  tasks: { assigned: 20, completed: 20, onTimeWithQuality: 20, exceeded: 7, late: 0 },
  quarters: [
    { quarter: 1, level: 'KHTNV' },
    { quarter: 2, level: 'KHTNV' },
    { quarter: 3, level: null },
    { quarter: 4, unrated: true, level: null },
  ],
} as unknown as Assessment;

describe('the year read from its quarters', () => {
  it('an undecided quarter is "chưa có mức" / "no level yet" in the Q26-33 reason, never "?"', () => {
    const r = classify(annual);
    const q33 = r.reasons.find((x) => x.rule === 'Q26-33');
    expect(q33?.message.vi).toMatch(/^Kết quả các quý: Q1: KHTNV; Q2: KHTNV; Q3: chưa có mức\./);
    expect(q33?.message.en).toMatch(/^Quarters: Q1: KHTNV; Q2: KHTNV; Q3: no level yet\./);
    expect(`${q33?.message.vi} ${q33?.message.en}`).not.toContain('?');
    expect(r.warnings.map((w) => w.code)).toContain('QUARTER_UNDECIDED');
  });

  it('the Q26-36 flag says the same in both languages: rules by id, no citation text in one only', () => {
    const flag = classify(annual).flags?.find((f) => f.rule === 'Q26-36');
    expect(flag?.message.vi).toBe(
      'Không hoàn thành nhiệm vụ từ 02 quý liên tiếp (quý 1 và 2): báo cấp có thẩm quyền xem xét thay thế, điều chuyển theo quy trình; không tự động (Q26-37).',
    );
    expect(flag?.message.en).toBe(
      'KHTNV in 2 consecutive quarters (Q1 and Q2): for the competent level to consider replacement by due process; never automatic (Q26-37).',
    );
  });
});
