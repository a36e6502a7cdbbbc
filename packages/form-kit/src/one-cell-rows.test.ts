// The boundaries of reading a criterion row whose answers are radios in one cell, and of a task
// table by column (real pages of each make: test/one-cell-rows.spec.ts).
import { describe, expect, it } from 'vitest';
import { criteriaRows } from './sections';
import { taskTables } from './task-table';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const radio = (name: string, text: string, i: number) =>
  `<input type="radio" id="${name}${i}" name="${name}"><label for="${name}${i}">${text}</label>`;
const criteria = (...answers: string[]) =>
  `<table><tr><th>STT</th><th>Tiêu chí</th><th>Tự đánh giá</th></tr><tr><td>1.1</td><td>Tiêu chí một</td><td>${answers
    .map((a, i) => radio('r', a, i))
    .join('')}</td></tr></table>`;

describe('criteriaRows: radios in one cell', () => {
  it('reads met, not met and K/AD by their own words ("Không đảm bảo" is never "Đảm bảo")', () => {
    const rows = criteriaRows(page(criteria('Không đảm bảo', 'Đảm bảo', 'K/AD')));
    expect(rows).toEqual([
      {
        code: '1.1',
        text: '1.1 Tiêu chí một',
        met: { table: '', row: '1.1', column: 'Tự đánh giá', choice: 'Đảm bảo' },
        notMet: { table: '', row: '1.1', column: 'Tự đánh giá', choice: 'Không đảm bảo' },
        notApplicable: { table: '', row: '1.1', column: 'Tự đánh giá', choice: 'K/AD' },
      },
    ]);
  });
  it('needs both a met and a not-met radio: "Đảm bảo" beside another word is no row', () => {
    expect(criteriaRows(page(criteria('Đảm bảo', 'Khác')))).toEqual([]);
  });
  it("two radios with one answer's words are no row (which to press cannot be told)", () => {
    expect(criteriaRows(page(criteria('Đảm bảo', 'Đảm bảo', 'Không đảm bảo')))).toEqual([]);
  });
  it('"Đạt / Không đạt" radios are answers too; without K/AD there is no notApplicable', () => {
    const [row] = criteriaRows(page(criteria('Đạt', 'Không đạt')));
    expect(row?.met).toMatchObject({ choice: 'Đạt' });
    expect(row?.notMet).toMatchObject({ choice: 'Không đạt' });
    expect(row && 'notApplicable' in row).toBe(false);
  });
});

const tasks = (heads: string[], cells: string[]) =>
  `<table id="nv"><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr><tr>${cells
    .map((c) => `<td>${c}</td>`)
    .join('')}</tr></table>`;

describe('taskTables', () => {
  it('a name column and two of A–D make a task table; a column without a field is left out', () => {
    const [t, ...more] = taskTables(
      page(tasks(['Tên nhiệm vụ', 'A (%)', 'B (%)', 'Điểm'], ['<input>', '<input>', '<input>', '12'])),
    );
    expect(more).toEqual([]);
    expect(t).toEqual({
      rows: '#nv > tbody > tr:has(> td :is(input:not([type=hidden]), select, textarea))',
      cells: { A: ':scope > :nth-child(2)', B: ':scope > :nth-child(3)', name: ':scope > :nth-child(1)' },
    });
  });
  it('one of A–D is not enough, nor A–D without a name', () => {
    expect(taskTables(page(tasks(['Tên nhiệm vụ', 'A (%)'], ['<input>', '<input>'])))).toEqual([]);
    expect(taskTables(page(tasks(['STT', 'A', 'B', 'C'], ['<input>', '<input>', '<input>', '<input>'])))).toEqual([]);
  });
  it('a name column whose cell holds no field (text only) is no task table', () => {
    expect(taskTables(page(tasks(['Sản phẩm', 'A', 'B'], ['Báo cáo', '<input>', '<input>'])))).toEqual([]);
  });
  it('components named by their words ("Khối lượng (A)") and the task by "Nhiệm vụ" are read', () => {
    const [t] = taskTables(
      page(
        tasks(
          ['Nhiệm vụ', 'Khối lượng (A)', 'Chất lượng (B)', 'Tiến độ (C)'],
          ['<input>', '<input>', '<input>', '<input>'],
        ),
      ),
    );
    expect(Object.keys(t?.cells ?? {}).sort()).toEqual(['A', 'B', 'C', 'name']);
  });
});

// An old table layout: the header row in td (bgcolor, bold), on a <tr bgcolor> or not, maybe below a caption row.
const oldTasks = (head: string, rows: string[], before = '') =>
  `<table id="nv" border="1">${before}<tr bgcolor="#dddddd">${head}</tr>${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`;
const td = (...t: string[]) => t.map((x) => `<td bgcolor="#ddd"><b>${x}</b></td>`).join('');
const inputs = (n: number) => '<td><input></td>'.repeat(n);

describe('taskTables: a header row of td cells (old table layouts)', () => {
  it('a first row of td naming the task and A–D is the header', () => {
    const [t] = taskTables(page(oldTasks(td('Tên sản phẩm', 'A', 'B', 'C', 'D'), [inputs(5), inputs(5)])));
    expect(t?.cells).toEqual({
      A: ':scope > :nth-child(2)',
      B: ':scope > :nth-child(3)',
      C: ':scope > :nth-child(4)',
      D: ':scope > :nth-child(5)',
      name: ':scope > :nth-child(1)',
    });
  });
  it('the row just above the first data row is the header when a caption row comes first', () => {
    const caption = '<tr><td colspan="4"><b>BẢNG NHIỆM VỤ QUÝ</b></td></tr>';
    const [t] = taskTables(page(oldTasks(td('Sản phẩm', 'Khối lượng', 'Chất lượng', 'Tiến độ'), [inputs(4)], caption)));
    expect(Object.keys(t?.cells ?? {}).sort()).toEqual(['A', 'B', 'C', 'name']);
  });
  it('a data row of td with inputs is never a header, even worded as one', () => {
    const worded = '<td>Tên sản phẩm <input></td><td>A <input></td><td>B <input></td>';
    expect(taskTables(page(`<table>${`<tr>${worded}</tr>`.repeat(2)}</table>`))).toEqual([]);
  });
  it('a td row that does not name the task and two of A–D is no header', () => {
    expect(taskTables(page(oldTasks(td('Họ và tên', 'Chức vụ', 'Đơn vị'), [inputs(3)])))).toEqual([]);
    expect(taskTables(page(oldTasks(td('Tên sản phẩm', 'A', 'Ghi chú'), [inputs(3)])))).toEqual([]);
  });
});
