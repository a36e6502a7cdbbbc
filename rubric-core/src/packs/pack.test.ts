import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import { BUILTIN_PACKS, builtinPack, FRAME_PACK } from './builtin.js';
import { computeScores, packCriteria } from './compute.js';
import { type Pack, parsePack } from './pack.js';

function pack(general: number[], results: number[], mode: 'points' | 'binary' = 'points'): Pack {
  const section = (prefix: string, maxima: number[]) => ({
    sections: [
      {
        id: `${prefix}-s`,
        vi: prefix,
        criteria: maxima.map((max, i) => ({ id: `${prefix}${i}`, vi: `${prefix} ${i}`, max, mode })),
      },
    ],
  });
  return {
    format: 'tusoi.pack/1',
    id: 'test',
    title: { vi: 'Thử' },
    kinds: ['staff'],
    source: { citation: 'test', grade: 'X' },
    general: section('g', general),
    results: section('r', results),
  };
}

function issues(input: unknown): { path: string; vi: string; en: string }[] {
  try {
    parsePack(input);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => ({ path: i.path, ...i.message }));
    throw e;
  }
  return [];
}

describe('parsePack', () => {
  it('accepts every built-in pack', () => {
    for (const p of BUILTIN_PACKS) expect(parsePack(p)).toEqual(p);
    expect(builtinPack('qd366-frame')).toBe(FRAME_PACK);
    expect(builtinPack('nope')).toBeUndefined();
  });

  it('rejects general maxima adding to 29.9, naming the group', () => {
    const found = issues(pack([10, 10, 9.9], [70]));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('general');
    expect(found[0]?.vi).toContain('Nhóm tiêu chí chung');
    expect(found[0]?.vi).toContain('29,9');
    expect(found[0]?.en).toContain('must be exactly 30');
  });

  it('accepts exactly 30 / 70 from decimals, and rejects 70.1 in the results group', () => {
    expect(issues(pack([...Array(10).fill(0.1), 29], [69.9, 0.1]))).toEqual([]);
    expect(issues(pack([30], [70, 0.1])).map((i) => i.path)).toEqual(['results']);
  });

  it('rejects duplicated ids, and shape errors with their paths', () => {
    const p = pack([30], [70]);
    const dup = {
      ...p,
      results: { sections: [{ ...p.results.sections[0], criteria: [{ id: 'g0', vi: 'x', max: 70, mode: 'points' }] }] },
    };
    expect(issues(dup).map((i) => i.path)).toEqual(['results.sections[0].criteria[0].id']);
    expect(issues({ ...p, kinds: ['boss'] }).map((i) => i.path)).toEqual(['kinds[0]']);
    expect(issues({ ...p, id: 'has space' }).map((i) => i.path)).toEqual(['id']);
  });
});

