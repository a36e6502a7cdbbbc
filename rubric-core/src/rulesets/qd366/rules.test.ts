import { describe, expect, it } from 'vitest';
import { QD366_RULE_TITLES } from './rule-titles.js';
import { QD366_RULES } from './rules.js';

describe('qd366 rule catalogue', () => {
  it('gives every rule a citation to QĐ 366, a grade and a bilingual title', () => {
    for (const [id, rule] of Object.entries(QD366_RULES)) {
      expect(rule.id).toBe(id);
      expect(rule.cite).toMatch(/^QĐ 366-QĐ\/TW, Điều 1[01]/);
      expect(['A', 'X']).toContain(rule.grade);
      const title = QD366_RULE_TITLES[id as keyof typeof QD366_RULES];
      expect(title.vi.length).toBeGreaterThan(10);
      expect(title.en.length).toBeGreaterThan(10);
    }
  });

  it('marks Tự Soi’s own reading as grade X and says so in the citation', () => {
    expect(QD366_RULES['R366-21'].grade).toBe('X');
    expect(QD366_RULES['R366-21'].cite).toContain('cách hiểu của Tự Soi');
  });
});
