// The quarterly parts of a portal page a form found by its labels has (no map): the weight frame,
// the review period, the task table's "Hoàn thành" column, axes by their titles, "Đơn vị" alone;
// and what a fill says of rows the page lacks. Real pages of several makes: extension e2e
// quarterly-parts.spec.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PACKS_2 } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { choiceAliases, pickOption } from './choices';
import { detectForm } from './detect';
import { type FormMap, notOnPage, planFromMap } from './formmap';
import { fillForm } from './plan';
import { plannedSteps } from './planned';
import { missingRows, type TaskRowsStep, taskSteps } from './rows';
import { loadRows } from './rows-entry';

loadRows();
const draft = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../../rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json'),
    'utf8',
  ),
);
// The pack's own axes (rubric-core is their one home): never restated here.
const pack = BUILTIN_PACKS_2.find((p) => p.id === draft.criteria.pack);
const axes = pack?.results.axes ?? [];

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const QUARTERS = '<option value="1">Quý I</option><option value="2">Quý II</option><option value="3">Quý III</option>';
const AXES = (text: (n: number) => string) =>
  `<option value="">--</option>${[1, 2, 3, 4, 5, 6].map((n) => `<option value="${n}">${text(n)}</option>`).join('')}`;
const taskRow = (i: number) =>
  `<tr><td>${i}</td><td><input name="ten${i}"></td><td><select name="truc${i}">${AXES((n) => `Trục ${n}`)}</select></td><td><input name="ts${i}"></td>${['A', 'B', 'C', 'D'].map((c) => `<td><input name="${c}${i}"></td>`).join('')}<td><input type="checkbox" name="ht${i}"></td></tr>`;
const WEBFORMS = (period: string) => `
  <table><tr><td>Họ và tên:</td><td><input name="hoTen"></td></tr>
  <tr><td>Đơn vị:</td><td><input name="donVi"></td></tr>
  <tr><td>Kỳ đánh giá:</td><td><select name="ddlQuy">${period}${QUARTERS}</select></td></tr></table>
  <p><label for="khung">Khung tỷ trọng</label> <select id="khung" name="khung"><option value="">-- Chọn khung --</option>
  <option value="K1">K1 - Quản lý, tham mưu</option><option value="K2">K2 - An toàn, kỹ thuật</option></select></p>
  <table id="nv"><tr><th>STT</th><th>Tên nhiệm vụ, sản phẩm</th><th>Trục</th><th>Trọng số</th><th>A (%)</th><th>B (%)</th><th>C (%)</th><th>D (%)</th><th>Hoàn thành</th></tr>
  ${[1, 2].map(taskRow).join('')}</table>`;

describe('detection of the quarterly parts of a page with no map', () => {
  it('finds the weight frame, the review period ("Kỳ đánh giá"), "Đơn vị" as the work unit and the Hoàn thành column', () => {
    const d = detectForm(page(WEBFORMS('')), 'https://cong.example.vn/danh-gia.aspx');
    const fields = Object.fromEntries(
      (d?.map.steps ?? []).flatMap((s) => ('field' in s ? [[s.field, s.locator]] : [])),
    );
    expect(fields['frame.id']).toEqual({ name: 'khung' });
    expect(fields['period.quarter']).toEqual({ name: 'ddlQuy' });
    expect(fields['subject.unit']).toEqual({ name: 'donVi' });
    const tasks = d?.map.steps.find((s) => 'tasks' in s);
    expect(tasks && 'tasks' in tasks && Object.keys(tasks.tasks.cells).sort()).toEqual(
      ['A', 'B', 'C', 'D', 'axis', 'completed', 'name', 'weight'].sort(),
    );
  });
  it('the period select wins over the year box beside it in one cell ("Kỳ đánh giá: [Quý I] năm [2026]")', () => {
    const d = detectForm(
      page(
        '<table><tr><td>Kỳ đánh giá:</td><td><select name="ddlQuy"><option value="1">Quý I</option><option value="3">Quý III</option></select> năm <input name="txtNam" value="2026"></td></tr></table>',
      ),
      'https://x.vn/',
    );
    const q = d?.map.steps.find((s) => 'field' in s && s.field === 'period.quarter');
    expect(q && 'locator' in q && q.locator).toEqual({ name: 'ddlQuy' });
    expect(d?.preview.find((p) => p.field === 'period.quarter')?.ambiguous).toBeUndefined();
  });
  it('a year box or select by a whole label "Năm", "Năm đánh giá"; never "Năm sinh" or a text only starting with "Quý"', () => {
    const fields = (html: string) =>
      Object.fromEntries(
        (detectForm(page(html), 'https://x.vn/')?.map.steps ?? []).flatMap((s) =>
          'field' in s ? [[s.field, s.locator]] : [],
        ),
      );
    expect(
      fields('<label>Họ và tên <input name="t"></label><label>Năm <input name="n"></label>')['period.year'],
    ).toEqual({ name: 'n' });
    expect(
      fields(
        '<label>Họ và tên <input name="t"></label><label>Năm đánh giá <select name="n"><option>2026</option></select></label>',
      )['period.year'],
    ).toEqual({ name: 'n' });
    const other = fields(
      '<label>Họ và tên <input name="t"></label><label>Năm sinh <input name="ns"></label><label>Quý trọng <input name="qt"></label>',
    );
    expect(other['period.year']).toBeUndefined();
    expect(other['period.quarter']).toBeUndefined();
  });
  it('"Đơn vị" names the work unit only as a whole label: "Đơn vị tính", "Đơn vị chủ trì" are something else', () => {
    for (const label of ['Đơn vị tính', 'Đơn vị chủ trì'])
      expect(
        detectForm(
          page(`<label>Họ và tên <input name="a"></label><label>${label} <input name="b"></label>`),
          'https://x.vn/',
        )?.map.steps.some((s) => 'field' in s && s.field === 'subject.unit'),
      ).toBe(false);
  });
  it('"Đơn vị công tác" beside "Đơn vị" wins the work unit (the official wording first)', () => {
    const d = detectForm(
      page('<label>Đơn vị <input name="dv"></label><label>Đơn vị công tác <input name="dvct"></label>'),
      'https://x.vn/',
    );
    const unit = d?.map.steps.find((s) => 'field' in s && s.field === 'subject.unit');
    expect(unit && 'locator' in unit && unit.locator).toEqual({ name: 'dvct' });
  });
});

