import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { type DraftScores, FORMMAP_FORMAT, type FormMap, fieldValue, notOnPage, planFromMap } from './formmap';
import { loadRows } from './rows-entry';

// A quarterly draft (tusoi.assessment/2) carries no scores: its totals are rubric-core's
// classification of it, filled and checked as they are.
const example = (name: string) =>
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../rubric-core/examples', name), 'utf8'),
  );
const draft = example('q01-staff-vatm-tc1-frame-k2.json');
const result = classify(draft);
const score: DraftScores = { ...result.score, tasks: result.breakdown?.tasks ?? [] };

const map: FormMap = {
  format: FORMMAP_FORMAT,
  id: 'quy',
  title: { vi: 'Quý' },
  match: ['http://127.0.0.1:8765/*'],
  steps: [
    { field: 'scores.general', locator: { name: 'diem_chung' } },
    { field: 'scores.results', locator: { name: 'diem_kq' } },
    { field: 'scores.total', locator: { name: 'tong' } },
    { tasks: { rows: '#nv tbody tr', cells: { name: '[data-cot=ten]', points: '[data-cot=diem]' } } },
  ],
};

describe('a quarterly draft’s scores on a form', () => {
  it('come from the classification: general, results, total and each task’s points are planned', () => {
    // The worked example VATM TC-1 (frame K2): 30 + 67,6 = 97,6; tasks 29,3 / 14,1 / 10 / 9,6 / 4,6.
    expect(score).toMatchObject({ general: 30, results: 67.6, total: 97.6, tasks: [29.3, 14.1, 10, 9.6, 4.6] });
    const plan = planFromMap(map, draft, { score });
    const value = (key: string) => plan.find((s) => s.key === key);
    expect(value('scores.general')).toMatchObject({ value: 30 });
    expect(value('scores.results')).toMatchObject({ value: 67.6 });
    expect(value('scores.total')).toMatchObject({ value: 97.6 });
    expect(value('tasks.2.points')).toMatchObject({ value: 14.1 });
    expect(plan.some((s) => s.absent)).toBe(false);
    // Every score has its box: none is said missing from the page.
    expect(notOnPage(map, draft, { score }).fields.filter((f) => f.startsWith('scores.'))).toEqual([]);
  });

  it('without the classification nothing is guessed: the score steps say the draft has none', () => {
    expect(fieldValue(draft, 'scores.total')).toBeUndefined();
    const plan = planFromMap(map, draft);
    expect(plan.filter((s) => s.absent).map((s) => s.key)).toEqual([
      'scores.general',
      'scores.results',
      'scores.total',
    ]);
    expect(plan.some((s) => s.key.endsWith('.points'))).toBe(false);
  });

  it('a pack rounding its total apart from the groups: the page showing the draft’s three scores is not a mismatch', () => {
    document.documentElement.lang = 'vi';
    document.body.innerHTML =
      '<input name="diem_chung" value="27,9"><input name="diem_kq" value="67,6"><input name="tong" value="96">';
    const rounded: DraftScores = { general: 27.9, results: 67.6, total: 96 };
    expect(checkForm(document, map, draft, { score: rounded }).filter((p) => p.field.startsWith('scores'))).toEqual([]);
  });
});

describe('checking a quarterly form against its classification', () => {
  const page = (general: string, results: string, total: string, points: readonly string[]) => {
    document.documentElement.lang = 'vi';
    document.body.innerHTML = `<form><input name="diem_chung" value="${general}"><input name="diem_kq" value="${results}"><input name="tong" value="${total}">
      <table id="nv"><tbody>${draft.taskList
        .map(
          (t: { name: string }, i: number) =>
            `<tr><td><input data-cot="ten" value="${t.name}"></td><td><input data-cot="diem" value="${points[i] ?? ''}"></td></tr>`,
        )
        .join('')}</tbody></table></form>`;
  };
  loadRows();

  it('the filled values hold: nothing to say', () => {
    page('30', '67,6', '97,6', ['29,3', '14,1', '10', '9,6', '4,6']);
    expect(checkForm(document, map, draft, { score })).toEqual([]);
  });

  it('a total typed wrong is flagged as not adding up, bilingual; a task’s points differing too', () => {
    page('30', '67,6', '99', ['29,3', '14,1', '10', '9,6', '5']);
    const problems = checkForm(document, map, draft, { score });
    const total = problems.find((p) => p.field === 'scores.total');
    expect(total?.code).toBe('TOTAL_MISMATCH');
    expect(total?.message).toEqual({
      vi: 'Tổng điểm ghi 99 nhưng hai nhóm cộng lại là 97,6.',
      en: 'Total says 99 but the groups add up to 97.6.',
    });
    const points = problems.find((p) => p.field === 'tasks.5.points');
    expect(points?.message.vi).toBe('"Nhiệm vụ 5, điểm": trang ghi "5", bản kiểm điểm là "4,6".');
  });

  it('a group score differing from the classification is named with the draft’s value', () => {
    page('29', '67,6', '96,6', ['29,3', '14,1', '10', '9,6', '4,6']);
    const problems = checkForm(document, map, draft, { score });
    // (The page's total adds its own groups up, so it is no mismatch: it differs from the draft's.)
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['DIFFERS_FROM_DRAFT', 'scores.general'],
      ['DIFFERS_FROM_DRAFT', 'scores.total'],
    ]);
    expect(problems[0]?.message.vi).toBe('"Nhóm tiêu chí chung": trang ghi "29", bản kiểm điểm là "30".');
    expect(problems[1]?.message.vi).toBe('"Tổng điểm": trang ghi "96,6", bản kiểm điểm là "97,6".');
  });

  it('an empty score box the fill could fill says what the draft holds, not just "Chưa nhập"', () => {
    page('30', '67,6', '', ['29,3', '14,1', '10', '9,6', '4,6']);
    const [empty] = checkForm(document, map, draft, { score });
    expect(empty?.message.vi).toBe('Chưa nhập "Tổng điểm" (bản kiểm điểm: 97,6; bấm "Điền biểu mẫu" để điền).');
    expect(empty?.message.en).toBe('"Tổng điểm" is empty (the draft says 97.6; press "Fill the form" to fill it).');
    // Without the classification there is nothing to offer.
    const plain = checkForm(document, map, draft).find((p) => p.field === 'scores.total');
    expect(plain?.message.vi).toBe('Chưa nhập "Tổng điểm".');
  });
});
