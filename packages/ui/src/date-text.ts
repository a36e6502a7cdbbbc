import type { Message } from '@tusoi/rubric-core';

/** What a date field's text means: an ISO date (undefined when empty), or why it is refused. */
export type DateReading =
  | { readonly ok: true; readonly value: string | undefined }
  /** `incomplete`: not (yet) a date shape, said on leaving the field; `impossible`: no such day, said at once. */
  | { readonly ok: false; readonly kind: 'incomplete' | 'impossible'; readonly error: Message };

const UNCHANGED = { vi: 'Ngày đã lưu không đổi.', en: 'The saved date is unchanged.' };
const pad = (n: number) => String(n).padStart(2, '0');

/** The day as ISO `YYYY-MM-DD` when it exists in the calendar (31/02 does not), else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date typed the Vietnamese way, day first: "02/05/1980", "2/5/1980", "02-05-1980",
 * "02.05.1980", or ISO "1980-05-02"; all give "1980-05-02". The year has four digits. Anything
 * else, or a day that does not exist (31/02/1980), is refused with a bilingual message.
 */
export function readDate(text: string): DateReading {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (parts === null)
    return {
      ok: false,
      kind: 'incomplete',
      error: {
        vi: `“${t}” chưa phải là ngày: gõ ngày/tháng/năm, ví dụ 02/05/1980. ${UNCHANGED.vi}`,
        en: `“${t}” is not a date yet: type day/month/year, e.g. 02/05/1980. ${UNCHANGED.en}`,
      },
    };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const value = isoDay(y, m, d);
  if (value === undefined)
    return {
      ok: false,
      kind: 'impossible',
      error: {
        vi: `Không có ngày ${pad(d)}/${pad(m)}/${y} trên lịch. ${UNCHANGED.vi}`,
        en: `There is no day ${pad(d)}/${pad(m)}/${y} in the calendar. ${UNCHANGED.en}`,
      },
    };
  return { ok: true, value };
}

/** A stored ISO date shown as dd/mm/yyyy; any other stored text is shown as it is. */
export function showDate(value: string | undefined): string {
  if (value === undefined) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
