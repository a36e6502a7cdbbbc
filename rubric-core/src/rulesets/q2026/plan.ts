import { toMicro } from '../../decimal.js';
import { compareProducts } from '../../internal/exact.js';
import { formatNumber } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import { checkPartyAxis, checkTaskKinds } from './plan-kinds.js';
import { outside, type PlanRanges, rangeText, shareOutside, warn } from './plan-ranges.js';

export {
  PARTY_AXIS_FOR,
  PartyAxisSchema,
  type PlanRanges,
  PlanRangesSchema,
  type Range,
  VATM_PLAN_RANGES,
} from './plan-ranges.js';

/**
 * The plan warnings of a quarter's task list under a pack's ranges ([] without ranges or a task list).
 * The main axis is the axis whose tasks carry the most weight (Tự Soi's reading: the sources let the
 * person declare it).
 */
export function checkPlan(a: Assessment, ranges: PlanRanges | undefined): Warning[] {
  const list = a.taskList;
  if (ranges === undefined || list === undefined || list.length === 0) return [];
  const out: Warning[] = [];
  if (ranges.tasks !== undefined && outside(list.length, ranges.tasks))
    out.push(
      warn('PLAN_TASK_COUNT', 'taskList', 'Q26-05', {
        vi: `Quý có ${list.length} sản phẩm, nhiệm vụ; bảng khuyến nghị ${rangeText(ranges.tasks, 'vi')}`,
        en: `The quarter has ${list.length} tasks; the pack suggests ${rangeText(ranges.tasks, 'en')}`,
      }),
    );
  const byAxis = new Map<string, number>();
  let total = 0;
  let keys = 0;
  list.forEach((t, i) => {
    const w = t.weight === undefined ? 0 : toMicro(t.weight);
    total += w;
    if (t.axis !== undefined) byAxis.set(t.axis, (byAxis.get(t.axis) ?? 0) + w);
    else if (ranges.axisRequired === true)
      out.push(
        warn('PLAN_TASK_AXIS', `taskList[${i}].axis`, 'Q26-43', {
          vi: `Sản phẩm ${i + 1} chưa gắn với trục kết quả nào (mỗi sản phẩm thuộc đúng một trục)`,
          en: `Task ${i + 1} names no result axis (each task belongs to exactly one)`,
        }),
      );
    if (t.key === true) {
      keys++;
      if (ranges.keyTaskPoints !== undefined && t.weight !== undefined && outside(t.weight, ranges.keyTaskPoints))
        out.push(
          warn('PLAN_KEY_TASK_POINTS', `taskList[${i}].weight`, 'Q26-42', {
            vi: `Sản phẩm trọng tâm ${i + 1} có trọng số ${formatNumber(t.weight, 'vi')} điểm; bảng khuyến nghị ${rangeText(ranges.keyTaskPoints, 'vi')} điểm`,
            en: `Key task ${i + 1} weighs ${t.weight} points; the pack suggests ${rangeText(ranges.keyTaskPoints, 'en')}`,
          }),
        );
    }
  });
  if (ranges.keyTasks !== undefined && outside(keys, ranges.keyTasks))
    out.push(
      warn('PLAN_KEY_TASK_COUNT', 'taskList', 'Q26-42', {
        vi: `Quý có ${keys} sản phẩm trọng tâm; bảng khuyến nghị ${rangeText(ranges.keyTasks, 'vi')}`,
        en: `The quarter has ${keys} key task${keys === 1 ? '' : 's'}; the pack suggests ${rangeText(ranges.keyTasks, 'en')}`,
      }),
    );
  // Q26-42 by task kind, Q26-43 Trục 4: their own module, nothing to do when the pack sets none.
  if (
    ranges.unplannedTaskPoints !== undefined ||
    ranges.regularTaskPoints !== undefined ||
    ranges.regularPercent !== undefined
  )
    checkTaskKinds(list, ranges, total, out);
  if (ranges.partyAxis !== undefined) checkPartyAxis(a, ranges.partyAxis, out);
  if (ranges.mainAxisPercent !== undefined && total > 0 && byAxis.size > 0) {
    let main = '';
    let mainWeight = -1;
    for (const [axis, w] of byAxis)
      if (w > mainWeight) {
        main = axis;
        mainWeight = w;
      }
    // share = mainWeight / total × 100, compared exactly: 100·mainWeight vs bound·total (all in millionths).
    const r = ranges.mainAxisPercent;
    const low = r.min !== undefined && compareProducts(100_000_000, mainWeight, toMicro(r.min), total) < 0;
    const high = r.max !== undefined && compareProducts(100_000_000, mainWeight, toMicro(r.max), total) > 0;
    if (low || high) {
      const share = shareOutside(mainWeight, total, high);
      out.push(
        warn('PLAN_MAIN_AXIS_SHARE', 'taskList', 'Q26-43', {
          vi: `Trục chính ${main} có ${formatNumber(share, 'vi')}% tổng trọng số; bảng khuyến nghị ${rangeText(r, 'vi')}%`,
          en: `Main axis ${main} carries ${share}% of the weight; the pack suggests ${rangeText(r, 'en')}%`,
        }),
      );
    }
  }
  return out;
}
