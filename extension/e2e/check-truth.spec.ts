import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// A check tells what happened, read back from the page: how many problems got a note beside their
// field (a missing task row has none); a quarter offered as radios gets its note; a quarter not
// rated (Q26-30) is asked for no level; and a check on a form filled by hand (no fill by Tự Soi yet)
// writes nothing, not even after it confirms the form it found. Pages of three makes: a Bootstrap
// page with quarter radios, an ASP.NET GridView, an old table layout (e2e/pages).

const ORIGIN = 'http://127.0.0.1:4398';
// Quý III/2026, frame K2, five tasks.
const draft = quarterlyRowsDraft();

/** Every field of the page as it holds it now (a box's text, a choice's value, a checkbox's state). */
const values = (form: Page) =>
  form.evaluate(() =>
    [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].map((el) => {
      const f = el as HTMLInputElement;
      return `${f.name}=${f.type === 'checkbox' || f.type === 'radio' ? f.checked : f.value}`;
    }),
  );

/** The notes drawn on the page (in the document and the page's own shadow roots). */
const notesOn = (form: Page) => form.locator('tusoi-note');

/** Presses "Kiểm tra"; a form not known yet is confirmed by a check-only preview, whose own button checks. */
async function check(panel: Page) {
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const p = panel.getByTestId('preview');
  await expect(p).toBeVisible();
  await expect(p).toContainText('không ghi gì lên trang');
  // No fill is offered from a check, and no "what the fill would write" column.
  await expect(p.getByRole('button', { name: 'Đồng ý và điền' })).toHaveCount(0);
  await expect(p.locator('[data-col="will"]')).toHaveCount(0);
  await expect(p.getByTestId('preview-tasks')).toHaveCount(0);
  await p.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(p).toBeHidden();
}

/** The status's counts, and that the noted count is what the page shows. */
async function counts(panel: Page, form: Page) {
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu/);
  const text = (await status(panel).textContent()) ?? '';
  const all = /^(\d+) vấn đề trên biểu mẫu, đều được ghi chú cạnh trường\./.exec(text);
  const some =
    /^(\d+) vấn đề trên biểu mẫu; (\d+) được ghi chú cạnh trường, (\d+) không có ô để ghi chú \(xem danh sách\)\./.exec(
      text,
    );
  expect(all ?? some, text).not.toBeNull();
  const found = Number((all ?? some)?.[1]);
  const noted = all ? found : Number(some?.[2]);
  if (some) expect(Number(some[2]) + Number(some[3])).toBe(found);
  await expect(panel.getByTestId('form-problems').locator('li')).toHaveCount(found);
  await expect(notesOn(form)).toHaveCount(noted);
  return { found, noted, text };
}

test('Bootstrap page with the quarter changed by hand to Quý I: the check confirms the form with "Kiểm tra", writes nothing, notes the quarter radios and counts the notes it drew', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'ky-nam-bootstrap.html',
    draft,
    maps: [],
  });
  await form.locator('#hoTen').fill('Nguyễn Văn B');
  await form.locator('#quy1').check();
  const before = await values(form);
  await check(panel);
  const { found, noted } = await counts(panel, form);
  expect(found).toBeGreaterThanOrEqual(3);
  const problems = panel.getByTestId('form-problems');
  await expect(problems).toContainText('"Quý": trang ghi "Quý I", bản kiểm điểm là "Quý III/2026".');
  await expect(problems).toContainText('"Năm": trang ghi "2025", bản kiểm điểm là "2026".');
  await expect(problems).not.toContainText('bản nháp');
  // The quarter's radio group has its note (it had none: a radio was taken for a button).
  const quarterNote = form.locator('fieldset tusoi-note[data-code="DIFFERS_FROM_DRAFT"]');
  await expect(quarterNote).toHaveCount(1);
  expect(noted).toBeGreaterThanOrEqual(3);
  // Nothing was written: every field holds the user's value, read back.
  expect(await values(form)).toEqual(before);
  await expect(form.locator('#hoTen')).toHaveValue('Nguyễn Văn B');
  await expect(form.locator('#quy1')).toBeChecked();
  await expect(status(panel)).not.toHaveText(/ {2}/);
});

