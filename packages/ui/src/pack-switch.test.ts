import { BUILTIN_PACKS } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { itemsFromScores, scoresFromItems } from './pack-switch';

const pack = (id: string) => {
  const p = BUILTIN_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('switching packs keeps the two group scores', () => {
  it('the 100-point frame is filled from the group scores, and gives them back', () => {
    const frame = pack('qd366-frame');
    expect(itemsFromScores(frame, { general: 28, results: 60 })).toEqual({ 'nhom-chung': 28, 'nhom-ket-qua': 60 });
    expect(scoresFromItems(frame, { 'nhom-chung': 27.5, 'nhom-ket-qua': 61 })).toEqual({ general: 27.5, results: 61 });
    // Half typed: only what is there moves.
    expect(itemsFromScores(frame, { general: 28 })).toEqual({ 'nhom-chung': 28 });
    expect(itemsFromScores(frame, undefined)).toBeUndefined();
  });

  it('a pack of many criteria is not filled from two totals (its items cannot be guessed)', () => {
    const pl4 = pack('qd366-pl4-staff-example');
    expect(itemsFromScores(pl4, { general: 28, results: 60 })).toBeUndefined();
    expect(scoresFromItems(pl4, { 'pl4-1.1': true })).toBeUndefined();
  });
});
