import type { ReviewDocument } from './model.js';

/** Longest file name stem kept, in code points (Windows allows 255 UTF-16 units per name; paths add more). */
export const MAX_STEM = 120;

// Device names Windows reserves, with or without an extension (CON.docx is CON).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Characters Windows forbids in a name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * A file name that Windows, macOS and Linux all accept: forbidden characters (`<>:"/\|?*`,
 * control characters) become `_`, white space is collapsed, trailing dots and spaces go, a reserved
 * device name (CON, PRN, AUX, NUL, COM0–9, LPT0–9) gets a leading `_`, and the stem is cut to
 * {@link MAX_STEM} code points (never inside a character). Text is NFC, so "ễ" stays one character.
 *
 * @param stem The name without extension; an empty result becomes `fallback`.
 * @param ext The extension without the dot, e.g. `docx`.
 */
export function sanitizeFileName(stem: string, ext: string, fallback = 'tai-lieu'): string {
  let s = stem.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN, '_').trim();
  s = Array.from(s).slice(0, MAX_STEM).join('');
  s = s.replace(/[. ]+$/, '');
  if (s === '') s = fallback;
  const device = s.split('.')[0] ?? s;
  if (RESERVED.test(device.trim())) s = `_${s}`;
  return `${s}.${ext}`;
}

/** The file name of a review document: its title, period and the person's name, e.g. "Bản kiểm điểm Năm 2025 - Nguyễn Văn A.docx". */
export function documentFileName(
  doc: Pick<ReviewDocument, 'form'>,
  period: { readonly year: number; readonly quarter?: number | undefined },
  name: string | undefined,
  ext = 'docx',
): string {
  const kind =
    doc.form === 'quarterly' ? 'Bản tự đánh giá' : doc.form === '01' ? 'Báo cáo kiểm điểm tập thể' : 'Bản kiểm điểm';
  const when = period.quarter === undefined ? `Năm ${period.year}` : `Quý ${period.quarter} Năm ${period.year}`;
  const who = name?.trim() ? ` - ${name.trim()}` : '';
  return sanitizeFileName(`${kind} ${when}${who}`, ext, `${kind} ${when}`);
}

/**
 * The same file name in ASCII only: Vietnamese letters lose their diacritics ("Nguyễn" → "Nguyen",
 * "Đỗ" → "Do"), and any other character outside printable ASCII becomes `_`. For a place that may
 * be unable to write other letters, e.g. Chromium on Linux saving a download under a system locale
 * that is not UTF-8 (it then saves the file as "download", without its extension).
 *
 * @param fileName A name from {@link documentFileName} or {@link sanitizeFileName} (no forbidden characters).
 */
export function asciiFileName(fileName: string): string {
  // NFD splits "ễ" into "e" and its marks; đ/Đ is a letter of its own, not e.g. d plus a mark.
  const plain = fileName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return plain.replace(/[^\x20-\x7e]/gu, '_');
}
