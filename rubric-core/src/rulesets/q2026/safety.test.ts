import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { TusoiInputError } from '../../errors.js';
import type { Task } from '../../schemas/quarterly.js';
import { quarter, TC1_TASKS, task } from '../../test-support/quarter.js';
import { Q2026_RULES } from './rules.js';
import { SAFETY_GATE } from './safety.js';

// Q26-41: the safety gate of VATM's worked example (grade X), an option off by default.
/** TC-1 (97,6, two of five exceeded: HTXSNV) with the first product a safety product of the given B. */
function withSafetyB(b: number): Task[] {
  const [first, ...rest] = TC1_TASKS as [Task, ...Task[]];
  return [{ ...first, safety: true, components: { ...first.components, B: b } }, ...rest];
}
const ON = { safetyGate: true } as const;

describe('Q26-41 safety gate (option safetyGate, default off)', () => {
  it('the data is the example’s own: B under 80%, at most HTNV; the rule is graded X', () => {
    expect(SAFETY_GATE).toMatchObject({ minB: 80, ceiling: 'HTNV' });
    expect(Q2026_RULES['Q26-41'].grade).toBe('X');
  });

  it('B at 80 holds; 79,99 caps at HTNV; 80,01 holds', () => {
    expect(classify(quarter({ taskList: withSafetyB(80) }), ON).level).toBe('HTXSNV');
    expect(classify(quarter({ taskList: withSafetyB(80.01) }), ON).level).toBe('HTXSNV');
    const low = classify(quarter({ taskList: withSafetyB(79.99) }), ON);
    expect(low.level).toBe('HTNV');
    const r = low.reasons.find((x) => x.rule === 'Q26-41');
    expect(r?.outcome).toBe('triggered');
    expect(r?.message.vi).toContain('sản phẩm an toàn 1 có B dưới 80%');
    expect(r?.message.vi).toContain('tính bắt buộc chưa rõ (mức X)');
    expect(r?.message.en).toContain('grade X');
  });

  it('off by default: the same product keeps HTXSNV and no Q26-41 reason is given', () => {
    const off = classify(quarter({ taskList: withSafetyB(50) }));
    expect(off.level).toBe('HTXSNV');
    expect(off.reasons.some((x) => x.rule === 'Q26-41')).toBe(false);
    expect(classify(quarter({ taskList: withSafetyB(50) }), { safetyGate: false })).toEqual(off);
  });

  it('only safety products count: a B of 50 elsewhere does not trip it', () => {
    const list = [...TC1_TASKS];
    list[4] = task(5, [100, 50, 90, 90]);
    const r = classify(quarter({ taskList: list }), ON);
    expect(r.reasons.find((x) => x.rule === 'Q26-41')?.outcome).toBe('passed');
  });

  it('a subjective incident caps at HTNV without any low B; the score stays', () => {
    const r = classify(quarter({ safetyIncident: true }), ON);
    expect(r.level).toBe('HTNV');
    expect(r.score.total).toBe(97.6);
    expect(r.reasons.find((x) => x.rule === 'Q26-41')?.message.vi).toContain('sự cố do nguyên nhân chủ quan');
    expect(classify(quarter({ safetyIncident: false }), ON).level).toBe('HTXSNV');
  });

  it('lowers HTTNV to HTNV too (no product exceeded: HTTNV without the gate)', () => {
    const plain = TC1_TASKS.map(({ exceeded: _x, ...t }) => t);
    expect(classify(quarter({ taskList: plain })).level).toBe('HTTNV');
    expect(classify(quarter({ taskList: plain, safetyIncident: true }), ON).level).toBe('HTNV');
  });

  it('never raises a level: HTNV by score and a forced KHTNV stay as they are', () => {
    const unfinished = [...TC1_TASKS];
    unfinished[4] = { ...(unfinished[4] as Task), completed: false };
    expect(classify(quarter({ taskList: unfinished, safetyIncident: true }), ON).level).toBe('KHTNV');
    const htnv = quarter({ scores: { general: 20, results: 35 }, criteria: undefined, safetyIncident: true });
    expect(classify(htnv, ON).level).toBe(classify(htnv).level);
  });

  it('the option is validated; safetyIncident and safety are tusoi.assessment/2 fields', () => {
    expect(() => classify(quarter(), { safetyGate: 'yes' as never })).toThrow(TusoiInputError);
    expect(() => classify(quarter({ safetyIncident: 'no' as never }))).toThrow(TusoiInputError);
  });
});
