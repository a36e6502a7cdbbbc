import type { TaskCounts } from './schemas/assessment.js';
import type { Task } from './schemas/quarterly.js';

/**
 * The task counts of Điều 11 read from a task list, so that "100% done", "≥ 30% exceeded" and
 * "late ≤ 20%" read the list itself. A task not completed for an objective reason confirmed by the
 * competent level (`objectiveReason`) leaves the count (HD 03-HD/TVĐU tr.15: 100% means the approved
 * milestones after valid adjustment). `exceeded` and `late` count completed tasks only.
 */
export function countsFromTaskList(list: readonly Task[]): TaskCounts {
  let assigned = 0;
  let completed = 0;
  let exceeded = 0;
  let late = 0;
  for (const t of list) {
    if (!t.completed && t.objectiveReason !== undefined && t.objectiveReason.trim() !== '') continue;
    assigned++;
    if (!t.completed) continue;
    completed++;
    if (t.exceeded === true) exceeded++;
    if (t.late === true) late++;
  }
  return { assigned, completed, exceeded, late, onTimeWithQuality: completed - late };
}
