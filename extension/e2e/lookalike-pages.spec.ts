import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { pageReceived, postedBy } from './panel';

// The lookalike portals themselves, driven by hand (no extension): each refuses what its real
// counterpart refuses, says so as text, and records what it accepted. The extension's tests
// compare with these records, so the pages must be strict.

let portal: { url: string; close: () => void };
let browser: Browser;
let page: Page;
let errors: string[];
test.beforeAll(async () => {
  portal = await startPortal();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
});
test.afterAll(async () => {
  await browser.close();
  portal.close();
});
test.beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(async () => {
  await page.close();
  // The pages' own scripts never fail.
  expect(errors).toEqual([]);
});

test('cong-aspnet: a dot decimal is refused with the page’s text; a comma is accepted; the total follows keyup', async () => {
  await page.goto(`${portal.url}/cong-aspnet.html`);
  await expect(page.locator('#MainContent_txtChiBo')).toHaveValue('Nhập tên chi bộ');
  await page.locator('#MainContent_txtChiBo').click();
  await page.keyboard.type('Chi bộ Văn phòng');
  await page.fill('#MainContent_txtUuDiem', 'Tốt');
  await page.locator('#MainContent_txtDiemChung').pressSequentially('27.5');
  await page.locator('#MainContent_txtDiemKetQua').pressSequentially('62,5');
  await page.locator('#ctl00_MainContent_cboXepLoai_Input').click();
  await page.locator('.rcbItem', { hasText: 'Hoàn thành tốt nhiệm vụ' }).click();
  await page.locator('#MainContent_btnLuu').click();
  await expect(page.locator('#errDiemChung')).toHaveText(
    'Điểm nhóm tiêu chí chung không hợp lệ (0 - 30, dùng dấu phẩy thập phân)',
  );
  expect(page.url()).toBe(`${portal.url}/cong-aspnet.html`);
  await page.fill('#MainContent_txtDiemChung', '');
  await page.locator('#MainContent_txtDiemChung').pressSequentially('27,5');
  await expect(page.locator('#MainContent_txtTongDiem')).toHaveValue('90');
  const got = await postedBy(page, () => page.locator('#MainContent_btnLuu').click());
  expect(got).toMatchObject({ ctl00$MainContent$txtDiemChung: '27,5', ctl00$MainContent$cboXepLoai: '2' });
  // Disabled personnel-record fields are not sent at all.
  expect(got).not.toHaveProperty('ctl00$MainContent$txtDonVi');
});

test('cong-aspnet: a total set without keyup is not accepted', async () => {
  await page.goto(`${portal.url}/cong-aspnet.html`);
  await page.locator('#MainContent_txtChiBo').fill('Chi bộ 1');
  await page.fill('#MainContent_txtUuDiem', 'Tốt');
  await page.fill('#MainContent_txtDiemChung', '27,5');
  await page.fill('#MainContent_txtDiemKetQua', '62,5');
  await page.locator('#ctl00_MainContent_cboXepLoai_Input').click();
  await page.locator('.rcbItem', { hasText: 'Hoàn thành nhiệm vụ' }).first().click();
  await page.locator('#MainContent_btnLuu').click();
  await expect(page.locator('#ValidationSummary')).toContainText('Tổng điểm chưa được tính lại');
});

