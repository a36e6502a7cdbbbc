import { describe, expect, it } from 'vitest';
import { make, PERFECT } from '../test-support/make.js';
import { quarter } from '../test-support/quarter.js';
import { RULESET_IDS, RULESET_REGISTRY, rulesetIdOf } from './registry.js';

describe('rule-set registry', () => {
  const sets = Object.values(RULESET_REGISTRY);

  it('ids are unique and match their manifests', () => {
    expect(new Set(RULESET_IDS).size).toBe(RULESET_IDS.length);
    for (const [id, rs] of Object.entries(RULESET_REGISTRY)) expect(rs.manifest.id).toBe(id);
  });

  it('rule-id prefixes are disjoint and every rule id carries its set’s prefix, a title and a grade', () => {
    const prefixes = sets.map((rs) => rs.manifest.rulePrefix);
    for (const p of prefixes) for (const q of prefixes) if (p !== q) expect(p.startsWith(q)).toBe(false);
    for (const rs of sets) {
      for (const [id, rule] of Object.entries(rs.rules)) {
        expect(id.startsWith(rs.manifest.rulePrefix), id).toBe(true);
        expect(rule.id).toBe(id);
        expect(['A', 'B', 'C', 'X']).toContain(rule.grade);
        expect(rs.titles[id]?.vi, id).toBeTruthy();
        expect(rs.titles[id]?.en, id).toBeTruthy();
      }
    }
  });

  it('picks the rule set by `ruleset`, else by format and period: every /1 file stays qd366', () => {
    expect(rulesetIdOf(make('staff', 30, 60, PERFECT))).toBe('qd366');
    expect(rulesetIdOf({ ...make('staff', 30, 60, PERFECT), period: { year: 2026, quarter: 2 } })).toBe('qd366');
    expect(rulesetIdOf(quarter())).toBe('q2026');
    expect(rulesetIdOf({ ...quarter(), period: { year: 2026 } })).toBe('qd366');
    expect(rulesetIdOf({ ...quarter(), ruleset: 'qd366' })).toBe('qd366');
  });
});
