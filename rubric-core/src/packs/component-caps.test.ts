import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { Q2026_RULES } from '../rulesets/q2026/rules.js';
import { quarter, task } from '../test-support/quarter.js';
import { CAND_REMINDER_CAPS, CAND_REVISION_CAPS, HCM_LATE_DAY_CAPS, Q2026_VATM_09A } from './quarterly-builtin.js';
import { parsePack2 } from './quarterly-pack.js';

// Q26-09 (CAND tiers) and Q26-11 (HCM days late) as a pack's componentCaps: each tier edge tested by
// comparing with the same task whose component is typed at the cap itself.
const pack = parsePack2({
  ...Q2026_VATM_09A,
  id: 'caps',
  results: { ...Q2026_VATM_09A.results, componentCaps: [CAND_REVISION_CAPS, CAND_REMINDER_CAPS, HCM_LATE_DAY_CAPS] },
});
const run = (components: readonly [number, number, number, number], events?: object) => {
  const t = task(70, components, events === undefined ? {} : { events });
  return classify(quarter({ taskList: [t], criteria: { ...quarter().criteria, pack: 'caps' } as never }), { pack });
};
const points = (r: ReturnType<typeof run>) => r.breakdown?.tasks?.[0];

describe('component caps by event counts', () => {
  it.each([
    [0, 100],
    [1, 75],
    [2, 50],
    [4, 50],
    [5, 25],
    [6, 25],
    [7, 0],
  ])('B with %i revision(s) counts at most %i%%', (n, cap) => {
    expect(points(run([100, 100, 100, 100], { revisions: n }))).toBe(points(run([100, cap, 100, 100])));
  });

  it.each([
    [0, 100],
    [1, 75],
    [2, 50],
    [3, 25],
    [4, 0],
  ])('C with %i reminder(s) counts at most %i%%', (n, cap) => {
    expect(points(run([100, 100, 100, 100], { reminders: n }))).toBe(points(run([100, 100, cap, 100])));
  });

  it.each([
    [0, 100],
    [1, 80],
    [3, 80],
    [4, 60],
    [5, 60],
    [6, 0],
  ])('C %i working day(s) late counts at most %i%%', (n, cap) => {
    expect(points(run([100, 100, 100, 100], { daysLate: n }))).toBe(points(run([100, 100, cap, 100])));
  });

  it('a cap never raises a component; the lowest cap wins; each lowering is a cited reason', () => {
    expect(points(run([100, 40, 100, 100], { revisions: 1 }))).toBe(points(run([100, 40, 100, 100])));
    const both = run([100, 100, 100, 100], { reminders: 1, daysLate: 6 });
    expect(points(both)).toBe(points(run([100, 100, 0, 100])));
    const reasons = both.reasons.filter((r) => r.rule === 'Q26-09' || r.rule === 'Q26-11').map((r) => r.rule);
    expect(reasons).toEqual(['Q26-09', 'Q26-11']);
    expect(Q2026_RULES['Q26-09'].cite).toContain('HD 20-HD/ĐUCA');
    expect(run([100, 100, 100, 100]).reasons.some((r) => r.rule === 'Q26-09')).toBe(false);
  });

  it('packs without componentCaps ignore the counts (built-ins unchanged); bad tiers are refused', () => {
    const t = task(70, [100, 100, 100, 100], { events: { revisions: 9 } });
    expect(classify(quarter({ taskList: [t] })).breakdown?.tasks).toEqual([70]);
    expect(() =>
      parsePack2({
        ...pack,
        results: { ...pack.results, componentCaps: [{ ...CAND_REVISION_CAPS, tiers: [{ from: 1, cap: 50 }] }] },
      }),
    ).toThrow();
  });
});
