import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { type InputIssue, TusoiInputError } from '../errors.js';
import type { Assessment } from '../schemas/assessment.js';
import { quarter } from '../test-support/quarter.js';

// Quarterly ids are compared as tusoi.assessment/1 compares them: NFC and trimmed. " pl4-1.1 " is
// pl4-1.1, " K2" is frame K2, " T1" is axis T1; an axis the pack does not have is refused in every mode.

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}
const spaced = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [` ${k} `, v]));
const q07 = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../examples/q07-staff-vatm-09b-direct-axis.json', import.meta.url)), 'utf8'),
) as Assessment;

describe('quarterly ids: NFC and trimmed', () => {
  it('criteria.items keys, criteria.pack, frame.id and taskList axes with spaces score as without', () => {
    const a = quarter();
    const items = spaced(a.criteria?.items ?? {});
    const b = quarter({
      criteria: { pack: ' q2026-vatm-09a ', items } as Assessment['criteria'],
      frame: { id: ' K2 ' },
      taskList: a.taskList?.map((t) => ({ ...t, axis: ` ${t.axis}` })),
    });
    expect(classify(b).score).toEqual(classify(a).score);
    expect(classify(b).level).toBe(classify(a).level);
  });

  it('one criterion written twice (" pl4-1.1 " and "pl4-1.1") is refused, not one kept silently', () => {
    const a = quarter();
    const items = { ...a.criteria?.items, ' pl4-1.1 ': { answer: 'met' } };
    const codes = issuesOf(() =>
      classify(quarter({ criteria: { pack: 'q2026-vatm-09a', items } as Assessment['criteria'] })),
    ).map((i) => `${i.code}@${i.path}`);
    expect(codes).toEqual(['duplicate-id@criteria.items. pl4-1.1 ']);
  });

  it('direct-axis: a task on an axis the pack does not have ("T9") is refused; " T1" is T1', () => {
    const ok = { ...q07, taskList: q07.taskList?.map((t) => ({ ...t, axis: ` ${t.axis}` })) };
    expect(classify(ok).score).toEqual(classify(q07).score);
    const bad = { ...q07, taskList: q07.taskList?.map((t, i) => (i === 0 ? { ...t, axis: 'T9' } : t)) };
    expect(issuesOf(() => classify(bad)).map((i) => `${i.code}@${i.path}`)).toEqual(['axis-unknown@taskList[0].axis']);
  });
});
