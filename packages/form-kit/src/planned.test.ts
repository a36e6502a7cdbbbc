import { describe, expect, it } from 'vitest';
import { plannedSteps } from './planned';

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
