import type { Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, test } from './fixtures';

// Form maps are data anyone can write: one that matches every page is refused at import, one
// used on a page for the first time is previewed, and its clicks never press submit.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

const map = (match: string[], steps: unknown[] = [{ field: 'subject.name', locator: { name: 'ho_ten' } }]) => ({
  format: 'tusoi.formmap/1',
  id: 'tinh-x',
  title: { vi: 'Cổng của tỉnh X' },
  match,
  steps,
});

async function importMap(options: Page, value: unknown) {
  await options.locator('[name="importMap"]').setInputFiles({
    name: 'map.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
}

test('a map matching every page, or with a pattern built to backtrack, is refused at import with its path', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importMap(options, map(['*']));
  await expect(options.getByTestId('options-message')).toContainText('Địa chỉ trang áp dụng thứ 1');
  await expect(options.getByTestId('options-message')).not.toContainText('match[0]');
  await expect(options.getByTestId('options-message')).toContainText('quá rộng');
  await expect(options.getByTestId('options-message')).toContainText('too broad');
  await importMap(options, map(['<all_urls>']));
  await expect(options.getByTestId('options-message')).toContainText('quá rộng');
  await importMap(options, map([`https://kiemdiem.tinh.gov.vn/${'*a'.repeat(30)}b`]));
  await expect(options.getByTestId('options-message')).toContainText('quá nhiều dấu *');
  await expect(options.getByTestId('maps').locator('li')).toHaveCount(0);
});

test('a saved map used on a page for the first time is previewed; its click on submit is refused and reported', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importMap(
    options,
    map(
      ['http://127.0.0.1:*/mau-2b.html'],
      [{ field: 'subject.name', locator: { name: 'ho_ten' } }, { click: { css: 'button[type=submit]' } }],
    ),
  );
  await expect(options.getByTestId('options-message')).toHaveText('Xong');

  const form = await context.newPage();
  await form.goto(`${portal.url}/mau-2b.html`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await panel.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await form.bringToFront();

  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // Named in words: the field by its form label, the map's click as a press, never a key or a selector.
  await expect(panel.getByTestId('preview')).toContainText('Họ và tên / tên tập thể');
  await expect(panel.getByTestId('preview')).toContainText('Bấm nút (bước của bản đồ biểu mẫu)');
  await expect(panel.getByTestId('preview')).not.toContainText('subject.name');
  await expect(form.locator('[name="ho_ten"]')).toHaveValue('');

  const url = form.url();
  await panel.getByTestId('preview').locator('[data-action="accept"]').click();
  await expect(panel.getByTestId('portal-status')).toContainText('Đã điền 1/2');
  await expect(panel.getByTestId('portal-status')).toContainText('Không bấm nút gửi/nộp biểu mẫu');
  await expect(form.locator('[name="ho_ten"]')).toHaveValue('Nguyễn Văn A');
  expect(form.url()).toBe(url);

  // Known now: the next fill goes ahead without a preview.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toContainText('Đã điền 1/2');
  await expect(panel.getByTestId('preview')).toHaveCount(0);
  expect(form.url()).toBe(url);
});

test('a map imported or deleted on the options page reaches an already-open panel at once', async ({
  context,
  extensionId,
}) => {
  // The panel is open (and has read the maps: none) before the options page changes them.
  const form = await context.newPage();
  await form.goto(`${portal.url}/mau-2b.html`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await panel.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await panel.locator('[name="subject.unit"]').fill('Phòng Thử');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // A map that puts the unit into the name box: whether it was used shows in the box.
  await importMap(
    options,
    map(['http://127.0.0.1:*/mau-2b.html'], [{ field: 'subject.unit', locator: { name: 'ho_ten' } }]),
  );
  await expect(options.getByTestId('options-message')).toHaveText('Xong');

  // No reload of the panel: the imported map is used (first use: previewed).
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toContainText('Họ và tên');
  await panel.getByTestId('preview').locator('[data-action="accept"]').click();
  await expect(panel.getByTestId('portal-status')).toContainText('Đã điền 1/1.');
  await expect(form.locator('[name="ho_ten"]')).toHaveValue('Phòng Thử');

  // Deleted on the options page: the open panel no longer fills with it.
  await options.getByTestId('maps').getByRole('button', { name: 'Xoá' }).click();
  await expect(options.getByTestId('maps').locator('li')).toHaveCount(0);
  await form.reload();
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toContainText(/Đã điền \d+\/\d+/);
  await expect(panel.getByTestId('portal-status')).not.toContainText('Đã điền 1/1');
  await expect(form.locator('[name="ho_ten"]')).toHaveValue('Nguyễn Văn A');
  await expect(form.locator('[name="don_vi"]')).toHaveValue('Phòng Thử');
});
