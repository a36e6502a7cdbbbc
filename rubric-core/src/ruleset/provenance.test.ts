import { describe, expect, it } from 'vitest';
import { Q2026_RULES } from '../rulesets/q2026/rules.js';
import { QD366_RULES } from '../rulesets/qd366/rules.js';
import { GRADE_NAMES, rulesetProvenance } from './provenance.js';

describe('rule set provenance', () => {
  it('counts each rule set’s grades from its own rule table, most first', () => {
    const q = rulesetProvenance('q2026');
    const total = Object.keys(Q2026_RULES).length;
    expect(q?.grades[0]?.grade).toBe('C');
    expect(q?.grades.reduce((n, g) => n + g.count, 0)).toBe(total);
    expect(q?.grades.find((g) => g.grade === 'C')?.count).toBe(
      Object.values(Q2026_RULES).filter((r) => r.grade === 'C').length,
    );
    expect(q?.caveat.vi).toContain('02-HD/BTCTW');
    expect(q?.source).toContain('HD 03-HD/TVĐU');
    const a = rulesetProvenance('qd366');
    expect(a?.grades[0]).toEqual({
      grade: 'A',
      count: Object.values(QD366_RULES).filter((r) => r.grade === 'A').length,
      name: GRADE_NAMES.A,
    });
    expect(a?.caveat.vi).toContain('mức A−');
    expect(rulesetProvenance('qd132')).toBeUndefined();
  });
});
