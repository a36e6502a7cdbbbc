import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { startPortal } from '@tusoi/demo-portal/server';
import { DEMO_MAPS } from '@tusoi/form-kit';
import { expect, test } from './fixtures';

// A quarterly page with a criteria table (radios, a reason after "Không đảm bảo" or K/AD) and a
// task table whose "+ Thêm nhiệm vụ" adds rows, filled through an imported form map.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

// The worked example (five tasks), one criterion not met and one K/AD, each with its reason.
const assessment = quarterlyRowsDraft();
const tasks = assessment.taskList;
const demo = DEMO_MAPS.find((m) => m.id === 'demo-quy-nhiem-vu');
// Imported under its own id, as a province would hand it out: previewed on first use.
const map = { ...demo, id: 'tinh-x-quy', title: { vi: 'Cổng tỉnh X: tự đánh giá quý' } };

async function importFile(options: Page, input: string, value: unknown) {
  await options.locator(`[name="${input}"]`).setInputFiles({
    name: 'file.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
  // A backup says what it brought in; a form map says it is done.
  await expect(options.getByTestId('options-message')).toHaveText(
    input === 'import' ? /^Đã nhập 1 bản kiểm điểm/ : 'Xong',
  );
}

test('an imported map with criterion and task rows: preview, fill with "+", the page receives the draft, check, a seeded mistake, undo', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'import', {
    format: 'tusoi.export/1',
    exportedAt: '2026-10-01T00:00:00.000Z',
    drafts: [{ id: 'q-1', person: '', periodKey: '', createdAt: 1, updatedAt: 1, data: { assessment } }],
    packs: [],
    settings: {},
  });
  await importFile(options, 'importMap', map);

  const form = await context.newPage();
  await form.goto(`${portal.url}/quy-nhiem-vu.html`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await form.bringToFront();

  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toContainText('Bảng nhiệm vụ (sản phẩm)');
  await expect(preview).toContainText(
    '5 nhiệm vụ, mỗi nhiệm vụ một dòng; trang thiếu dòng thì bấm nút thêm dòng của trang',
  );
  // The row as the page shows it (the preview names what it points at in the page's words).
  await expect(preview).toContainText('“1.10 Chính trị, tư tưởng');
  await expect(preview).not.toContainText('#nhiem-vu');
  // Nothing written before the preview is accepted.
  await expect(form.locator('#nhiem-vu tbody tr')).toHaveCount(2);
  await expect(form.locator('[name=nv_1_ten]')).toHaveValue('');

  await preview.locator('[data-action="accept"]').click();
  // 15 criteria, 2 reasons, 5 tasks × 8 cells; three rows added by the page's own "+".
  await expect(panel.getByTestId('portal-status')).toContainText('Đã điền 57/57');
  await expect(form.locator('#nhiem-vu tbody tr')).toHaveCount(5);

  await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(form.locator('#received')).toBeVisible();
  const got = JSON.parse((await form.locator('#received').textContent()) ?? '{}');
  expect(got.lyDo).toEqual({ '1.1': 'Chậm nộp báo cáo', '2.3': 'Không thuộc phạm vi trong quý' });
  expect(got.tieuChi['1.1']).toBe('khong_dat');
  expect(got.tieuChi['1.10']).toBe('dat');
  expect(got.tieuChi['2.3']).toBe('kad');
  expect(got.nhiemVu).toEqual(
    tasks.map((t) => ({
      ten: t.name,
      truc: t.axis,
      trongSo: String(t.weight),
      A: String(t.components.A),
      B: String(t.components.B),
      C: String(t.components.C),
      D: String(t.components.D),
      vuotChuan: t.exceeded === true,
    })),
  );

  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
  await expect(panel.getByTestId('form-problems')).toHaveCount(0);

  // A mistake made on the page after the fill: found in its own row and cell.
  await form.locator('[name=nv_3_C]').fill('50');
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const problems = panel.getByTestId('form-problems').locator('li');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toHaveAttribute('data-code', 'DIFFERS_FROM_DRAFT');
  await expect(problems.first()).toHaveText('"Nhiệm vụ 3, C (tiến độ)": trang ghi "50", bản kiểm điểm là "100".');

  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  const status = panel.getByTestId('portal-status');
  await expect(status).toContainText('Đã hoàn tác');
  await expect(status).toContainText('"Nhiệm vụ 3, C (tiến độ)": đã được sửa sau khi điền, giữ nguyên.');
  await expect(status).toContainText('Trang vẫn giữ 3 dòng Tự Soi đã thêm');
  await expect(form.locator('#nhiem-vu tbody tr')).toHaveCount(5);
  for (let i = 1; i <= 5; i++) await expect(form.locator(`[name=nv_${i}_ten]`)).toHaveValue('');
  await expect(form.locator('[name=nv_3_C]')).toHaveValue('50');
  await expect(form.locator('[name^=ly_do]')).toHaveCount(2);
});
