import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenarioById } from './scenarios';
import { canonical, decodeState, encodeState, type PlaygroundState } from './state';

const state: PlaygroundState = {
  v: 1,
  assessment: SCENARIOS[0]?.assessment ?? {},
  options: { gap: 'KHTNV' },
  scenario: 'diem-90',
  lang: 'vi',
};

describe('playground state in the URL', () => {
  it('round-trips, Vietnamese text included, in URL-safe characters', () => {
    const withText = {
      ...state,
      assessment: { ...state.assessment, subject: { kind: 'staff', name: 'Nguyễn Thị Ánh' } },
    };
    const hash = encodeState(withText);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(decodeState(hash)).toEqual({ state: withText });
  });

  it('an empty hash is no state; a damaged one is a bilingual error naming what is wrong', () => {
    expect(decodeState('')).toBeNull();
    expect(decodeState('#')).toBeNull();
    expect(decodeState('#x=1')).toEqual({ error: expect.objectContaining({ en: expect.stringContaining('#s=') }) });
    const cut = encodeState(state).slice(0, 30);
    expect(decodeState(cut)).toEqual({ error: expect.objectContaining({ vi: expect.stringContaining('bị cắt') }) });
    const bad = encodeState({ ...state, options: { gap: 'HTNV' }, extra: 1 } as never);
    const out = decodeState(bad);
    expect(out && 'error' in out ? out.error.en : '').toMatch(/options\.gap/);
    expect(out && 'error' in out ? out.error.vi : '').toMatch(/extra/);
  });

  it('canonical JSON ignores key order', () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonical({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
  });
});

describe('compare in the state', () => {
  it('a compare view (another scenario, or other readings) round-trips through the link; a bad one is refused', () => {
    const withCompare: PlaygroundState = { ...state, compare: { scenario: 'diem-70', options: { gap: 'KHTNV' } } };
    const back = decodeState(encodeState(withCompare));
    expect(back && 'state' in back ? back.state.compare : null).toEqual({
      scenario: 'diem-70',
      options: { gap: 'KHTNV' },
    });
    const bad = encodeState({ ...state, compare: { options: { gap: 'maybe' } } } as unknown as PlaygroundState);
    expect(decodeState(bad)).toHaveProperty('error');
  });
});

describe('quarterly cases in the state', () => {
  it('an edited task table and criteria answers round-trip through the link, checked by the same schema', () => {
    const q = scenarioById('quy-kad-tinh-lai');
    const assessment = structuredClone(q?.assessment ?? {}) as Record<string, unknown> & {
      taskList: Record<string, unknown>[];
      criteria: { items: Record<string, unknown> };
    };
    assessment.taskList[0] = { ...assessment.taskList[0], components: { A: 100, B: 87.5, C: 100, D: 100 } };
    assessment.taskList.push({ name: 'Nhiệm vụ đột xuất', weight: 2.5, completed: false });
    assessment.criteria.items['pl2-1.2'] = { answer: 'notApplicable', reason: 'Không thuộc phạm vi' };
    const edited: PlaygroundState = { v: 1, assessment, options: {}, scenario: 'quy-kad-tinh-lai', lang: 'vi' };
    expect(decodeState(encodeState(edited))).toEqual({ state: edited });
  });
});
