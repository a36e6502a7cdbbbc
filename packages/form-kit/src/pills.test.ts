import { describe, expect, it } from 'vitest';
import { chosenOf, gainedMark, levelPills, marksOf, pillItems } from './pills';

const group = (html: string) => {
  document.body.innerHTML = html;
  return [...(document.body.firstElementChild as Element).children];
};

describe('chosenOf', () => {
  it('reads a mark that names a choice on exactly one item (class or state attribute)', () => {
    for (const on of [
      'class="pill active"',
      'class="pill selected"',
      'class="pill is-selected"',
      'class="pill chosen"',
      'class="pill sel"',
      'class="pill" data-state="on"',
      'class="pill" data-selected="true"',
      'class="pill" data-selected',
      'class="pill" aria-current="true"',
    ]) {
      const items = group(`<div><span class="pill">A</span><span ${on}>B</span><span class="pill">C</span></div>`);
      expect(chosenOf(items), on).toBe(items[1]);
    }
  });

  it('is unsure when two items carry such a mark, or none does and nothing tells one apart', () => {
    expect(chosenOf(group('<div><span class="on">A</span><span class="on">B</span></div>'))).toBeNull();
    expect(chosenOf(group('<div><span class="pill">A</span><span class="pill">B</span></div>'))).toBeNull();
    expect(chosenOf(group('<div><span data-state="off">A</span><span data-state="off">B</span></div>'))).toBeNull();
  });

  it('takes the one item styled as the others plus a class (two items too), or among three alike the one styled otherwise', () => {
    const two = group('<div><span class="pill">A</span><span class="pill x1">B</span></div>');
    expect(chosenOf(two)).toBe(two[1]);
    // Two items styled unlike each other: which is chosen cannot be told.
    expect(chosenOf(group('<div><span class="btn-a">A</span><span class="btn-b">B</span></div>'))).toBeNull();
    const three = group(
      '<div><b class="btn btn-outline">A</b><b class="btn btn-success">B</b><b class="btn btn-outline">C</b></div>',
    );
    expect(chosenOf(three)).toBe(three[1]);
  });

  it('takes, among three or more alike in class, the one whose inline style alone differs; two are unsure', () => {
    const styled = group(
      '<div><span style="cursor: pointer">A</span><span style="cursor: pointer; background: #fc0">B</span><span style="cursor: pointer">C</span></div>',
    );
    expect(chosenOf(styled)).toBe(styled[1]);
    expect(chosenOf(group('<div><span>A</span><span style="background: #fc0">B</span></div>'))).toBeNull();
  });
});

describe('gainedMark', () => {
  it('is true only for a mark the item gained that no other item carries', () => {
    const items = group('<div><span class="pill">A</span><span class="pill">B</span></div>');
    const [a, b] = items as [Element, Element];
    const was = marksOf(b);
    b.classList.add('sel');
    expect(gainedMark(b, [a], was)).toBe(true);
    a.classList.add('sel');
    expect(gainedMark(b, [a], was)).toBe(false);
    b.setAttribute('data-state', 'on');
    expect(gainedMark(b, [a], was)).toBe(true);
    b.removeAttribute('data-state');
    b.setAttribute('style', 'background: #fc0');
    expect(gainedMark(b, [a], was)).toBe(true);
  });
});

describe('pillItems and levelPills', () => {
  it('needs children of one tag holding no control, that look clickable', () => {
    const box = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild as Element;
    };
    expect(pillItems(box('<div><span tabindex="0">A</span><span tabindex="0">B</span></div>'))).toHaveLength(2);
    expect(pillItems(box('<div onclick="void 0"><span>A</span><span>B</span></div>'))).toHaveLength(2);
    expect(pillItems(box('<div><span>A</span><span>B</span></div>'))).toEqual([]);
    expect(pillItems(box('<div onclick="void 0"><span>A</span><b>B</b></div>'))).toEqual([]);
    expect(pillItems(box('<div onclick="void 0"><span>A</span><span><input></span></div>'))).toEqual([]);
    expect(pillItems(box('<div onclick="void 0"><span>A</span></div>'))).toEqual([]);
    expect(pillItems(box('<p onclick="void 0"><a href="javascript:void(0)">A</a><a href="#">B</a></p>'))).toHaveLength(
      2,
    );
    expect(pillItems(box('<p onclick="void 0"><a href="?muc=1">A</a><a href="?muc=2">B</a></p>'))).toEqual([]);
  });

  it('offers the level only where every item names a different level and three or more are named', () => {
    const levels = (html: string) => {
      document.body.innerHTML = html;
      return levelPills(document).map((g) => g.id);
    };
    expect(
      levels(
        '<div id="a" onclick="void 0"><span>Xuất sắc</span><span>Tốt</span><span>Hoàn thành</span><span>Không hoàn thành</span></div>',
      ),
    ).toEqual(['a']);
    expect(levels('<ul id="b" onclick="void 0"><li>HTXSNV</li><li>HTTNV</li><li><b>HTNV</b></li></ul>')).toEqual(['b']);
    // Two levels only; another word among them; the same level twice; text that is not clickable.
    expect(levels('<div id="c" onclick="void 0"><span>Tốt</span><span>Hoàn thành</span></div>')).toEqual([]);
    expect(
      levels('<div onclick="void 0"><span>Tốt</span><span>Khá</span><span>Hoàn thành</span><span>HTXSNV</span></div>'),
    ).toEqual([]);
    expect(levels('<div onclick="void 0"><span>Tốt</span><span>HTTNV</span><span>Hoàn thành</span></div>')).toEqual([]);
    expect(levels('<div><span>Xuất sắc</span><span>Tốt</span><span>Hoàn thành</span></div>')).toEqual([]);
  });
});
