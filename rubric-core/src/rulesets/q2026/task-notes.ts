import { toMicro } from '../../decimal.js';
import { formatNumber } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import type { Sink } from '../qd366/evaluate.js';
import { pushQ } from './reason.js';

type TaskList = NonNullable<Assessment['taskList']>;

// "Vượt chuẩn" needs the task to meet its standard first (VATM III.3.e, Q26-12), but no text gives a
// component threshold for "meets its standard" (VATM's worked example marks tasks with a component at
// 90% as exceeded), so no warning is drawn from the components of an exceeded task: a threshold taken
// from another organisation's rule would be an invented one.
const FULL = 100_000_000;

const taskName = (t: TaskList[number], i: number): string => `${i + 1} "${t.name}"`;

/**
 * Flags that contradict a task's components (warnings only; the level is unchanged):
 * LATE_FULL_PROGRESS — `late` with C (tiến độ, timeliness) at 100% or more.
 */
export function taskFlagWarnings(list: TaskList): Warning[] {
  let out: Warning[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as TaskList[number];
    const c = t.components;
    if (c === undefined || t.late !== true) continue;
    if (c.C !== undefined && toMicro(c.C) >= FULL) {
      out ??= [];
      out.push({
        code: 'LATE_FULL_PROGRESS',
        path: `taskList[${i}].late`,
        message: {
          vi: `Sản phẩm ${taskName(t, i)} ghi chưa bảo đảm tiến độ (late) nhưng thành phần C (tiến độ) = ${formatNumber(c.C, 'vi')}%: kiểm tra lại một trong hai. Chỉ là cảnh báo, vẫn tính như đã ghi.`,
          en: `Task ${taskName(t, i)} is marked late but component C (timeliness) = ${c.C}%: check one of the two. A warning only; counted as entered.`,
        },
      });
    }
  }
  return out ?? [];
}

/**
 * Q26-17: each task left out of the counts (not completed, with a confirmed objective cause) is
 * named. The texts found say the count is taken "after valid adjustment or exclusion" but not what
 * becomes of the excluded task's points, so they are kept as entered (its components), and said so.
 */
export function excludedTaskReasons(list: TaskList, scored: boolean, out: Sink): void {
  if (out === null) return;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as TaskList[number];
    if (t.completed || t.objectiveReason === undefined || t.objectiveReason.trim() === '') continue;
    pushQ(out, 'Q26-17', 'applied', {
      vi: `Sản phẩm ${taskName(t, i)} chưa hoàn thành vì lý do khách quan được xác nhận ("${t.objectiveReason.trim()}"): không tính vào số nhiệm vụ được giao, hoàn thành, vượt mức, chậm tiến độ.${scored ? ' Điểm của sản phẩm vẫn tính từ các thành phần A, B, C, D như đã nhập (văn bản không nói điểm của nhiệm vụ loại trừ tính thế nào); cấp có thẩm quyền điều chỉnh trọng số, thành phần nếu cần.' : ''}`,
      en: `Task ${taskName(t, i)} unfinished for a confirmed objective cause ("${t.objectiveReason.trim()}"): left out of the assigned, completed, exceeded and late counts.${scored ? ' Its points are still scored from its components A, B, C, D as entered (the texts do not say how an excluded task is scored); the competent level adjusts weights or components if need be.' : ''}`,
    });
  }
}
