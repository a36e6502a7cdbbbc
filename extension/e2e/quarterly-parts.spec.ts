import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// The quarterly parts of portal pages no map knows, on pages of three makes (e2e/pages): an ASP.NET
// GridView whose period select shows "Quý I", a Bootstrap page with one task row and "+ Thêm" (which
// Tự Soi presses for the rows the page lacks), a WebForms page whose "Thêm dòng" submits (never
// pressed), an old table layout. The preview shows every task cell before anything is written; the weight frame,
// the axis (by the pack's title), the "Hoàn thành" boxes and "Đơn vị" are filled; the page's own
// review period is kept and said.

const ORIGIN = 'http://127.0.0.1:4397';
// Quý III/2026, frame K2, five tasks (axes T1, T2, T3, T4, T1), each completed.
const draft = quarterlyRowsDraft();
const names = (draft.taskList as { name: string }[]).map((t) => t.name);

async function preview(panel: Page) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const p = panel.getByTestId('preview');
  await expect(p).toBeVisible();
  return p;
}

test('GridView page set to Quý I: the preview lists every task cell and warns of the period; the fill keeps Quý I and says so; frame, axes and Hoàn thành are filled; the check names the period', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-gridview.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.locator('tr[data-field="frame.id"] [data-col="will"]')).toHaveText('K2 - An toàn, kỹ thuật');
  await expect(p.locator('tr[data-field="taskList"]')).toContainText('5 nhiệm vụ, mỗi nhiệm vụ một dòng');
  const lines = p.getByTestId('preview-tasks').locator('li');
  await expect(lines).toHaveCount(5);
  await expect(lines.first()).toContainText(`Nhiệm vụ 1 — tên: “${names[0]}”; trục: “Trục 1”; trọng số: “30”`);
  await expect(lines.first()).toContainText('hoàn thành: đã chọn');
  await expect(lines.nth(3)).toContainText('trục: “Trục 4”');
  await expect(p.locator('tr[data-field="period.quarter"] [data-col="will"]')).toHaveText(
    'Giữ lựa chọn của trang, không ghi (Quý I)',
  );
  await expect(p.getByTestId('preview-period')).toHaveText(
    'Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang chọn “Quý I”, bản kiểm điểm là “Quý III/2026”. Tự Soi không đổi kỳ đánh giá của trang; hãy chọn đúng kỳ trên trang, hoặc mở bản kiểm điểm của kỳ trang đang chọn.',
  );
  await expect(p).not.toContainText('Khung tỷ trọng;');
  // Nothing written while the preview waits.
  await expect(form.locator('[name$="ctl02$txtTen"]')).toHaveValue('');

  await p.locator('[data-action="accept"]').click();
  await expect(status(panel)).toHaveText(
    /^Đã điền (\d+)\/(\d+); chưa điền được: "Kỳ đánh giá:": trang đang chọn "Quý I", bản kiểm điểm là "Quý III"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu\./,
  );
  const [, done, all] = /Đã điền (\d+)\/(\d+)/.exec((await status(panel).textContent()) ?? '') ?? [];
  expect(Number(all) - Number(done)).toBe(1);
  await expect(form.locator('[name$="ddlQuy"]')).toHaveValue('1');
  await expect(form.locator('[name$="ddlKhung"]')).toHaveValue('K2');
  const axes = ['1', '2', '3', '4', '1'];
  for (const [i, axis] of axes.entries()) {
    const row = `gvNhiemVu$ctl${String(i + 2).padStart(2, '0')}$`;
    await expect(form.locator(`[name="ctl00$MainContent$${row}txtTen"]`)).toHaveValue(names[i] as string);
    await expect(form.locator(`[name="ctl00$MainContent$${row}ddlTruc"]`)).toHaveValue(axis);
    await expect(form.locator(`[name="ctl00$MainContent$${row}chkHT"]`)).toBeChecked();
  }

  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const problems = panel.getByTestId('form-problems');
  await expect(problems).toContainText('"Quý": trang ghi "Quý I", bản kiểm điểm là "Quý III/2026".');
  await expect(problems).not.toContainText('"T1"');
  await expect(problems).not.toContainText('Nhiệm vụ');
});

