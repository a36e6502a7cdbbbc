import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { TusoiInputError } from './errors.js';
import { PL1_PACK, PL4_PACK } from './packs/builtin.js';
import { packCriteria } from './packs/compute.js';
import type { Assessment } from './schemas/assessment.js';
import { counts, PERFECT } from './test-support/make.js';

const allMet = Object.fromEntries(
  packCriteria(PL4_PACK).map(({ criterion }) => [criterion.id, criterion.mode === 'binary' ? true : 62]),
);

function scored(items: Record<string, number | boolean>, extra: Partial<Assessment> = {}): Assessment {
  return {
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject: { kind: 'staff' },
    tasks: counts(PERFECT),
    criteria: { pack: PL4_PACK.id, items },
    ...extra,
  };
}

function paths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
}

describe('classify with criteria (a scoring pack)', () => {
  it('computes both group totals from the pack', () => {
    const r = classify(scored(allMet), { pack: PL4_PACK });
    expect(r.score).toEqual({ general: 30, results: 62, total: 92 });
    expect(r.level).toBe('HTXSNV');
    const one = classify(scored({ ...allMet, 'pl4-1.3': false }), { pack: PL4_PACK });
    expect(one.score.total).toBe(90);
    expect(classify(scored({ ...allMet, 'pl4-1.3': false, 'pl4-1.4': false }), { pack: PL4_PACK }).level).toBe('HTTNV');
  });

  it('accepts scores that agree and rejects scores that do not', () => {
    expect(classify(scored(allMet, { scores: { general: 30, results: 62 } }), { pack: PL4_PACK }).level).toBe('HTXSNV');
    expect(paths(() => classify(scored(allMet, { scores: { general: 29, results: 62 } }), { pack: PL4_PACK }))).toEqual(
      ['scores'],
    );
  });

  it('needs the named pack, for the right kind, with every criterion scored', () => {
    // A built-in pack is found by its id; another pack needs the option.
    expect(classify(scored(allMet))).toEqual(classify(scored(allMet), { pack: PL4_PACK }));
    expect(paths(() => classify({ ...scored(allMet), criteria: { pack: 'own', items: allMet } }))).toEqual([
      'criteria.pack',
    ]);
    expect(paths(() => classify(scored(allMet), { pack: PL1_PACK }))).toEqual(['criteria.pack']);
    expect(
      paths(() => classify({ ...scored(allMet), criteria: { pack: PL1_PACK.id, items: {} } }, { pack: PL1_PACK })),
    ).toEqual(['subject.kind', ...packCriteria(PL1_PACK).map(({ criterion }) => `criteria.items.${criterion.id}`)]);
    const { 'pl4-k': _dropped, ...partial } = allMet;
    expect(paths(() => classify(scored(partial), { pack: PL4_PACK }))).toEqual(['criteria.items.pl4-k']);
    expect(paths(() => classify(scored({ ...allMet, 'pl4-k': 71 }), { pack: PL4_PACK }))).toEqual([
      'criteria.items.pl4-k',
    ]);
  });

  it('validates a pack given as an option', () => {
    const bad = {
      ...PL4_PACK,
      results: {
        sections: [{ id: 's', vi: 's', criteria: [{ id: 'pl4-k', vi: 'k', max: 69, mode: 'points' as const }] }],
      },
    };
    // Named under the option, like every other option's problem.
    expect(paths(() => classify(scored(allMet), { pack: bad }))).toEqual(['options.pack.results']);
  });
});
