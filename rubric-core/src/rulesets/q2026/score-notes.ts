import { toMicro } from '../../decimal.js';
import { formatNumber } from '../../message.js';
import type { Pack2 } from '../../packs/quarterly-pack.js';
import type { FrameUsed, QuarterScores } from '../../packs/quarterly-score.js';
import type { Reason, Warning } from '../../schemas/result.js';
import type { Sink } from '../qd366/evaluate.js';
import { citationOf } from '../qd366/rules.js';
import { pushQ } from './reason.js';

// What the score reasons say about how the 70 points were reached: the weight frame used (Q26-04),
// rounding that moved the results total (Q26-18), and the source of a pack the user brought.

const pct = (x: number, lang: 'vi' | 'en') => `${formatNumber(x, lang)}%`;
const parts = (f: FrameUsed['frame'], lang: 'vi' | 'en') =>
  `A ${pct(f.A, lang)}, B ${pct(f.B, lang)}, C ${pct(f.C, lang)}, D ${pct(f.D, lang)}`;

/**
 * Q26-04: the frame the tasks were scored with — declared, declared with adjusted weights, or the
 * pack's default when none is declared. The texts found set no default (HD 03-HD/TVĐU tr.12–13 only
 * lists K1–K4 as a reference); the built-in VATM pack's K2 is the choice of VATM's own application.
 */
export function frameReason(used: FrameUsed, packId: string, builtin: boolean, out: Sink): void {
  if (out === null) return;
  // A pack's own frame (declared or default, no task with its own) gives one text per pack: kept by
  // frame object, then pack id, then kind (declared or default) and origin (built-in or the user's).
  const plain = used.how !== 'adjusted' && used.own.length === 0;
  if (!plain) {
    buildFrameReason(used, packId, builtin, out);
    return;
  }
  let byPack = FRAME_REASONS.get(used.frame);
  if (byPack === undefined) {
    byPack = new Map();
    FRAME_REASONS.set(used.frame, byPack);
  }
  let kept = byPack.get(packId);
  if (kept === undefined) {
    kept = [undefined, undefined, undefined, undefined];
    byPack.set(packId, kept);
  }
  const slot = (used.how === 'default' ? 2 : 0) + (builtin ? 1 : 0);
  const reason = kept[slot];
  if (reason !== undefined) {
    out.push(reason);
    return;
  }
  const start = out.length;
  buildFrameReason(used, packId, builtin, out);
  const made = out[start];
  if (made !== undefined) kept[slot] = Object.freeze(made);
}

const FRAME_REASONS = new WeakMap<object, Map<string, (Reason | undefined)[]>>();

function buildFrameReason(used: FrameUsed, packId: string, builtin: boolean, out: Reason[]): void {
  const whose = builtin
    ? {
        vi: 'bảng có sẵn theo lựa chọn của ứng dụng Tổng công ty Quản lý bay (K2)',
        en: 'the built-in packs follow VATM’s application (K2)',
      }
    : { vi: 'bảng do người dùng đưa vào quy định (defaultFrame)', en: 'set by the user’s pack (defaultFrame)' };
  const f = used.frame;
  const own =
    used.own.length === 0
      ? { vi: '', en: '' }
      : {
          vi: ` Sản phẩm có khung riêng: ${used.own.map((o) => `${o.task + 1} (${o.id})`).join(', ')}.`,
          en: ` Tasks with a frame of their own: ${used.own.map((o) => `${o.task + 1} (${o.id})`).join(', ')}.`,
        };
  const text =
    used.how === 'default'
      ? {
          vi: `Không khai báo khung tỷ trọng (frame): áp dụng khung mặc định ${f.id} của bảng "${packId}" (${parts(f, 'vi')}). Văn bản tìm được không quy định khung mặc định; khung mặc định là lựa chọn của bảng (${whose.vi}). Ghi rõ khung đã đăng ký đầu kỳ nếu khác.${own.vi}`,
          en: `No weight frame declared (frame): the pack "${packId}"'s default frame ${f.id} applies (${parts(f, 'en')}). The texts found set no default; the default is the pack's choice (${whose.en}). State the frame registered at the start of the period if it differs.${own.en}`,
        }
      : used.how === 'adjusted'
        ? {
            vi: `Khung tỷ trọng ${f.id}, điều chỉnh: ${parts(f, 'vi')}.${own.vi}`,
            en: `Weight frame ${f.id}, adjusted: ${parts(f, 'en')}.${own.en}`,
          }
        : {
            vi: `Khung tỷ trọng ${f.id}: ${parts(f, 'vi')}.${own.vi}`,
            en: `Weight frame ${f.id}: ${parts(f, 'en')}.${own.en}`,
          };
  pushQ(out, 'Q26-04', 'applied', text);
}

