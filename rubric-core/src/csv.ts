import { MAX_DECIMALS, toMicro } from './decimal.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { deepFreeze } from './internal/frozen.js';
import { textKey } from './internal/key.js';
import { LEVEL_NAMES, LEVELS, type Level } from './levels.js';
import { formatNumber } from './message.js';
import { packCriteria } from './packs/compute.js';
import type { Pack } from './packs/pack.js';
import { COHORT_FORMAT, type Cohort, QUOTA_RATES } from './schemas/cohort.js';

// Spreadsheets saved as CSV, read the way Excel wrote them: UTF-8 (BOM or not), UTF-16 with a BOM,
// or the legacy Vietnamese code page; `,` or `;`; rows and columns named as Excel shows them.

/** Criterion values read from a spreadsheet (a null-prototype object: any id is a plain key). */
export type CsvItems = Record<string, number | boolean>;

/** Encodings {@link decodeCsv} reads. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** Text decoded from a file's bytes, with the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

const SAVE_AS = {
  vi: 'Trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)" rồi thử lại.',
  en: 'In Excel choose File → Save As → "CSV UTF-8 (Comma delimited)" and try again.',
};

// Vietnamese letters (NFC) that a Windows-1258 file decodes to: base letters with their tone marks.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * Whether text decoded as Windows-1258 is clearly Vietnamese: every non-ASCII character is a
 * Vietnamese letter (tone marks composed onto a vowel), with no control characters. Text in
 * another code page (Windows-1252 French, Windows-1251 …) leaves other letters or stray marks.
 */
function clearlyVietnamese(text: string): boolean {
  let vietnamese = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      if (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t') return false;
      continue;
    }
    if (!VIETNAMESE.test(ch)) return false;
    vietnamese++;
  }
  return vietnamese > 0;
}

/**
 * Decodes a CSV file's bytes: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8 when the
 * bytes are valid UTF-8; otherwise Windows-1258 (legacy Excel "CSV" on Vietnamese Windows) when
 * the text is clearly Vietnamese, `encoding` saying so.
 *
 * @throws {TusoiInputError} `csv-encoding`: the bytes are neither, naming how to save "CSV UTF-8".
 */
export function decodeCsv(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try the Vietnamese legacy code page below.
  }
  let legacy: string | undefined;
  try {
    legacy = new TextDecoder('windows-1258', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    legacy = undefined; // a runtime without that code page, or bytes it does not map
  }
  if (legacy !== undefined && clearlyVietnamese(legacy)) return { text: legacy, encoding: 'windows-1258' };
  throw new TusoiInputError([
    {
      code: 'csv-encoding',
      path: '',
      message: {
        vi: `tệp không phải UTF-8 và không đọc được chắc chắn theo bảng mã tiếng Việt Windows-1258. ${SAVE_AS.vi}`,
        en: `the file is not UTF-8 and cannot be read with certainty as Vietnamese Windows-1258. ${SAVE_AS.en}`,
      },
    },
  ]);
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TusoiInputError([
      {
        code: 'csv-encoding',
        path: '',
        message: {
          vi: `tệp có dấu BOM ${encoding.toUpperCase()} nhưng nội dung không đúng bảng mã đó. ${SAVE_AS.vi}`,
          en: `the file has a ${encoding.toUpperCase()} byte-order mark but its bytes are not ${encoding.toUpperCase()}. ${SAVE_AS.en}`,
        },
      },
    ]);
  }
}

/** The column name Excel shows: A … Z, AA … AZ, BA … (0-based index in). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

interface Sheet {
  readonly rows: string[][];
  /** Header cells as matched: NFC, trimmed, lower case, inner white space collapsed. */
  readonly header: string[];
}

