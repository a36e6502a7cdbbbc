import { describe, expect, it } from 'vitest';
import { mergeFields, resolveConflicts } from './merge';

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