/** FRAME_DEFAULT: no frame declared, the pack's default was applied (a warning: the reference sets no default). */
export function frameWarning(used: FrameUsed | undefined, packId: string): Warning | undefined {
  if (used?.how !== 'default') return undefined;
  return {
    code: 'FRAME_DEFAULT',
    path: 'frame',
    message: {
      vi: `Chưa khai báo khung tỷ trọng: đã chấm theo khung mặc định ${used.frame.id} của bảng "${packId}"; văn bản không quy định khung mặc định, hãy ghi khung đã đăng ký đầu kỳ.`,
      en: `No weight frame declared: scored with the pack "${packId}"'s default frame ${used.frame.id}; the texts set no default, enter the frame registered at the start of the period.`,
    },
  };
}

/** Q26-18: rounding each task before adding moved the results total (e.g. 23,33 + 23,33 + 23,34 at 100% → 69,9). */
export function roundingReason(s: QuarterScores, out: Sink): void {
  if (out === null || s.unroundedResults === undefined) return;
  // The text is a function of the two totals: kept per pair (a bounded cache, keyed by the numbers).
  let byUnrounded = ROUNDING_REASONS.get(s.results);
  const kept = byUnrounded?.get(s.unroundedResults);
  if (kept !== undefined) {
    out.push(kept);
    return;
  }
  const start = out.length;
  buildRoundingReason(s as QuarterScores & { unroundedResults: number }, out);
  const made = out[start];
  if (made === undefined || roundingKept >= 4096) return;
  if (byUnrounded === undefined) {
    byUnrounded = new Map();
    ROUNDING_REASONS.set(s.results, byUnrounded);
  }
  byUnrounded.set(s.unroundedResults, Object.freeze(made));
  roundingKept++;
}

let roundingKept = 0;
const ROUNDING_REASONS = new Map<number, Map<number, Reason>>();

function buildRoundingReason(s: QuarterScores & { unroundedResults: number }, out: Reason[]): void {
  pushQ(out, 'Q26-18', 'applied', {
    vi: `Làm tròn: điểm từng sản phẩm được làm tròn rồi cộng (theo bảng), nên nhóm kết quả là ${formatNumber(s.results, 'vi')}; cộng trước rồi làm tròn một lần sẽ là ${formatNumber(s.unroundedResults, 'vi')}. Chênh lệch chỉ do làm tròn.`,
    en: `Rounding: each task's points are rounded, then added (per the pack), so results are ${s.results}; adding first and rounding once would give ${s.unroundedResults}. The difference is rounding alone.`,
  });
}

const band = (micro: number): number =>
  micro >= 90_000_000 ? 0 : micro >= 70_000_000 ? 1 : micro >= 50_000_000 ? 2 : 3;

/** ROUNDING_CROSSES_BAND: rounding each task put the total on the other side of 90, 70 or 50. */
export function roundingWarning(s: QuarterScores | null, total: number): Warning | undefined {
  if (s === null || s.unroundedResults === undefined) return undefined;
  const other = toMicro(s.general) + toMicro(s.unroundedResults);
  if (band(other) === band(toMicro(total))) return undefined;
  return {
    code: 'ROUNDING_CROSSES_BAND',
    path: 'taskList',
    message: {
      vi: `Tổng ${formatNumber(total, 'vi')} tính theo điểm từng sản phẩm đã làm tròn (Q26-18); cộng trước rồi làm tròn sẽ là ${formatNumber(fromSum(s), 'vi')}, ở khung điểm khác (90 / 70 / 50). Kết quả giữ cách làm tròn của bảng; báo cấp có thẩm quyền nếu cần.`,
      en: `Total ${total} adds each task's rounded points (Q26-18); adding first and rounding once would give ${fromSum(s)}, in another band (90 / 70 / 50). The result keeps the pack's rounding; tell the competent level if need be.`,
    },
  };
}

const fromSum = (s: QuarterScores): number => (toMicro(s.general) + toMicro(s.unroundedResults as number)) / 1e6;

/** The rules whose figures come from the pack in use: frame, task weights, axes, KPI (Q26-04…08). */
const PACK_RULES = new Set(['Q26-04', 'Q26-05', 'Q26-06', 'Q26-07', 'Q26-08']);

/**
 * A pack given by the user (the `pack` option) is cited as itself, with its own source and grade:
 * the reasons from `start` on that state its figures no longer name a built-in pack's document.
 */
export function citeOwnPack(out: Sink, start: number, pack: Pack2): void {
  if (out === null) return;
  const cite = `Bảng thang điểm "${pack.id}" do người dùng đưa vào: ${pack.source.citation} (nguồn mức ${pack.source.grade})`;
  const citation = citationOf(cite);
  for (let i = start; i < out.length; i++) {
    const r = out[i] as Reason;
    if (PACK_RULES.has(r.rule)) out[i] = { ...r, cite, citation };
  }
}