test('Bootstrap page with one task row and "+ Thêm": the preview names the button Tự Soi will press for the rows the page lacks and the columns it has not; the fill presses it 4 times and all 5 tasks hold; undo clears them and says the rows stay', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-bootstrap.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.locator('tr[data-field="subject.unit"]')).toContainText('Đơn vị');
  await expect(p.locator('tr[data-field="subject.unit"] [data-col="will"]')).toHaveText('Phòng Không lưu');
  await expect(p.locator('tr[data-field="period.quarter"] [data-col="will"]')).toHaveText('III');
  await expect(p.getByTestId('preview-period')).toHaveCount(0);
  // Every task the fill writes is listed: task 1 in the page's row, tasks 2–5 in the rows the page's "+ Thêm" adds.
  const taskLines = p.getByTestId('preview-tasks').locator('li');
  await expect(taskLines).toHaveCount(5);
  await expect(taskLines.first()).toContainText(`Nhiệm vụ 1 — tên: “${names[0]}”`);
  for (const i of [1, 2, 3, 4])
    await expect(taskLines.nth(i)).toContainText(`Nhiệm vụ ${i + 1} (dòng sẽ thêm) — tên: “${names[i]}”`);
  await expect(p.locator('tr[data-field="taskList"]')).toContainText('bấm nút thêm dòng của trang («+ Thêm»)');
  const notes = p.getByTestId('preview-task-note');
  await expect(notes.first()).toHaveText(
    'Trang có 1 dòng nhiệm vụ, Tự Soi sẽ bấm nút «+ Thêm» của trang để thêm 4 dòng (từng dòng một, đọc lại sau mỗi lần bấm). Hoàn tác xoá nội dung đã điền nhưng giữ các dòng đã thêm (Tự Soi không bấm nút xoá). Bấm nút của trang là chạy mã của chính trang, Tự Soi không xem được bên trong; nếu trang định gửi biểu mẫu hoặc gửi dữ liệu đi, Tự Soi ngừng bấm và báo.',
  );
  await expect(notes.nth(1)).toHaveText(
    'Bảng nhiệm vụ trên trang không có cột: trục, vượt chuẩn, trọng tâm, mức (các giá trị này không ghi).',
  );
  await expect(p).not.toContainText('bản đồ biểu mẫu không chỉ nút thêm dòng');
  await expect(form.locator('#tblNhiemVu tbody tr')).toHaveCount(1);

  await p.locator('[data-action="accept"]').click();
  // Read back: every cell of the 5 rows holds; the task values the table has no column for are named after the fill too.
  await expect(status(panel)).toHaveText(/^Đã điền (\d+)\/\1\./);
  await expect(status(panel)).toContainText(
    'Bảng nhiệm vụ trên trang không có cột: trục, vượt chuẩn, trọng tâm, mức (các giá trị này không ghi).',
  );
  await expect(form.locator('#donVi')).toHaveValue('Phòng Không lưu');
  await expect(form.locator('#quy')).toHaveValue('III');
  await expect(form.locator('#khung')).toHaveValue('K2');
  await expect(form.locator('#tblNhiemVu tbody tr')).toHaveCount(5);
  for (let i = 1; i <= 5; i++) {
    await expect(form.locator(`[name="nv[${i}][ten]"]`)).toHaveValue(names[i - 1] as string);
    await expect(form.locator(`[name="nv[${i}][ht]"]`)).toBeChecked();
  }

  // Undo empties what was filled; the 4 added rows stay (a remove is a delete), and it says so.
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toContainText('Trang vẫn giữ 4 dòng Tự Soi đã thêm');
  await expect(form.locator('#tblNhiemVu tbody tr')).toHaveCount(5);
  for (let i = 1; i <= 5; i++) await expect(form.locator(`[name="nv[${i}][ten]"]`)).toHaveValue('');
});

test('Bootstrap page whose "+ Thêm" also posts the form in the background (fetch): the content script (an isolated world) sees the request in the page\'s resource timing, stops after the first press and says the page sent data, naming the button and the rows not added', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-bootstrap.html?fetch',
    draft,
    maps: [],
  });
  const posts: string[] = [];
  form.on('request', (r) => {
    if (r.url().includes('autosave=1')) posts.push(r.method());
  });
  const p = await preview(panel);
  await expect(p.getByTestId('preview-task-note').first()).toContainText(
    'Bấm nút của trang là chạy mã của chính trang, Tự Soi không xem được bên trong',
  );
  await p.locator('[data-action="accept"]').click();
  // A request that ends within 250 ms of the press stops the next press; a slower one is seen before
  // the next: one more row at most.
  await expect(status(panel)).toContainText(
    /Trang thiếu [23] dòng nhiệm vụ \(nhiệm vụ (3|4), .*5\): bấm nút «\+ Thêm» làm trang gửi dữ liệu đi \(1 yêu cầu\); Tự Soi ngừng bấm\. Hãy kiểm tra trên cổng xem trang đã lưu hay gửi gì\./,
  );
  const rows = await form.locator('#tblNhiemVu tbody tr').count();
  expect([2, 3]).toContain(rows);
  expect(posts).toEqual(Array(rows - 1).fill('POST'));
});

