import type { Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, test } from './fixtures';
import { beside, status } from './panel';

// Detected form maps are saved one per form, not one per portal host: two forms of one host
// (two paths, or two forms shown in turn at one address) each keep their map, each is used on
// its own form, and a map saved one per host by an earlier version keeps working.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

type MapRow = { id: string; map: { id: string; match: string[]; steps: unknown[]; title: { vi: string } } };

/** The stored form maps as they are on disk (IndexedDB read directly). */
function storedMaps(page: Page): Promise<MapRow[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const rows = await new Promise<unknown[]>((ok) => {
      const r = db.transaction('formmaps').objectStore('formmaps').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows as MapRow[];
  });
}

/** "Điền biểu mẫu" on a form not known yet: previewed, then accepted and filled. */
async function acceptDetected(panel: Page) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  // While the preview waits nothing is written: no "Đã điền" of an earlier fill stands beside it.
  await expect
    .poll(async () => ((await status(panel).count()) === 0 ? '' : ((await status(panel).textContent()) ?? '')))
    .not.toMatch(/Đã điền/);
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toContainText(/^Đã điền/);
}

/** "Điền biểu mẫu" on a known form: filled at once with its saved map, no preview. */
async function fillKnown(panel: Page) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toContainText(/^Đã điền/);
  await expect(panel.getByTestId('preview')).toHaveCount(0);
}

/** Puts another portal page's form in place of this page's, at the same address (as a one-page app does). */
async function showFormOf(form: Page, url: string) {
  await form.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    document.body.replaceChildren(...doc.body.childNodes);
  }, url);
}

const HOST = /^detected-127\.0\.0\.1-\d+-/;

test('two forms on one portal host, at two paths: each keeps its own detected map, each is filled with it', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bootstrap.html`);
  await acceptDetected(panel);
  await form.goto(`${portal.url}/cong-aspnet.html`);
  await form.bringToFront();
  await acceptDetected(panel);

  const maps = await storedMaps(panel);
  expect(maps.map((m) => m.id).sort()).toEqual([
    expect.stringMatching(new RegExp(`${HOST.source}bootstrap\\.html-[0-9a-f]{8}$`)),
    expect.stringMatching(new RegExp(`${HOST.source}cong-aspnet\\.html-[0-9a-f]{8}$`)),
  ]);
  expect(maps.map((m) => m.map.title.vi).sort()).toEqual([
    expect.stringMatching(/^Biểu mẫu nhận diện tại 127\.0\.0\.1:\d+\/bootstrap\.html$/),
    expect.stringMatching(/^Biểu mẫu nhận diện tại 127\.0\.0\.1:\d+\/cong-aspnet\.html$/),
  ]);

  // Back on each form: its own map fills it, nothing previewed again.
  await form.goto(`${portal.url}/bootstrap.html`);
  await form.bringToFront();
  await fillKnown(panel);
  await expect(form.locator('[name=txtHoTen]')).toHaveValue('Nguyễn Văn A');
  await form.goto(`${portal.url}/cong-aspnet.html`);
  await form.bringToFront();
  await fillKnown(panel);
  await expect(form.locator('[name="ctl00$MainContent$txtHoTen"]')).toHaveValue('Nguyễn Văn A');
  expect(await storedMaps(panel)).toHaveLength(2);
});

test('two forms shown in turn at one address: the second is previewed and kept beside the first; each fills its own form', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bootstrap.html`);
  await acceptDetected(panel);
  // Another form at the very same address: not filled with the first form's map, but previewed.
  await showFormOf(form, `${portal.url}/cong-aspnet.html`);
  await acceptDetected(panel);
  await expect(form.locator('[name="ctl00$MainContent$txtHoTen"]')).toHaveValue('Nguyễn Văn A');
  const maps = await storedMaps(panel);
  expect(maps).toHaveLength(2);
  expect(new Set(maps.map((m) => m.map.match.join()))).toEqual(
    new Set([`${portal.url}/bootstrap.html,${portal.url}/bootstrap.html?*`]),
  );

  await form.reload();
  await fillKnown(panel);
  await expect(form.locator('[name=txtHoTen]')).toHaveValue('Nguyễn Văn A');
  await showFormOf(form, `${portal.url}/cong-aspnet.html`);
  await fillKnown(panel);
  await expect(form.locator('[name="ctl00$MainContent$txtHoTen"]')).toHaveValue('Nguyễn Văn A');
  expect(await storedMaps(panel)).toHaveLength(2);
});

