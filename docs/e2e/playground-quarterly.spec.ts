import { expect, type Page, test } from '@playwright/test';
import { builtSite, inUrl, level, SHOTS, total } from './site';

// The quarterly scenarios use the side panel's editor: criteria answers and the task table are
// editable, the result follows live, and the URL holds the edited case.

const siteUrl = builtSite();

const points = (page: Page) => page.getByTestId('task-points');

test('TC-1: editing a task component changes its points and the result live; the link keeps the edit', async ({
  page,
  context,
}) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-vatm-tc1-khung-k2');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  await expect(total(page)).toContainText('97,6/100');
  await expect(points(page)).toHaveText([
    'Điểm nhiệm vụ: 29,3',
    'Điểm nhiệm vụ: 14,1',
    'Điểm nhiệm vụ: 10',
    'Điểm nhiệm vụ: 9,6',
    'Điểm nhiệm vụ: 4,6',
  ]);
  await expect(page.getByTestId('weight-total')).toHaveText('Tổng trọng số: 70/70 (đủ 70)');
  // Quality (B) of the first product from 95 to 80: (15 + 40 + 15 + 20)% × 30 = 27.
  await page.locator('[name="taskList.0.components.B"]').fill('80');
  await expect(points(page).first()).toHaveText('Điểm nhiệm vụ: 27');
  await expect(total(page)).toContainText('95,3/100');
  await expect(page.getByTestId('expected')).toHaveAttribute('data-unchanged', 'false');
  await expect.poll(() => inUrl(page).assessment?.taskList?.[0]?.components?.B).toBe(80);
  // Not completed: the quarter's 100 % fails (Q26-17), KHTNV.
  await page.locator('[name="taskList.4.completed"]').uncheck();
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  await page.screenshot({ path: `${SHOTS}playground-quarterly-task-edit.png`, fullPage: true });

  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.locator('[name="taskList.0.components.B"]')).toHaveValue('80');
  await expect(level(other)).toHaveAttribute('data-level', 'KHTNV');
});

test('K/AD: a criterion without its reason stops the rating beside it; the reason brings the result back', async ({
  page,
}) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-kad-tinh-lai');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  const reason = page.locator('[name="criteria.items.pl2-1.1.reason"]');
  await expect(reason).toHaveValue('Không thuộc phạm vi chức trách trong quý');
  await reason.fill('');
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
  const row = page.locator('[data-criterion="pl2-1.1"]');
  await expect(row.getByTestId('answer-error')).toContainText('phải nêu lý do');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('Không phụ trách lĩnh vực này');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  // Adding a task: its weight "2,5" is read like "2.5"; the weights no longer add to 70.
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await page.locator('[name="taskList.5.name"]').fill('Nhiệm vụ đột xuất');
  await page.locator('[name="taskList.5.weight"]').fill('2,5');
  await expect(page.getByTestId('weight-total')).toHaveText('Tổng trọng số: 72,5/70 (vượt 2,5)');
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
});

test('the note under the result is the rule set’s own: a quarter shows its subordinate sources (grade C), also beside an error; a year shows QĐ 366’s', async ({
  page,
}) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-kad-tinh-lai');
  const note = page.getByTestId('ruleset-note');
  await expect(note).toHaveAttribute('data-ruleset', 'q2026');
  await expect(note).toContainText('Chưa tìm thấy văn bản gốc Hướng dẫn 02-HD/BTCTW');
  await expect(note).toContainText(/Mức tin cậy của các quy tắc: C \(\d+ quy tắc: văn bản cấp dưới/);
  await expect(note).toContainText('HD 03-HD/TVĐU');
  await expect(note).not.toContainText('Văn bản nguồn chép từ trang pháp luật');
  // The error box (a K/AD without its reason) keeps the quarterly note.
  await page.locator('[name="criteria.items.pl2-1.1.reason"]').fill('');
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
  await expect(note).toHaveAttribute('data-ruleset', 'q2026');
  await expect(note).toContainText('(mức C)');
  // The annual QĐ 366 case: its own caveat (copied from legal websites, grade A−).
  await page.locator('[name=scenario]').selectOption('khoang-trong');
  await expect(note).toHaveAttribute('data-ruleset', 'qd366');
  await expect(note).toContainText('chưa đối chiếu bản chính thức (mức A−)');
  await expect(note).not.toContainText('02-HD/BTCTW');
});

test('Mức 2 at exactly 20% of the key tasks: a trainer note with Q26-16’s citation; none without a Mức 2', async ({
  page,
}) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-vatm-tc1-khung-k2');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  await expect(page.getByTestId('trainer-note')).toHaveCount(0);
  // All five products are key tasks, one of them at Mức 2: 1/5 = 20 %.
  for (let i = 0; i < 5; i++) {
    await page.locator(`[name="taskList.${i}.key"]`).check();
    await page
      .locator(`[data-task="${i}"]`)
      .getByRole('radio', { name: i === 0 ? 'Mức 2' : 'Mức 1', exact: true })
      .check();
  }
  await expect(level(page)).toHaveAttribute('data-level', 'discretion');
  const note = page.getByTestId('trainer-note');
  await expect(note).toHaveAttribute('data-rule', 'Q26-16');
  await expect(note).toContainText('Ghi chú cho giảng viên (Q26-16, mức C)');
  await expect(note).toContainText('"từ 20% trở lên" ở mức HTTNV đọc là "dưới 20%"');
  await expect(note).toContainText('Tỷ lệ Mức 2 đúng 20% không phải "dưới 20%".');
  await page.screenshot({ path: `${SHOTS}playground-quarterly-muc2-20.png`, fullPage: true });
  await page.locator('[data-task="0"]').getByRole('radio', { name: 'Mức 1', exact: true }).check();
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  await expect(note).toHaveCount(0);
});