test('GridView page filled by hand (weights, names, a checkbox): the check writes nothing, and a second check goes straight to the check', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-gridview.html',
    draft,
    maps: [],
  });
  const row = (n: number, cell: string) => form.locator(`[name="ctl00$MainContent$gvNhiemVu$ctl0${n + 1}$${cell}"]`);
  await row(1, 'txtTen').fill('Việc tôi tự ghi');
  await row(1, 'txtTrongSo').fill('20');
  await row(2, 'txtTrongSo').fill('80');
  await row(1, 'chkHT').check();
  const before = await values(form);
  await check(panel);
  await counts(panel, form);
  expect(await values(form)).toEqual(before);
  await expect(row(1, 'txtTrongSo')).toHaveValue('20');
  await expect(row(2, 'txtTrongSo')).toHaveValue('80');
  await expect(row(1, 'chkHT')).toBeChecked();
  // A second check uses the form confirmed: no preview, nothing written.
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toHaveCount(0);
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu/);
  expect(await values(form)).toEqual(before);
});

test('Bootstrap page with one task row for the draft’s five: the rows the page lacks have no field, so the status says fewer notes than problems, and the count matches the page', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-bootstrap.html',
    draft,
    maps: [],
  });
  await form.locator('[name="nv[1][trongSo]"]').fill('15');
  const before = await values(form);
  await check(panel);
  const { found, noted, text } = await counts(panel, form);
  await expect(panel.getByTestId('form-problems').locator('li[data-code="ROW_MISSING"]')).toHaveCount(4);
  expect(found - noted).toBeGreaterThanOrEqual(4);
  expect(text).toContain(`${found - noted} không có ô để ghi chú (xem danh sách)`);
  // "+ Thêm" was never pressed by the check: still one row, and the user's weight.
  expect(await values(form)).toEqual(before);
  await expect(form.locator('#tblNhiemVu tbody tr')).toHaveCount(1);
});

const UNRATED = JSON.parse(
  readFileSync(new URL('../../rubric-core/examples/q04-staff-unrated-maternity.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

test('old table layout, a quarter not rated (3 months of maternity leave, no tasks): the preview talks of no task rows, the check asks for no level and says once why', async ({
  context,
  extensionId,
}) => {
  const { taskList: _t, frame: _f, ...rest } = UNRATED;
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-muc-bang-cu.html',
    draft: { ...rest, unrated: { sickOrMaternityMonths: 3 } },
    maps: [],
  });
  await expect(panel.getByTestId('live-level')).toHaveText('Chưa xếp loại');
  // The fill's preview: no "0 nhiệm vụ, mỗi nhiệm vụ một dòng".
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const p = panel.getByTestId('preview');
  await expect(p).toBeVisible();
  await expect(p).not.toContainText('0 nhiệm vụ');
  // The page's work table is a task table: its row says the draft has no task to write there.
  const tasks = p.locator('tr[data-field="taskList"]');
  await expect(tasks).toHaveCount(1);
  await expect(tasks).toContainText('Bản kiểm điểm không có nhiệm vụ nào: Tự Soi không ghi gì vào bảng này');
  await p.getByRole('button', { name: 'Huỷ' }).click();

  await form.locator('[name=ddlQuy]').selectOption('2');
  const before = await values(form);
  await check(panel);
  const problems = panel.getByTestId('form-problems');
  await expect(problems).not.toContainText('Chưa chọn mức đề xuất xếp loại.');
  await expect(problems.locator('li[data-code="NO_PROPOSED_LEVEL"]')).toHaveCount(0);
  await expect(form.locator('tusoi-note[data-code="NO_PROPOSED_LEVEL"]')).toHaveCount(0);
  await expect(status(panel)).toContainText('Quý này chưa xếp loại');
  const said = (await status(panel).textContent()) ?? '';
  const why =
    'Quý này chưa xếp loại (Q26-30): Tự Soi không hỏi mức đề xuất xếp loại; mức của quý để trang và cấp có thẩm quyền ghi.';
  expect(said.split(why).length - 1, said).toBe(1);
  expect(await values(form)).toEqual(before);
});
