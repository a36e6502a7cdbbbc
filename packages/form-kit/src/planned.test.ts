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
