import { describe, expect, it } from 'vitest';
import {
  changedFields,
  closingEdits,
  getPath,
  mergeClosing,
  mergeFields,
  pathKeys,
  resolveConflicts,
  withValues,
} from './merge';

const base = { a: { name: 'A', unit: 'X' }, list: [1, 2], note: 'n' };

describe('mergeFields', () => {
  it('takes each side’s own changes, field by field (removals included)', () => {
    const ours = { ...base, a: { ...base.a, name: 'B' } };
    const { note: _n, ...theirs } = { ...base, list: [1, 2, 3] };
    expect(mergeFields(base, ours, theirs as typeof base)).toEqual({
      merged: { a: { name: 'B', unit: 'X' }, list: [1, 2, 3] },
      conflicts: [],
    });
  });

  it('the same field changed differently is a conflict; a list is one field', () => {
    const ours = { ...base, a: { ...base.a, unit: 'Y' }, list: [9] };
    const theirs = { ...base, a: { ...base.a, unit: 'Z' }, list: [1] };
    const { merged, conflicts } = mergeFields(base, ours, theirs);
    expect(conflicts).toEqual([
      { path: 'a.unit', ours: 'Y', theirs: 'Z' },
      { path: 'list', ours: [9], theirs: [1] },
    ]);
    expect(resolveConflicts(merged, conflicts, (c) => (c.path === 'list' ? 'theirs' : 'ours'))).toEqual({
      a: { name: 'A', unit: 'Y' },
      list: [1],
      note: 'n',
    });
  });

  it('the same change on both sides is no conflict', () => {
    const both = { ...base, note: 'm' };
    expect(mergeFields(base, both, both).conflicts).toEqual([]);
  });
});

describe('closing edits', () => {
  const base: { a: { x: string; y?: string }; list: number[] } = { a: { x: 'gốc', y: 'gốc' }, list: [1] };

  it('name the fields changed, objects key by key, lists whole, keys with dots kept whole', () => {
    expect(changedFields(base, { a: { x: 'gốc', y: 'mới' }, list: [1, 2] })).toEqual([['a', 'y'], ['list']]);
    expect(changedFields({}, { s: { '1.1': 3 } })).toEqual([['s', '1.1']]);
    expect(changedFields(base, base)).toEqual([]);
  });

  it("apply over the page's base, keep another page's field, hold the field both changed", () => {
    const mine = { a: { x: 'A', y: 'A' }, list: [1] };
    const edits = closingEdits(base, mine, null);
    const theirs = { a: { x: 'gốc', y: 'B' }, list: [1], z: 'B' };
    expect(mergeClosing(edits, mine, theirs)).toEqual({
      merged: { a: { x: 'A', y: 'B' }, list: [1], z: 'B' },
      held: [{ path: 'a.y', ours: 'A', theirs: 'B' }],
    });
    // theirs itself is not changed.
    expect(theirs.a.x).toBe('gốc');
  });

  it("take the page's last value over its own write in flight, and a removal too", () => {
    const own = { a: { x: 'A1', y: 'gốc' }, list: [1] };
    const mine = { a: { x: 'A12', y: 'gốc' }, list: [1] };
    const edits = closingEdits(base, mine, own);
    expect(mergeClosing(edits, mine, { a: { x: 'A1', y: 'B' }, list: [1] }).merged).toEqual({
      a: { x: 'A12', y: 'B' },
      list: [1],
    });
    // Typed, written in flight, then erased: the field goes back to the base value.
    const erased = closingEdits(base, base, own);
    expect(mergeClosing(erased, base, own).merged).toEqual(base);
    // Removed on the page: removed in the store when no one else changed it.
    const gone = { a: { x: 'gốc' }, list: [1] };
    const removed = closingEdits(base, gone, null);
    expect(mergeClosing(removed, gone, base).merged).toEqual({ a: { x: 'gốc' }, list: [1] });
  });

  it('survive JSON (what localStorage keeps)', () => {
    const mine: Record<string, unknown> = { a: { x: 'gốc' }, list: [1] };
    const back = JSON.parse(JSON.stringify(closingEdits(base, mine, null)));
    expect(mergeClosing(back, mine, { ...base, z: 1 }).merged).toEqual({ a: { x: 'gốc' }, list: [1], z: 1 });
    // Only the base values are kept (the page's values are in the draft it prepared), and an own
    // value equal to the base is not kept twice.
    const kept = closingEdits(base, { a: { x: 'A', y: 'gốc' }, list: [1] }, { a: { x: 'gốc', y: 'gốc' }, list: [1] });
    expect(kept.fields).toEqual([{ k: ['a', 'x'], b: 'gốc', ob: true }]);
  });
});

describe('pathKeys', () => {
  it('splits a dotted path, keeping a criterion id (which holds dots) whole under notes and criteria items', () => {
    expect(pathKeys('assessment.review.strengths')).toEqual(['assessment', 'review', 'strengths']);
    expect(pathKeys('notes.pl4-2.3')).toEqual(['notes', 'pl4-2.3']);
    expect(pathKeys('assessment.criteria.items.pl4-1.1')).toEqual(['assessment', 'criteria', 'items', 'pl4-1.1']);
    expect(pathKeys('assessment.criteria.items.pl4-1.1.answer')).toEqual([
      'assessment',
      'criteria',
      'items',
      'pl4-1.1',
      'answer',
    ]);
    expect(pathKeys('notes')).toEqual(['notes']);
  });

  it('a conflict on a note of a dotted criterion is set and read back at that note, not nested', () => {
    const base = { notes: { 'pl4-2.3': 'gốc' } };
    const { merged, conflicts } = mergeFields(
      base,
      { notes: { 'pl4-2.3': 'của tôi' } },
      { notes: { 'pl4-2.3': 'khác' } },
    );
    expect(conflicts.map((c) => c.path)).toEqual(['notes.pl4-2.3']);
    const path = conflicts[0]?.path as string;
    expect(withValues(base, { [path]: 'chọn' })).toEqual({ notes: { 'pl4-2.3': 'chọn' } });
    expect(getPath(merged, path)).toBe('của tôi');
    expect(resolveConflicts(merged, conflicts, () => 'theirs')).toEqual({ notes: { 'pl4-2.3': 'khác' } });
  });
});
