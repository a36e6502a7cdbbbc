import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startStatic } from '@tusoi/demo-portal/server';

// The playground as built into public/ (scripts/build-playground.mjs, part of the docs build).
let site: { url: string; close: () => void };
test.beforeAll(async () => {
  site = await startStatic(fileURLToPath(new URL('../public/', import.meta.url)));
});
test.afterAll(() => site.close());

test('the playground prints a scenario as the review document', async ({ page, context }) => {
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.goto(`${site.url}/playground/index.html`);
  const [printed] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'In bản kiểm điểm' }).click(),
  ]);
  await expect(printed.locator('.tusoi-doc h1')).toHaveText(/BẢN KIỂM ĐIỂM|BÁO CÁO KIỂM ĐIỂM|BẢN TỰ ĐÁNH GIÁ/);
  await expect(printed.locator('.tusoi-doc')).toContainText('B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI');
});
