import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { startStatic } from '@tusoi/demo-portal/server';

const SHOTS = fileURLToPath(new URL('../../.ci-reports/screenshots/', import.meta.url));
let site: { url: string; close: () => void };
test.beforeAll(async () => {
  site = await startStatic(fileURLToPath(new URL('../.vitepress/dist/', import.meta.url)));
});
test.afterAll(() => site.close());

// Everything the pages load comes from the local site: the playground works offline.
let outside: string[] = [];
test.beforeEach(async ({ context }) => {
  outside = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) outside.push(r.url());
  });
});
test.afterEach(() => expect(outside).toEqual([]));

const level = (page: Page) => page.getByTestId('level');

test('a scenario shows its expected level and the cited reasons, matching rubric-core live', async ({ page }) => {
  await page.goto(`${site.url}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('neu-guong-giam-nhe');
  await expect(page.getByTestId('expected-level')).toHaveAttribute('data-level', 'discretion');
  await expect(page.getByTestId('expected-level')).toContainText('HTTNV / KHTNV');
  await expect(page.getByTestId('expected-level')).toContainText('khớp với kết quả đang hiển thị');
  await expect(page.getByTestId('expected-cite')).toContainText('R366-20');
  await expect(level(page)).toHaveAttribute('data-level', 'discretion');
  await expect(page.locator('[data-testid=steps] li[data-outcome=mitigated]')).toContainText('Điều 11, khoản 4');
  await page.screenshot({ path: `${SHOTS}playground-scenario.png`, fullPage: true });

  // Live: a 49,9 total is KHTNV under khoản 4, whatever else holds.
  await page.locator('[name="scores.general"]').fill('19.9');
  await page.locator('[name="scores.results"]').fill('30');
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  await expect(page.locator('[data-testid=steps] li[data-outcome=triggered]').first()).toContainText('khoản 4');
  await expect(page.getByTestId('expected')).toHaveAttribute('data-unchanged', 'false');
  await page.getByRole('button', { name: 'Về tình huống gốc' }).click();
  await expect(level(page)).toHaveAttribute('data-level', 'discretion');
});

test('a shared link restores the same case: facts, options, language and result', async ({ page, context }) => {
  await page.goto(`${site.url}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('khoang-trong');
  await page.locator('[name="options.gap"]').selectOption('KHTNV');
  await page.locator('[name="tasks.exceeded"]').fill('2');
  await page.locator('[name=lang]').selectOption('en');
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  await expect(level(page)).toContainText('Result: Did not complete duties');
  // The address follows the screen: wait for it to hold the English state.
  const inUrl = () => JSON.parse(Buffer.from(page.url().split('#s=')[1] ?? '', 'base64url').toString('utf8') || '{}');
  await expect.poll(() => inUrl().lang).toBe('en');
  const shared = page.url();
  expect(shared).toMatch(/#s=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.locator('[name=scenario]')).toHaveValue('khoang-trong');
  await expect(other.locator('[name="options.gap"]')).toHaveValue('KHTNV');
  await expect(other.locator('[name="tasks.exceeded"]')).toHaveValue('2');
  await expect(other.locator('[name=lang]')).toHaveValue('en');
  await expect(level(other)).toHaveAttribute('data-level', 'KHTNV');
  expect(await level(other).textContent()).toBe(await level(page).textContent());
  expect(await other.getByTestId('steps').textContent()).toBe(await page.getByTestId('steps').textContent());

  // A damaged link says so in both languages and opens the first scenario instead.
  await other.goto(`${site.url}/playground/index.html#s=eyJ2IjoxLCJhc3Nlc3NtZW50Ijp7`);
  await other.reload();
  await expect(other.getByTestId('link-error')).toContainText('bị cắt hoặc hỏng');
  await expect(other.locator('[name=scenario]')).toHaveValue('diem-90');
});

test('presentation mode shows the decision, not the form; the print view shows the facts and hides the controls', async ({
  page,
}) => {
  await page.goto(`${site.url}/playground/index.html`);
  await page.getByRole('button', { name: 'Trình chiếu' }).click();
  await expect(page.locator('body')).toHaveClass(/present/);
  await expect(level(page)).toBeVisible();
  await expect(page.locator('form.controls')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}playground-present.png` });
  expect(page.url()).toContain('#s=');
  await page.getByRole('button', { name: 'Thoát trình chiếu (Esc)' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('Cá nhân không giữ chức vụ lãnh đạo, quản lý (Mẫu 2B)');
  await expect(page.locator('.print-only')).not.toContainText('subject.kind');
  await expect(page.locator('form.controls')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}playground-print.png`, fullPage: true });
});

