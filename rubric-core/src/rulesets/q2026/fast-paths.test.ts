// The quarterly hot path takes shortcuts (answers read in the pack's order, kept reason texts,
// frames found by one key). Each is checked here against the path it stands in for: the same
// input written so that the shortcut cannot apply, or the text rebuilt from the result's numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { formatChoices, formatNumber } from '../../message.js';
import { criterionShortName } from '../../packs/criterion-name.js';
import { Q2026_VATM_09A, Q2026_VATM_09A_GRANT_FULL } from '../../packs/quarterly-builtin.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Answer, Task } from '../../schemas/quarterly.js';
import type { Result } from '../../schemas/result.js';
import { answers, quarter } from '../../test-support/quarter.js';

const staffIds = Object.keys(answers('q2026-vatm-09a', 'staff'));
const staffItem = (id: string) => {
  const item = Q2026_VATM_09A.general.groups.flatMap((g) => g.items).find((x) => x.id === id);
  if (item === undefined) throw new Error(`no ${id}`);
  return item;
};

const answerArb: fc.Arbitrary<Answer | boolean> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ answer: 'met' as const }) },
  { weight: 2, arbitrary: fc.constant({ answer: 'notMet' as const, reason: 'Có căn cứ' }) },
  { weight: 2, arbitrary: fc.constant({ answer: 'notApplicable' as const, reason: 'Không thuộc phạm vi' }) },
  // true is "met" (false, "not met", would need a reason the boolean form cannot carry).
  { weight: 1, arbitrary: fc.constant(true) },
);
const component = fc.oneof(
  fc.integer({ min: 60, max: 100 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000),
);
const taskArb = (weight: number): fc.Arbitrary<Task> =>
  fc
    .record({
      name: fc.constant(`Sản phẩm ${weight}`),
      axis: fc.constantFrom('T1', 'T3', 'T6'),
      weight: fc.constant(weight),
      components: fc.record({ A: component, B: component, C: component, D: component }),
      exceeded: fc.boolean(),
      key: fc.boolean(),
      keyLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      completed: fc.boolean(),
    })
    // Exceeded is a fact of a completed task only (an unfinished one marked exceeded is refused).
    .map((t) => ({ ...t, exceeded: t.exceeded && t.completed }));
const WEIGHTS = [20, 15, 10, 10, 5, 5, 5];
const quarterArb = fc
  .record({
    items: fc.tuple(...staffIds.map(() => answerArb)),
    tasks: fc.tuple(...WEIGHTS.map(taskArb)),
    frame: fc.constantFrom('K1', 'K2', 'K3', 'K4'),
    pack: fc.constantFrom(Q2026_VATM_09A.id, Q2026_VATM_09A_GRANT_FULL.id),
  })
  .map(({ items, tasks, frame, pack }) =>
    quarter({
      criteria: { pack, items: Object.fromEntries(staffIds.map((id, i) => [id, items[i] as Answer])) },
      frame: { id: frame },
      taskList: tasks,
    }),
  );

/** classify's JSON, or its issues' JSON. */
function outcome(a: unknown): string {
  try {
    return JSON.stringify(classify(a));
  } catch (e) {
    if (e instanceof TusoiInputError) return `issues ${JSON.stringify(e.issues)}`;
    throw e;
  }
}

/** The same assessment with its answers in another key order (no longer the pack's order). */
function reordered(a: Assessment, order: readonly number[]): Assessment {
  const items = a.criteria?.items ?? {};
  const keys = Object.keys(items);
  const out: Record<string, unknown> = {};
  for (const i of order) out[keys[i] as string] = items[keys[i] as string];
  return { ...a, criteria: { pack: a.criteria?.pack ?? '', items: out as Record<string, Answer> } };
}

describe('quarterly fast paths give what the general paths give', () => {
  it('answers in the pack order, in another order, or under keys that need normalising: one result', () => {
    fc.assert(
      fc.property(quarterArb, fc.shuffledSubarray([...staffIds.keys()], { minLength: staffIds.length }), (a, order) => {
        const expected = outcome(a);
        expect(outcome(reordered(a, order))).toBe(expected);
        // " id " is the id (compared NFC, trimmed): read through the normalising path.
        const items = a.criteria?.items ?? {};
        const spaced = Object.fromEntries(Object.entries(items).map(([k, v]) => [` ${k}`, v]));
        expect(outcome({ ...a, criteria: { pack: a.criteria?.pack, items: spaced } })).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('a missing or extra answer is reported alike whatever the order', () => {
    fc.assert(
      fc.property(quarterArb, fc.nat(staffIds.length - 1), (a, drop) => {
        const items = { ...(a.criteria?.items ?? {}) };
        delete items[staffIds[drop] as string];
        const missing = { ...a, criteria: { pack: a.criteria?.pack ?? '', items } };
        const extra = {
          ...a,
          criteria: { pack: a.criteria?.pack ?? '', items: { ...a.criteria?.items, 'pl4-9': true } },
        };
        for (const b of [missing, extra]) {
          const n = Object.keys(b.criteria.items).length;
          const reversed = [...Array(n).keys()].reverse();
          expect(outcome(reordered(b, reversed))).toBe(outcome(b));
          expect(outcome(b)).toMatch(/^issues /);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('kept reason texts read as the numbers they stand for (Q26-05, Q26-21, Q26-24)', () => {
    const text = (r: Result, rule: string) => r.reasons.filter((x) => x.rule === rule).map((x) => x.message);
    fc.assert(
      fc.property(quarterArb, (a) => {
        const r = classify(a);
        const tasks = r.breakdown?.tasks ?? [];
        expect(text(r, 'Q26-05')).toEqual([
          {
            vi: `Điểm các sản phẩm: ${tasks.map((x) => formatNumber(x, 'vi')).join(' + ')} = ${formatNumber(r.score.results, 'vi')}/70.`,
            en: `Task points: ${tasks.map((x) => formatNumber(x, 'en')).join(' + ')} = ${formatNumber(r.score.results, 'en')}/70.`,
          },
        ]);
        const na = r.breakdown?.notApplicable ?? [];
        const kad = text(r, 'Q26-21');
        expect(kad).toHaveLength(na.length > 0 ? 1 : 0);
        if (na.length > 0) {
          // The kept text names the criteria of this very answer set, by the pack's wording, in order.
          const names = (lang: 'vi' | 'en') => na.map((id) => criterionShortName(staffItem(id), lang)).join('; ');
          expect(kad[0]?.vi).toContain(`Tiêu chí "K/AD": ${names('vi')}. `);
          expect(kad[0]?.en).toContain(`K/AD criteria: ${names('en')}. `);
          expect(kad[0]?.vi).toContain(`nhóm tiêu chí chung ${formatNumber(r.score.general, 'vi')}/30.`);
          expect(kad[0]?.en).toContain(`general group ${r.score.general}/30.`);
        }
        const last = r.reasons.at(-1);
        expect(last?.rule).toBe('Q26-24');
        if (r.level === null)
          expect(last?.message.vi).toBe(
            `Kết quả: do cấp có thẩm quyền quyết định, giữa ${formatChoices(r.candidates, 'vi')}.`,
          );
        else expect(last?.message.en).toMatch(new RegExp(`^Result: ${r.level} \\(`));
      }),
      { numRuns: 200 },
    );
  });

  it('a frame id is found written as in the pack or with spaces around it', () => {
    const base = quarter({ frame: { id: 'K3' } });
    expect(outcome({ ...base, frame: { id: ' K3 ' } })).toBe(outcome(base));
    expect(outcome({ ...base, taskList: base.taskList?.map((t) => ({ ...t, frame: 'K3 ' })) })).toBe(
      outcome({ ...base, taskList: base.taskList?.map((t) => ({ ...t, frame: 'K3' })) }),
    );
    expect(outcome({ ...base, frame: { id: 'K9' } })).toMatch(/"code":"frame-unknown","path":"frame.id"/);
  });
});