/** Splits CSV text into rows of fields (RFC 4180 quoting; any line ending). */
function parseRows(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) {
    throw new TusoiInputError([
      {
        code: 'csv-quote',
        path: `row ${rows.length + 1}`,
        message: {
          vi: `dòng ${rows.length + 1}: dấu ngoặc kép (") mở mà không đóng`,
          en: `row ${rows.length + 1}: a double quote (") is opened and never closed`,
        },
      },
    ]);
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const headerKey = (s: string) => textKey(s).toLowerCase().replace(/\s+/g, ' ');

/**
 * The separator of the first line (outside quotes): a tab when it has tabs and no more commas or
 * semicolons (cells copied from Excel are tab-separated), else `;` when it has more of them than
 * commas, else `,`.
 */
function separatorOf(body: string): string {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > 0 && tabs >= commas && tabs >= semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads rows; a row with more (non-empty) fields than the header is an error naming it: an
 * unquoted decimal comma (65,5 in a comma-separated file) would otherwise be read as 65.
 */
/**
 * The sheet's text: a string as it is, bytes (a Uint8Array, e.g. a file read in the browser)
 * through {@link decodeCsv}. Anything else is refused with a typed issue, never a raw TypeError.
 */
function sheetText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return decodeCsv(input).text;
  throw new TusoiInputError([
    {
      code: 'type',
      path: '',
      message: {
        vi: 'bảng tính CSV phải là chuỗi ký tự hoặc các byte của tệp (Uint8Array)',
        en: 'a CSV sheet must be a string or the file’s bytes (Uint8Array)',
      },
    },
  ]);
}

function readSheet(input: string | Uint8Array): Sheet {
  const body = sheetText(input).replace(/^\uFEFF/, '');
  const sep = separatorOf(body);
  const rows = parseRows(body, sep);
  const width = rows[0]?.length ?? 0;
  const issues: InputIssue[] = [];
  rows.forEach((row, r) => {
    if (r === 0 || row.length <= width) return;
    if (row.slice(width).every((f) => f.trim() === '')) return; // trailing empty cells
    if (sep === '\t') {
      issues.push({
        code: 'csv-extra-fields',
        path: `row ${r + 1}`,
        message: {
          vi: `dòng ${r + 1} có ${row.length} ô nhưng dòng tiêu đề chỉ có ${width} ô (các ô tách bằng dấu tab, như khi chép từ Excel): hãy chép cả dòng tiêu đề cùng các cột đó.`,
          en: `row ${r + 1} has ${row.length} cells but the header has ${width} (cells separated by tabs, as copied from Excel): copy the header row with the same columns.`,
        },
      });
      return;
    }
    issues.push({
      code: 'csv-extra-fields',
      path: `row ${r + 1}`,
      message: {
        vi: `dòng ${r + 1} có ${row.length} ô nhưng dòng tiêu đề chỉ có ${width} ô (tách bằng "${sep}"). Số thập phân có dấu phẩy phải đặt trong ngoặc kép ("65,5"), hoặc lưu tệp với dấu chấm phẩy (;) làm dấu phân cách.`,
        en: `row ${r + 1} has ${row.length} fields but the header has ${width} (separated by "${sep}"). Put decimal commas in quotes ("65,5"), or save the file with semicolons (;) as separators.`,
      },
    });
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return { rows, header: (rows[0] ?? []).map(headerKey) };
}

/**
 * The one column whose header is among `names`: -1 when none; an error naming both when two match
 * (two level columns, "Xếp loại" and "Đề xuất": which one is meant cannot be guessed).
 */
function findColumn(sheet: Sheet, names: readonly string[], what: { vi: string; en: string }, issues: InputIssue[]) {
  const found: number[] = [];
  sheet.header.forEach((h, i) => {
    if (names.includes(h)) found.push(i);
  });
  if (found.length > 1) {
    const list = found.map((i) => `${columnLetter(i)} "${sheet.rows[0]?.[i]?.trim() ?? ''}"`).join(', ');
    issues.push({
      code: 'csv-ambiguous-column',
      path: 'row 1',
      message: {
        vi: `có ${found.length} cột ${what.vi} (${list}); hãy giữ một cột hoặc đổi tên cột kia`,
        en: `${found.length} columns could be the ${what.en} (${list}); keep one or rename the other`,
      },
    });
  }
  return found[0] ?? -1;
}

function at(sheet: Sheet, row: number, col: number): string {
  return `row ${row}, column ${columnLetter(col)} (${sheet.rows[0]?.[col]?.trim() ?? ''})`;
}

/** One column a CSV reader looks for: the header names it accepts (any case, extra spaces ignored). */
export interface CsvColumn {
  /** What the column holds, in Vietnamese and English. */
  readonly label: { readonly vi: string; readonly en: string };
  /** Whether the sheet must have it. */
  readonly required: boolean;
  /** Every accepted header (compared after NFC, trimming, lower case and single spaces). */
  readonly headers: readonly string[];
}

/**
 * The header names {@link itemsFromCsv} (`items`) and {@link cohortFromCsv} (`cohort`) accept, per
 * column; the one home of these aliases (docs/format.md is generated from it).
 */
export const CSV_COLUMNS = /* @__PURE__ */ deepFreeze({
  items: {
    id: {
      label: { vi: 'mã tiêu chí', en: 'criterion id' },
      required: true,
      headers: ['id', 'mã', 'ma', 'mã tiêu chí', 'ma tieu chi', 'criterion'],
    },
    points: {
      label: { vi: 'điểm', en: 'points' },
      required: true,
      headers: ['points', 'điểm', 'diem', 'điểm đạt', 'diem dat', 'value', 'giá trị', 'gia tri'],
    },
  },
  cohort: {
    name: {
      label: { vi: 'họ và tên', en: 'name' },
      required: true,
      headers: ['họ và tên', 'họ tên', 'ho va ten', 'ho ten', 'đảng viên', 'dang vien', 'name', 'id'],
    },
    group: {
      label: { vi: 'chi bộ', en: 'group' },
      required: false,
      headers: ['chi bộ', 'chi bo', 'nhóm', 'nhom', 'group'],
    },
    level: {
      label: { vi: 'mức xếp loại', en: 'level' },
      required: true,
      headers: ['mức đề xuất', 'muc de xuat', 'đề xuất', 'de xuat', 'xếp loại', 'xep loai', 'level'],
    },
    total: {
      label: { vi: 'tổng điểm', en: 'total' },
      required: true,
      headers: ['tổng điểm', 'tong diem', 'điểm', 'diem', 'total'],
    },
    rate: {
      label: { vi: 'tỉ lệ', en: 'rate' },
      required: false,
      headers: ['tỉ lệ', 'tỷ lệ', 'ti le', 'ty le', 'rate'],
    },
  },
} as const satisfies Record<string, Record<string, CsvColumn>>);

/** The csv-header error: each missing required column with every header it accepts. */
function missingColumns(columns: Record<string, CsvColumn>, found: Record<string, number>): TusoiInputError {
  const missing = Object.entries(columns).filter(([key, c]) => c.required && (found[key] ?? -1) < 0);
  const list = (lang: 'vi' | 'en') =>
    missing.map(([, c]) => `${c.label[lang]} (${c.headers.map((h) => `"${h}"`).join(', ')})`).join('; ');
  return new TusoiInputError([
    {
      code: 'csv-header',
      path: 'row 1',
      message: {
        vi: `dòng tiêu đề thiếu cột: ${list('vi')}`,
        en: `the header row lacks the column(s): ${list('en')}`,
      },
    },
  ]);
}

const YES = new Set(['đảm bảo', 'dam bao', 'x', 'true', 'có', 'co', 'đạt', 'dat']);
const NO = new Set(['không đảm bảo', 'khong dam bao', 'false', 'không', 'khong', 'không đạt', 'khong dat']);
const NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * Reads a scoring sheet exported from Excel as CSV (see {@link decodeCsv} for bytes): comma or
 * semicolon separated, one row per criterion with an id column (`id` / `mã`) and a value column
 * (`points` / `điểm`): points (decimal comma accepted, 0 to the criterion's max, at most 6
 * decimals; a binary criterion takes 0 or its max) or đảm bảo / không đảm bảo. Ids are compared
 * after NFC and trimming.
 *
 * @throws {TusoiInputError} Naming the row (as Excel numbers it) and column (A, B … AA) of every problem.
 */
export function itemsFromCsv(text: string | Uint8Array, pack: Pack): CsvItems {
  const sheet = readSheet(text);
  const issues: InputIssue[] = [];
  const cols = CSV_COLUMNS.items;
  const idCol = findColumn(sheet, cols.id.headers, cols.id.label, issues);
  const valueCol = findColumn(sheet, cols.points.headers, cols.points.label, issues);
  if (issues.length > 0) throw new TusoiInputError(issues);
  if (idCol < 0 || valueCol < 0) throw missingColumns(cols, { id: idCol, points: valueCol });
  const known = new Map(packCriteria(pack).map(({ criterion }) => [textKey(criterion.id), criterion]));
  const items: CsvItems = Object.create(null);
  sheet.rows.forEach((row, r) => {
    const line = r + 1;
    if (r === 0 || row.every((f) => f.trim() === '')) return;
    const id = textKey(row[idCol] ?? '');
    const raw = (row[valueCol] ?? '').trim();
    const criterion = known.get(id);
    if (criterion === undefined) {
      issues.push({
        code: 'unknown-criterion',
        path: at(sheet, line, idCol),
        message: {
          vi: `bảng "${pack.id}" không có tiêu chí "${id}"`,
          en: `pack "${pack.id}" has no criterion "${id}"`,
        },
      });
      return;
    }
    if (Object.hasOwn(items, criterion.id)) {
      issues.push({
        code: 'duplicate-id',
        path: at(sheet, line, idCol),
        message: { vi: `tiêu chí "${id}" xuất hiện hai lần`, en: `criterion "${id}" appears twice` },
      });
      return;
    }
    const word = headerKey(raw);
    if (YES.has(word)) items[criterion.id] = true;
    else if (NO.has(word)) items[criterion.id] = false;
    else if (NUMBER.test(raw)) {
      const value = Number(raw.replace(',', '.'));
      const micro = toMicro(value);
      const max = toMicro(criterion.max);
      const ok =
        !raw.startsWith('-') &&
        !Number.isNaN(micro) &&
        (criterion.mode === 'binary' ? micro === 0 || micro === max : micro >= 0 && micro <= max);
      if (ok) items[criterion.id] = value;
      else
        issues.push({
          code: Number.isNaN(micro) ? 'decimals' : criterion.mode === 'binary' ? 'binary-value' : 'points-range',
          path: at(sheet, line, valueCol),
          message:
            criterion.mode === 'binary'
              ? {
                  vi: `"${raw}": tiêu chí "đảm bảo / không đảm bảo" chỉ nhận ${formatNumber(criterion.max, 'vi')} hoặc 0`,
                  en: `"${raw}": a met / not-met criterion takes ${criterion.max} or 0`,
                }
              : {
                  vi: `"${raw}": điểm phải từ 0 đến ${formatNumber(criterion.max, 'vi')}, tối đa ${MAX_DECIMALS} chữ số thập phân`,
                  en: `"${raw}": points must be 0 to ${criterion.max}, at most ${MAX_DECIMALS} decimals`,
                },
        });
    } else
      issues.push({
        code: 'type',
        path: at(sheet, line, valueCol),
        message: {
          vi: `"${raw}" không phải là điểm hay "đảm bảo / không đảm bảo"`,
          en: `"${raw}" is neither points nor met / not met`,
        },
      });
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return items;
}

function levelOf(raw: string): Level | undefined {
  const word = headerKey(raw);
  return LEVELS.find((l) => l.toLowerCase() === word || headerKey(LEVEL_NAMES[l].vi) === word);
}

/** A group's rate as typed: 20%, 25%, 0,2, 0.25, 20 or 25. */
function rateOf(raw: string): (typeof QUOTA_RATES)[number] | undefined {
  const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(raw.trim());
  if (m === null) return undefined;
  const n = Number((m[1] as string).replace(',', '.'));
  const share = raw.includes('%') || n >= 1 ? n / 100 : n;
  return QUOTA_RATES.find((r) => r === share);
}

/**
 * Reads a party cell's members from a spreadsheet saved as CSV (same dialect as
 * {@link itemsFromCsv}): one row per member with a name (`họ và tên`), a proposed level (`mức đề
 * xuất`: HTXSNV … or the level's Vietnamese name) and a total (`tổng điểm`, 0–100, decimal comma
 * accepted); a `chi bộ` column puts members in groups (one group `chi-bo` without it) and a
 * `tỉ lệ` column gives a group's rate (20% or 25%, Điều 11 khoản 1.5); every accepted header is in
 * {@link CSV_COLUMNS}. Names and groups are
 * compared after NFC and trimming. The result is a tusoi.cohort/1 for {@link applyQuota}.
 *
 * @param text The sheet as text, or as the file's bytes (decoded by {@link decodeCsv}: UTF-8, UTF-16 with a BOM, Windows-1258).
 * @throws {TusoiInputError} Naming the row (as Excel numbers it) and column of every problem.
 */
export function cohortFromCsv(text: string | Uint8Array): Cohort {
  const sheet = readSheet(text);
  const issues: InputIssue[] = [];
  const cols = CSV_COLUMNS.cohort;
  const nameCol = findColumn(sheet, cols.name.headers, cols.name.label, issues);
  const groupCol = findColumn(sheet, cols.group.headers, cols.group.label, issues);
  const levelCol = findColumn(sheet, cols.level.headers, cols.level.label, issues);
  const totalCol = findColumn(sheet, cols.total.headers, cols.total.label, issues);
  const rateCol = findColumn(sheet, cols.rate.headers, cols.rate.label, issues);
  if (issues.length > 0) throw new TusoiInputError(issues);
  if (nameCol < 0 || levelCol < 0 || totalCol < 0)
    throw missingColumns(cols, { name: nameCol, level: levelCol, total: totalCol });
  const members: Cohort['members'][number][] = [];
  const rates = new Map<string, { rate: (typeof QUOTA_RATES)[number]; line: number; cell: string }>();
  const seen = new Map<string, number>();
  sheet.rows.forEach((row, r) => {
    const line = r + 1;
    if (r === 0 || row.every((f) => f.trim() === '')) return;
    const cell = (c: number) => at(sheet, line, c);
    const id = textKey(row[nameCol] ?? '');
    const group = groupCol < 0 ? 'chi-bo' : textKey(row[groupCol] ?? '');
    const rawLevel = (row[levelCol] ?? '').trim();
    const rawTotal = (row[totalCol] ?? '').trim();
    const level = levelOf(rawLevel);
    const before = issues.length;
    if (id === '')
      issues.push({
        code: 'missing',
        path: cell(nameCol),
        message: { vi: 'thiếu họ và tên', en: 'the name is empty' },
      });
    else if (seen.has(id))
      issues.push({
        code: 'duplicate-id',
        path: cell(nameCol),
        message: {
          vi: `"${id}" xuất hiện hai lần (lần đầu ở dòng ${seen.get(id)})`,
          en: `"${id}" appears twice (first at row ${seen.get(id)})`,
        },
      });
    if (group === '')
      issues.push({ code: 'missing', path: cell(groupCol), message: { vi: 'thiếu chi bộ', en: 'the group is empty' } });
    if (level === undefined)
      issues.push({
        code: 'not-allowed',
        path: cell(levelCol),
        message: {
          vi: `"${rawLevel}" không phải là mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV)`,
          en: `"${rawLevel}" is not a level (HTXSNV, HTTNV, HTNV, KHTNV)`,
        },
      });
    const total = /^\d+([.,]\d+)?$/.test(rawTotal) ? Number(rawTotal.replace(',', '.')) : Number.NaN;
    if (Number.isNaN(total) || total > 100 || Number.isNaN(toMicro(total)))
      issues.push({
        code: Number.isNaN(total) ? 'type' : total > 100 ? 'max-value' : 'decimals',
        path: cell(totalCol),
        message: {
          vi: `"${rawTotal}" không phải là tổng điểm (0 đến 100, tối đa ${MAX_DECIMALS} chữ số thập phân)`,
          en: `"${rawTotal}" is not a total score (0 to 100, at most ${MAX_DECIMALS} decimals)`,
        },
      });
    if (rateCol >= 0 && (row[rateCol] ?? '').trim() !== '') {
      const raw = (row[rateCol] as string).trim();
      const rate = rateOf(raw);
      const earlier = rates.get(group);
      if (rate === undefined)
        issues.push({
          code: 'not-allowed',
          path: cell(rateCol),
          message: { vi: `"${raw}": tỉ lệ là 20% hoặc 25%`, en: `"${raw}": the rate is 20% or 25%` },
        });
      else if (earlier !== undefined && earlier.rate !== rate)
        issues.push({
          code: 'rate-conflict',
          path: cell(rateCol),
          message: {
            vi: `chi bộ "${group}" có tỉ lệ ${raw} ở đây nhưng ${earlier.rate * 100}% ở dòng ${earlier.line}`,
            en: `group "${group}" has rate ${raw} here but ${earlier.rate * 100}% at row ${earlier.line}`,
          },
        });
      else if (earlier === undefined) rates.set(group, { rate, line, cell: cell(rateCol) });
    }
    if (id !== '' && !seen.has(id)) seen.set(id, line);
    if (issues.length > before || level === undefined) return;
    members.push({ id, group, level, total });
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  if (rates.size === 0) return { format: COHORT_FORMAT, members };
  const groups: NonNullable<Cohort['groups']> = Object.create(null);
  for (const [name, { rate }] of rates) groups[name] = { rate };
  const cohort: Cohort = { format: COHORT_FORMAT, members, groups };
  rateCells.set(cohort, new Map([...rates].map(([name, r]) => [name, r.cell])));
  return cohort;
}

// Where each group's rate was written in the sheet, for a later problem with it (a rate option
// that conflicts, found by applyQuota) to name the row and column rather than `groups.<name>.rate`.
const rateCells = new WeakMap<Cohort, ReadonlyMap<string, string>>();

/** The sheet cell ("row 3, column E (Tỉ lệ)") where `cohortFromCsv` read a group's rate, if it did. */
export function csvRateCell(cohort: Cohort, group: string): string | undefined {
  return rateCells.get(cohort)?.get(group);
}
