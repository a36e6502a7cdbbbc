import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { beside, plain, status, visibleTexts } from './panel';

// A button's caption and type can look harmless while its handler submits the form or leaves the
// page (added by script, where nothing can be read beforehand). Through the extension's content script (an isolated world), a map's press of such a button
// goes ahead, what the handler starts does not, and the user is told which button it was.
// Check notes placed on the page quote the draft only beside a field a fill could write into.

const ORIGIN = 'http://127.0.0.1:4321';
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phiếu thử</title></head><body>
<form id="f" action="/da-gui" method="get" onsubmit="window.submits = (window.submits || 0) + 1; return false">
  <label for="ten">Họ và tên</label> <input id="ten" name="ten">
  <label for="ghi">Ghi chú</label> <input id="ghi" name="ghi">
  <button type="button" id="tiep">Tiếp</button>
  <button type="button" id="sau">Bước sau</button>
  <button type="button" id="mo">Mở rộng</button>
  <button type="button" id="xem" onclick="window.pressed.push(this.id); location.href = '/trang-khac'">Xem thêm</button>
  <button type="button" id="them" onclick="window.pressed.push(this.id)">Thêm dòng</button>
  <button type="button" id="xoa" onclick="window.pressed.push(this.id)">Xoá</button>
</form>
<script>window.pressed = [];
// Added by script: an inline onclick that submits is read beforehand and never pressed (form-kit safety.ts).
const on = (id, f) => document.getElementById(id).addEventListener('click', function () { window.pressed.push(id); f(this.form); });
on('tiep', (f) => f.requestSubmit());
on('sau', (f) => setTimeout(() => f.requestSubmit()));
on('mo', (f) => f.submit());
</script></body></html>`;

const MAP = {
  format: 'tusoi.formmap/1',
  id: 'phieu-thu',
  title: { vi: 'Phiếu thử' },
  match: [`${ORIGIN}/phieu.html`],
  steps: [
    { field: 'subject.name', locator: { name: 'ten' } },
    { click: { css: '#tiep' } },
    { click: { css: '#sau' } },
    { click: { css: '#mo' } },
    { click: { css: '#xem' } },
    { click: { css: '#them' } },
    // A text field pointed at a delete button: the draft's unit must never be written next to it.
    { field: 'subject.unit', locator: { css: '#xoa' } },
  ],
};

async function importMap(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[name="importMap"]').setInputFiles({
    name: 'map.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(MAP)),
  });
  await expect(page.getByTestId('options-message')).toHaveText('Xong');
}

/** Every note Tự Soi placed on the page, as the page's own scripts can read it. */
const notesOn = (form: Page) =>
  form.evaluate(() => [...document.querySelectorAll('tusoi-note')].map((n) => n.shadowRoot?.textContent ?? ''));

test('a map pressing buttons whose handlers submit or navigate: pressed, nothing sent, the URL kept, each named and reported', async ({
  context,
  extensionId,
}) => {
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE.replace('Phiếu thử', route.request().url()) }),
  );
  await importMap(await context.newPage(), extensionId);
  const { form, panel } = await beside(context, extensionId, `${ORIGIN}/phieu.html`);
  const url = form.url();

  // With the ⋯ menu open, one click on Fill starts the fill (the menu never covers it).
  await panel.locator('.more > summary').click();
  await expect(panel.locator('[name="pickField"]')).toBeVisible();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click({ noWaitAfter: true });
  // The preview names each button by its caption on the page; the delete button is said to be refused.
  const preview = panel.getByTestId('preview');
  for (const caption of ['Tiếp', 'Bước sau', 'Mở rộng', 'Xem thêm', 'Thêm dòng'])
    await expect(preview).toContainText(`“${caption}”`);
  await expect(preview.locator('tr', { hasText: '“Xoá”' })).toContainText('Tự Soi không bao giờ');
  expect(await form.evaluate(() => (window as never as { pressed: string[] }).pressed)).toEqual([]);

  await preview.locator('[data-action="accept"]').click();
  await expect(status(panel)).toContainText('Đã điền 2/7');
  // Each handler ran (the page saw a person's click) ...
  expect(await form.evaluate(() => (window as never as { pressed: string[] }).pressed)).toEqual([
    'tiep',
    'sau',
    'mo',
    'xem',
    'them',
  ]);
  // ... and nothing it started went through: no submission, the same page at the same address.
  await form.waitForTimeout(300);
  expect(await form.evaluate(() => (window as never as { submits?: number }).submits ?? 0)).toBe(0);
  expect(form.url()).toBe(url);
  // (Read by script: Playwright's locators wait for the navigation the page started, which never comes.)
  expect(await form.evaluate(() => (document.querySelector('#ten') as HTMLInputElement).value)).toBe('Nguyễn Văn A');
  // Said in words, Vietnamese, each stopped button by its caption: none by a step key.
  const said = (await status(panel).textContent()) ?? '';
  expect(said).toContain('trang định gửi biểu mẫu hoặc rời trang khi bấm; Tự Soi đã chặn');
  for (const caption of ['Tiếp', 'Bước sau', 'Mở rộng', 'Xem thêm']) expect(said).toContain(`"${caption}": trang định`);
  expect(said).not.toContain('"Thêm dòng"');
  expect(said).not.toMatch(/click-\d|refused|not-found/);
  plain(await visibleTexts(panel), 'panel, fill with presses (vi)');
  // The same in English (a new language clears the status: fill again, the map is known now).
  await panel.locator('[name="lang"]').selectOption('en');
  await panel.getByRole('button', { name: 'Fill the form' }).click();
  await expect(status(panel)).toContainText('Filled 2/7');
  await expect(status(panel)).toContainText('"Tiếp": the page tried to submit the form or leave');
  plain(await visibleTexts(panel), 'panel, fill with presses (en)');
  expect(await form.evaluate(() => (window as never as { submits?: number }).submits ?? 0)).toBe(0);
  expect(form.url()).toBe(url);
  await panel.locator('[name="lang"]').selectOption('vi');

  // Check: the unit pointed at "Xoá" differs from the draft; that is said in the panel only.
  await form.evaluate(() => {
    (document.querySelector('#ten') as HTMLInputElement).value = 'Người khác';
  });
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('form-problems')).toContainText('Phòng Tổ chức');
  const notes = await notesOn(form);
  // The page's own field gets its note (it can fail: the draft's name is quoted there) ...
  expect(notes.some((n) => n.includes('trang ghi "Người khác"'))).toBe(true);
  // ... the button gets none that quotes the draft.
  expect(notes.join('\n')).not.toContain('Phòng Tổ chức');
  expect(await form.locator('#xoa + tusoi-note').count()).toBe(0);
});