describe('computeScores', () => {
  it('ten 0.1-point items total exactly 1', () => {
    const p = pack([...Array(10).fill(0.1), 29], [70]);
    const values = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`g${i}`, 0.1]));
    const s = computeScores(p, { ...values, g10: 0, r0: 0 });
    expect(s.general).toBe(1);
    expect(s.total).toBe(1);
  });

  it('binary items: true = max, false = 0; 0 or max as numbers', () => {
    const p = pack([15, 15], [70], 'binary');
    expect(computeScores(p, { g0: true, g1: false, r0: 70 })).toMatchObject({
      general: 15,
      results: 70,
      total: 85,
      missing: [],
    });
    expect(() => computeScores(p, { g0: 7.5 })).toThrowError(/takes 15 or 0/);
  });

  it('lists criteria without a value, and rejects unknown ones and out-of-range points', () => {
    const p = pack([30], [70]);
    expect(computeScores(p, { g0: 12.5 }).missing).toEqual(['r0']);
    try {
      computeScores(p, { g0: 31, r0: -1, zz: 1 });
      throw new Error('accepted');
    } catch (e) {
      expect((e as TusoiInputError).issues.map((i) => i.path)).toEqual(['items.g0', 'items.r0', 'items.zz']);
    }
  });

  it('never exceeds a maximum and equals the sum of its items (property)', () => {
    const packArb = fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 12 }),
      )
      .map(([g, r]) => {
        // Scale integer weights to tenths that add up to exactly 30 and 70.
        const scale = (ws: number[], total: number) => {
          const tenths = total * 10;
          const sum = ws.reduce((a, b) => a + b, 0);
          const parts = ws.map((w) => Math.max(1, Math.floor((w / sum) * tenths)));
          parts[0] = (parts[0] as number) + tenths - parts.reduce((a, b) => a + b, 0);
          return parts[0] > 0 ? parts.map((t) => t / 10) : null;
        };
        const gs = scale(g, 30);
        const rs = scale(r, 70);
        return gs && rs ? pack(gs, rs) : null;
      })
      .filter((p): p is Pack => p !== null);
    fc.assert(
      fc.property(
        packArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
        (p, shares) => {
          parsePack(p);
          const values = Object.fromEntries(
            packCriteria(p).map(({ criterion }, i) => [
              criterion.id,
              Math.round((shares[i] ?? 0) * criterion.max * 100) / 100,
            ]),
          );
          const s = computeScores(p, values);
          for (const item of s.items) expect(item.points).toBeLessThanOrEqual(item.max);
          const sum = (group: string) =>
            Math.round(s.items.filter((i) => i.group === group).reduce((a, i) => a + i.points * 100, 0)) / 100;
          expect(s.general).toBe(sum('general'));
          expect(s.results).toBe(sum('results'));
          expect(s.general).toBeLessThanOrEqual(30);
          expect(s.results).toBeLessThanOrEqual(70);
          expect(s.total).toBe(Math.round((s.general + s.results) * 100) / 100);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('classify validates a pack by its content, not by the object passed', () => {
  it('a pack changed after a first use is validated again', () => {
    const pack = structuredClone(FRAME_PACK) as Pack & { general: { sections: { criteria: { max: number }[] }[] } };
    const assessment = {
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      criteria: { pack: 'qd366-frame', items: { 'nhom-chung': 29, 'nhom-ket-qua': 61 } },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
    };
    expect(classify(assessment, { pack }).score.total).toBe(90);
    // The same object, now summing to 29.9 + 70: refused, not trusted from the first call.
    (pack.general.sections[0]?.criteria[0] as { max: number }).max = 29.9;
    expect(() => classify(assessment, { pack })).toThrow(/29,9|29\.9/);
    // A fresh object with valid content is accepted.
    expect(classify(assessment, { pack: structuredClone(FRAME_PACK) }).score.total).toBe(90);
  });
});

describe('parsePack: every problem in one pass', () => {
  const codesOf = (input: unknown) => {
    try {
      parsePack(input);
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues.map((i) => `${i.code}@${i.path}`);
      throw e;
    }
    throw new Error('accepted');
  };

  it('a field error, a wrong group sum and a duplicated id together', () => {
    const p = pack([10, 10, 9], [70]);
    const bad = {
      ...p,
      title: { vi: '' },
      extra: 1,
      results: { sections: [{ id: 'r-s', vi: 'r', criteria: [{ id: 'g0', vi: 'dup', max: 70, mode: 'points' }] }] },
    };
    expect(codesOf(bad).sort()).toEqual(
      [
        'min-length@title.vi',
        'unknown-field@extra',
        'group-sum@general',
        'duplicate-id@results.sections[0].criteria[0].id',
      ].sort(),
    );
  });

  it('skips the sum of a group whose maxima are themselves invalid, and ids that are not ids', () => {
    const p = pack([10, 10, 10], [70]);
    const general = {
      sections: [
        {
          id: 'g-s',
          vi: 'g',
          criteria: [
            { id: 'g0', vi: 'a', max: 'x', mode: 'points' },
            { id: '-bad', vi: 'b', max: 10, mode: 'points' },
            { id: '-bad', vi: 'c', max: 10, mode: 'points' },
          ],
        },
      ],
    };
    // No "group-sum" (one maximum is not a number) and no "duplicate-id" for an id the field check refuses.
    expect(codesOf({ ...p, general }).sort()).toEqual(
      [
        'type@general.sections[0].criteria[0].max',
        'pack-id@general.sections[0].criteria[1].id',
        'pack-id@general.sections[0].criteria[2].id',
      ].sort(),
    );
    // Boundary: the same pack with valid maxima summing to 30 passes.
    expect(parsePack(p).id).toBe('test');
  });
});