test('a map saved one per host by an earlier version keeps filling its form, and is not overwritten by another form', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bootstrap.html`);
  await acceptDetected(panel);
  // Stored as an earlier version stored it: id "detected-<hostname>", accepted on this page.
  const [saved] = await storedMaps(panel);
  const oldId = 'detected-127.0.0.1';
  await panel.evaluate(
    async ({ saved, oldId, page }) => {
      const req = indexedDB.open('tusoi');
      const db: IDBDatabase = await new Promise((ok) => {
        req.onsuccess = () => ok(req.result);
      });
      const tx = db.transaction(['formmaps', 'settings'], 'readwrite');
      tx.objectStore('formmaps').delete(saved.id);
      tx.objectStore('formmaps').put({ ...saved, id: oldId, map: { ...saved.map, id: oldId } });
      tx.objectStore('settings').put({ key: 'seenMaps', value: [`${oldId} ${page}`] });
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { saved: saved as MapRow, oldId, page: `${portal.url}/bootstrap.html` },
  );
  await panel.reload();
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await form.reload();
  await form.bringToFront();
  await fillKnown(panel);
  await expect(form.locator('[name=txtHoTen]')).toHaveValue('Nguyễn Văn A');

  await form.goto(`${portal.url}/cong-aspnet.html`);
  await form.bringToFront();
  await acceptDetected(panel);
  const ids = (await storedMaps(panel)).map((m) => m.id);
  expect(ids).toContain(oldId);
  expect(ids).toHaveLength(2);
});

test('the same form detected again (one field renamed): the newer map replaces the earlier, said so; another page keeps its own', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-aspnet.html`);
  await acceptDetected(panel);
  await form.goto(`${portal.url}/bootstrap.html`);
  await form.bringToFront();
  await acceptDetected(panel);
  const before = await storedMaps(panel);
  expect(before).toHaveLength(2);
  const aspnet = before.find((m) => m.id.includes('cong-aspnet'));
  const earlier = before.find((m) => m.id.includes('bootstrap'));

  // The portal renamed one field: detection finds the same form with one step changed.
  await form.evaluate(() => document.querySelector('[name=txtHanChe]')?.setAttribute('name', 'txtHanCheKhuyetDiem'));
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toContainText(
    /^Đã cập nhật bản đồ biểu mẫu đã nhận diện trước đó trên trang này \(bản cũ được thay\)\. Đã điền/,
  );
  await expect(form.locator('[name=txtHanCheKhuyetDiem]')).toHaveValue(/Chậm báo cáo/);

  const after = await storedMaps(panel);
  expect(after).toHaveLength(2);
  const newer = after.find((m) => m.id.includes('bootstrap'));
  expect(newer?.id).not.toBe(earlier?.id);
  expect(JSON.stringify(newer?.map.steps)).toContain('txtHanCheKhuyetDiem');
  // The other page's map is as it was.
  expect(after.find((m) => m.id === aspnet?.id)).toEqual(aspnet);

  // Next time the form is known: filled at once with the one map, nothing previewed.
  await form.reload();
  await form.evaluate(() => document.querySelector('[name=txtHanChe]')?.setAttribute('name', 'txtHanCheKhuyetDiem'));
  await fillKnown(panel);
  expect(await storedMaps(panel)).toHaveLength(2);
});
