import { toMicro } from '../../decimal.js';
import { deepFreeze } from '../../internal/frozen.js';
import { levelRank } from '../../levels.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Reason } from '../../schemas/result.js';
import type { Sink } from '../qd366/evaluate.js';
import type { Ceiling } from './reason.js';
import { reasonQ } from './reason.js';

// Q26-41, the safety gate ("Gate KPI an toàn") of HD 03-HD/TVĐU PL II tr.35. It appears only in the
// worked example, so whether it binds is unclear (grade X): a policy option, off by default. Its numbers
// are the example's own: B under 80%, a cap at HTNV ("khống chế tối đa mức Hoàn thành nhiệm vụ hoặc
// Không hoàn thành nhiệm vụ, và tuyệt đối không xếp loại Hoàn thành xuất sắc hằng quý").

/** The gate's data, verbatim from the example: B of a safety product under 80% trips it; the level is at most HTNV. */
export const SAFETY_GATE = /* @__PURE__ */ deepFreeze({
  minB: 80,
  ceiling: 'HTNV',
  source: 'HD 03-HD/TVĐU, PL II tr.35',
} as const);

const GRADE_NOTE = {
  vi: 'quy tắc chỉ thấy trong ví dụ PL II tr.35 của HD 03-HD/TVĐU, tính bắt buộc chưa rõ (mức X); áp dụng vì tuỳ chọn safetyGate đang bật',
  en: 'a rule seen only in the worked example of HD 03-HD/TVĐU PL II p.35, whether it binds is unclear (grade X); applied because the safetyGate option is on',
};

/** Indexes of the safety products whose B (as entered, percent) is under 80. */
export function lowSafetyTasks(a: Assessment): number[] {
  const out: number[] = [];
  const min = toMicro(SAFETY_GATE.minB);
  a.taskList?.forEach((t, i) => {
    const b = t.components?.B;
    if (t.safety === true && b !== undefined && toMicro(b) < min) out.push(i);
  });
  return out;
}

/**
 * The ceiling after the safety gate (only called with the option on): a safety product with B under
 * 80% or a subjective safety incident lowers it to HTNV; a reason says so, or that the gate held.
 */
export function safetyCeiling(a: Assessment, ceiling: Ceiling, out: Sink): Ceiling {
  const low = lowSafetyTasks(a);
  const incident = a.safetyIncident === true;
  if (low.length === 0 && !incident) {
    out?.push(
      reasonQ('Q26-41', 'passed', {
        vi: `Cổng an toàn: không sản phẩm an toàn nào có B dưới ${SAFETY_GATE.minB}%, không có sự cố chủ quan (${GRADE_NOTE.vi}).`,
        en: `Safety gate: no safety product with B under ${SAFETY_GATE.minB}%, no subjective incident (${GRADE_NOTE.en}).`,
      }),
    );
    return ceiling;
  }
  out?.push(gateReason(low, incident));
  if (ceiling === 'none') return ceiling;
  return levelRank(ceiling) > levelRank(SAFETY_GATE.ceiling) ? SAFETY_GATE.ceiling : ceiling;
}

function gateReason(low: readonly number[], incident: boolean): Reason {
  const tasks = low.map((i) => i + 1).join(', ');
  const vi = [
    low.length > 0 ? `sản phẩm an toàn ${tasks} có B dưới ${SAFETY_GATE.minB}%` : '',
    incident ? 'trực tiếp hoặc liên đới để xảy ra sự cố do nguyên nhân chủ quan trong quý' : '',
  ]
    .filter((x) => x !== '')
    .join('; ');
  const en = [
    low.length > 0 ? `safety product ${tasks} has B under ${SAFETY_GATE.minB}%` : '',
    incident ? 'directly or jointly responsible for an incident with a subjective cause in the quarter' : '',
  ]
    .filter((x) => x !== '')
    .join('; ');
  return reasonQ('Q26-41', 'triggered', {
    vi: `Cổng an toàn: ${vi}. Tối đa Hoàn thành nhiệm vụ, không xếp loại Hoàn thành xuất sắc nhiệm vụ (${GRADE_NOTE.vi}).`,
    en: `Safety gate: ${en}. At most HTNV, never HTXSNV (${GRADE_NOTE.en}).`,
  });
}
