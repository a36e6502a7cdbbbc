import { describe, expect, it } from 'vitest';
import { plannedSteps } from './planned';
import { loadRows } from './rows-entry';

describe('plannedSteps', () => {
  it('tells what each field holds now and what a fill would leave, in the page’s words, writing nothing', () => {
    document.body.innerHTML = `
      <fieldset><legend>Tự nhận mức xếp loại</legend>
        <label><input type="radio" name="xl" value="4"> Không hoàn thành nhiệm vụ (KHTNV)</label>
        <label><input type="radio" name="xl" value="2"> Hoàn thành tốt nhiệm vụ (HTTNV)</label>
        <label><input type="radio" name="xl" value="3" checked> Hoàn thành nhiệm vụ (HTNV)</label></fieldset>
      <label>Điểm chung <input name="chung" value="20"></label>
      <label>Tổng <input name="tong" readonly value="90"></label>
      <select name="quy"><option value="">--</option><option value="3">Quý III</option></select>`;
    const steps = plannedSteps(document, [
      { key: 'proposedLevel', locator: { name: 'xl' }, value: 'HTTNV' },
      { key: 'scores.general', locator: { name: 'chung' }, value: 27.5 },
      { key: 'scores.total', locator: { name: 'tong' }, value: 90 },
      { key: 'period.quarter', locator: { name: 'quy' }, value: '3' },
      { key: 'subject.name', locator: { name: 'khong-co' }, value: 'A' },
    ]);
    expect(steps).toEqual([
      // Not the first radio's words: the one the fill will choose.
      { key: 'proposedLevel', at: 0, now: 'Hoàn thành nhiệm vụ (HTNV)', will: 'Hoàn thành tốt nhiệm vụ (HTTNV)' },
      { key: 'scores.general', at: 1, now: '20', will: '27,5' },
      { key: 'scores.total', at: 2, now: '90', will: null, locked: 'readonly' },
      { key: 'period.quarter', at: 3, now: '--', will: 'Quý III' },
    ]);
    // Nothing was written.
    expect((document.querySelector('[name=chung]') as HTMLInputElement).value).toBe('20');
    expect((document.querySelector('[value="3"][name=xl]') as HTMLInputElement).checked).toBe(true);
  });
});

describe('a quarter written in a text box', () => {
  const step = {
    key: 'period.quarter',
    locator: { name: 'q' },
    value: '3',
    keepChosen: true as const,
    aliases: ['Quý III/2026'],
  };
  const will = (attrs: string, value = '') => {
    document.body.innerHTML = `<label>Quý <input name="q" ${attrs} value="${value}"></label>`;
    return plannedSteps(document, [step])[0];
  };
  it('takes the form the box asks for: its type, pattern, length or example; else "Quý III/2026"', () => {
    expect(will('')?.will).toBe('Quý III/2026');
    expect(will('type="number"')?.will).toBe('3');
    expect(will('inputmode="numeric"')?.will).toBe('3');
    expect(will('placeholder="1-4"')?.will).toBe('3');
    expect(will('placeholder="I-IV"')?.will).toBe('III');
    expect(will('placeholder="Quý I"')?.will).toBe('Quý III');
    expect(will('placeholder="Quý I/2026"')?.will).toBe('Quý III/2026');
    expect(will('maxlength="3"')?.will).toBe('III');
    expect(will('maxlength="1"')?.will).toBe('3');
    expect(will('pattern="[1-4]"')?.will).toBe('3');
    expect(will('pattern="I{1,3}|IV"')?.will).toBe('III');
  });
  it('a box holding the draft’s quarter in other words is left as it is; another quarter or year is kept and said', () => {
    expect(will('', 'III')).toMatchObject({ now: 'III', will: 'III' });
    expect(will('', 'III')?.kept).toBeUndefined();
    expect(will('', 'Quý 3/2026')?.kept).toBeUndefined();
    expect(will('', 'II')).toMatchObject({ now: 'II', kept: true });
    expect(will('', 'Quý III/2025')).toMatchObject({ now: 'Quý III/2025', will: 'Quý III/2026', kept: true });
  });
  it('a select’s placeholder option, whatever its value ("0" in WebForms), is no choice of the page', () => {
    document.body.innerHTML =
      '<label>Kỳ đánh giá <select name="q"><option value="0">-- Chọn kỳ --</option><option value="9">Quý III/2026</option></select></label>';
    expect(plannedSteps(document, [step])[0]).toEqual({
      key: 'period.quarter',
      at: 0,
      now: '-- Chọn kỳ --',
      will: 'Quý III/2026',
    });
  });
});

describe('rows the fill will add (addRow)', () => {
  it('each is planned, marked added, worded as the first row words it; a row the page has is read as it is', () => {
    loadRows();
    document.body.innerHTML = `<table id="nv"><tr><th>Tên sản phẩm</th><th>Trục</th><th>A</th></tr>
      <tr><td><input name="t1" value="cũ"></td><td><select name="x1"><option value="">--</option><option value="2">Trục 2</option></select></td>
      <td><input name="a1"></td></tr></table>`;
    const rows = '#nv > tbody > tr:has(> td input)';
    const at = (row: number, cell: string) => ({ rows, row, cell: cell && `:scope > :nth-child(${cell})` });
    const add = { own: true as const };
    const steps = plannedSteps(document, [
      { key: 'tasks.1.name', locator: at(1, '1'), value: 'Báo cáo' },
      // As taskSteps plans them: the row (make room for it), then its cells.
      { key: 'tasks.2', locator: at(2, ''), addRow: add },
      {
        key: 'tasks.2.name',
        locator: { ...at(2, '1'), named: { cell: at(2, '1').cell, text: 'Kế hoạch' } },
        value: 'Kế hoạch',
      },
      { key: 'tasks.2.axis', locator: at(2, '2'), value: '2', aliases: ['Trục 2'] },
      { key: 'tasks.2.A', locator: at(2, '3'), value: 27.5 },
      // A row no button adds (addRow without press or own): not planned (the preview says the rows are missing).
      { key: 'tasks.3', locator: at(3, ''), addRow: {} },
      { key: 'tasks.3.name', locator: at(3, '1'), value: 'Khác' },
    ]);
    expect(steps).toEqual([
      { key: 'tasks.1.name', at: 0, now: 'cũ', will: 'Báo cáo' },
      { key: 'tasks.2.name', at: -1, now: null, will: 'Kế hoạch', added: true },
      { key: 'tasks.2.axis', at: -2, now: null, will: 'Trục 2', added: true },
      { key: 'tasks.2.A', at: -3, now: null, will: '27,5', added: true },
    ]);
    expect(document.querySelectorAll('#nv tr')).toHaveLength(2);
  });
});
