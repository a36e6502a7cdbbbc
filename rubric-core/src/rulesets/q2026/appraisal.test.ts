import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import { Q2026_VATM_09A } from '../../packs/quarterly-builtin.js';
import { type Pack2, parsePack2 } from '../../packs/quarterly-pack.js';
import type { Assessment } from '../../schemas/assessment.js';
import { answers, quarter } from '../../test-support/quarter.js';
import { VATM_APPRAISAL } from './appraisal.js';

// Q26-23: self total (TC-1: 97,6) against the appraisal's; an explanation at 5 points apart or a band change.
const pack: Pack2 = parsePack2({ ...Q2026_VATM_09A, id: 'vatm-appraisal', appraisal: VATM_APPRAISAL });
const criteria = { pack: 'vatm-appraisal', items: answers('q2026-vatm-09a', 'staff') };

function run(appraisal: Assessment['appraisal'], p: Pack2 = pack) {
  return classify(quarter({ criteria: { ...criteria, pack: p.id }, ...(appraisal ? { appraisal } : {}) }), { pack: p });
}
const codes = (appraisal: Assessment['appraisal'], p?: Pack2) =>
  run(appraisal, p)
    .warnings.map((w) => w.code)
    .filter((c) => c === 'EXPLANATION_REQUIRED');

describe('Q26-23: explanation when self and appraisal totals differ (a pack setting, warning only)', () => {
  it('VATM data: 5 points, or a band change', () => {
    expect(VATM_APPRAISAL).toEqual({ minDifference: 5, onBandChange: true });
  });

  it('5 points apart (97,6 → 92,6) warns; 4,99 (92,61) does not; 5,01 does', () => {
    expect(codes({ total: 92.6 })).toEqual(['EXPLANATION_REQUIRED']);
    expect(codes({ total: 92.61 })).toEqual([]);
    expect(codes({ total: 92.59 })).toEqual(['EXPLANATION_REQUIRED']);
    // Upwards too: the self total is the lower one.
    const w = run({ total: 92.6 }).warnings.find((x) => x.code === 'EXPLANATION_REQUIRED');
    expect(w?.path).toBe('appraisal.explanation');
    expect(w?.message.vi).toContain('chênh lệch 5 điểm (từ 5 điểm trở lên)');
    expect(w?.message.vi).toContain('Q26-23');
    expect(w?.message.en).toContain('a warning only');
  });

  it('a band change under the minimum warns (minimum 10: 97,6 → 89,99 is 7,61 apart but crosses 90); 90 stays in band', () => {
    const narrow = parsePack2({
      ...Q2026_VATM_09A,
      id: 'vatm-appraisal',
      appraisal: { minDifference: 10, onBandChange: true },
    });
    expect(codes({ total: 90 }, narrow)).toEqual([]);
    expect(codes({ total: 89.99 }, narrow)).toEqual(['EXPLANATION_REQUIRED']);
    const w = run({ total: 89.99 }, narrow).warnings.find((x) => x.code === 'EXPLANATION_REQUIRED');
    expect(w?.message.vi).toContain('đổi khung điểm (HTXSNV → HTTNV)');
    expect(w?.message.vi).not.toContain('chênh lệch 7,61');
    const noBand = parsePack2({
      ...Q2026_VATM_09A,
      id: 'vatm-appraisal',
      appraisal: { minDifference: 10, onBandChange: false },
    });
    expect(codes({ total: 89.99 }, noBand)).toEqual([]);
  });

  it('an explanation clears it (white space does not); the level, score and reasons never change', () => {
    expect(codes({ total: 80, explanation: 'Sản phẩm 2 chưa đạt chuẩn B theo biên bản thẩm định.' })).toEqual([]);
    expect(codes({ total: 80, explanation: '   ' })).toEqual(['EXPLANATION_REQUIRED']);
    const warned = run({ total: 80 });
    const plain = run(undefined);
    expect({ ...warned, warnings: [] }).toEqual({ ...plain, warnings: [] });
  });

  it('off without the pack setting; appraisal is a tusoi.assessment/2 field checked for range', () => {
    const builtin = classify(quarter({ appraisal: { total: 50 } }));
    expect(builtin.warnings.some((w) => w.code === 'EXPLANATION_REQUIRED')).toBe(false);
    expect(() => classify(quarter({ appraisal: { total: 100.5 } }))).toThrow(TusoiInputError);
    expect(() =>
      parsePack2({ ...Q2026_VATM_09A, id: 'x', appraisal: { minDifference: 0, onBandChange: true } }),
    ).toThrow(TusoiInputError);
  });
});
