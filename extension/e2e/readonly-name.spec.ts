import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, test } from './fixtures';
import { beside, status } from './panel';

// Portals show the person's name read-only, from the login. When it is not the draft's (compared
// as people read names), the check says so in the panel and beside the name, and that Tự Soi does
// not change it; a fill never writes there. Two makes: an ASP.NET page with a readonly box, and a
// page of another make showing the name as plain text in a definition list.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

const ORIGIN = 'http://127.0.0.1:4392';
const ownPage = readFileSync(new URL('./pages/ho-ten-dang-nhap.html', import.meta.url), 'utf8');

async function fillAccepted(panel: Page) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(/^Đã điền/);
}
async function check(panel: Page) {
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu|Không thấy lỗi nào trên biểu mẫu/);
}
const readonlyItem = (panel: Page) => panel.getByTestId('form-problems').locator('li[data-code="READONLY_DIFFERS"]');
async function rename(panel: Page, name: string) {
  await panel.bringToFront();
  await panel.locator('[name="subject.name"]').fill(name);
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

test('cong-aspnet.html: a readonly name unlike the draft’s is told (panel, beside the box), never written; the same name in other case and spacing is not', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-aspnet.html`);
  await rename(panel, 'Nguyễn Văn Ánh');
  await form.bringToFront();
  await fillAccepted(panel);
  // The page's own record stands: never written.
  await expect(form.locator('#MainContent_txtHoTen')).toHaveValue('Nguyễn Văn A');
  await check(panel);
  const item = readonlyItem(panel);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(
    '"Họ và tên" trên trang là "Nguyễn Văn A" (trang khoá, thường theo tài khoản đăng nhập), bản kiểm điểm ghi "Nguyễn Văn Ánh". Tự Soi không sửa ô này',
  );
  await expect(form.locator('tusoi-note[data-code=READONLY_DIFFERS]')).toHaveCount(1);
  await expect(form.locator('#MainContent_txtHoTen')).toHaveValue('Nguyễn Văn A');

  // The same person as people write names: no problem.
  await rename(panel, '  nguyễn   VĂN a ');
  await form.bringToFront();
  await check(panel);
  await expect(readonlyItem(panel)).toHaveCount(0);
  await expect(form.locator('tusoi-note[data-code=READONLY_DIFFERS]')).toHaveCount(0);
});

test('a page of another make showing the name as plain text (from the login): told beside it and in the panel; nothing written there', async ({
  context,
  extensionId,
}) => {
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: ownPage }),
  );
  const { form, panel } = await beside(context, extensionId, `${ORIGIN}/ho-ten-dang-nhap.html`);
  await fillAccepted(panel);
  await expect(form.locator('[name=diem_chung]')).toHaveValue(/27[.,]5/);
  await check(panel);
  const item = readonlyItem(panel);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(
    '"Họ và tên" trên trang là "Trần Thị Bích" (trang khoá, thường theo tài khoản đăng nhập), bản kiểm điểm ghi "Nguyễn Văn A". Tự Soi không sửa ô này',
  );
  // The note sits beside the name's own text, and the page's text is unchanged.
  const note = form.locator('tusoi-note[data-code=READONLY_DIFFERS]');
  await expect(note).toHaveCount(1);
  await expect(form.locator('#ten')).toHaveText('Trần Thị Bích');
  await expect(note).toHaveAttribute('id', (await form.locator('#ten').getAttribute('aria-describedby')) ?? '-');
  const [nameBox, noteBox] = await Promise.all([form.locator('#ten').boundingBox(), note.boundingBox()]);
  expect(nameBox && noteBox && Math.abs(noteBox.y - nameBox.y) < 120).toBe(true);

  // The draft's name made the page's (written differently): nothing to tell.
  await rename(panel, 'TRẦN THỊ BÍCH');
  await form.bringToFront();
  await check(panel);
  await expect(readonlyItem(panel)).toHaveCount(0);
});