describe('axes by their titles in the pack', () => {
  it('the pack has the axes this draft uses (the test reads them, never restates them)', () => {
    expect(axes.map((a) => a.id)).toContain('T1');
  });
  it('a task step keeps the id (a text cell gets it) and offers the title; a choice takes "Trục 1", the full title or value "1"', () => {
    const step: TaskRowsStep = { rows: '#nv tr', cells: { axis: ':scope > :nth-child(3)' } };
    const [, axis] = taskSteps(step, draft.taskList, [], axes);
    const t1 = axes.find((a) => a.id === 'T1')?.vi as string;
    expect(axis?.value).toBe('T1');
    expect(axis?.aliases?.[0]).toBe(t1);
    const aliases = [...choiceAliases('tasks.1.axis', 'T1'), ...(axis?.aliases ?? [])];
    const short = [1, 2, 3].map((n) => ({ text: `Trục ${n}`, value: `${n}` }));
    expect(pickOption(short, aliases)).toBe(0);
    const full = axes.map((a, i) => ({ text: a.vi, value: `x${i}` }));
    expect(pickOption(full, aliases)).toBe(0);
    const numbers = [1, 2, 3].map((n) => ({ text: `${n}`, value: `${n}` }));
    expect(pickOption(numbers, aliases)).toBe(0);
    // "Trục 1" is never "Trục 10".
    expect(pickOption([{ text: 'Trục 10', value: 'a' }], aliases)).toBe(-1);
  });
  it('a choice with no option for the axis names it by its title, never "T1"', async () => {
    page(
      '<table id="nv"><tr><th>Tên nhiệm vụ</th><th>Trục</th><th>A</th><th>B</th></tr><tr><td><input name="t"></td><td><select name="x"><option value="">--</option><option value="9">Trục 9</option></select></td><td><input name="a"></td><td><input name="b"></td></tr></table>',
    );
    const r = await fillForm(
      document,
      planFromMap(detectedMap(), { ...draft, taskList: draft.taskList.slice(0, 1) }, { axes }),
    );
    const t1 = axes.find((a) => a.id === 'T1')?.vi as string;
    expect(r.results['tasks.1.axis']?.message?.vi).toBe(`"Nhiệm vụ 1, trục": không có lựa chọn "${t1}".`);
    expect(r.summary.vi).not.toContain('"T1"');
  });
  it('a map that words the axis itself (values.axis) keeps its own value', () => {
    const step: TaskRowsStep = { rows: 'tr', cells: { axis: 'td' }, values: { axis: { T1: 'A1' } } };
    expect(taskSteps(step, draft.taskList, [], axes)[1]?.value).toBe('A1');
  });
});

const detectedMap = (): FormMap => {
  const d = detectForm(document, 'https://cong.example.vn/danh-gia.aspx');
  if (!d) throw new Error('no form');
  return d.map;
};

