import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TusoiInputError } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { notOnPage, parseFormMap, planFromMap } from './formmap';
import { DEMO_MAPS } from './maps';
import { cellOf, missingRows, rowOf, taskSteps } from './rows';

const example = (name: string) =>
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), `../../../rubric-core/examples/${name}.json`), 'utf8'),
  );
const map = DEMO_MAPS.find((m) => m.id === 'demo-quy-nhiem-vu');
if (!map) throw new Error('no demo map');

describe('row locators', () => {
  document.body.innerHTML = `<table><tbody>
    <tr><td>1.1</td><td><input name="a"></td></tr>
    <tr><td>1.10</td><td><input name="b"></td></tr>
    <tr><td>11.1</td><td><input name="c"></td></tr>
    <tr><td>3. Tự phê bình</td><td><input name="d"></td></tr>
    <tr><td>2.1</td><td><input name="e"></td></tr><tr><td>2.1</td><td><input name="f"></td></tr>
  </tbody></table>`;
  const rows = 'tbody tr';
  const name = (row: number | string) => cellOf(document, { rows, row, cell: 'input' })?.getAttribute('name') ?? null;

  it('a code names the row whose cell shows it exactly, never a longer code', () => {
    expect(name('1.1')).toBe('a');
    expect(name('1.10')).toBe('b');
    expect(name('3')).toBe('d');
    expect(name('1')).toBe(null);
    // Two rows showing one code: neither is guessed.
    expect(name('2.1')).toBe(null);
  });

  it('a position counts from 1; none beyond the last row, none for 0', () => {
    expect(name(2)).toBe('b');
    expect(name(7)).toBe(null);
    expect(name(0)).toBe(null);
    expect(cellOf(document, { rows: 'tbody tr:not(', row: 1, cell: 'input' })).toBe(null);
  });

  it('a named row is found by its name wherever it moved; by name only, a missing name is no row', () => {
    document.body.innerHTML = `<table><tbody>
      <tr><td><input class="n" value="Báo cáo"></td><td><input class="a"></td></tr>
      <tr><td><input class="n" value="Dự án"></td><td><input class="a"></td></tr>
      <tr><td><input class="n" value=""></td><td><input class="a"></td></tr></tbody></table>`;
    const at = (row: number, text: string, by?: 'name' | 'any') =>
      rowOf(document, { rows, row, cell: '.a', named: { cell: '.n', text }, ...(by ? { by } : {}) });
    const trs = [...document.querySelectorAll('tbody tr')];
    expect(at(1, 'Dự án')).toBe(trs[1]);
    // A fresh row takes the task; another task's row is not written over.
    expect(at(3, 'Mới')).toBe(trs[2]);
    expect(at(1, 'Mới')).toBe(null);
    expect(at(1, 'Mới', 'any')).toBe(trs[0]);
    expect(at(3, 'Mới', 'name')).toBe(null);
  });
});

