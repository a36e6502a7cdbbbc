import { describe, expect, it } from 'vitest';
import { cssPath, pickRefusal, pickTarget } from './pick';

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

describe('cssPath', () => {
  it('finds the element again, skipping ids that repeat', () => {
    page(`<form><div id="x"><input></div></form><form><div id="x"><input id="u"><input></div></form>`);
    for (const el of document.querySelectorAll('input')) expect(document.querySelector(cssPath(el))).toBe(el);
    expect(cssPath(document.getElementById('u') as Element)).toBe('#u');
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
