// A quarterly task table read without a map: a table whose header names the task (sản phẩm) and
// at least two of its components A/B/C/D, each data row a task with a control under those columns
// (an ASP.NET GridView of TextBoxes, a Bootstrap table of inputs). It becomes a `tasks` step.
// Row code: detection finds task tables only where `@tusoi/form-kit/rows` is loaded.

import { cssPath } from './css-path';
import { CONTROL, headerRow, shownText } from './labels';
import type { TaskCell } from './rows';
import { labelRank } from './text';

// The column headers of each cell as quarterly forms write them ("A (khối lượng)", "Khối lượng (A)").
const HEADS: readonly (readonly [TaskCell, readonly string[]])[] = [
  ['A', ['A', 'Khối lượng']],
  ['B', ['B', 'Chất lượng']],
  ['C', ['C', 'Tiến độ']],
  ['D', ['D', 'Tổ chức thực hiện']],
  ['axis', ['Trục']],
  ['weight', ['Trọng số']],
  ['exceeded', ['Vượt chuẩn']],
  ['completed', ['Hoàn thành', 'Đã hoàn thành']],
  ['name', ['Tên nhiệm vụ', 'Tên sản phẩm', 'Nhiệm vụ', 'Sản phẩm', 'Nội dung nhiệm vụ', 'Tên công việc']],
];

// A data row: a cell holding a field (the header row has none; a hidden key field is no field).
const FIELD = 'input:not([type=hidden]), select, textarea';
const ROW = `tr:has(> td :is(${FIELD}))`;

/**
 * The task tables of a scope, each as a map's `tasks` step: `rows` selects the table's rows that
 * hold a control in a cell, `cells` the control under each recognised column (name, axis, weight,
 * A–D, exceeded, completed) of the first such row; a column whose cell holds no control (a total the page
 * computes) is left out. A table needs a name column and two of A–D.
 */
export function taskTables(scope: ParentNode): { rows: string; cells: Partial<Record<TaskCell, string>> }[] {
  const out: { rows: string; cells: Partial<Record<TaskCell, string>> }[] = [];
  for (const table of scope.querySelectorAll('table')) {
    // As ROW selects (read here cell by cell: happy-dom's :has(> td …) also takes a row of td without a field).
    const first = [...table.querySelectorAll(':scope > tbody > tr')].find((r) =>
      [...r.children].some((c) => c.localName === 'td' && c.querySelector(FIELD)),
    );
    if (!first) continue;
    const cells = [headerRow(table), ...plainHeads(table, first)]
      .map((head) => (head ? columns(head, first) : null))
      .find((c) => c !== null);
    if (cells) out.push({ rows: `${cssPath(table)} > tbody > ${ROW}`, cells });
  }
  return out;
}

// An old layout's header written in td ("<td bgcolor><b>Tên sản phẩm</b></td>"): the table's first row, or the row
// just above its first data row, holding no control (a data row is never a header) and only cells.
function plainHeads(table: Element, first: Element): Element[] {
  const rows = [table.querySelector(':scope > tbody > tr'), first.previousElementSibling];
  return rows.filter(
    (r, i): r is Element =>
      r !== null && r !== first && rows.indexOf(r) === i && r.localName === 'tr' && !r.querySelector(CONTROL),
  );
}

// The recognised columns of a header row, each where the first data row holds a control under it; null unless
// it names the task and two of A–D.
function columns(head: Element, first: Element): Partial<Record<TaskCell, string>> | null {
  const texts = [...head.children].map((h) => shownText(h).replace(/\s+/g, ' ').trim());
  const taken = new Set<number>();
  const cells: Partial<Record<TaskCell, string>> = {};
  for (const [cell, words] of HEADS) {
    let best = -1;
    let rank = 1;
    texts.forEach((t, i) => {
      const r = Math.max(...words.map((w) => labelRank(t, w)));
      if (r > rank && !taken.has(i)) [best, rank] = [i, r];
    });
    const css = `:scope > :nth-child(${best + 1})`;
    if (best < 0 || !first.querySelector(`${css} :is(${CONTROL})`)) continue;
    taken.add(best);
    cells[cell] = css;
  }
  return cells.name && ['A', 'B', 'C', 'D'].filter((c) => c in cells).length >= 2 ? cells : null;
}
