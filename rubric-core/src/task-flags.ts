import type { InputIssue } from './errors.js';

// A task list's flags read like tusoi.assessment/1's counts: "exceeded, late ≤ completed" (spec §1.3,
// src/validate.ts). A task not completed can be neither above requirements (vượt mức) nor "completed
// but late" (chưa bảo đảm tiến độ, counted among the completed tasks by Điều 11.3): either flag on it
// is refused, with its path, rather than silently left out of the counts.

type Loose = Readonly<Record<string, unknown>>;

const FLAG_WORDS = {
  exceeded: { vi: 'vượt mức yêu cầu (exceeded)', en: 'above requirements (exceeded)' },
  late: { vi: 'chưa bảo đảm tiến độ (late)', en: 'late' },
} as const;

/**
 * `exceeded: true` or `late: true` on a task with `completed: false`, each an issue at
 * `taskList[i].exceeded` / `.late` (code `flag-not-completed`). Reads the list defensively: an entry
 * that is not an object, or whose fields are not booleans, is left to the field checks.
 */
export function taskFlagIssues(list: unknown, prefix = 'taskList'): InputIssue[] {
  if (!Array.isArray(list)) return [];
  let out: InputIssue[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as Loose | null;
    if (typeof t !== 'object' || t === null || t.completed !== false) continue;
    for (const flag of ['exceeded', 'late'] as const) {
      if (t[flag] !== true) continue;
      out ??= [];
      out.push({
        code: 'flag-not-completed',
        path: `${prefix}[${i}].${flag}`,
        message: {
          vi: `nhiệm vụ chưa hoàn thành (completed: false) không thể ghi ${FLAG_WORDS[flag].vi}: chỉ nhiệm vụ đã hoàn thành mới được tính vượt mức hoặc chậm tiến độ (như số vượt mức, số chậm không quá số hoàn thành)`,
          en: `an unfinished task (completed: false) cannot be ${FLAG_WORDS[flag].en}: only completed tasks count as exceeded or late (as exceeded and late counts are at most the completed count)`,
        },
      });
    }
  }
  return out ?? [];
}