describe('form maps with criterion rows and task rows', () => {
  it('the demo map validates; a task table with a bad cell or row 0 is refused with its path', () => {
    expect(parseFormMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
    const bad = (step: unknown) => {
      try {
        parseFormMap({ ...map, steps: [step] });
      } catch (e) {
        return (e as TusoiInputError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(bad({ tasks: { rows: 'tr', cells: { name: 'input', bonus: 'x' } } })).toEqual([
      'steps[0].tasks.cells.bonus',
    ]);
    expect(bad({ tasks: { rows: '', cells: {} } })).toEqual(['steps[0].tasks.rows']);
    expect(bad({ criterion: 'x', met: { rows: 'tr', row: 0, cell: 'input' } })).toEqual(['steps[0].met.row']);
    expect(() =>
      parseFormMap({ ...map, steps: [{ tasks: { rows: 'tr', cells: {}, add: { css: '#them' } } }] }),
    ).not.toThrow(TusoiInputError);
  });

  it('a task list becomes, per task, room for its row and each mapped cell, the row known by its name', () => {
    const a = example('q01-staff-vatm-tc1-frame-k2');
    const plan = planFromMap(map, a);
    const tasks = plan.filter((s) => s.key.startsWith('tasks.'));
    // 5 rows to make room for, 5 × (name, axis, weight, A, B, C, D, exceeded).
    expect(tasks.filter((s) => s.addRow)).toHaveLength(5);
    expect(tasks.filter((s) => !s.addRow)).toHaveLength(40);
    expect(tasks.find((s) => s.key === 'tasks.4')).toEqual({
      key: 'tasks.4',
      locator: { rows: '#nhiem-vu tbody tr', row: 4, cell: '' },
      addRow: { press: { css: '#them-nv' } },
    });
    expect(tasks.find((s) => s.key === 'tasks.2.B')).toEqual({
      key: 'tasks.2.B',
      locator: {
        rows: '#nhiem-vu tbody tr',
        row: 2,
        cell: '[data-cot=B]',
        named: { cell: '[data-cot=ten]', text: 'Rà soát quy trình khai thác kỹ thuật' },
      },
      value: 90,
    });
    // A flag is written as the draft states it: not exceeded is an unticked box.
    expect(tasks.find((s) => s.key === 'tasks.3.exceeded')?.value).toBe(false);
    expect(tasks.find((s) => s.key === 'tasks.1.exceeded')?.value).toBe(true);
    // Criteria: each answered met is pressed in its row.
    expect(plan.filter((s) => s.key.startsWith('criteria.'))).toHaveLength(15);
    expect(notOnPage(map, a)).toEqual({
      fields: ['subject.name', 'subject.unit', 'proposedLevel', 'period.quarter', 'frame.id'],
      criteria: [],
      tasks: 0,
    });
  });

  it('zero tasks plan nothing; without an add button a row is still asked for (and said missing)', () => {
    const step = { rows: 'tr', cells: { name: 'input' } };
    expect(taskSteps(step, [])).toEqual([]);
    expect(taskSteps(step, [{ name: 'X', completed: true }])[0]).toEqual({
      key: 'tasks.1',
      locator: { rows: 'tr', row: 1, cell: '' },
      addRow: {},
    });
  });

  it('values per cell and the decimal mark: an axis as the page numbers it, a weight with a comma', () => {
    const steps = taskSteps(
      {
        rows: 'tr',
        cells: { axis: 'select', weight: 'input', keyLevel: '.m' },
        values: { axis: { T2: '2' } },
        decimal: ',',
      },
      [{ name: 'X', axis: 'T2', weight: 12.5, key: true, keyLevel: 2, completed: true }],
    );
    expect(steps.slice(1).map((s) => [s.key, s.value, s.decimal])).toEqual([
      ['tasks.1.axis', '2', undefined],
      ['tasks.1.weight', 12.5, ','],
      ['tasks.1.keyLevel', '2', undefined],
    ]);
  });

  it('K/AD and not met press their own control and write the reason; K/AD with no control is said not on the page', () => {
    const a = example('q03-leader-kad-rescale');
    const rowMap = parseFormMap({
      ...map,
      steps: ['1.1', '1.2'].map((row) => ({
        criterion: `pl2-${row}`,
        met: { rows: 'tr', row, cell: '.dat' },
        notMet: { rows: 'tr', row, cell: '.khong' },
        ...(row === '1.1' ? { notApplicable: { rows: 'tr', row, cell: '.kad' } } : {}),
        reason: { rows: 'tr', row, cell: '.ly-do' },
      })),
    });
    const plan = planFromMap(rowMap, a);
    expect(plan.map((s) => [s.key, (s.locator as { cell: string }).cell, s.value])).toEqual([
      ['criteria.pl2-1.1', '.kad', true],
      ['criteria.pl2-1.1.reason', '.ly-do', 'Không thuộc phạm vi chức trách trong quý'],
      ['criteria.pl2-1.2', '.khong', true],
      ['criteria.pl2-1.2.reason', '.ly-do', 'Chậm nộp bản kê khai'],
    ]);
    const without = parseFormMap({ ...rowMap, steps: rowMap.steps.slice(1) });
    expect(planFromMap(without, a).some((s) => s.key.startsWith('criteria.pl2-1.1'))).toBe(false);
    expect(notOnPage(without, a).criteria).toContain('pl2-1.1');
    // No task table in the map: the draft's five tasks are not on the page.
    expect(notOnPage(without, a).tasks).toBe(5);
  });
});

describe('missingRows with a note naming the button', () => {
  it('reads the note on after the colon (lower-cased, no double stop) and tells the user to add the rows', () => {
    const m = missingRows([3, 4, 5], 'stopped', {
      vi: 'Nút «+ Thêm»: trang định gửi biểu mẫu; Tự Soi ngừng bấm',
      en: '“+ Thêm”: the page tried to submit the form; Tự Soi pressed no more.',
    });
    expect(m.vi).toBe(
      'Trang thiếu 3 dòng nhiệm vụ (nhiệm vụ 3, 4, 5): nút «+ Thêm»: trang định gửi biểu mẫu; Tự Soi ngừng bấm. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
    );
    expect(m.en).toBe(
      'The page lacks 3 task rows (task 3, 4, 5): “+ Thêm”: the page tried to submit the form; Tự Soi pressed no more. Add the rows on the page yourself, then press “Fill the form” again.',
    );
  });
  it('without a note says the generic reason', () => {
    expect(missingRows([2], 'stopped').vi).toContain('bấm nút thêm dòng làm trang định gửi biểu mẫu');
  });
});
