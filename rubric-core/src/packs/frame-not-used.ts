import type { Message } from '../message.js';
import type { Warning } from '../schemas/result.js';

/**
 * FRAME_NOT_USED at `frame`: the assessment names a weight frame (Q26-04) that nothing scores with
 * — the pack has no frames (axis or KPI results), there is no tusoi.pack/2, or the rating is annual.
 * A warning, not an error: the frame changes no score there, and naming it is not wrong in itself.
 * (A pack that has frames refuses a frame it does not have: `frame-unknown`.)
 *
 * @param id The frame id as given.
 * @param why Why no frame is scored with, as a clause (e.g. `pack "q2026-vatm-09b" scores axis points`).
 */
export function frameNotUsed(id: string, why: Message): Warning {
  return {
    code: 'FRAME_NOT_USED',
    path: 'frame',
    message: {
      vi: `Khung tỷ trọng "${id}" không được dùng và không được kiểm tra: ${why.vi}; điểm không tính theo khung này.`,
      en: `Weight frame "${id}" is neither used nor checked: ${why.en}; no score is computed with it.`,
    },
  };
}
