// Builders for quarterly tests: a valid tusoi.assessment/2 of a 2026 quarter, overridable.
import { builtinPack2 } from '../packs/quarterly-builtin.js';
import { groupsFor, type Pack2 } from '../packs/quarterly-pack.js';
import type { Assessment, SubjectKind } from '../schemas/assessment.js';
import type { Answer, Task } from '../schemas/quarterly.js';

type Components = readonly [A: number, B: number, C: number, D: number];

/** A completed, on-time task. */
export function task(weight: number, [A, B, C, D]: Components, extra: Partial<Task> = {}): Task {
  return { name: `Sản phẩm ${weight}`, axis: 'T1', weight, components: { A, B, C, D }, completed: true, ...extra };
}

/** Every general criterion of a built-in pack for a kind answered "met", with overrides. */
export function answers(packId: string, kind: SubjectKind, over: Record<string, Answer> = {}): Record<string, Answer> {
  const pack = builtinPack2(packId);
  if (pack === undefined) throw new Error(`no pack ${packId}`);
  const out: Record<string, Answer> = {};
  for (const g of groupsFor(pack, kind)) for (const item of g.items) out[item.id] = { answer: 'met' };
  return { ...out, ...over };
}

/** VATM TC-1 (HD 03-HD/TVĐU, PL II): frame K2, five products, two of them exceeded. */
export const TC1_TASKS: readonly Task[] = [
  task(30, [100, 95, 100, 100], { exceeded: true }),
  task(15, [100, 90, 100, 95], { exceeded: true }),
  task(10, [100, 100, 100, 100]),
  task(10, [100, 95, 100, 90]),
  task(5, [100, 90, 90, 90]),
];

/** A quarterly assessment scored by pack q2026-vatm-09a (staff, Q3/2026, frame K2, TC-1 products). */
export function quarter(extra: Partial<Assessment> = {}, kind: SubjectKind = 'staff'): Assessment {
  return {
    format: 'tusoi.assessment/2',
    period: { year: 2026, quarter: 3 },
    subject: { kind },
    criteria: { pack: 'q2026-vatm-09a', items: answers('q2026-vatm-09a', kind) },
    frame: { id: 'K2' },
    taskList: [...TC1_TASKS],
    ...extra,
  };
}

/**
 * A unit's own quarterly pack, as a user imports it: VATM 09A under its own id and title, K/AD
 * counted as full marks (grant-full) where the built-in rescales, so its totals differ from the built-in's.
 */
export const OWN_QUARTER_PACK: Pack2 = (() => {
  const base = builtinPack2('q2026-vatm-09a') as Pack2;
  return {
    ...base,
    id: 'don-vi-x-quy',
    title: { vi: 'Bảng chấm điểm quý của Đơn vị X' },
    general: { ...base.general, notApplicable: { allowed: true, rule: 'grant-full' } },
  };
})();
