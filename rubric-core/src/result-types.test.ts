import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { applyQuota } from './quota.js';
import type { CohortResult } from './schemas/cohort.js';
import type { Citation, Result } from './schemas/result.js';
import { make, PERFECT } from './test-support/make.js';

// Fields every result carries are required in the types (typecheck fails otherwise) and schemas.
const shipped = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));

describe('always-present result fields are required', () => {
  it('in the types: version, ruleset and reasons[].citation read as plain values', () => {
    const r: Result = classify(make('staff', 30, 62, PERFECT));
    const version: string = r.version;
    const ruleset: string = r.ruleset;
    const citation: Citation = (r.reasons[0] as Result['reasons'][number]).citation;
    expect([version, ruleset, citation.doc]).toEqual([r.version, 'qd366', expect.stringContaining('366')]);
    const c: CohortResult = applyQuota({
      format: 'tusoi.cohort/1',
      members: [
        { id: 'a', group: 'g', level: 'HTXSNV', total: 95 },
        { id: 'b', group: 'g', level: 'HTXSNV', total: 94 },
      ],
    });
    const cohortVersion: string = c.version;
    const cohortRuleset: string = c.ruleset;
    const demoted = c.members.find((m) => m.demoted);
    const cohortCitation: Citation | undefined = demoted?.reason?.citation;
    expect([cohortVersion, cohortRuleset, cohortCitation?.doc]).toEqual([version, 'qd366', citation.doc]);
  });

  it('in the shipped JSON Schemas', () => {
    // A result is one of three shapes (rule, discretion, unrated): each requires them.
    type Shape = { required: string[]; properties: { reasons: { items: { required: string[] } } } };
    const shapes = shipped('result').oneOf as Shape[];
    expect(shapes).toHaveLength(3);
    for (const shape of shapes) {
      expect(shape.required).toEqual(expect.arrayContaining(['ruleset', 'version']));
      expect(shape.properties.reasons.items.required).toContain('citation');
    }
    const cohort = shipped('cohort-result');
    expect(cohort.required).toEqual(expect.arrayContaining(['ruleset', 'version']));
    expect(cohort.properties.members.items.properties.reason.required).toContain('citation');
  });
});
