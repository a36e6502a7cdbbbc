import { toMicro } from '../../decimal.js';
import { compareProducts } from '../../internal/exact.js';
import { textKey } from '../../internal/key.js';
import { formatNumber } from '../../message.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Warning } from '../../schemas/result.js';
import { kindGroup } from '../qd366/facts.js';
import { outside, type PlanRanges, rangeText, shareOutside, warn } from './plan-ranges.js';

// Plan checks by task kind (Q26-42: sản phẩm đột xuất 10–15, thường xuyên 5–10 and 30–40% of the
// weight in VATM's PL II) and of the Party-building axis (Q26-43: Trục 4 required for managers in KTC,
// for Party work in VATM). Warnings only, like the other plan checks; called only when a pack sets them.

type TaskList = NonNullable<Assessment['taskList']>;

/**
 * Unplanned and regular task weights against the pack's ranges, and the regular tasks' share of the
 * weight (only when some task names its kind: a plan that names none is not read as having none).
 * `totalMicro` is the sum of the weights in millionths.
 */
export function checkTaskKinds(list: TaskList, ranges: PlanRanges, totalMicro: number, out: Warning[]): void {
  let named = false;
  let regular = 0;
  list.forEach((t, i) => {
    if (t.kind === undefined) return;
    named = true;
    if (t.kind === 'regular' && t.weight !== undefined) regular += toMicro(t.weight);
    const r = t.kind === 'unplanned' ? ranges.unplannedTaskPoints : ranges.regularTaskPoints;
    if (r === undefined || t.weight === undefined || !outside(t.weight, r)) return;
    const what =
      t.kind === 'unplanned'
        ? { vi: 'Sản phẩm đột xuất', en: 'Unplanned task', code: 'PLAN_UNPLANNED_TASK_POINTS' }
        : { vi: 'Sản phẩm thường xuyên, định kỳ', en: 'Regular task', code: 'PLAN_REGULAR_TASK_POINTS' };
    out.push(
      warn(what.code, `taskList[${i}].weight`, 'Q26-42', {
        vi: `${what.vi} ${i + 1} có trọng số ${formatNumber(t.weight, 'vi')} điểm; bảng khuyến nghị ${rangeText(r, 'vi')} điểm`,
        en: `${what.en} ${i + 1} weighs ${t.weight} points; the pack suggests ${rangeText(r, 'en')}`,
      }),
    );
  });
  const share = ranges.regularPercent;
  if (share === undefined || !named || totalMicro <= 0) return;
  // regular / total × 100 against each bound, exactly (millionths on both sides).
  const low = share.min !== undefined && compareProducts(100_000_000, regular, toMicro(share.min), totalMicro) < 0;
  const high = share.max !== undefined && compareProducts(100_000_000, regular, toMicro(share.max), totalMicro) > 0;
  if (!low && !high) return;
  const pct = shareOutside(regular, totalMicro, high);
  out.push(
    warn('PLAN_REGULAR_SHARE', 'taskList', 'Q26-42', {
      vi: `Sản phẩm thường xuyên, định kỳ chiếm ${formatNumber(pct, 'vi')}% tổng trọng số; bảng khuyến nghị ${rangeText(share, 'vi')}%`,
      en: `Regular tasks carry ${pct}% of the weight; the pack suggests ${rangeText(share, 'en')}%`,
    }),
  );
}

/**
 * Q26-43, Trục 4: with `requiredFor: "managers"` (KTC) a leader's plan needs a task on the axis, Party
 * member or not; with `"party-work"` (VATM) so does the plan of someone with `partyWork`. Nothing is
 * said about whom the pack does not name.
 */
export function checkPartyAxis(a: Assessment, setting: NonNullable<PlanRanges['partyAxis']>, out: Warning[]): void {
  const required = setting.requiredFor === 'managers' ? kindGroup(a.subject.kind) === 'leader' : a.partyWork === true;
  if (!required) return;
  const axis = textKey(setting.axis);
  for (const t of a.taskList ?? []) if (t.axis !== undefined && textKey(t.axis) === axis) return;
  const who =
    setting.requiredFor === 'managers'
      ? { vi: 'người quản lý (kể cả người không phải đảng viên)', en: 'a manager (Party member or not)' }
      : {
          vi: 'cán bộ cấp ủy, ủy ban kiểm tra hoặc được giao công tác xây dựng Đảng',
          en: 'a committee or inspection commission member, or someone given Party-building work',
        };
  out.push(
    warn('PLAN_PARTY_AXIS', 'taskList', 'Q26-43', {
      vi: `Chưa có sản phẩm nào thuộc trục ${setting.axis} (xây dựng Đảng), bắt buộc với ${who.vi} theo bảng`,
      en: `No task on axis ${setting.axis} (Party building), which the pack requires of ${who.en}`,
    }),
  );
}
