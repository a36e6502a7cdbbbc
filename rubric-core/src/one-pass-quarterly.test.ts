import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { Q2026_VATM_09A } from './packs/quarterly-builtin.js';
import { answers, quarter, TC1_TASKS, task } from './test-support/quarter.js';
import { classifyYear } from './year.js';

// The quarterly format (tusoi.assessment/2) in one pass: a bad field (a date that does not exist, a
// component over its range) does not hide the pack, frame, axis and weight problems of the rest.

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof TusoiInputError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a TusoiInputError');
}
const codes = (issues: readonly InputIssue[]) => issues.map((i) => `${i.code}@${i.path}`).sort();

// The reviewer's file: every quarterly problem at once, plus a birth date not on the calendar.
const bad = (over: Record<string, unknown> = {}) =>
  quarter({
    subject: { kind: 'staff', birthDate: '2026-02-30' },
    criteria: {
      pack: 'q2026-vatm-09a',
      items: answers('q2026-vatm-09a', 'staff', { 'pl4-1.1': { answer: 'notMet' }, nope: { answer: 'met' } }),
    },
    frame: { id: 'K2', A: 60 },
    taskList: [
      task(31, [100, 95, 100, 100], { exceeded: true }),
      TC1_TASKS[1] as never,
      task(10, [100, 100, 100, 100], { axis: 'T9' }),
      ...TC1_TASKS.slice(3),
    ],
    ...over,
  });

const QUARTERLY = [
  'axis-unknown@taskList[2].axis',
  'frame-adjustment-range@frame.A',
  'frame-sum@frame',
  'reason-missing@criteria.items.pl4-1.1.reason',
  'unknown-criterion@criteria.items.nope',
  'weight-sum@taskList',
];

describe('one pass for tusoi.assessment/2', () => {
  it('without the bad date: the six quarterly problems (the baseline)', () => {
    const issues = codes(issuesOf(() => classify(bad({ subject: { kind: 'staff' } }))));
    expect(issues).toEqual(QUARTERLY);
  });

  it('an impossible birth date is reported with them, not instead of them', () => {
    const issues = codes(issuesOf(() => classify(bad())));
    expect(issues).toContain('date@subject.birthDate');
    for (const c of QUARTERLY) expect(issues).toContain(c);
  });

  it('a component over its range: reported once, not again as missing; the rest still checked', () => {
    const over = TC1_TASKS.map((t, i) => (i === 1 ? { ...t, components: { A: 130, B: 90, C: 100, D: 95 } } : t));
    const issues = issuesOf(() =>
      classify(
        quarter({ subject: { kind: 'staff', birthDate: '2026-02-30' }, taskList: over, frame: { id: 'K2', A: 60 } }),
      ),
    );
    const at = issues.map((i) => i.path);
    expect(at.filter((p) => p === 'taskList[1].components.A')).toHaveLength(1);
    expect(at).toContain('subject.birthDate');
    expect(at).toContain('frame.A');
  });

  it('classifyYear: a bad field in one quarter does not hide a quarter given twice', () => {
    const q1 = quarter({ period: { year: 2026, quarter: 1 } });
    const q1bad = quarter({ period: { year: 2026, quarter: 1 }, subject: { kind: 'staff', birthDate: '2026-02-30' } });
    const issues = codes(issuesOf(() => classifyYear([q1, q1bad])));
    expect(issues).toContain('quarter-duplicate@[1].period.quarter');
    expect(issues.some((c) => c.endsWith('@[1].subject.birthDate'))).toBe(true);
  });

  it('classify(a, { pack }) with a bad tusoi.pack/2: its problems say options.pack, with the input’s own', () => {
    const pack = { ...Q2026_VATM_09A, title: { ...Q2026_VATM_09A.title, vi: '' } };
    const at = issuesOf(() => classify(bad(), { pack })).map((i) => i.path);
    expect(at).toContain('options.pack.title.vi');
    expect(at).toContain('subject.birthDate');
    expect(at).not.toContain('title.vi');
  });
});
