import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Q2026_RULE_TITLES, Q2026_RULES } from './rules.js';

describe('q2026 rules', () => {
  it('each rule has a citation, a grade and a bilingual title', () => {
    for (const [id, rule] of Object.entries(Q2026_RULES)) {
      expect(rule.id).toBe(id);
      expect(rule.cite.length).toBeGreaterThan(10);
      expect(['A', 'B', 'C', 'X']).toContain(rule.grade);
      const title = Q2026_RULE_TITLES[id as keyof typeof Q2026_RULES];
      expect(title.vi.length).toBeGreaterThan(10);
      expect(title.en.length).toBeGreaterThan(10);
    }
  });

  it('docs/rules.md lists every rule with its grade', () => {
    const doc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
    for (const [id, rule] of Object.entries(Q2026_RULES)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| ${id} |`));
      expect(row, id).toBeDefined();
      expect(row?.includes(`| ${rule.grade}`), id).toBe(true);
    }
  });
});
