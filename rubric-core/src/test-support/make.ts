// Builders for tests: a valid assessment of each kind, overridable field by field.
import type { Assessment, SubjectKind } from '../schemas/assessment.js';

type Counts = [assigned: number, completed: number, onTimeWithQuality: number, exceeded: number, late: number];

export function counts([assigned, completed, onTimeWithQuality, exceeded, late]: Counts) {
  return { assigned, completed, onTimeWithQuality, exceeded, late };
}

/** A valid assessment: staff-like kinds get `tasks`, leaders `ledUnits`. */
export function make(
  kind: SubjectKind,
  general: number,
  results: number,
  c: Counts,
  extra: Partial<Assessment> = {},
): Assessment {
  const leader = kind === 'leader' || kind === 'leader-central';
  return {
    format: 'tusoi.assessment/1',
    period: { year: 2025 },
    subject: { kind },
    scores: { general, results },
    ...(leader ? { ledUnits: counts(c) } : { tasks: counts(c) }),
    ...extra,
  };
}

/** All tasks done on time, 30% exceeded: every HTXSNV condition holds. */
export const PERFECT: Counts = [10, 10, 10, 3, 0];