describe('filling the quarterly parts of a detected form', () => {
  it('fills the frame, the axis by its title, the Hoàn thành boxes; an empty period is chosen', async () => {
    page(WEBFORMS('<option value="">-- Chọn --</option>'));
    const plan = planFromMap(detectedMap(), { ...draft, taskList: draft.taskList.slice(0, 2) }, { axes });
    const r = await fillForm(document, plan);
    expect(r.summary.vi).toMatch(/^Đã điền (\d+)\/\1$/);
    const value = (n: string) => (document.querySelector(`[name="${n}"]`) as HTMLInputElement).value;
    expect(value('khung')).toBe('K2');
    expect(value('ddlQuy')).toBe('3');
    expect(value('truc1')).toBe('1');
    expect(value('truc2')).toBe('2');
    expect((document.querySelector('[name="ht1"]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('[name="ht2"]') as HTMLInputElement).checked).toBe(true);
  });
  it("keeps the page's review period when it shows another quarter, and says so (both set, Vietnamese first)", async () => {
    page(WEBFORMS(''));
    const map = detectedMap();
    const plan = planFromMap(map, draft, { axes });
    const planned = plannedSteps(document, plan).find((s) => s.key === 'period.quarter');
    expect(planned).toMatchObject({ now: 'Quý I', will: 'Quý III', kept: true });
    const r = await fillForm(document, plan);
    expect((document.querySelector('[name="ddlQuy"]') as HTMLSelectElement).value).toBe('1');
    expect(r.results['period.quarter']).toMatchObject({ ok: false, status: 'page-choice-kept' });
    expect(r.summary.vi).toContain(
      '"Kỳ đánh giá:": trang đang chọn "Quý I", bản kiểm điểm là "Quý III"; Tự Soi không đổi lựa chọn này của trang',
    );
    expect(r.summary.en).toContain('the page has "Quý I" chosen, the draft has "Quý III"');
  });
  it("the check names a page period other than the draft's (Quý III/2026, never 3)", () => {
    page(WEBFORMS(''));
    const problems = checkForm(document, detectedMap(), draft);
    const period = problems.find((p) => p.field === 'period.quarter');
    expect(period?.message.vi).toBe('"Quý": trang ghi "Quý I", bản kiểm điểm là "Quý III/2026".');
  });
  it('the check reads a period option by its words: an id value "2" is not quarter 2; another year is named', () => {
    const check = (options: string) => {
      page(`<table><tr><td>Kỳ đánh giá:</td><td><select name="ky">${options}</select></td></tr></table>`);
      return checkForm(document, detectedMap(), draft)
        .filter((p) => p.field === 'period.quarter')
        .map((p) => p.message.vi);
    };
    expect(check('<option value="2" selected>Quý III/2026</option><option value="3">Quý III/2025</option>')).toEqual(
      [],
    );
    expect(check('<option value="2">Quý III/2026</option><option value="3" selected>Quý III/2025</option>')).toEqual([
      '"Quý": trang ghi "Quý III/2025", bản kiểm điểm là "Quý III/2026".',
    ]);
  });
  it('a year box the page locks on another year is named by the check (the page is on another period)', () => {
    page('<label>Họ và tên <input name="t"></label><label>Năm <input name="nam" value="2025" readonly></label>');
    expect(
      checkForm(document, detectedMap(), draft)
        .filter((p) => p.field === 'period.year')
        .map((p) => p.message.vi),
    ).toEqual(['"Năm": trang ghi "2025", bản kiểm điểm là "2026".']);
  });
  it('a page without the frame field lists it as not on the page', () => {
    page('<label>Họ và tên <input name="a"></label>');
    expect(notOnPage(detectedMap(), draft).fields).toContain('frame.id');
  });
});

describe('rows the page lacks, said to a user without a map', () => {
  it('names the rows the page has and the tasks the draft has, and what to do', () => {
    expect(missingRows([2, 3, 4, 5, 6], 'no-button')).toEqual({
      vi: 'Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 6 nhiệm vụ (chưa ghi nhiệm vụ 2, 3, 4, 5, 6): hãy thêm 5 dòng trên trang (nút thêm dòng của trang) rồi bấm “Điền biểu mẫu” lại, hoặc nhập bản đồ biểu mẫu có nút thêm dòng của trang để Tự Soi tự thêm.',
      en: "The page has 1 task row, the draft has 6 tasks (task 2, 3, 4, 5, 6 not written): add 5 rows on the page (its add-row button) and press “Fill the form” again, or import a form map naming the page's add-row button so that Tự Soi adds them.",
    });
  });
  it('a map naming the button that the page lacks keeps its own reason', () => {
    expect(missingRows([4], 'not-found').vi).toBe(
      'Trang thiếu 1 dòng nhiệm vụ (nhiệm vụ 4): không thấy nút thêm dòng trên trang.',
    );
  });
  it('a button Tự Soi will not press (it submits; two of them) says why and that the user adds the rows', () => {
    expect(missingRows([2, 3], 'refused')).toEqual({
      vi: 'Trang thiếu 2 dòng nhiệm vụ (nhiệm vụ 2, 3): nút thêm dòng có thể gửi hoặc xoá, không bấm. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
      en: 'The page lacks 2 task rows (task 2, 3): the add-row button may submit or delete; not pressed. Add the rows on the page yourself, then press “Fill the form” again.',
    });
    expect(missingRows([2], 'two-buttons').vi).toBe(
      'Trang thiếu 1 dòng nhiệm vụ (nhiệm vụ 2): bảng có từ hai nút thêm dòng trở lên, không rõ nút nào nên không bấm. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
    );
  });
});