test('the quota demo demotes the right members at 20%, sends the tie to the competent level at 25%, reads a CSV file', async ({
  page,
}) => {
  await page.goto(`${site.url}/playground/quota.html`);
  const row = (name: string) => page.locator(`tr[data-id="${name}"]`);
  // 3 HTXSNV + 8 HTTNV: at most floor(20% × (8 + 3 − k)) ⇒ k = 1.
  await expect(row('Nguyễn Văn An')).toHaveAttribute('data-state', 'kept');
  await expect(row('Trần Thị Bình')).toHaveAttribute('data-state', 'demoted');
  await expect(row('Lê Văn Cường')).toHaveAttribute('data-state', 'demoted');
  await expect(row('Phạm Thị Dung')).toHaveAttribute('data-state', '');
  await expect(page.getByTestId('quota-summary')).toContainText('giữ 1, hạ 2');
  await page.screenshot({ path: `${SHOTS}quota-20.png`, fullPage: true });

  // 25%: two may stay, and the two at 93,5 straddle the line.
  await page.locator('[name=rate]').selectOption('0.25');
  await expect(row('Nguyễn Văn An')).toHaveAttribute('data-state', 'kept');
  await expect(row('Trần Thị Bình')).toHaveAttribute('data-state', 'tied');
  await expect(row('Lê Văn Cường')).toHaveAttribute('data-state', 'tied');
  await expect(row('Trần Thị Bình')).toContainText('HTXSNV / HTTNV');
  await page.screenshot({ path: `${SHOTS}quota-25-tie.png`, fullPage: true });

  // A bad list names the row and column, in the page's language; nothing else is lost.
  await page.locator('[name=csv]').fill('Họ và tên;Mức đề xuất;Tổng điểm\nA;giỏi;95\n');
  await expect(page.getByTestId('quota-errors')).toContainText('dòng 2, cột B');
  await expect(page.getByTestId('quota-errors')).toContainText('"giỏi" không phải là mức xếp loại');

  const file = join(tmpdir(), 'chi-bo.csv');
  writeFileSync(
    file,
    '\uFEFFname,level,total\r\nX,HTXSNV,95\r\nY,HTTNV,80\r\nZ,HTTNV,81\r\nW,HTTNV,82\r\nV,HTTNV,83\r\n',
  );
  await page.locator('[name=file]').setInputFiles(file);
  // 1 + 4 at 25%: floor(25% × 4) = 1 ⇒ X keeps HTXSNV.
  await expect(row('X')).toHaveAttribute('data-state', 'kept');
  await page.locator('[name=rate]').selectOption('0.2');
  // 20%: floor(20% × 4) = 0 ⇒ X is demoted.
  await expect(row('X')).toHaveAttribute('data-state', 'demoted');
});

test('the docs site: guides, rules, glossary and the API reference generated from the sources', async ({ page }) => {
  await page.goto(`${site.url}/`);
  await expect(page.locator('h1').first()).toContainText('Tự Soi');
  for (const [path, text] of [
    ['/guide/staff.html', 'Cài tiện ích'],
    ['/guide/developers.html', 'npm'],
    ['/guide/trainers.html', 'Sân tập'],
    ['/rules.html', 'R366-20'],
    ['/glossary.html', 'chi bộ'],
    ['/api/@tusoi/rubric-core.html', 'classify'],
    ['/api/@tusoi/form-kit.html', 'fillForm'],
  ] as const) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('main')).toContainText(text);
  }
  await page.goto(`${site.url}/guide/trainers.html`);
  await page.screenshot({ path: `${SHOTS}docs-trainers.png`, fullPage: true });
});
