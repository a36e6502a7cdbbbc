import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import type { Task } from '../../schemas/quarterly.js';
import { answers, quarter, TC1_TASKS } from '../../test-support/quarter.js';
import { KTC_KEY_LEVEL_PERCENT } from './key-levels.js';

// Q26-15: KTC's Mức → % mapping as a pack setting; a key task outside its Mức's range is a warning only.
function packWith(extra: Partial<Pack2['results']> = {}): Pack2 {
  return parsePack2({
    ...Q2026_VATM_09A,
    id: 'ktc-levels',
    results: { ...Q2026_VATM_09A.results, keyLevelPercent: KTC_KEY_LEVEL_PERCENT, ...extra },
  });
}
const pack = packWith();

/** TC-1 with the first product a key task at `level` whose four components are all `x` (so its result is x%). */
function run(level: 1 | 2 | 3, x: number, p: Pack2 = pack) {
  const [first, ...rest] = TC1_TASKS as [Task, ...Task[]];
  const list = [{ ...first, key: true, keyLevel: level, components: { A: x, B: x, C: x, D: x } }, ...rest];
  const a = quarter({ taskList: list, criteria: { pack: p.id, items: answers('q2026-vatm-09a', 'staff') } });
  return classify(a, { pack: p });
}
const codes = (level: 1 | 2 | 3, x: number, p?: Pack2) =>
  run(level, x, p)
    .warnings.map((w) => w.code)
    .filter((c) => c === 'KEY_LEVEL_PERCENT');

describe('Q26-15 Mức → % (KTC, a pack setting)', () => {
  it('the data: Mức 1 90–100, Mức 2 60 – under 90, Mức 3 under 60', () => {
    expect(KTC_KEY_LEVEL_PERCENT).toEqual([
      { level: 1, min: 90, max: 100 },
      { level: 2, min: 60, below: 90 },
      { level: 3, below: 60 },
    ]);
  });

  it('Mức 1: 90 and 100 pass, 89,99 warns', () => {
    expect(codes(1, 90)).toEqual([]);
    expect(codes(1, 100)).toEqual([]);
    expect(codes(1, 89.99)).toEqual(['KEY_LEVEL_PERCENT']);
    const w = run(1, 89.99).warnings.find((x) => x.code === 'KEY_LEVEL_PERCENT');
    expect(w?.path).toBe('taskList[0].keyLevel');
    expect(w?.message.vi).toContain('xếp Mức 1 (từ 90% đến 100%) nhưng kết quả là 89,99%');
    expect(w?.message.vi).toContain('Q26-15');
  });

  it('Mức 2: 60 and 89,99 pass; 59,99 and 90 warn', () => {
    expect(codes(2, 60)).toEqual([]);
    expect(codes(2, 89.99)).toEqual([]);
    expect(codes(2, 59.99)).toEqual(['KEY_LEVEL_PERCENT']);
    expect(codes(2, 90)).toEqual(['KEY_LEVEL_PERCENT']);
    const w = run(2, 90).warnings.find((x) => x.code === 'KEY_LEVEL_PERCENT');
    expect(w?.message.en).toContain('(from 60% to under 90%)');
    expect(w?.message.vi).toContain('(từ 60% đến dưới 90%)');
  });

  it('Mức 3: 59,99 passes, 60 warns', () => {
    expect(codes(3, 59.99)).toEqual([]);
    expect(codes(3, 60)).toEqual(['KEY_LEVEL_PERCENT']);
  });

  it('a result above 100 (exceeding scored) reads as 100: Mức 1 passes', () => {
    expect(codes(1, 110, packWith({ exceed: 'score120' }))).toEqual([]);
  });

  it('never changes the level or the score; off without the setting', () => {
    const withMap = run(2, 95);
    const without = run(2, 95, parsePack2({ ...Q2026_VATM_09A, id: 'ktc-levels' }));
    expect(withMap.warnings.some((w) => w.code === 'KEY_LEVEL_PERCENT')).toBe(true);
    expect(without.warnings.some((w) => w.code === 'KEY_LEVEL_PERCENT')).toBe(false);
    expect({ ...withMap, warnings: [] }).toEqual({ ...without, warnings: [] });
  });

  it('the setting is validated', () => {
    expect(() => packWith({ keyLevelPercent: [{ level: 4 as never, min: 1 }] })).toThrow(TusoiInputError);
    expect(() => packWith({ keyLevelPercent: [{ level: 1, min: 101 }] })).toThrow(TusoiInputError);
  });
});
