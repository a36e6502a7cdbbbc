import { describe, expect, it } from 'vitest';
import { TusoiInputError } from '../errors.js';
import { BUILTIN_PACKS_2, Q2026_KTC_AXIS_CAPS, Q2026_VATM_09A } from './quarterly-builtin.js';
import { groupsFor, parsePack2 } from './quarterly-pack.js';

function paths(input: unknown): string[] {
  try {
    parsePack2(input);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
}

describe('tusoi.pack/2', () => {
  it('every built-in pack is valid, graded C, with a citation', () => {
    for (const p of BUILTIN_PACKS_2) {
      expect(paths(p), p.id).toEqual([]);
      expect(p.source.grade).toBe('C');
      expect(p.source.citation.length).toBeGreaterThan(20);
    }
  });

  it('general groups by role: leaders 18/4/8, staff 20/8/2, collectives 6 × 5', () => {
    const sums = (kind: Parameters<typeof groupsFor>[1]) =>
      groupsFor(Q2026_VATM_09A, kind).map((g) => g.items.reduce((s, i) => s + i.max, 0));
    expect(sums('leader')).toEqual([18, 4, 8]);
    expect(groupsFor(Q2026_VATM_09A, 'leader').flatMap((g) => g.items)).toHaveLength(17);
    expect(sums('staff')).toEqual([20, 8, 2]);
    expect(sums('collective')).toEqual([30]);
    expect(groupsFor(Q2026_VATM_09A, 'collective')[0]?.items.map((i) => i.max)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('frames K1–K4 as HD 03-HD/TVĐU tr.12 gives them', () => {
    expect(Q2026_VATM_09A.results.frames?.map((f) => [f.id, f.A, f.B, f.C, f.D])).toEqual([
      ['K1', 25, 35, 20, 20],
      ['K2', 15, 50, 15, 20],
      ['K3', 20, 30, 35, 15],
      ['K4', 15, 30, 20, 35],
    ]);
  });

  it('a frame not summing to 100% is refused, naming it', () => {
    const frames = [{ id: 'K9', vi: 'x', A: 25, B: 35, C: 20, D: 21 }];
    expect(paths({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frames, defaultFrame: 'K9' } })).toEqual([
      'results.frames[0]',
    ]);
  });

  it('axis maxima must add up to 70; general maxima to 30 for every kind', () => {
    const axes = Q2026_KTC_AXIS_CAPS.results.axes?.map((a, i) => (i === 0 ? { ...a, max: 39 } : a));
    expect(paths({ ...Q2026_KTC_AXIS_CAPS, results: { ...Q2026_KTC_AXIS_CAPS.results, axes } })).toEqual([
      'results.axes',
    ]);
    const groups = Q2026_KTC_AXIS_CAPS.general.groups.slice(1);
    expect(paths({ ...Q2026_KTC_AXIS_CAPS, general: { ...Q2026_KTC_AXIS_CAPS.general, groups } })).toEqual([
      'general.groups',
      'general.groups',
    ]);
  });

  it('a rounding rule needs exactly one of decimals or step', () => {
    expect(paths({ ...Q2026_VATM_09A, rounding: { total: { decimals: 1, step: 0.5, mode: 'half-up' } } })).toEqual([
      'rounding.total',
    ]);
  });
});

describe('tusoi.pack/2 ids are unique', () => {
  const frames = Q2026_VATM_09A.results.frames ?? [];
  const codes = (input: unknown): string[] => {
    try {
      parsePack2(input);
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
      throw e;
    }
    return [];
  };

  it('a second frame K1 is refused at its own path (it would never be chosen)', () => {
    // K2 renamed K1: the pack's default frame K2 is gone too, and said so.
    const twoK1 = frames.map((f, i) => (i === 1 ? { ...f, id: 'K1' } : f));
    expect(codes({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frames: twoK1 } })).toEqual([
      'duplicate-id@results.frames[1].id',
      'frame-unknown@results.defaultFrame',
    ]);
    const k4AsK3 = frames.map((f, i) => (i === 3 ? { ...f, id: 'K3' } : f));
    expect(codes({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frames: k4AsK3 } })).toEqual([
      'duplicate-id@results.frames[3].id',
    ]);
  });

  it('a second axis T1 is refused; axes differing only by case are two axes', () => {
    const axes = Q2026_KTC_AXIS_CAPS.results.axes ?? [];
    const twoT1 = axes.map((a, i) => (i === 2 ? { ...a, id: axes[0]?.id } : a));
    expect(codes({ ...Q2026_KTC_AXIS_CAPS, results: { ...Q2026_KTC_AXIS_CAPS.results, axes: twoT1 } })).toEqual([
      'duplicate-id@results.axes[2].id',
    ]);
    const cased = axes.map((a, i) => (i === 2 ? { ...a, id: (axes[0]?.id ?? '').toLowerCase() } : a));
    expect(codes({ ...Q2026_KTC_AXIS_CAPS, results: { ...Q2026_KTC_AXIS_CAPS.results, axes: cased } })).toEqual([]);
  });

  it('a group id used twice is refused; a criterion id repeated in another group too', () => {
    const groups = Q2026_VATM_09A.general.groups;
    const first = groups[0];
    if (first === undefined) throw new Error('no group');
    const twice = groups.map((g, i) => (i === 1 ? { ...g, id: first.id } : g));
    expect(codes({ ...Q2026_VATM_09A, general: { ...Q2026_VATM_09A.general, groups: twice } })).toEqual([
      'duplicate-id@general.groups[1].id',
    ]);
    const moved = groups.map((g, i) =>
      i === 1 ? { ...g, items: g.items.map((it, j) => (j === 0 ? { ...it, id: first.items[0]?.id ?? '' } : it)) } : g,
    );
    expect(codes({ ...Q2026_VATM_09A, general: { ...Q2026_VATM_09A.general, groups: moved } })).toEqual([
      'duplicate-id@general.groups[1].items[0].id',
    ]);
  });
});

describe('tusoi.pack/2 in one pass', () => {
  it('a title too short does not hide a duplicate id or a frame that does not add up to 100', () => {
    const groups = Q2026_VATM_09A.general.groups.map((g, i) =>
      i === 0 ? { ...g, items: [...g.items, g.items[0]] } : g,
    );
    const frames = (Q2026_VATM_09A.results.frames ?? []).map((f, i) => (i === 0 ? { ...f, A: f.A + 5 } : f));
    const at = paths({
      ...Q2026_VATM_09A,
      title: { ...Q2026_VATM_09A.title, vi: '' },
      general: { ...Q2026_VATM_09A.general, groups },
      results: { ...Q2026_VATM_09A.results, frames },
    });
    expect(at).toContain('title.vi');
    expect(at).toContain(`general.groups[0].items[${groups[0]?.items.length ? groups[0].items.length - 1 : 0}].id`);
    expect(at).toContain('results.frames[0]');
  });

  it('a bad points value is reported, and the sum over it is not (its input is invalid)', () => {
    const groups = Q2026_VATM_09A.general.groups.map((g, i) =>
      i === 0 ? { ...g, items: g.items.map((it, j) => (j === 0 ? { ...it, points: -1 } : it)) } : g,
    );
    const at = paths({
      ...Q2026_VATM_09A,
      title: { ...Q2026_VATM_09A.title, vi: '' },
      general: { ...Q2026_VATM_09A.general, groups },
    });
    expect(at).toContain('title.vi');
    expect(at).toContain('general.groups[0].items[0].points');
    expect(at).not.toContain('general.groups');
  });
});
