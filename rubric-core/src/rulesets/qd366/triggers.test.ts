import { describe, expect, it } from 'vitest';
import { SUBJECT_KINDS } from '../../subject-kinds.js';
import { make, PERFECT } from '../../test-support/make.js';
import { factsOf } from './evaluate.js';
import { NO_FINDINGS } from './facts.js';
import { DEFAULT_POLICY } from './policy.js';
import { triggersFor } from './triggers.js';

describe('triggersFor(f, canFire)', () => {
  for (const kind of SUBJECT_KINDS) {
    it(`${kind}: without findings it leaves out exactly the triggers that read only the findings, none of which fires`, () => {
      const f = factsOf(make(kind, 20, 20, [10, 2, 2, 0, 0]), DEFAULT_POLICY, 20, 20);
      expect(f.findings).toBe(NO_FINDINGS);
      const all = triggersFor(f);
      const canFire = triggersFor(f, true);
      expect(canFire).toEqual(all.filter((t) => t.onFindings !== true));
      // Soundness of leaving them out: on the shared empty findings none of them fires.
      for (const t of all.filter((x) => x.onFindings === true)) expect(t.fires(f), t.key).toBe(false);
    });
  }

  it('with findings given (even an empty object of the file’s own) every trigger is weighed', () => {
    const f = factsOf(make('staff', 28, 65, PERFECT, { findings: {} }), DEFAULT_POLICY, 28, 65);
    expect(f.findings).not.toBe(NO_FINDINGS);
    expect(triggersFor(f, true)).toBe(triggersFor(f));
    const flagged = factsOf(
      make('staff', 28, 65, PERFECT, { findings: { degradationConcluded: true } }),
      DEFAULT_POLICY,
      28,
      65,
    );
    expect(triggersFor(flagged, true).some((t) => t.onFindings === true && t.fires(flagged))).toBe(true);
  });

  it('the shared empty findings cannot be written to', () => {
    expect(Object.isFrozen(NO_FINDINGS)).toBe(true);
    expect(Object.keys(NO_FINDINGS)).toEqual([]);
  });
});
