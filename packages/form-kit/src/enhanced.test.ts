import { describe, expect, it } from 'vitest';
import { boxOf, redrawBox, selectBehind } from './enhanced';

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
