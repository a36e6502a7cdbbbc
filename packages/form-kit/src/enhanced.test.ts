import { describe, expect, it } from 'vitest';
import { boxAgrees, boxOf, boxShows, fieldOf, redrawBox, selectBehind } from './enhanced';

const page = (html: string) => {
  document.body.innerHTML = html;
};
const $ = (css: string) => document.querySelector(css) as Element;

// Each widget's box as its library draws it (Select2 4.1, Select2 3.5, Chosen 1.8, Tom Select 2,
// Choices.js 10), reduced to the parts that tell where the select is.
const WIDGETS = {
  select2: `<select id="cb" name="cb" class="select2-hidden-accessible" aria-hidden="true" data-select2-id="cb"><option>A</option></select>
    <span class="select2 select2-container select2-container--default" data-select2-id="1"><span class="selection">
      <span class="select2-selection select2-selection--single" role="combobox" aria-labelledby="select2-cb-container" aria-controls="select2-cb-results">
        <span class="select2-selection__rendered" id="select2-cb-container" role="textbox" aria-readonly="true">A</span>
        <span class="select2-selection__arrow" role="presentation"><b id="in" role="presentation"></b></span></span></span></span>`,
  select2v3: `<div class="select2-container" id="s2id_cb"><a class="select2-choice"><span id="in">A</span></a></div>
    <select id="cb" class="select2-offscreen"><option>A</option></select>`,
  chosen: `<select id="cb" style="display:none"><option>A</option></select>
    <div class="chosen-container chosen-container-single" id="cb_chosen"><a class="chosen-single"><span id="in">A</span></a>
      <div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text"></div><ul class="chosen-results"></ul></div></div>`,
  tomSelect: `<select id="cb" class="tomselected ts-hidden-accessible"><option>A</option></select>
    <div class="ts-wrapper single"><div class="ts-control"><div class="item" id="in">A</div>
      <input type="text" role="combobox" id="cb-ts-control" aria-controls="cb-ts-dropdown"></div></div>`,
  choices: `<div class="choices" data-type="select-one" role="listbox"><div class="choices__inner">
      <select id="cb" class="choices__input" hidden><option>A</option></select>
      <div class="choices__list choices__list--single"><div class="choices__item" id="in">A</div></div></div></div>`,
} as const;

describe('selectBehind, boxOf', () => {
  for (const [name, html] of Object.entries(WIDGETS))
    it(`finds the select behind a ${name} box from any part of it, and the box from the select`, () => {
      page(`<label for="cb">Chi bộ</label>${html}<select id="plain"><option>B</option></select>`);
      const select = $('select#cb');
      expect(selectBehind($('#in'))).toBe(select);
      for (const part of document.querySelectorAll('#in ~ *, input, [role=combobox], [role=textbox]'))
        expect(selectBehind(part)).toBe(select);
      expect(boxOf(select)?.contains($('#in'))).toBe(true);
      // A plain select, a label, the select itself: no widget.
      expect(boxOf($('#plain'))).toBeNull();
      expect(selectBehind($('#plain'))).toBeNull();
      expect(selectBehind($('label'))).toBeNull();
    });

  it('a page\'s own "choices" class (radios in a div.choices beside a select) is no Choices.js box', () => {
    page(
      '<div class="choices"><label><input type="radio" name="r" id="in"> Tốt</label><select id="cb"></select></div>',
    );
    expect(selectBehind($('#in'))).toBeNull();
    expect(fieldOf($('#in'))).toBe($('#in'));
    expect(boxOf($('select#cb'))).toBeNull();
  });

  it('a box of that class with no select beside it names nothing', () => {
    page(`<span class="select2-container"><span id="in">A</span></span><p><select id="far"></select></p>`);
    expect(selectBehind($('#in'))).toBeNull();
    expect(boxOf($('#far'))).toBeNull();
  });

  it('tells Chosen its select changed (a jQuery handler runs on the DOM event), and no other widget', () => {
    const heard: string[] = [];
    for (const [name, html] of Object.entries(WIDGETS)) {
      page(html);
      $('select#cb').addEventListener('chosen:updated', () => heard.push(name));
      redrawBox($('select#cb'));
    }
    expect(heard).toEqual(['chosen']);
  });
});

// What each box shows for the chosen options, as its library draws it: tags with their remove
// crosses (Tom Select 2.6 a div[role=button], Choices.js 11 a button, Select2 4 a span, Chosen an
// a), placeholders, and an option without value ("-- Chọn --") shown as text.
const OPTIONS =
  '<option value="">-- Chọn --</option><option value="tc">Ban Tổ chức</option><option value="kt">Ủy ban Kiểm tra</option>';
