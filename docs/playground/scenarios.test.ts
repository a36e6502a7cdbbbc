import { classify } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios';

describe('playground scenarios', () => {
  it('are at least 20, with unique ids that fit in a link', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) expect(s.id).toMatch(/^[a-z0-9-]{1,80}$/);
  });

  for (const s of SCENARIOS) {
    it(`${s.id}: rubric-core gives the expected result, for the cited reason`, () => {
      const result = classify(s.assessment, s.options);
      expect({ level: result.level, decision: result.decision, candidates: result.candidates }).toEqual({
        level: s.expected.level,
        decision: s.expected.decision,
        candidates: s.expected.candidates,
      });
      expect(result.reasons).toContainEqual(
        expect.objectContaining({ rule: s.expected.rule, outcome: s.expected.outcome, cite: s.expected.cite }),
      );
    });
  }

  it('cover every khoản 4 trigger kind, every discretion case and every score boundary', () => {
    const triggered = new Set(SCENARIOS.filter((s) => s.expected.outcome === 'triggered').map((s) => s.expected.rule));
    expect([...triggered].sort()).toEqual(['R366-08', 'R366-18', 'R366-19', 'R366-20']);
    const discretionRules = SCENARIOS.filter((s) => s.expected.decision === 'discretion').map((s) => s.id);
    // The gap, a strict band, and mitigation for each subject group.
    for (const id of ['khoang-trong', 'cham-30', 'khung-chat', 'neu-guong-giam-nhe', 'tttl-duoi-70-bat-kha-khang'])
      expect(discretionRules).toContain(id);
    const totals = SCENARIOS.map((s) => {
      const r = classify(s.assessment, s.options);
      return r.score.total;
    });
    for (const t of [49.9, 50, 69.9, 70, 89.9, 90]) expect(totals).toContain(t);
  });
});
