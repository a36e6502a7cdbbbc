import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import type { Result } from '../schemas/result.js';
import { answers, quarter } from '../test-support/quarter.js';
import { Q2026_VATM_09A } from './quarterly-builtin.js';
import type { Pack2 } from './quarterly-pack.js';

// Scoring keeps the normalised ids of a pack between calls: a pack changed in place must score as
// a fresh copy of it does, and answers keyed other than exactly by the ids take the careful path.
function outcome(fn: () => Result): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
    throw e;
  }
}

const withPack = (pack: Pack2, a = quarter()) => outcome(() => classify(a, { pack }));

describe('kept pack ids follow a pack changed in place', () => {
  it('an axis renamed in place', () => {
    const pack = structuredClone(Q2026_VATM_09A) as { results: { axes: { id: string }[] } } & Pack2;
    const before = withPack(pack);
    expect(before).toMatchObject({ level: expect.any(String) });
    (pack.results.axes[0] as { id: string }).id = 'X1';
    const renamed = withPack(pack);
    expect(renamed).toEqual(withPack(structuredClone(pack)));
    expect(renamed).toContain('axis-unknown@taskList[0].axis');
    (pack.results.axes[0] as { id: string }).id = 'T1';
    expect(withPack(pack)).toEqual(before);
  });

  it('a criterion renamed in place, and maxima moved between two criteria', () => {
    const pack = structuredClone(Q2026_VATM_09A) as Pack2;
    const staff = pack.general.groups.find((g) => g.kinds?.includes('staff')) as {
      items: { id: string; max: number }[];
    };
    const [first, second] = staff.items as [{ id: string; max: number }, { id: string; max: number }];
    const notMet = quarter({
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers('q2026-vatm-09a', 'staff', { [first.id]: { answer: 'notMet', reason: 'Có căn cứ' } }),
      },
    });
    const before = withPack(pack, notMet);
    first.max += 0.5;
    second.max -= 0.5;
    const moved = withPack(pack, notMet);
    expect(moved).toEqual(withPack(structuredClone(pack), notMet));
    expect((moved as Result).score.general).not.toBe((before as Result).score.general);
    const id = first.id;
    first.id = `${id}x`;
    const renamed = withPack(pack, notMet);
    expect(renamed).toEqual(withPack(structuredClone(pack), notMet));
    expect(renamed).toEqual(
      expect.arrayContaining([`missing@criteria.items.${id}x`, `unknown-criterion@criteria.items.${id}`]),
    );
  });
});

describe('answers keyed otherwise than exactly by the pack ids', () => {
  const items = answers('q2026-vatm-09a', 'staff');
  const plain = classify(quarter());

  it('a key with stray spaces is the criterion', () => {
    const { 'pl4-1.1': _one, ...rest } = items;
    const spaced = { ...rest, ' pl4-1.1 ': { answer: 'met' as const } };
    expect(classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items: spaced } }))).toEqual(plain);
  });

  it('one criterion written twice is refused; a key no criterion has is refused', () => {
    const twice = { ...items, ' pl4-1.1': { answer: 'met' as const } };
    expect(outcome(() => classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items: twice } })))).toEqual([
      'duplicate-id@criteria.items. pl4-1.1',
    ]);
    const extra = { ...items, 'pl4-9.9': { answer: 'met' as const } };
    expect(outcome(() => classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items: extra } })))).toEqual([
      'unknown-criterion@criteria.items.pl4-9.9',
    ]);
  });

  it('a missing criterion is named', () => {
    const { 'pl4-1.1': _one, ...rest } = items;
    expect(outcome(() => classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items: rest } })))).toEqual([
      'missing@criteria.items.pl4-1.1',
    ]);
  });
});
