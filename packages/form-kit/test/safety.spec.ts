import { test as base, chromium, expect, type Page } from '@playwright/test';
import { ALLOWED_CASES, REFUSED_CASES, SAFETY_PAGE } from '../src/safety-cases';
import { kitBundle } from './browser';

// The controls a form map must never press, in real Chromium: the page records every click
// and every submit, so a refusal that still let the click through would show.

const bundle = kitBundle();

const test = base.extend<{ page: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  page: async ({}, use) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
    });
    const page = await browser.newPage();
    await use(page);
    await browser.close();
  },
});

async function open(page: Page) {
  await page.setContent(`<!doctype html><html lang="vi"><body>${SAFETY_PAGE}</body></html>`);
  await page.addScriptTag({ content: await bundle });
}

type Kit = typeof import('../src/index');

test('a map’s clicks on each refused control are refused and reported; nothing is pressed or submitted', async ({
  page,
}) => {
  await open(page);
  const url = page.url();
  const results = await page.evaluate(async (ids) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const plan = [
      ...ids.map((id) => ({ key: id, locator: { css: `#${id}` }, click: true as const })),
      { key: 'checkbox-xoa#fill', locator: { css: '#checkbox-xoa' }, value: true },
    ];
    return (await kit.fillForm(document, plan, { highlightMs: 0 })).results;
  }, Object.keys(REFUSED_CASES));
  for (const id of [...Object.keys(REFUSED_CASES), 'checkbox-xoa#fill']) {
    expect(results[id], id).toMatchObject({ ok: false, error: 'refused' });
    expect(results[id]?.reason?.vi, id).toMatch(/^Không bấm /);
    expect(results[id]?.reason?.en, id).toMatch(/^Not pressing /);
  }
  expect(await page.evaluate(() => (window as never as { pressed: string[] }).pressed)).toEqual([]);
  expect(await page.evaluate(() => (window as never as { submitted?: number }).submitted ?? 0)).toBe(0);
  expect(await page.locator('#checkbox-xoa').isChecked()).toBe(false);
  expect(page.url()).toBe(url);
});

test('the same page: allowed controls are pressed (a wizard’s "Tiếp tục", a level radio, "Đảm bảo")', async ({
  page,
}) => {
  await open(page);
  const results = await page.evaluate(async (ids) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const plan = ids.map((id) => ({ key: id, locator: { css: `#${id}` }, click: true as const }));
    return (await kit.fillForm(document, plan, { highlightMs: 0 })).results;
  }, Object.keys(ALLOWED_CASES));
  for (const id of Object.keys(ALLOWED_CASES)) expect(results[id]?.ok, id).toBe(true);
  expect(await page.evaluate(() => (window as never as { pressed: string[] }).pressed)).toEqual(
    Object.keys(ALLOWED_CASES),
  );
  expect(await page.evaluate(() => (window as never as { submitted?: number }).submitted ?? 0)).toBe(0);
  expect(await page.locator('#radio-level').isChecked()).toBe(true);
});

test('the page itself proves the refused controls are live: a person’s click does submit', async ({ page }) => {
  await open(page);
  await page.locator('#span-in-submit').click();
  await page.locator('#label-for-submit').click();
  await page.locator('#div-gui').click();
  expect(await page.evaluate(() => (window as never as { submitted?: number }).submitted)).toBe(3);
});

// A harmless caption can hide a handler that submits or leaves: the press happens, what it starts does
// not. The handlers are added by script (an inline onclick that submits is refused before any press).
const SNEAKY = `<form id="f" onsubmit="window.submitted=(window.submitted||0)+1; return false">
  <input name="ho-ten" aria-label="Họ và tên">
  <button type="button" id="request">Tiếp</button>
  <button type="button" id="later">Mở rộng</button>
  <button type="button" id="native">Bước sau</button>
  <button type="button" id="leave" onclick="window.pressed.push(this.id); location.href = 'https://elsewhere.invalid/'">Xem thêm</button>
  <button type="button" id="plain" onclick="window.pressed.push(this.id)">Thêm dòng</button>
  <button type="button" id="inline" onclick="window.pressed.push(this.id); this.form.requestSubmit()">Tiếp tục</button>
</form><script>window.pressed = [];
const on = (id, f) => document.getElementById(id).addEventListener('click', function () { f.call(this); });
on('request', function () { this.form.requestSubmit(); window.pressed.push(this.id); });
on('later', function () { setTimeout(() => this.form.requestSubmit(), 0); window.pressed.push(this.id); });
on('native', function () { window.pressed.push(this.id); this.form.submit(); });
</script>`;

test('a harmless-looking button whose handler submits or navigates: the press is stopped there and reported', async ({
  page,
}) => {
  // A real origin (served by the test), where the Navigation API lets a page's navigations be cancelled.
  await page.route('http://portal.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><body>${SNEAKY}</body></html>`,
    }),
  );
  await page.goto('http://portal.test/form');
  const url = page.url();
  await page.addScriptTag({ content: await bundle });
  const ids = ['request', 'later', 'native', 'leave', 'plain', 'inline'];
  const results = await page.evaluate(async (ids) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const out: Record<string, unknown> = {};
    // One step at a time, so a late submission is charged to the button that started it.
    for (const id of ids) {
      const r = await kit.fillForm(document, [{ key: id, locator: { css: `#${id}` }, click: true as const }], {
        highlightMs: 0,
      });
      out[id] = r.results[id];
    }
    return out;
  }, ids);
  // Each handler ran (the page saw the click) but the inline one's, and nothing it started went through.
  expect(await page.evaluate(() => (window as never as { pressed: string[] }).pressed)).toEqual(ids.slice(0, -1));
  expect(await page.evaluate(() => (window as never as { submitted?: number }).submitted ?? 0)).toBe(0);
  expect(page.url()).toBe(url);
  for (const id of ['request', 'later', 'native', 'leave']) {
    expect(results[id], id).toMatchObject({ ok: false, error: 'refused' });
    expect((results[id] as { reason: { vi: string } }).reason.vi, id).toMatch(/^trang định gửi biểu mẫu/);
  }
  expect(results.plain, 'plain').toMatchObject({ ok: true });
  // An inline onclick that submits is read before pressing: refused, never clicked, said as a postback.
  expect(results.inline, 'inline').toMatchObject({ ok: false, error: 'refused' });
  expect(JSON.stringify(results.inline)).toContain('nút gửi trang về máy chủ (postback) «Tiếp tục»');
});
