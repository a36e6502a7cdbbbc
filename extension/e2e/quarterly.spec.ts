import type { Page } from '@playwright/test';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';

// A quarterly draft of the 2026 review in the side panel at 400 px: criteria answered with a K/AD
// and its reason, three tasks typed in, the level live; "Tạo kỳ tiếp theo" carries the unfinished
// task; the annual draft pulls the person's quarters. Everything typed, as a person would.
test.describe.configure({ timeout: 240_000 });

const panelUrl = (id: string) => `chrome-extension://${id}/sidepanel.html`;
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function quarterlyDraft(page: Page) {
  await page.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await page.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await page.locator('[name="period.year"]').fill('2026');
  await page.locator('[name="period.quarter"]').selectOption('3');
  await page.locator('[name="criteria.pack"]').selectOption('q2026-vatm-09a');
  // 15 criteria of Phụ lục 4: all "Đảm bảo", one K/AD.
  const rows = page.locator('[data-criterion]');
  await expect(rows).toHaveCount(15);
  for (let i = 0; i < 15; i++) await rows.nth(i).getByRole('radio', { name: 'Đảm bảo', exact: true }).check();
  const kad = page.locator('[data-criterion="pl4-2.2"]');
  await kad.getByRole('radio', { name: 'K/AD' }).check();
  const reason = kad.locator('textarea');
  await expect(reason).toHaveAttribute('required', '');
  await expect(kad.getByTestId('answer-error')).toContainText('phải nêu lý do');
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', '');
  await reason.fill('Quý III không được giao nhiệm vụ thuộc tiêu chí này');
  await expect(kad.getByTestId('answer-error')).toHaveCount(0);
  // Three tasks, weights typed both ways.
  for (const [i, name, weight] of [
    [0, 'Bảo đảm an toàn điều hành bay', '30'],
    [1, 'Rà soát quy trình khai thác', '25,5'],
    [2, 'Báo cáo định kỳ quý III', '14.5'],
  ] as const) {
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await page.locator(`[name="taskList.${i}.name"]`).fill(name);
    await page.locator(`[name="taskList.${i}.axis"]`).selectOption('T1');
    await page.locator(`[name="taskList.${i}.weight"]`).fill(weight);
    for (const c of ['A', 'B', 'C', 'D']) await page.locator(`[name="taskList.${i}.components.${c}"]`).fill('100');
    await page.locator(`[name="taskList.${i}.completed"]`).check();
  }
  await expect(page.getByTestId('weight-total')).toHaveText('Tổng trọng số: 70/70 (đủ 70)');
}

test('a quarterly draft: criteria with a K/AD and its reason, three tasks, the level live; the next quarter carries the unfinished task; the year pulls the quarters', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(panelUrl(extensionId));
  await quarterlyDraft(page);
  // Full marks, no task exceeded the standard: HTTNV; one of three exceeded (33 % ≥ 30 %): HTXSNV.
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', 'HTTNV');
  await page.locator('[name="taskList.0.exceeded"]').check();
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', 'HTXSNV');
  await expect(page.getByTestId('level')).toHaveAttribute('data-level', 'HTXSNV');
  await expect(page.getByTestId('total')).toContainText('100/100');
  await expect(page.getByTestId('task-points')).toHaveText([
    'Điểm nhiệm vụ: 30',
    'Điểm nhiệm vụ: 25,5',
    'Điểm nhiệm vụ: 14,5',
  ]);
  // Key task at Mức 3: KHTNV by the quarterly rules, with the reason shown.
  await page.locator('[name="taskList.1.key"]').check();
  await page.locator('[data-task="1"]').getByRole('radio', { name: 'Mức 3', exact: true }).check();
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', 'KHTNV');
  await expect(page.locator('.tusoi-reasons')).toContainText('Mức 3');
  await page.locator('[data-task="1"]').getByRole('radio', { name: 'Mức 1', exact: true }).check();
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', 'HTXSNV');
  expect(await sideways(page), 'no sideways scroll at 400 px').toBe(0);
  for (const width of [360, 480]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await sideways(page), `no sideways scroll at ${width} px`).toBe(0);
  }
  await page.setViewportSize({ width: 400, height: 900 });
  await page.locator('[data-criterion="pl4-2.2"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}panel-400-quarterly-criteria.png` });
  await page.locator('[data-task="0"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}panel-400-quarterly-tasks.png` });
  expect(await axe(page), 'quarterly draft').toEqual([]);
  // The editor speaks the forms' words: no criterion id, field key, axis or frame id, answer value or format tag;
  // rubric-core's reason for the K/AD names the criterion by its number and wording too.
  await expect(page.locator('.tusoi-reasons')).toContainText('Tiêu chí "K/AD": 2.2 "Khả năng đáp ứng…".');
  await expect(page.locator('.tusoi-reasons')).not.toContainText('pl4-');
  const shown = (await page.getByTestId('quarterly-editor').textContent()) ?? '';
  expect(shown).not.toMatch(/pl4-|taskList|notApplicable|notMet|keyLevel|\bT[1-6]\b|tusoi\.|q2026-/);
  expect(shown).toContain('Trục 1: Thực hiện mục tiêu');

  // The third task is not finished: "Tạo kỳ tiếp theo" carries it into quarter IV.
  await page.locator('[name="taskList.2.completed"]').uncheck();
  await expect(page.getByTestId('live-level')).toHaveAttribute('data-level', 'KHTNV');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
  await page.locator('[data-action="history"]').click();
  await page.locator('[data-action="next"]').click();
  await expect(page.locator('.draft-period')).toContainText('Quý IV/2026');
  await expect(page.locator('[name="criteria.pack"]')).toHaveValue('q2026-vatm-09a');
  await expect(page.locator('[data-task]')).toHaveCount(1);
  await expect(page.locator('[name="taskList.0.name"]')).toHaveValue('Báo cáo định kỳ quý III');
  await expect(page.locator('[name="taskList.0.weight"]')).toHaveValue('14,5');
  await expect(page.locator('[name="taskList.0.completed"]')).not.toBeChecked();
  await expect(page.locator('[name="taskList.0.components.A"]')).toHaveValue('');

  // The annual draft of the same person pulls quarters III (KHTNV: a task unfinished) and IV, and names I and II as missing.
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
  await page.locator('[data-action="history"]').click();
  await page.locator('[data-action="new"]').first().click();
  await page.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await page.locator('[name="period.year"]').fill('2026');
  await page.locator('[data-section="year"] > summary').click();
  const year = page.getByTestId('year-quarters');
  await expect(year.locator('li[data-quarter="3"]')).toContainText(
    'Quý III: Không hoàn thành nhiệm vụ (KHTNV), 100 điểm',
  );
  await expect(year.locator('li[data-quarter="4"]')).toContainText('chưa xếp loại được');
  await expect(page.getByTestId('missing-quarters')).toHaveText('Chưa có bản kiểm điểm của quý: I, II.');
  await expect(year).toContainText('Bản cả năm còn thiếu dữ liệu');
  await expect(page.getByTestId('year-level')).not.toHaveAttribute('data-level', 'invalid');
  await expect(year.locator('.tusoi-reasons')).toContainText('Kết quả các quý');
  expect(await sideways(page), 'no sideways scroll at 400 px (year)').toBe(0);
  await year.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}panel-400-annual-quarters.png` });
  expect(await axe(page), 'annual draft with its quarters').toEqual([]);
  // Opening a quarter from the year goes to its draft.
  await year.getByRole('button', { name: 'Mở quý III' }).click();
  await expect(page.locator('.draft-period')).toContainText('Quý III/2026');
});