const SHOWING = {
  tomMulti: `<select id="cb" multiple>${OPTIONS}</select><div class="ts-wrapper multi"><div class="ts-control">
      <div class="item" data-value="tc">Ban Tổ chức<div class="remove" role="button">×</div></div>
      <div class="item" data-value="kt">Ủy ban  Kiểm tra<a class="remove">×</a></div><input type="text" id="cb-ts-control"></div></div>`,
  choicesMulti: `<div class="choices" data-type="select-multiple"><div class="choices__inner"><select id="cb" multiple hidden>${OPTIONS}</select>
      <div class="choices__list choices__list--multiple"><div class="choices__item" data-item data-value="tc">Ban Tổ chức<button type="button" class="choices__button" data-button>Remove item</button></div>
      <div class="choices__item" data-item data-value="kt">Ủy ban Kiểm tra<button type="button" data-button>Remove item</button></div></div></div></div>`,
  select2Multi: `<select id="cb" multiple class="select2-hidden-accessible">${OPTIONS}</select><span class="select2-container"><span class="select2-selection select2-selection--multiple">
      <ul class="select2-selection__rendered"><li class="select2-selection__choice"><span class="select2-selection__choice__remove">×</span>Ban Tổ chức</li>
      <li class="select2-selection__choice"><span class="select2-selection__choice__remove">×</span>Ủy ban Kiểm tra</li></ul></span></span>`,
  chosenMulti: `<select id="cb" multiple style="display:none">${OPTIONS}</select><div class="chosen-container chosen-container-multi" id="cb_chosen">
      <ul class="chosen-choices"><li class="search-choice"><span>Ban Tổ chức</span><a class="search-choice-close"></a></li>
      <li class="search-choice"><span>Ủy ban Kiểm tra</span><a class="search-choice-close"></a></li></ul></div>`,
} as const;

describe('boxShows, boxAgrees', () => {
  const choose = (...values: string[]) => {
    for (const o of ($('select#cb') as HTMLSelectElement).options) o.selected = values.includes(o.value);
  };
  for (const [name, html] of Object.entries(SHOWING))
    it(`reads the words a ${name} box shows, without its remove crosses, and compares them with the select`, () => {
      page(html);
      expect(boxShows($('select#cb'))).toEqual(['Ban Tổ chức', 'Ủy ban Kiểm tra']);
      choose('kt', 'tc');
      expect(boxAgrees($('select#cb'))).toBe(true);
      // The form would send one, the box shows two: they differ.
      choose('tc');
      expect(boxAgrees($('select#cb'))).toBe(false);
    });

  it('a placeholder, or the text of an option without value, shows nothing chosen', () => {
    page(`<select id="cb">${OPTIONS}</select><span class="select2-container"><span class="select2-selection">
      <span class="select2-selection__rendered">-- Chọn --</span></span></span>`);
    expect(boxShows($('select#cb'))).toEqual([]);
    expect(boxAgrees($('select#cb'))).toBe(true);
    page(`<div class="choices" data-type="select-one"><div class="choices__inner"><select id="cb" hidden>${OPTIONS}</select><div class="choices__list">
      <div class="choices__item choices__placeholder" data-item data-value="">Chọn đơn vị</div></div></div></div>`);
    expect(boxShows($('select#cb'))).toEqual([]);
    choose('kt');
    expect(boxAgrees($('select#cb'))).toBe(false);
  });

  it("a box that adds words around the option's own (a template) shows it; one naming a longer option does not", () => {
    const levels =
      '<option value="HTNV">Hoàn thành nhiệm vụ</option><option value="KHTNV">Không hoàn thành nhiệm vụ</option>';
    const select2 = (shown: string) =>
      page(`<select id="cb">${levels}</select><span class="select2-container"><span class="select2-selection">
        <span class="select2-selection__rendered">${shown}</span></span></span>`);
    select2('<b>3</b> — Hoàn thành nhiệm vụ (HTNV)');
    expect(boxAgrees($('select#cb'))).toBe(true);
    // The select holds HTNV; the box shows KHTNV, whose words contain HTNV's.
    select2('Không hoàn thành nhiệm vụ');
    expect(boxAgrees($('select#cb'))).toBe(false);
    select2('Một mức khác');
    expect(boxAgrees($('select#cb'))).toBe(false);
  });

  it('a plain select, or a box drawn in a way not known here, is not read (null) and never differs', () => {
    page(`<select id="cb">${OPTIONS}</select>`);
    expect(boxShows($('select#cb'))).toBeNull();
    expect(boxAgrees($('select#cb'))).toBe(true);
    page(`<select id="cb">${OPTIONS}</select><div class="ts-wrapper"><span>Ban Tổ chức</span></div>`);
    expect(boxShows($('select#cb'))).toBeNull();
  });
});

describe('fieldOf', () => {
  it("gives the select for a box's own text box or wrapper, and any other element itself", () => {
    page(WIDGETS.tomSelect);
    expect(fieldOf($('#cb-ts-control'))).toBe($('select#cb'));
    page(WIDGETS.choices);
    expect(fieldOf($('.choices'))).toBe($('select#cb'));
    expect(fieldOf($('select#cb'))).toBe($('select#cb'));
    page('<input id="x" role="combobox">');
    expect(fieldOf($('#x'))).toBe($('#x'));
  });
});
