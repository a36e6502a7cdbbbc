import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, test } from './fixtures';
import { filledAll, UNDONE_ALL } from './panel';

// A quarterly page of ASP.NET WebForms make that no map knows (demo-portal quy-gridview.html): the
// criteria GridView answers each row in one cell (a RadioButtonList), the task GridView has five
// rows of TextBoxes. Detected with the draft's pack, filled, posted, checked and undone.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

// The worked example (five tasks), 1.1 not met and 2.3 K/AD, each with its reason.
const assessment = quarterlyRowsDraft();
const tasks = assessment.taskList;

async function importDraft(options: Page) {
  await options.locator('[name="import"]').setInputFiles({
    name: 'file.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'tusoi.export/1',
        exportedAt: '2026-10-01T00:00:00.000Z',
        drafts: [{ id: 'q-1', person: '', periodKey: '', createdAt: 1, updatedAt: 1, data: { assessment } }],
        packs: [],
        settings: {},
      }),
    ),
  });
  await expect(options.getByTestId('options-message')).toHaveText(/^Đã nhập 1 bản kiểm điểm/);
}

test('GridView quarterly page, no map: RadioButtonList rows and the task GridView are detected, filled and posted; check is clean; undo empties every row again', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importDraft(options);
  const form = await context.newPage();
  await form.goto(`${portal.url}/quy-gridview.html`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await form.bringToFront();

  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  expect(await form.locator('input[type=radio]:checked').count()).toBe(0);
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  const status = panel.getByTestId('portal-status');
  // The name, 15 criteria, 2 reasons, 5 tasks × 8 cells (name, axis, weight, A–D, exceeded).
  await expect(status).toHaveText(filledAll(58));

  await form.getByRole('button', { name: 'Lưu' }).click();
  const got = JSON.parse((await form.locator('#received').textContent()) ?? '{}') as Record<string, string>;
  expect(got.txtHoTen).toBe('Nguyễn Văn A');
  // Row 1.1 (GridView row ctl02) not met, 2.3 (ctl14) K/AD, the other 13 met; the reasons beside them.
  expect(got['gvTieuChi$ctl02$rblDanhGia']).toBe('2');
  expect(got['gvTieuChi$ctl14$rblDanhGia']).toBe('3');
  expect(Object.entries(got).filter(([k, v]) => k.endsWith('rblDanhGia') && v === '1')).toHaveLength(13);
  expect(got['gvTieuChi$ctl02$txtLyDo']).toBe('Chậm nộp báo cáo');
  expect(got['gvTieuChi$ctl14$txtLyDo']).toBe('Không thuộc phạm vi trong quý');
  tasks.forEach((t: { name: string; weight: number; components: Record<string, number> }, i: number) => {
    const row = `gvNhiemVu$ctl${String(i + 2).padStart(2, '0')}$`;
    expect(got[`${row}txtTen`]).toBe(t.name);
    expect(got[`${row}txtTrongSo`]).toBe(String(t.weight));
    expect(got[`${row}txtC`]).toBe(String(t.components.C));
  });

  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status).toHaveText('Không thấy lỗi nào trên biểu mẫu.');

  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status).toHaveText(UNDONE_ALL);
  expect(await form.locator('input[type=radio]:checked').count()).toBe(0);
  await expect(form.locator('#MainContent_gvNhiemVu_txtTen_0')).toHaveValue('');
  await expect(form.locator('#MainContent_txtHoTen')).toHaveValue('');
});
