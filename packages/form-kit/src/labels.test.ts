// Label inference for controls that share a cell (Chromium's InferLabelFromPrevious): each takes the words just
// before it; an earlier cell names only the cell's first control. Real pages: test/table-layout.spec.ts.
import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { detectForm } from './detect';
import { FORMMAP_FORMAT } from './formmap';
import { labelsOf } from './labels';

function page(html: string): Document {
  document.body.innerHTML = `<form>${html}</form>`;
  return document;
}
const labels = (name: string) =>
  labelsOf(document.querySelector(`[name=${name}]`) as Element).map((l) => `${l.source}:${l.text}`);
const fields = (doc: Document) =>
  Object.fromEntries(
    (detectForm(doc, 'https://cu.example.vn/a')?.preview ?? []).map((p) => [
      p.field,
      p.ambiguous ? p.ambiguous : p.found,
    ]),
  );

describe('labelsOf: two text boxes in one cell', () => {
  it('each box takes the text just before it, bare or in <font> or <b>', () => {
    for (const [a, b] of [
      ['Kỳ đánh giá:', 'Năm:'],
      ['<font size="2">Kỳ đánh giá:</font>', '<font size="2">Năm:</font>'],
      ['<b>Kỳ đánh giá:</b>', '<b>Năm:</b>'],
    ]) {
      page(`<table><tr><td>${a} <input name="ky" size="5"> ${b} <input name="nam" size="4"></td></tr></table>`);
      expect(labels('ky'), a).toEqual(['sibling:Kỳ đánh giá:']);
      expect(labels('nam'), b).toEqual(['sibling:Năm:']);
    }
  });
  it('a label cell before the boxes names the first box only; the second keeps its own words', () => {
    page('<table><tr><td>Kỳ đánh giá:</td><td><input name="ky"> Năm: <input name="nam"></td></tr></table>');
    expect(labels('ky')).toEqual(['cell:Kỳ đánh giá:', 'row:Kỳ đánh giá:']);
    expect(labels('nam')).toEqual(['sibling:Năm:']);
    expect(fields(document)).toEqual({ 'period.quarter': 'input[name=ky]', 'period.year': 'input[name=nam]' });
  });
  it('a second box with no words of its own takes none of the cell before it (never the quarter twice)', () => {
    page('<table><tr><td>Kỳ đánh giá:</td><td><input name="ky"> <input name="nam"></td></tr></table>');
    expect(labels('nam')).toEqual([]);
    expect(fields(document)).toEqual({ 'period.quarter': 'input[name=ky]' });
  });
  it('"Năm sinh" beside the year is never the year', () => {
    page(
      '<table><tr><td>Họ và tên: <input name="ht"> Năm sinh: <input name="ns"></td></tr>' +
        '<tr><td>Kỳ đánh giá: <input name="ky"> Năm: <input name="nam"></td></tr></table>',
    );
    expect(fields(document)).toEqual({
      'subject.name': 'input[name=ht]',
      'period.quarter': 'input[name=ky]',
      'period.year': 'input[name=nam]',
    });
    page('<table><tr><td>Họ và tên: <input name="ht"> Năm sinh: <input name="ns"></td></tr></table>');
    expect(fields(document)).toEqual({ 'subject.name': 'input[name=ht]' });
  });
  it('radios of one cell keep the cell before them (a group is one field)', () => {
    page(
      '<table><tr><td>Quý</td><td><input type="radio" name="q" value="1"> I <input type="radio" name="q" value="2"> II</td></tr></table>',
    );
    const [, second] = document.querySelectorAll('[name=q]');
    expect(labelsOf(second as Element).some((l) => l.source === 'cell' && l.text === 'Quý')).toBe(true);
  });
});

describe('checkForm: a draft quarter the page could not be compared with is said, never passed silently', () => {
  const draft = { period: { year: 2026, quarter: 2 } } as never;
  const codes = (doc: Document) => {
    const d = detectForm(doc, 'https://cu.example.vn/a');
    return d ? checkForm(doc, d.map, draft).map((p) => `${p.code}:${p.field}`) : null;
  };
  it('two boxes carrying "Kỳ đánh giá:" equally (ambiguous): NOT_COMPARED, in the panel only', () => {
    page(
      '<table><tr><td>Họ và tên</td><td><input name="ht" value="A"></td></tr>' +
        '<tr><td>Kỳ đánh giá:</td><td><input name="k1" value="Quý II"></td></tr>' +
        '<tr><td>Kỳ đánh giá:</td><td><input name="k2"></td></tr></table>',
    );
    expect(codes(document)).toEqual(['NOT_COMPARED:period.quarter']);
    const d = detectForm(document, 'https://cu.example.vn/a');
    const [p] = d ? checkForm(document, d.map, draft) : [];
    expect(p?.panelOnly).toBe(true);
    expect(p?.message.vi).toMatch(/^"Quý": chưa so được với bản kiểm điểm \("Quý II\/2026"\)/);
    expect(p?.message.en).toMatch(/^"Quý": not compared with the draft/);
  });
  it('the quarter found and agreeing, a page with no quarter field, a period only in a heading: nothing said', () => {
    page(
      '<table><tr><td>Kỳ đánh giá: <input name="ky" value="II"> Năm: <input name="nam" value="2026"></td></tr></table>',
    );
    expect(codes(document)).toEqual([]);
    page('<table><tr><td>Họ và tên</td><td><input name="ht" value="A"></td></tr></table>');
    expect(codes(document)).toEqual([]);
    page(
      '<h3>Kỳ đánh giá quý II năm 2026</h3><table><tr><td>Họ và tên</td><td><input name="ht" value="A"></td></tr></table>',
    );
    expect(codes(document)).toEqual([]);
  });
  it('a map whose quarter field is not on the page: NOT_COMPARED; without a draft quarter nothing', () => {
    page('<table><tr><td>Họ và tên</td><td><input name="ht" value="A"></td></tr></table>');
    const map = {
      format: FORMMAP_FORMAT,
      id: 'my-map',
      title: { vi: 'x', en: 'x' },
      match: ['https://cu.example.vn/*'],
      steps: [{ field: 'period.quarter', locator: { name: 'quy' } }],
    } as never;
    expect(checkForm(document, map, draft).map((p) => p.code)).toEqual(['NOT_COMPARED']);
    expect(checkForm(document, map, { period: { year: 2026 } } as never)).toEqual([]);
  });
});
