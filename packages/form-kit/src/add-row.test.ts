// The boundaries of finding a task table's add-row control without a map (add-row.ts): what reads as
// adding a row, where it may stand, and when none is pressed. Real Chromium: test/add-row.spec.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { addRowOf, findAddRow, readsAddRow } from './add-row';
import { forgetVisibility } from './state';

const ROW = '#nv > tbody > tr:has(> td input)';
const table = (extra = '', foot = '') =>
  `<table id="nv"><thead><tr><th>Tên nhiệm vụ</th><th>A</th><th>B</th></tr></thead>
   <tbody><tr><td><input></td><td><input></td><td><input>${extra}</td></tr></tbody>${foot}</table>`;
const find = (html: string) => {
  document.body.innerHTML = html;
  return addRowOf(document, ROW);
};
const name = (html: string) => {
  const f = find(html);
  return f.el && !('why' in f) ? f.name : f;
};

beforeEach(() => forgetVisibility());

describe('readsAddRow', () => {
  it('reads "+", "Thêm", "+ Thêm sản phẩm", "Thêm dòng mới", "Thêm nhiệm vụ", "Thêm công việc", "Add row"', () => {
    for (const t of [
      '+',
      '＋',
      'Thêm',
      '+ Thêm',
      '+ Thêm sản phẩm',
      'Thêm dòng mới',
      'Thêm nhiệm vụ',
      'Thêm công việc',
      'Add row',
      'ADD',
    ])
      expect([t, readsAddRow(t)]).toEqual([t, true]);
  });
  it('does not read "Xóa dòng", "Lưu", "Thêm và lưu", "Thêm tệp", "Gửi", "Nộp", "++", or plain words', () => {
    for (const t of [
      'Xóa dòng',
      'Lưu',
      'Thêm và lưu',
      'Thêm tệp đính kèm',
      'Gửi',
      'Nộp',
      '++',
      'Tên nhiệm vụ',
      '',
      'Add file',
    ])
      expect([t, readsAddRow(t)]).toEqual([t, false]);
  });
});

