import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, SHOTS, test } from './fixtures';
import { beside, filledAll, openMore, status } from './panel';

// The screenshots of the staff guide (docs/guide/staff.md), taken as the flow runs: preview,
// fill, check, undo, pick, and the panel when nothing is recognised. Each step is asserted
// before its picture is taken, so the guide shows what a user sees.

const DOCS = fileURLToPath(new URL('../../docs/public/guide/', import.meta.url));
let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
  await mkdir(DOCS, { recursive: true });
  await mkdir(SHOTS, { recursive: true });
});
test.afterAll(() => portal.close());

async function shot(target: Locator | Page, name: string) {
  await target.screenshot({ path: `${DOCS}${name}.png` });
  await target.screenshot({ path: `${SHOTS}guide-${name}.png` });
}

test('guide: preview, fill, check, undo on a form the extension has not seen', async ({ context, extensionId }) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-khac.html`);
  const actions = panel.locator('fieldset.portal-actions');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toContainText('Nhóm tiêu chí chung');
  await shot(actions, 'staff-preview');
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(filledAll(8));
  await shot(actions, 'staff-filled-panel');
  await shot(form.locator('form'), 'staff-filled-form');
  // Undo right after the fill (the strict undo checks are in the other specs).
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toContainText(/^Đã hoàn tác/);
  await expect(form.locator('[name=f01]')).toHaveValue('');
  await shot(actions, 'staff-undo');
  // Fill again, then a person changes the total by hand: the check notes it.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(filledAll(8));
  await form.fill('[name=f07]', '95');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('form-problems').locator('li')).not.toHaveCount(0);
  await expect(form.locator('tusoi-note')).not.toHaveCount(0);
  await shot(actions, 'staff-check-panel');
  await shot(form.locator('form'), 'staff-check-form');
});

test('guide: pick mode, and the panel when nothing is recognised', async ({ context, extensionId }) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/index.html`);
  const actions = panel.locator('fieldset.portal-actions');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-help')).toContainText('Đề xuất xếp loại');
  await shot(actions, 'staff-not-recognised');
  await form.goto(`${portal.url}/dat-khong-dat.html`);
  // Pick mode lives in the overflow menu (⋯) of the header.
  await openMore(panel);
  await panel.locator('[name="pickField"]').selectOption('proposedLevel');
  await panel.getByRole('button', { name: 'Chọn trường này trên trang' }).click();
  await expect(form.locator('tusoi-pick')).toHaveCount(1);
  await form.locator('[data-copy=desktop]').getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn nút gửi');
  await form.locator('[data-copy=desktop] [data-levels]').hover();
  // The whole viewport: the banner is fixed to it, outside the page's body.
  await shot(form, 'staff-pick-page');
  await form.locator('[data-copy=desktop]').getByRole('button', { name: 'Tốt', exact: true }).click();
  await expect(status(panel)).toContainText('Đã gắn: Đề xuất xếp loại');
  await shot(actions, 'staff-picked');
});
