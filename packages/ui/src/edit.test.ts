import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './edit';

describe('setIn / getIn', () => {
  it('sets deep paths without touching the original, creating arrays for numeric keys', () => {
    const a = { subject: { kind: 'staff' } };
    const b = setIn(a, ['findings', 'discipline', 0, 'form'], 'canh-cao');
    expect(a).toEqual({ subject: { kind: 'staff' } });
    expect(b).toEqual({ subject: { kind: 'staff' }, findings: { discipline: [{ form: 'canh-cao' }] } });
    expect(getIn(b, ['findings', 'discipline', 0, 'form'])).toBe('canh-cao');
    expect(getIn(b, ['subject', 'kind', 'x'])).toBeUndefined();
  });

  it('removes a key set to undefined or "", and objects left empty, so a half-filled form stays a clean assessment', () => {
    const a = { scores: { general: 28 }, review: { strengths: 'Tốt' } };
    expect(setIn(a, ['scores', 'general'], undefined)).toEqual({ review: { strengths: 'Tốt' } });
    expect(setIn(a, ['review', 'strengths'], '')).toEqual({ scores: { general: 28 } });
    // 0 and false are values, not blanks.
    expect(setIn(a, ['scores', 'general'], 0)).toEqual({ scores: { general: 0 }, review: { strengths: 'Tốt' } });
  });
});