describe('findAddRow', () => {
  it('finds a "+ Thêm sản phẩm" button right after the table, and an icon button in the footer by its aria-label', () => {
    expect(name(`${table()}<div><button type="button" class="btn btn-sm">+ Thêm sản phẩm</button></div>`)).toBe(
      '+ Thêm sản phẩm',
    );
    expect(
      name(
        table(
          '',
          '<tfoot><tr><td colspan="3"><button type="button" aria-label="Thêm dòng"><svg></svg></button></td></tr></tfoot>',
        ),
      ),
    ).toBe('Thêm dòng');
    // "+" alone is named by its title.
    expect(name(`<div>${table()}</div><p><a href="#" title="Thêm nhiệm vụ">+</a></p>`)).toBe('Thêm nhiệm vụ');
  });
  it('finds a button in a block before the table, one level out (a card header above a .table-responsive)', () => {
    expect(
      name(
        `<div class="card"><div class="card-header">Nhiệm vụ <button type="button">Thêm</button></div><div class="table-responsive">${table()}</div></div>`,
      ),
    ).toBe('Thêm');
  });
  it('refuses a submit "Thêm dòng" in the form (ASP.NET), saying it is a submit button; never the save button', () => {
    const f = find(`<form>${table()}<input type="submit" value="Thêm dòng"> <input type="submit" value="Lưu"></form>`);
    expect(f.el?.getAttribute('value')).toBe('Thêm dòng');
    expect('why' in f && f.why).toBe('refused');
    expect('why' in f && f.why === 'refused' && f.message.vi).toBe(
      'Không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.',
    );
  });
  it('finds none for a "Lưu" submit alone, a "Xóa dòng", a row\'s own "+" (it acts on its row)', () => {
    expect(find(`<form>${table()}<button type="submit">Lưu</button></form>`)).toEqual({ el: null, why: 'none' });
    expect(find(`${table()}<div><button type="button">Xóa dòng</button></div>`)).toEqual({ el: null, why: 'none' });
    // The row's own "+" is not pressed; it is named as seen (see below).
    expect(find(table('<button type="button">+</button>'))).toMatchObject({ el: null, why: 'none' });
  });
  it('two add buttons: none is pressed, both named', () => {
    const f = find(
      `${table()}<div><button type="button">+ Thêm dòng</button> <button type="button">Thêm nhiệm vụ</button></div>`,
    );
    expect(f.el).toBeNull();
    expect('why' in f && f.why === 'two-buttons' && f.names).toEqual(['+ Thêm dòng', 'Thêm nhiệm vụ']);
    expect('why' in f && f.why === 'two-buttons' && f.message.vi).toContain('«+ Thêm dòng», «Thêm nhiệm vụ»');
  });
  it('a hidden block right after the table is passed over for the next one a person sees', () => {
    expect(
      name(
        `${table()}<div hidden><button type="button">+</button></div><div><button type="button">Thêm dòng</button></div>`,
      ),
    ).toBe('Thêm dòng');
  });
  it('a hidden or disabled add button is not one (and the one shown beside it is)', () => {
    expect(find(`${table()}<div><button type="button" hidden>+ Thêm</button></div>`)).toEqual({
      el: null,
      why: 'none',
    });
    expect(find(`${table()}<div><button type="button" disabled>+ Thêm</button></div>`)).toEqual({
      el: null,
      why: 'none',
    });
    expect(find(`${table()}<div aria-disabled="true"><a href="#">Thêm dòng</a></div>`)).toEqual({
      el: null,
      why: 'none',
    });
    expect(
      name(
        `${table()}<div><button type="button" disabled>+ Thêm</button><button type="button">Thêm dòng</button></div>`,
      ),
    ).toBe('Thêm dòng');
  });
  it('a "+" in another section, or past the nearest block, or beside another table is not this table\'s', () => {
    expect(
      find(
        `<fieldset><legend>I</legend><button type="button">+</button></fieldset><fieldset><legend>II</legend>${table()}</fieldset>`,
      ),
    ).toEqual({ el: null, why: 'none' });
    expect(find(`${table()}<p>Ghi chú</p><div><button type="button">+ Thêm</button></div>`)).toEqual({
      el: null,
      why: 'none',
    });
    expect(find(`<div>${table()}<table><tr><td><button type="button">+ Thêm</button></td></tr></table></div>`)).toEqual(
      { el: null, why: 'none' },
    );
  });
  it('a table without rows has no table to search', () => {
    document.body.innerHTML = '<button type="button">+</button>';
    expect(addRowOf(document, ROW)).toEqual({ el: null, why: 'none' });
    expect(addRowOf(document, '[[bad')).toEqual({ el: null, why: 'none' });
    document.body.innerHTML = table();
    const t = document.querySelector('table') as Element;
    expect(findAddRow(t, [])).toEqual({ el: null, why: 'none' });
  });
});

describe('candidates seen but not used are named with why', () => {
  it('"Thêm và lưu", a "+" in every row, an icon with no name; a nameless button with no icon, or a row "Xoá", is no candidate', () => {
    const seen = (html: string) => {
      const f = find(html);
      return f.el === null && f.why === 'none' ? f.seen?.vi : f;
    };
    expect(seen(`${table()}<button type="button">Thêm và lưu</button>`)).toBe(
      'nút «Thêm và lưu» làm cả việc khác ngoài thêm dòng, Tự Soi không bấm',
    );
    expect(seen(table('<button type="button">+</button>'))).toMatch(/^mỗi dòng có nút thêm riêng/);
    expect(seen(`${table()}<button type="button"><i class="fa fa-plus"></i></button>`)).toMatch(
      /^có nút chỉ có biểu tượng, không có tên/,
    );
    expect(seen(`${table('<button type="button">Xoá</button>')}<button type="button"></button>`)).toBeUndefined();
    // Two reasons are both said, once each.
    expect(seen(`${table('<button type="button">+</button>')}<button type="button">+ Thêm và gửi</button>`)).toBe(
      'mỗi dòng có nút thêm riêng, nút đó chỉ tác động lên dòng của nó, Tự Soi không bấm; nút «+ Thêm và gửi» làm cả việc khác ngoài thêm dòng, Tự Soi không bấm',
    );
  });
});