test('quy-09a: a reason appears after "Không đảm bảo" and is then required; a value set through the node’s own setter is lost (React’s value tracker)', async () => {
  await page.goto(`${portal.url}/quy-09a.html`);
  const row = page.locator('#tieu-chi tbody tr').first();
  await expect(row.getByLabel('Lý do')).toHaveCount(0);
  await row.locator('input[type=radio]').nth(1).check();
  await expect(row.getByLabel('Lý do')).toHaveCount(1);
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.locator('#loi')).toContainText('Tiêu chí 1.1: chưa nêu lý do');
  // Like React: the node's own setter is tracked, so the state keeps the old value.
  await page.evaluate(() => {
    const el = document.getElementById('ho-ten') as HTMLInputElement;
    el.value = 'Ai đó';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('#diem-ket-qua').fill('63');
  await expect(page.locator('#ho-ten')).toHaveValue('');
});

test('dat-khong-dat: each copy keeps its own state; the form is refused until every criterion is chosen', async () => {
  await page.goto(`${portal.url}/dat-khong-dat.html`);
  await expect(page.locator('[data-copy=phone]')).toBeHidden();
  const d = page.locator('[data-copy=desktop]');
  await d.locator('[name=ho_ten]').fill('Nguyễn Văn A');
  await d.locator('[name=diem_chung]').fill('27.5');
  await d.locator('[name=diem_ket_qua]').fill('62.5');
  await d.getByRole('button', { name: 'Tốt', exact: true }).click();
  await d.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(d.locator('[data-errors]')).toHaveText('Còn tiêu chí chưa chấm Đạt / Không đạt');
  await d.getByRole('button', { name: 'Tất cả Đạt' }).click();
  await d.getByRole('button', { name: 'Gửi', exact: true }).click();
  expect(await pageReceived(page)).toMatchObject({ copy: 'desktop', tong: 90, xep_loai: 'HTTNV' });
  expect(await page.evaluate(() => (window as unknown as { copies: { phone: unknown } }).copies.phone)).toEqual({
    criteria: [null, null, null, null],
    level: null,
  });
});

test('mot-tep: the card is rebuilt after every change (the old input is gone); pills without type send nothing', async () => {
  await page.goto(`${portal.url}/mot-tep.html`);
  const before = await page.locator('[data-k=hoTen]').elementHandle();
  await page.locator('[data-k=hoTen]').fill('<b>A</b>');
  await page.locator('[data-k=hoTen]').blur();
  await expect.poll(() => before?.evaluate((e) => e.isConnected)).toBe(false);
  await expect(page.locator('[data-k=hoTen]')).toHaveValue('<b>A</b>');
  await expect(page.locator('#card b')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn thành tốt nhiệm vụ' }).click();
  await expect(page.getByRole('button', { name: 'Hoàn thành tốt nhiệm vụ' })).toHaveAttribute('aria-pressed', 'true');
  expect(page.url()).toBe(`${portal.url}/mot-tep.html`);
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await expect(page.locator('#loi')).toContainText('Chưa chọn quý');
});

test('dai-hoc-quy: scores are clamped and rounded; HTXSNV is disabled and reset under 90; "Nộp" asks first', async () => {
  await page.goto(`${portal.url}/dai-hoc-quy.html`);
  const general = page.locator('[name=tu_cham_chung]');
  await general.fill('35');
  await expect(general).toHaveValue('30');
  await general.fill('27.46');
  await expect(general).toHaveValue('27.5');
  await page.fill('[name=tu_cham_ket_qua]', '62.5');
  await expect(page.locator('[name=tu_cham_tong]')).toHaveValue('90');
  await page.selectOption('#xep-loai', 'HTXSNV');
  await page.fill('[name=tu_cham_ket_qua]', '52.5');
  await expect(page.locator('#xep-loai')).toHaveValue('');
  await expect(page.locator('option[value=HTXSNV]')).toBeDisabled();
  await general.fill('0');
  await page.fill('[name=tu_cham_ket_qua]', '0');
  await expect(page.locator('[name=tu_cham_tong]')).toHaveValue('');
  await page.fill('[name=tu_cham_chung]', '27.5');
  await page.fill('[name=tu_cham_ket_qua]', '62.5');
  await page.fill('#ho-ten', 'Nguyễn Văn A');
  await page.selectOption('#quy', { label: 'Quý III' });
  await page.selectOption('#xep-loai', 'HTTNV');
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Nộp' }).click();
  expect(page.url()).toBe(`${portal.url}/dai-hoc-quy.html`);
  page.once('dialog', (d) => void d.accept());
  expect(await postedBy(page, () => page.getByRole('button', { name: 'Nộp' }).click())).toMatchObject({ quy: 'III' });
});

test('bootstrap: a comma decimal is refused with the page’s text; ?khoa=1 disables every control', async () => {
  await page.goto(`${portal.url}/bootstrap.html`);
  await page.fill('[name=txtHoTen]', 'Nguyễn Văn A');
  await page.fill('[name=txtDiemChung]', '27,5');
  await page.fill('[name=txtDiemKetQua]', '62.5');
  await page.selectOption('[name=ddlXepLoai]', 'HoanThanhTot');
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.locator('[data-for=txtDiemChung]')).toHaveText(
    'Điểm không hợp lệ (0 - 30, dùng dấu chấm, VD: 27.5)',
  );
  await page.goto(`${portal.url}/bootstrap.html?khoa=1`);
  await expect(page.locator('[name=txtHoTen]')).toBeDisabled();
  await expect(page.locator('#khoa')).toBeVisible();
});

test('laravel: too long a text is refused on save; the mask reads "27,5" as 27,50 and "27.5" as 275', async () => {
  await page.goto(`${portal.url}/laravel.html`);
  await page.getByRole('tab', { name: '2. Kiểm điểm' }).click();
  await page.fill('[name=uu_diem]', 'x'.repeat(301));
  await expect(page.locator('[data-counter=uu_diem]')).toHaveText('301 / 300 ký tự');
  await page.fill('[name=han_che]', 'y');
  await page.fill('[name=phuong_huong]', 'z');
  await page.getByRole('button', { name: 'Lưu phần kiểm điểm' }).click();
  await expect(page.locator('#kiem-diem [data-errors]')).toHaveText('Quá 300 ký tự: uu_diem');
  await page.getByRole('tab', { name: '3. Tự chấm điểm' }).click();
  await page.locator('[name=diem_chung]').pressSequentially('27,5');
  await page.locator('[name=diem_ket_qua]').pressSequentially('62.5');
  await page.locator('[name=diem_ket_qua]').blur();
  await expect(page.locator('[name=diem_chung]')).toHaveValue('27,50');
  await expect(page.locator('[name=diem_ket_qua]')).toHaveValue('625,00');
  await page.locator('[name=xep_loai][value="2"]').check();
  await page.getByRole('button', { name: 'Lưu điểm' }).click();
  await expect(page.locator('#cham-diem [data-errors]')).toHaveText('Điểm kết quả phải từ 0 đến 70');
});
