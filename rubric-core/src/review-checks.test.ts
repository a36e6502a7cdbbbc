import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { checkReview } from './review-checks.js';
import { make, PERFECT } from './test-support/make.js';

const codes = (a: Parameters<typeof checkReview>[0], withResult = false) =>
  checkReview(a, withResult ? classify(a) : undefined).map((c) => c.code);

describe('review-quality checks', () => {
  it('a shortcoming with cause, responsibility and remedy passes; each missing part is flagged with its path', () => {
    const full = make('staff', 25, 50, PERFECT, {
      review: {
        shortcomings: [{ text: 'Chậm nộp báo cáo', cause: 'Chủ quan', responsibility: 'Cá nhân', remedy: 'Lập lịch' }],
      },
    });
    expect(codes(full)).toEqual([]);
    const bare = make('staff', 25, 50, PERFECT, {
      review: { shortcomings: [{ text: 'Chậm nộp báo cáo', cause: '  ' }] },
    });
    const checks = checkReview(bare);
    expect(checks.map((c) => c.code)).toEqual([
      'SHORTCOMING_NO_CAUSE',
      'SHORTCOMING_NO_RESPONSIBILITY',
      'SHORTCOMING_NO_REMEDY',
    ]);
    expect(checks[2]?.path).toBe('review.shortcomings[0].remedy');
    expect(checks[0]?.cite).toContain('Điều 12');
  });

  it('a prior shortcoming needs a status, and a progress when in progress', () => {
    expect(
      codes(
        make('staff', 25, 50, PERFECT, {
          priorShortcomings: [
            { text: 'a', status: 'fixed' },
            { text: 'b', status: 'in-progress', progress: 0.5 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      codes(
        make('staff', 25, 50, PERFECT, { priorShortcomings: [{ text: 'a' }, { text: 'b', status: 'in-progress' }] }),
      ),
    ).toEqual(['PRIOR_NO_STATUS', 'PRIOR_NO_PROGRESS']);
  });

  it('flags an HTXSNV proposal with an unfixed prior shortcoming, not one with all fixed', () => {
    expect(
      codes(
        make('staff', 30, 65, PERFECT, {
          proposedLevel: 'HTXSNV',
          priorShortcomings: [{ text: 'a', status: 'fixed' }],
        }),
      ),
    ).toEqual([]);
    expect(
      codes(
        make('staff', 30, 65, PERFECT, {
          proposedLevel: 'HTXSNV',
          priorShortcomings: [{ text: 'a', status: 'not-fixed' }],
        }),
      ),
    ).toEqual(['HTXSNV_WITH_UNFIXED_PRIOR']);
    expect(
      codes(
        make('staff', 30, 65, PERFECT, {
          proposedLevel: 'HTTNV',
          priorShortcomings: [{ text: 'a', status: 'not-fixed' }],
        }),
      ),
    ).toEqual([]);
  });

  it('flags a proposed level above the rules’ level, given the result', () => {
    expect(codes(make('staff', 25, 50, PERFECT, { proposedLevel: 'HTTNV' }), true)).toEqual([]);
    expect(codes(make('staff', 25, 50, PERFECT, { proposedLevel: 'HTXSNV' }), true)).toEqual(['PROPOSED_ABOVE_RESULT']);
  });

  it('reminds what only a conclusion by the competent level means when a self-check notes an indicator', () => {
    expect(codes(make('staff', 25, 50, PERFECT, { selfCheck: { 'I-1': { noted: false } } }))).toEqual([]);
    const [check] = checkReview(make('staff', 25, 50, PERFECT, { selfCheck: { 'II-9': { noted: true } } }));
    expect(check?.code).toBe('SELF_CHECK_NOTED');
    expect(check?.message.vi).toContain('cấp có thẩm quyền kết luận');
    expect(check?.message.vi).toContain('không phải văn bản gốc');
    expect(check?.cite).toContain('khoản 4');
  });
});
