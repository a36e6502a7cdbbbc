import { startPortal } from '@tusoi/demo-portal/server';
import { OFFICIAL_LABELS } from '@tusoi/form-kit';
import { expect, SHOTS, test } from './fixtures';
import { beside, filledAll, status, UNDONE_ALL } from './panel';

// What the panel says when it cannot fill: nothing recognised (what to do next, which labels it
// looked for), and a form in a frame of another origin (filled when granted, else why not).

let portal: { url: string; close: () => void };
// A second origin that the e2e build has no host permission for.
let other: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
  other = await startPortal(0, '127.0.0.2');
});
test.afterAll(() => {
  portal.close();
  other.close();
});

test('nothing recognised: the panel says so, names the labels it looked for and what to do next', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/index.html`);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(
    'Tự Soi không nhận ra biểu mẫu kiểm điểm nào trên trang này, nên chưa ghi gì.',
  );
  const help = panel.getByTestId('portal-help');
  for (const [, names] of OFFICIAL_LABELS) await expect(help).toContainText(names[0] as string);
  await expect(help).toContainText('Chọn trường này trên trang');
  await expect(help).toContainText('nhập bản đồ biểu mẫu');
  await panel.screenshot({ path: `${SHOTS}panel-not-recognised.png`, fullPage: true });
  expect(form.url()).toBe(`${portal.url}/index.html`);
});

test('a form showing only two official labels is proposed with both, the preview counting them, and filled once accepted', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/hai-nhan.html`);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toContainText('Họ và tên');
  await expect(preview).toContainText('Ưu điểm, kết quả đạt được');
  await expect(panel.getByTestId('preview-count')).toHaveText('Số trường tìm thấy theo nhãn chính thức: 2.');
  // Nothing is written before the preview is accepted.
  await expect(form.locator('[name=ho_ten]')).toHaveValue('');
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(filledAll(2));
  await expect(form.locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
});

test('two fields whose labels both start with “Chi bộ” are shown by those labels, in quotes, none chosen', async ({
  context,
  extensionId,
}) => {
  const { panel } = await beside(context, extensionId, `${portal.url}/hai-cot.html`);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.locator('[data-field="subject.cell"] [data-ambiguous]')).toHaveText(
    'Nhiều ô cùng khớp, chưa chọn: “Chi bộ đề xuất xếp loại” / “Chi bộ trưởng”',
  );
  await expect(panel.getByTestId('preview')).not.toContainText('[name=');
});

test('a form in a frame of a granted origin is previewed, filled and undone in that frame', async ({
  context,
  extensionId,
}) => {
  const frameOrigin = portal.url.replace('127.0.0.1', 'localhost');
  const { form, panel } = await beside(
    context,
    extensionId,
    `${portal.url}/khung-khac-nguon.html?nguon=${encodeURIComponent(frameOrigin)}`,
  );
  const frame = form.frameLocator('#khung');
  await expect(frame.locator('[name=ho_ten]')).toBeVisible();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toContainText('Nhóm tiêu chí chung');
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(filledAll(5));
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
  await expect(frame.locator('[name=tong_diem]')).toHaveValue('90');
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText(UNDONE_ALL);
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('');
  await expect(frame.locator('[name=tong_diem]')).toHaveValue('');
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText('Không có gì để hoàn tác.');
  // Filled again, then the panel opened anew (it no longer knows which frame it filled): undo still
  // reaches the frame's fill and says so.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(filledAll(5));
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
  await panel.reload();
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText(UNDONE_ALL);
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('');
  await expect(frame.locator('[name=tong_diem]')).toHaveValue('');
});

test('a form in a frame: fill, the user types a name there, fill again (the panel opened anew before each action), undo: the frame is as before the first fill but for the name, which is the user’s', async ({
  context,
  extensionId,
}) => {
  const frameOrigin = portal.url.replace('127.0.0.1', 'localhost');
  const { form, panel } = await beside(
    context,
    extensionId,
    `${portal.url}/khung-khac-nguon.html?nguon=${encodeURIComponent(frameOrigin)}`,
  );
  const frame = form.frameLocator('#khung');
  await expect(frame.locator('[name=ho_ten]')).toBeVisible();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(filledAll(5));
  await frame.locator('[name=ho_ten]').fill('Tên tôi gõ');
  await panel.reload();
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(filledAll(5));
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
  await panel.reload();
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText(UNDONE_ALL);
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Tên tôi gõ');
  await expect(frame.locator('[name=tong_diem]')).toHaveValue('');
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText('Không có gì để hoàn tác.');
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Tên tôi gõ');
});

test('a form in a frame of an origin not granted: the panel says why it cannot and how to allow it', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(
    context,
    extensionId,
    `${portal.url}/khung-khac-nguon.html?nguon=${encodeURIComponent(other.url)}`,
  );
  await expect(form.frameLocator('#khung').locator('[name=ho_ten]')).toBeVisible();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(`Biểu mẫu nằm trong khung (iframe) của một trang khác: ${other.url}.`);
  await expect(panel.getByTestId('portal-help')).toContainText('Cài đặt → Cổng kiểm điểm');
  await expect(panel.getByTestId('portal-help')).toContainText('Cho phép Tự Soi điền trên cổng này');
  await panel.screenshot({ path: `${SHOTS}panel-frame-not-granted.png`, fullPage: true });
  await expect(form.frameLocator('#khung').locator('[name=ho_ten]')).toHaveValue('');
});
