import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import { builtinPack2 } from '../packs/quarterly-builtin.js';
import { parsePack2 } from '../packs/quarterly-pack.js';
import { AssessmentSchema } from '../schemas/assessment.js';
import { quarter } from '../test-support/quarter.js';
import { isPlainQuarter } from './quarter-guard.js';
import { isReservedKey, RESERVED_KEYS, reservedKeyIssues } from './reserved-keys.js';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues;
    throw e;
  }
  throw new Error('accepted');
};
/** A copy of a record with `key` added as an own key (JSON.parse keeps "__proto__" as data). */
const withKey = (record: object, key: string, value: unknown) =>
  JSON.parse(JSON.stringify({ ...record, [`~${key}`]: value }).replace(`"~${key}"`, JSON.stringify(key)));

describe('reserved keys in tusoi.assessment/2 records and tusoi.pack/2 ids', () => {
  it('knows exactly the three names, case and all', () => {
    expect(RESERVED_KEYS.filter(isReservedKey)).toEqual(['__proto__', 'constructor', 'prototype']);
    for (const other of ['Constructor', 'proto', '__proto', 'toString', 'prototypes', ' constructor'])
      expect(isReservedKey(other)).toBe(false);
  });

  it.each(RESERVED_KEYS)('criteria.items."%s" is refused with its path, once, in both languages', (key) => {
    const a = quarter();
    const items = withKey(a.criteria?.items ?? {}, key, { answer: 'met' });
    const input = { ...a, criteria: { pack: 'q2026-vatm-09a', items } };
    // The fast check leaves it to the full one, which refuses it.
    expect(isPlainQuarter(input)).toBe(false);
    const issues = issuesOf(() => classify(input));
    expect(issues).toEqual([expect.objectContaining({ code: 'reserved-key', path: `criteria.items.${key}` })]);
    expect(issues[0]?.message.vi).toContain(`"${key}" là tên dành riêng của JavaScript`);
    expect(issues[0]?.message.en).toContain(`"${key}" is a name JavaScript reserves`);
  });

  it('axisPoints and axisPercent keys too; a bad value under the key is not named a second time', () => {
    const a = quarter();
    expect(reservedKeyIssues(AssessmentSchema, { ...a, axisPoints: withKey({ T1: 10 }, '__proto__', -5) })).toEqual([
      expect.objectContaining({ code: 'reserved-key', path: 'axisPoints.__proto__' }),
    ]);
    const both = { ...a, axisPercent: withKey({}, 'prototype', 'x') };
    expect(issuesOf(() => classify(both)).filter((i) => i.path.startsWith('axisPercent'))).toEqual([
      expect.objectContaining({ code: 'reserved-key', path: 'axisPercent.prototype' }),
    ]);
  });

  it('a tusoi.assessment/1 keeps them usable as before (a tusoi.pack/1 may name a criterion "constructor")', () => {
    const a1 = {
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      scores: { general: 30, results: 70 },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
      selfCheck: {},
    };
    expect(reservedKeyIssues(AssessmentSchema, a1)).toEqual([]);
    expect(classify(a1).level).toBe('HTXSNV');
  });

  it.each(['constructor', 'prototype'])('a tusoi.pack/2 id "%s" is refused naming the id', (bad) => {
    const pack = structuredClone(builtinPack2('q2026-vatm-09a')) as unknown as {
      general: { groups: { items: { id: string }[] }[] };
      results: { frames: { id: string }[] };
    };
    (pack.general.groups[0]?.items[0] as { id: string }).id = bad;
    (pack.results.frames[0] as { id: string }).id = bad;
    const issues = issuesOf(() => parsePack2(pack));
    expect(issues.filter((i) => i.code === 'reserved-key').map((i) => i.path)).toEqual([
      'general.groups[0].items[0].id',
      'results.frames[0].id',
    ]);
    expect(issues.find((i) => i.code === 'reserved-key')?.message.en).toContain('rename it');
  });

  it('a pack/2 id "__proto__" is refused by the id pattern (it starts with "_")', () => {
    const pack = structuredClone(builtinPack2('q2026-vatm-09a')) as unknown as {
      general: { groups: { items: { id: string }[] }[] };
    };
    (pack.general.groups[0]?.items[0] as { id: string }).id = '__proto__';
    expect(issuesOf(() => parsePack2(pack)).map((i) => `${i.code}@${i.path}`)).toContain(
      'pack-id@general.groups[0].items[0].id',
    );
  });
});
