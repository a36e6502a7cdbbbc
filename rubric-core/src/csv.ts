import { type InputIssue, TusoiInputError } from './errors.js';
import { type Pack, packCriteria } from './packs/pack.js';

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

/**
 * Reads a scoring sheet exported from Excel as CSV: UTF-8 with or without BOM, comma or
 * semicolon separated, one row per criterion with an id column (`id` / `mã`) and a value column
 * (`points` / `điểm`): a number (decimal comma accepted) or đảm bảo / không đảm bảo.
 *
 * @throws {TusoiInputError} Naming the row (as Excel numbers it) and column of every problem.
 */
export function itemsFromCsv(text: string, pack: Pack): CsvItems {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = parseRows(body, sep);
  const header = (rows[0] ?? []).map(norm);
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