test('ASP.NET WebForms page whose "Thêm dòng" is a submit button (a postback): the preview says Tự Soi will not press it and why; the fill fills row 1, presses nothing, says the rows are missing and why; the page is not sent', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-webforms-them.html',
    draft,
    maps: [],
  });
  const url = form.url();
  const p = await preview(panel);
  await expect(p.getByTestId('preview-task-note').first()).toHaveText(
    'Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 5 nhiệm vụ: Không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng. Hãy tự thêm 4 dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
  );
  await expect(p.locator('tr[data-field="taskList"]')).not.toContainText('bấm nút thêm dòng');

  await p.locator('[data-action="accept"]').click();
  await expect(status(panel)).toContainText(
    'Trang thiếu 4 dòng nhiệm vụ (nhiệm vụ 2, 3, 4, 5): không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
  );
  await expect(form.locator('[name$="ctl02$txtTen"]')).toHaveValue(names[0] as string);
  await expect(form.locator('#MainContent_gvNhiemVu tr')).toHaveCount(2);
  expect(form.url()).toBe(url);
  expect(await form.evaluate(() => (window as never as { submitted: number }).submitted)).toBe(0);
});

test('old table layout: "Đơn vị" in the left column is the work unit; the axis chosen by its number; frame and Hoàn thành filled', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-ky-bang-cu.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.locator('tr[data-field="subject.unit"]')).toContainText('Đơn vị');
  await expect(p.locator('tr[data-field="frame.id"] [data-col="will"]')).toHaveText('K2');
  await expect(p.getByTestId('preview-tasks').locator('li').nth(1)).toContainText('trục: “2”');
  await p.locator('[data-action="accept"]').click();
  await expect(status(panel)).toHaveText(/^Đã điền (\d+)\/\1\./);
  await expect(form.locator('[name=txt101]')).toHaveValue('Phòng Không lưu');
  await expect(form.locator('[name=txt104]')).toHaveValue('K2');
  await expect(form.locator('[name=tr2]')).toHaveValue('2');
  await expect(form.locator('[name=ht5]')).toBeChecked();
});

test('Bootstrap page with Quý III chosen and its year select on 2025: the preview, the fill and the check say 2025 against the draft’s 2026; the page’s year is kept', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'ky-nam-bootstrap.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.locator('tr[data-field="period.year"] [data-col="will"]')).toHaveText(
    'Giữ lựa chọn của trang, không ghi (2025)',
  );
  await expect(p.getByTestId('preview-period')).toHaveText(
    'Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang chọn “2025”, bản kiểm điểm là “2026”. Tự Soi không đổi kỳ đánh giá của trang; hãy chọn đúng kỳ trên trang, hoặc mở bản kiểm điểm của kỳ trang đang chọn.',
  );
  await p.locator('[data-action="accept"]').click();
  await expect(status(panel)).toContainText(
    '"Năm đánh giá": trang đang chọn "2025", bản kiểm điểm là "2026"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu.',
  );
  await expect(status(panel)).not.toContainText('"Quý"');
  await expect(form.locator('#namDanhGia')).toHaveValue('2025');
  await expect(form.locator('#quy3')).toBeChecked();
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const problems = panel.getByTestId('form-problems');
  await expect(problems).toContainText('"Năm": trang ghi "2025", bản kiểm điểm là "2026".');
  await expect(problems).not.toContainText('"Quý": trang ghi');
});

test('old table layout with a td header row and "Kỳ đánh giá: [ ] Năm: [ ]" in one cell: the task table is found, the quarter and year each by its own words, all 5 tasks listed (2–5 added by the page’s "Thêm dòng") and filled', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-bang-td.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.locator('tr[data-field="period.quarter"] [data-col="will"]')).toHaveText('Quý III/2026');
  await expect(p.locator('tr[data-field="period.year"] [data-col="will"]')).toHaveText('2026');
  const lines = p.getByTestId('preview-tasks').locator('li');
  await expect(lines).toHaveCount(5);
  await expect(lines.nth(4)).toContainText(`Nhiệm vụ 5 (dòng sẽ thêm) — tên: “${names[4]}”`);
  await expect(p.getByTestId('preview-not-on-page')).not.toContainText('5 nhiệm vụ');
  await p.locator('[data-action="accept"]').click();
  await expect(status(panel)).toHaveText(/^Đã điền (\d+)\/\1\./);
  await expect(form.locator('[name=ky]')).toHaveValue('Quý III/2026');
  await expect(form.locator('[name=nam]')).toHaveValue('2026');
  await expect(form.locator('[name=ten5]')).toHaveValue(names[4] as string);
});

test('a page with no form map whose work table is no task table Tự Soi knows: the preview says the page’s task table was not recognised and what to do, never that a form map lacks one', async ({
  context,
  extensionId,
}) => {
  const { panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'quy-bang-la.html',
    draft,
    maps: [],
  });
  const p = await preview(panel);
  await expect(p.getByTestId('preview-not-on-page')).toContainText(
    '5 nhiệm vụ (Tự Soi chưa nhận ra bảng nhiệm vụ trên trang: hãy tự điền các dòng nhiệm vụ trên trang, hoặc nhập bản đồ biểu mẫu của cổng ở trang Cài đặt → Bản đồ biểu mẫu)',
  );
  await expect(p.getByTestId('preview-not-on-page')).not.toContainText('bản đồ biểu mẫu không có bảng nhiệm vụ');
});
