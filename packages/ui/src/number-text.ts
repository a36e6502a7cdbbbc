import { formatNumber, type Lang, type Message, parseNumber, toMicro } from '@tusoi/rubric-core';

/** Limits of a number field, in the units shown (a share shown as a percentage is limited in %). */
export interface NumberLimits {
  readonly min?: number;
  readonly max?: number;
  /** A count: only whole numbers. */
  readonly integer?: boolean;
}

/** What a number field's text means: a value (undefined when empty), or why it is refused. */
export type NumberReading =
  | { readonly ok: true; readonly value: number | undefined }
  | { readonly ok: false; readonly error: Message };

const UNCHANGED = { vi: 'Giá trị đã lưu không đổi.', en: 'The saved value is unchanged.' };
const refuse = (vi: string, en: string): NumberReading => ({
  ok: false,
  error: { vi: `${vi} ${UNCHANGED.vi}`, en: `${en} ${UNCHANGED.en}` },
});

/**
 * Reads the text of a number field: "27,5" and "27.5" are both 27.5 (rubric-core's parseNumber);
 * "27,5,1", letters, a second separator, more than 6 decimals, a fraction in a count or a value
 * outside the limits are refused with a bilingual message (the caller keeps the stored value).
 */
export function readNumber(text: string, limits: NumberLimits = {}): NumberReading {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = parseNumber(text);
  if (value === undefined)
    return refuse(
      `“${text.trim()}” không phải là số: gõ chữ số, dùng một dấu phẩy cho phần thập phân (ví dụ 27,5).`,
      `“${text.trim()}” is not a number: type digits with one decimal comma or point (e.g. 27,5 or 27.5).`,
    );
  if (limits.integer && !Number.isInteger(value))
    return refuse('Ở đây cần một số nguyên (ví dụ 10).', 'A whole number is needed here (e.g. 10).');
  if (Number.isNaN(toMicro(value)))
    return refuse('Chỉ ghi tối đa 6 chữ số sau dấu phẩy.', 'At most 6 digits after the decimal comma.');
  if (limits.min !== undefined && value < limits.min)
    return refuse(
      `Số nhỏ nhất là ${formatNumber(limits.min, 'vi')}.`,
      `The smallest allowed is ${formatNumber(limits.min, 'en')}.`,
    );
  if (limits.max !== undefined && value > limits.max)
    return refuse(
      `Số lớn nhất là ${formatNumber(limits.max, 'vi')}.`,
      `The largest allowed is ${formatNumber(limits.max, 'en')}.`,
    );
  return { ok: true, value };
}

/** A stored value as the field shows it: decimal comma in Vietnamese, `scale` for shares shown in %. */
export function showNumber(value: unknown, lang: Lang, scale = 1): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return formatNumber(Math.round(value * scale * 1e6) / 1e6, lang);
}
