import { describe, expect, it } from 'vitest';
import { cellName, quotaArithmetic } from './quota';

describe('quotaArithmetic', () => {
  it('3 proposed, 8 HTTNV at 20%: keeps 1, and shows why 2 would not fit', () => {
    expect(quotaArithmetic(3, 8, 0.2, 'floor', 'vi')).toEqual([
      'k = 1: 1 ≤ làm tròn xuống(20% × (8 + 3 − 1)) = làm tròn xuống(2) = 2 (đúng)',
      'k = 2: 2 > làm tròn xuống(20% × (8 + 3 − 2)) = làm tròn xuống(1,8) = 1 (sai)',
    ]);
  });

  it('at 25% keeps 2; half-up rounding and English words', () => {
    expect(quotaArithmetic(3, 8, 0.25, 'floor', 'vi')[0]).toBe(
      'k = 2: 2 ≤ làm tròn xuống(25% × (8 + 3 − 2)) = làm tròn xuống(2,25) = 2 (đúng)',
    );
    expect(quotaArithmetic(2, 8, 0.2, 'half-up', 'en')).toEqual([
      'k = 2: 2 ≤ round(20% × (8 + 2 − 2)) = round(1.6) = 2 (true)',
    ]);
  });

  it('ties at the line: k places, n tied, the competent level decides', () => {
    // 20% of 8 HTTNV + 3 proposed keeps 1; two tied for it keep 0 by rule.
    expect(quotaArithmetic(3, 8, 0.2, 'floor', 'vi', 2).at(-1)).toBe(
      '1 suất, 2 người bằng điểm ở ngưỡng: cấp có thẩm quyền quyết định.',
    );
    expect(quotaArithmetic(3, 8, 0.2, 'floor', 'en', 2).at(-1)).toBe(
      '1 place, 2 people tied at the line: the competent level decides.',
    );
    expect(quotaArithmetic(3, 8, 0.2, 'floor', 'vi')).toHaveLength(2);
  });

  it('no HTXSNV proposed: says so', () => {
    expect(quotaArithmetic(0, 5, 0.2, 'floor', 'vi')).toEqual(['Không có đề xuất HTXSNV: không cần áp tỉ lệ.']);
  });
});

describe('cellName', () => {
  it('names the CSV cell in the page’s language', () => {
    expect(cellName('row 2, column B (Mức đề xuất)', 'vi')).toBe('dòng 2, cột B (Mức đề xuất)');
    expect(cellName('row 1', 'vi')).toBe('dòng 1');
    expect(cellName('row 2, column B (level)', 'en')).toBe('row 2, column B (level)');
  });
});
