import { describe, expect, it } from 'vitest';
import * as library from '../index.js';
import { BUILTIN_PACKS_2 } from '../packs/quarterly-builtin.js';
import { deepFreeze, isDeepFrozen } from './frozen.js';

describe('deepFreeze / isDeepFrozen', () => {
  it('freezes every object and array reachable, and says so', () => {
    const x = { a: [{ b: 1 }, 2], c: { d: 'e' } };
    expect(isDeepFrozen(x)).toBe(false);
    expect(deepFreeze(x)).toBe(x);
    expect(isDeepFrozen(x)).toBe(true);
    expect(Object.isFrozen(x.a[0])).toBe(true);
    expect(() => {
      (x.c as { d: string }).d = 'f';
    }).toThrow(TypeError);
  });

  it('a frozen object with one unfrozen part below is not deep-frozen', () => {
    const inner = { items: [1, 2] };
    const x = Object.freeze({ inner });
    expect(isDeepFrozen(x)).toBe(false);
    Object.freeze(inner);
    expect(isDeepFrozen(x)).toBe(false);
    Object.freeze(inner.items);
    expect(isDeepFrozen(x)).toBe(true);
  });

  it('primitives are deep-frozen as they are', () => {
    for (const p of [1, 'a', null, undefined, true]) expect(isDeepFrozen(p)).toBe(true);
  });

  it('the built-in quarterly packs are deep-frozen: changing one throws and changes nothing', () => {
    expect(isDeepFrozen(BUILTIN_PACKS_2)).toBe(true);
    const pack = BUILTIN_PACKS_2[0] as (typeof BUILTIN_PACKS_2)[number];
    const first = pack.general.groups[0]?.items[0];
    const max = first?.max;
    expect(() => {
      (first as { max: number }).max = 99;
    }).toThrow(TypeError);
    expect(first?.max).toBe(max);
  });

  it('every object the library exports (its rule tables, defaults, registry, packs, lists) is deep-frozen; schemas aside', () => {
    const open = Object.entries(library)
      .filter(([name, value]) => typeof value === 'object' && value !== null && !name.endsWith('Schema'))
      .filter(([, value]) => !isDeepFrozen(value))
      .map(([name]) => name);
    expect(open).toEqual([]);
    expect(() => {
      (library.DEFAULT_POLICY as { gap: string }).gap = 'KHTNV';
    }).toThrow(TypeError);
    expect(library.DEFAULT_POLICY.gap).toBe('discretion');
  });
});
