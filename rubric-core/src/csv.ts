import { type InputIssue, TusoiInputError } from './errors.js';
import { LEVEL_NAMES, LEVELS, type Level } from './levels.js';
import { type Pack, packCriteria } from './packs/pack.js';
import { COHORT_FORMAT, type Cohort } from './schemas/cohort.js';

/** Criterion values read from a spreadsheet. */
export type CsvItems = Record<string, number | boolean>;

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
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const ID_HEADERS = ['id', 'mã', 'ma', 'mã tiêu chí', 'ma tieu chi', 'criterion'];
const VALUE_HEADERS = ['points', 'điểm', 'diem', 'điểm đạt', 'diem dat', 'value', 'giá trị'];
const YES = new Set(['đảm bảo', 'dam bao', 'x', 'true', 'có', 'co', 'đạt', 'dat']);
const NO = new Set(['không đảm bảo', 'khong dam bao', 'false', 'không', 'khong', 'không đạt', 'khong dat']);

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
const columnLetter = (i: number) => String.fromCharCode(65 + i);

// Excel writes UTF-8 with a BOM and, in Vietnamese locales, semicolons: accept both separators.
function readSheet(text: string): { rows: string[][]; header: string[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseRows(body, sep);
  return { rows, header: (rows[0] ?? []).map(norm) };
}

/**
 * Reads a scoring sheet exported from Excel as CSV: UTF-8 with or without BOM, comma or
 * semicolon separated, one row per criterion with an id column (`id` / `mã`) and a value column
 * (`points` / `điểm`): a number (decimal comma accepted) or đảm bảo / không đảm bảo.
 *
 * @throws {TusoiInputError} Naming the row (as Excel numbers it) and column of every problem.
 */
export function itemsFromCsv(text: string, pack: Pack): CsvItems {
  const { rows, header } = readSheet(text);
  const idCol = header.findIndex((h) => ID_HEADERS.includes(h));
  const valueCol = header.findIndex((h) => VALUE_HEADERS.includes(h));
  if (idCol < 0 || valueCol < 0) {
    throw new TusoiInputError([
      {
        path: 'row 1',
        message: {
          vi: 'dòng tiêu đề cần có cột "mã" (id) và cột "điểm" (points)',
          en: 'the header row needs an "id" (mã) column and a "points" (điểm) column',
        },
      },
    ]);
  }
  const known = new Map(packCriteria(pack).map(({ criterion }) => [criterion.id, criterion]));
  const items: CsvItems = {};
  const issues: InputIssue[] = [];
  rows.slice(1).forEach((row, r) => {
    const line = r + 2;
    if (row.every((f) => f.trim() === '')) return;
    const id = (row[idCol] ?? '').trim();
    const raw = (row[valueCol] ?? '').trim();
    const at = (col: number) => `row ${line}, column ${columnLetter(col)} (${rows[0]?.[col] ?? ''})`;
    const criterion = known.get(id);
    if (criterion === undefined) {
      issues.push({
        path: at(idCol),
        message: {
          vi: `bảng "${pack.id}" không có tiêu chí "${id}"`,
          en: `pack "${pack.id}" has no criterion "${id}"`,
        },
      });
      return;
    }
    if (id in items) {
      issues.push({
        path: at(idCol),
        message: { vi: `tiêu chí "${id}" xuất hiện hai lần`, en: `criterion "${id}" appears twice` },
      });
      return;
    }
    const word = norm(raw);
    if (YES.has(word)) items[id] = true;
    else if (NO.has(word)) items[id] = false;
    else if (/^-?\d+([.,]\d+)?$/.test(raw)) items[id] = Number(raw.replace(',', '.'));
    else
      issues.push({
        path: at(valueCol),
        message: {
          vi: `"${raw}" không phải là điểm hay "đảm bảo / không đảm bảo"`,
          en: `"${raw}" is neither points nor met / not met`,
        },
      });
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return items;
}

const NAME_HEADERS = ['họ và tên', 'họ tên', 'ho va ten', 'ho ten', 'đảng viên', 'dang vien', 'name', 'id'];
const GROUP_HEADERS = ['chi bộ', 'chi bo', 'nhóm', 'nhom', 'group'];
const LEVEL_HEADERS = ['mức đề xuất', 'muc de xuat', 'đề xuất', 'de xuat', 'xếp loại', 'xep loai', 'level'];
const TOTAL_HEADERS = ['tổng điểm', 'tong diem', 'điểm', 'diem', 'total'];

function levelOf(raw: string): Level | undefined {
  const word = norm(raw);
  return LEVELS.find((l) => l.toLowerCase() === word || norm(LEVEL_NAMES[l].vi) === word);
}

/**
 * Reads a party cell's members from a spreadsheet saved as CSV (same dialect as
 * {@link itemsFromCsv}): one row per member with a name (`họ và tên`), a proposed level (`mức đề
 * xuất`: HTXSNV … or the level's Vietnamese name) and a total (`tổng điểm`, decimal comma
 * accepted); a `chi bộ` column puts members in groups (one group `chi-bo` without it). The
 * result is a tusoi.cohort/1 for {@link applyQuota}.
 *
 * @throws {TusoiInputError} Naming the row (as Excel numbers it) and column of every problem.
 */
export function cohortFromCsv(text: string): Cohort {
  const { rows, header } = readSheet(text);
  const col = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const nameCol = col(NAME_HEADERS);
  const groupCol = col(GROUP_HEADERS);
  const levelCol = col(LEVEL_HEADERS);
  const totalCol = col(TOTAL_HEADERS);
  if (nameCol < 0 || levelCol < 0 || totalCol < 0) {
    throw new TusoiInputError([
      {
        path: 'row 1',
        message: {
          vi: 'dòng tiêu đề cần có cột "họ và tên", "mức đề xuất" và "tổng điểm"',
          en: 'the header row needs "họ và tên" (name), "mức đề xuất" (level) and "tổng điểm" (total) columns',
        },
      },
    ]);
  }
  const members: Cohort['members'][number][] = [];
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, r) => {
    const line = r + 2;
    if (row.every((f) => f.trim() === '')) return;
    const at = (c: number) => `row ${line}, column ${columnLetter(c)} (${rows[0]?.[c] ?? ''})`;
    const id = (row[nameCol] ?? '').trim();
    const group = groupCol < 0 ? 'chi-bo' : (row[groupCol] ?? '').trim();
    const rawLevel = (row[levelCol] ?? '').trim();
    const rawTotal = (row[totalCol] ?? '').trim();
    const level = levelOf(rawLevel);
    const before = issues.length;
    if (id === '') issues.push({ path: at(nameCol), message: { vi: 'thiếu họ và tên', en: 'the name is empty' } });
    else if (seen.has(id))
      issues.push({ path: at(nameCol), message: { vi: `"${id}" xuất hiện hai lần`, en: `"${id}" appears twice` } });
    if (group === '') issues.push({ path: at(groupCol), message: { vi: 'thiếu chi bộ', en: 'the group is empty' } });
    if (level === undefined)
      issues.push({
        path: at(levelCol),
        message: {
          vi: `"${rawLevel}" không phải là mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV)`,
          en: `"${rawLevel}" is not a level (HTXSNV, HTTNV, HTNV, KHTNV)`,
        },
      });
    if (!/^\d+([.,]\d+)?$/.test(rawTotal))
      issues.push({
        path: at(totalCol),
        message: { vi: `"${rawTotal}" không phải là tổng điểm`, en: `"${rawTotal}" is not a total score` },
      });
    if (issues.length > before || level === undefined) return;
    seen.add(id);
    members.push({ id, group, level, total: Number(rawTotal.replace(',', '.')) });
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return { format: COHORT_FORMAT, members };
}
