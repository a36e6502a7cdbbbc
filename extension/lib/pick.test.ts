import { describe, expect, it } from 'vitest';
import { pickRefusal, pickTarget } from './pick';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('pickRefusal', () => {
  it('refuses what sends, resets or deletes, and nothing else', () => {
    page(`
      <form><button id="a">Lưu</button><button id="b" type="button">Đạt</button><button id="c" type="reset">Nhập lại</button>
        <input id="d" type="submit" value="Gửi"><input id="e" type="image" alt="Gửi"></form>
      <button id="f">Hoàn thành tốt nhiệm vụ</button><button id="g">Hoàn thành</button>
      <input id="h" type="button" value="Hoàn tất"><a id="i" href="#">Xoá hồ sơ</a><div id="j" role="button">Tất cả Đạt</div>
      <button id="k" type="button">Nộp bản kiểm điểm</button>`);
    const r = (id: string) => pickRefusal(document.getElementById(id) as Element);
    // A button without type submits inside a form only.
    expect(r('a')).toBe('submit');
    expect(r('f')).toBeNull();
    expect(r('g')).toBeNull();
    expect(r('b')).toBeNull();
    expect(r('j')).toBeNull();
    expect(r('c')).toBe('reset');
    expect(r('d')).toBe('submit');
    expect(r('e')).toBe('submit');
    expect(r('h')).toBe('submit');
    expect(r('i')).toBe('delete');
    expect(r('k')).toBe('submit');
  });
});

describe('pickTarget', () => {
  it('picks a field through its label, a button group as one choice, a criteria row', () => {
    page(`<label>Họ và tên <span id="t">*</span><input name="ho_ten"></label>
      <div role="group" id="lv"><button type="button" id="b1">Tốt</button><button type="button">Xuất sắc</button></div>
      <table><tr id="r"><td id="code">1.1</td><td><input type="radio" name="tc-1.1"></td></tr></table><p id="p">Chữ</p>`);
    const at = (id: string) => pickTarget(document.getElementById(id) as Element);
    expect(at('t')).toMatchObject({ kind: 'field', locator: { name: 'ho_ten' } });
    expect(at('b1')).toMatchObject({ kind: 'choice', locator: { css: '#lv' } });
    expect(at('code')).toMatchObject({ kind: 'row', locator: { css: '#r' } });
    expect(at('p')).toEqual({ refused: 'not-a-field' });
  });
});

describe('pickTarget: the box a person sees, the row it is in', () => {
  it('a click on a Select2 box (its text, its arrow) picks the select behind it', () => {
    page(`<label for="cb">Chi bộ</label>
      <select id="cb" name="chi_bo" class="select2-hidden-accessible" aria-hidden="true"><option>A</option></select>
      <span class="select2 select2-container"><span class="selection">
        <span class="select2-selection" role="combobox" aria-labelledby="select2-cb-container">
          <span class="select2-selection__rendered" id="select2-cb-container" role="textbox">A</span>
          <span class="select2-selection__arrow"><b id="arrow"></b></span></span></span></span>`);
    for (const id of ['select2-cb-container', 'arrow'])
      expect(pickTarget(document.getElementById(id) as Element)).toMatchObject({
        kind: 'field',
        element: document.getElementById('cb'),
        locator: { name: 'chi_bo' },
      });
  });

  const rows = (cell: (i: number) => string, code = true) =>
    page(`<table id="tc"><thead><tr><th>Mã</th><th>Nội dung</th><th>Điểm</th></tr></thead><tbody>
      ${[1, 2, 3, 4]
        .map((i) => `<tr>${code ? `<td>1.${i}</td>` : ''}<td>Tiêu chí</td><td>${cell(i)}</td></tr>`)
        .join('')}</tbody></table>`);
  const third = () => document.querySelectorAll('#tc tbody tr')[2]?.querySelector('input, div') as Element;

  it('a box among twins (same name) is named by its row’s code', () => {
    rows(() => '<input name="diem">');
    expect(pickTarget(third())).toMatchObject({
      kind: 'field',
      locator: { rows: '#tc > tbody > tr', row: '1.3', cell: '[name="diem"]' },
      found: 'input[name=diem], hàng / row 1.3',
    });
  });

  it('twins by aria-label in rows without a code are named by position', () => {
    rows(() => '<input aria-label="Điểm tự chấm">', false);
    expect(pickTarget(third())).toMatchObject({
      locator: { rows: '#tc > tbody > tr', row: 3, cell: '[aria-label="Điểm tự chấm"]' },
    });
  });

  it('a box whose own name is unique keeps its name; a button group in a row is named by the row', () => {
    rows((i) => `<input name="diem_${i}">`);
    expect(pickTarget(third())).toMatchObject({ locator: { name: 'diem_3' } });
    rows(() => '<div><button type="button">Đạt</button><button type="button">Không đạt</button></div>');
    expect(pickTarget(third().querySelector('button') as Element)).toMatchObject({
      kind: 'choice',
      element: third(),
      locator: { rows: '#tc > tbody > tr', row: '1.3', cell: ':scope > td:nth-of-type(3) > div' },
    });
  });
});

describe('pickTarget on bare pills', () => {
  it('picks a group of spans whose parent handles the click (state only in a class) as one choice', () => {
    page(`<style>.pill{cursor:pointer}</style><div id="levels" onclick="void 0">
      <span class="pill">Hoàn thành xuất sắc nhiệm vụ</span><span class="pill">Hoàn thành tốt nhiệm vụ</span>
      <span class="pill active">Hoàn thành nhiệm vụ</span><span class="pill">Không hoàn thành nhiệm vụ</span></div>
      <p><span>Ghi chú</span></p>`);
    const picked = pickTarget(document.querySelectorAll('#levels .pill')[1] as Element);
    expect(picked).toMatchObject({ kind: 'choice', locator: { css: '#levels' } });
    expect('found' in picked && picked.found).toMatch(/^4 nút \/ buttons: Hoàn thành xuất sắc/);
    // A lone span of text is still not a field.
    expect(pickTarget(document.querySelector('p span') as Element)).toEqual({ refused: 'not-a-field' });
  });
});
