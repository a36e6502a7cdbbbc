import { expect, type Page, test } from '@playwright/test';
import { builtSite, level } from './site';

// A quarter's steps follow its own rule set (q2026): the quarter's KHTNV cases (Q26-17 under 100% of
// the tasks done, Q26-16 a key task at Mức 3) decide before Điều 11's levels, and no annual trigger
// ("over 50% not completed") nor a "no level holds" sentence stands beside the KHTNV they give.

const siteUrl = builtSite();

const steps = (page: Page) => page.getByTestId('steps');
const step = (page: Page, id: string) => steps(page).locator(`[data-step="${id}"]`);

async function tc1(page: Page) {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-vatm-tc1-khung-k2');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
}

test('TC-1, task 5 not completed: the steps name Q26-17 and KHTNV, and nothing says otherwise', async ({ page }) => {
  await tc1(page);
  // As given: no case of the quarter, Q26-17 passes, the levels decide.
  await expect(step(page, 'quarter').locator('[data-key="Q26-17"]')).toHaveAttribute('data-outcome', 'passed');
  await expect(step(page, 'levels')).toHaveAttribute('data-status', 'decides');
  await expect(steps(page).locator('[data-step="k4"]')).toHaveCount(0);

  await page.locator('[name="taskList.4.completed"]').uncheck();
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  const q17 = step(page, 'quarter').locator('[data-key="Q26-17"]');
  await expect(q17).toHaveAttribute('data-outcome', 'triggered');
  await expect(q17).toContainText('Q26-17');
  await expect(q17).toContainText('chưa hoàn thành');
  await expect(q17).toHaveAttribute('data-cite', /HD 03-HD\/TVĐU/);
  await expect(step(page, 'quarter')).toHaveAttribute('data-status', 'decides');
  await expect(step(page, 'levels')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('step-outcome-conclusion')).toContainText('KHTNV');
  await expect(page.getByTestId('step-outcome-conclusion')).toContainText('HD 03-HD/TVĐU');
  // The reviewer's contradictory lines are gone.
  await expect(steps(page)).not.toContainText('ngưỡng: trên 50%');
  await expect(steps(page)).not.toContainText('không đủ điều kiện của mức nào');

  // English: the same rule, rubric-core's English sentence.
  await page.locator('[name=lang]').selectOption('en');
  await expect(step(page, 'quarter').locator('[data-key="Q26-17"]')).toContainText('no confirmed objective cause');
});

test('TC-1, the key task at Mức 3: the steps name Q26-16 and KHTNV', async ({ page }) => {
  await tc1(page);
  await page.locator('input[name="taskList.0.keyLevel"][value="3"]').check();
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  const q16 = step(page, 'quarter').locator('[data-key="Q26-16"]');
  await expect(q16).toHaveAttribute('data-outcome', 'triggered');
  await expect(q16).toContainText('Mức 3');
  await expect(step(page, 'quarter').locator('[data-key="Q26-17"]')).toHaveAttribute('data-outcome', 'passed');
  await expect(step(page, 'levels')).toHaveAttribute('data-status', 'skipped');
  await expect(steps(page)).not.toContainText('không đủ điều kiện của mức nào');
});

test('a new task left unticked: the KHTNV it gives is explained by Q26-17', async ({ page }) => {
  await tc1(page);
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(page.locator('[name="taskList.5.completed"]')).not.toBeChecked();
  await page.locator('[name="taskList.5.name"]').fill('Nhiệm vụ đột xuất');
  await page.locator('[name="taskList.0.weight"]').fill('20');
  await page.locator('[name="taskList.5.weight"]').fill('10');
  for (const c of ['A', 'B', 'C', 'D']) await page.locator(`[name="taskList.5.components.${c}"]`).fill('100');
  await expect(level(page)).toHaveAttribute('data-level', 'KHTNV');
  await expect(step(page, 'quarter').locator('[data-key="Q26-17"]')).toHaveAttribute('data-outcome', 'triggered');
  // Ticked, the quarter's tasks are all done again.
  await page.locator('[name="taskList.5.completed"]').check();
  await expect(step(page, 'quarter').locator('[data-key="Q26-17"]')).toHaveAttribute('data-outcome', 'passed');
  await expect(level(page)).not.toHaveAttribute('data-level', 'KHTNV');
});

test('the rule set is named from rubric-core and selected for a quarter; the quarter can be changed', async ({
  page,
}) => {
  await tc1(page);
  const ruleset = page.locator('[name=ruleset]');
  await expect(ruleset).toHaveValue('q2026');
  await expect(ruleset.locator('option[value=q2026]')).toHaveText(/hằng quý năm 2026 \(HD 02-HD\/BTCTW/);
  await expect(ruleset.locator('option[value=qd366]')).toHaveText(/366-QĐ\/TW.*hằng năm/);
  const quarter = page.locator('[name="period.quarter"]');
  await expect(quarter).toHaveValue('3');
  await quarter.selectOption({ label: 'IV' });
  await expect.poll(() => page.url()).toContain('#s=');
  const state = () => JSON.parse(Buffer.from(page.url().split('#s=')[1] ?? '', 'base64url').toString('utf8') || '{}');
  await expect.poll(() => state().assessment?.period?.quarter).toBe(4);
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  // Another rule set is written into the draft (rubric-core says what it lacks); back to the implied one, the field goes.
  await ruleset.selectOption('qd366');
  await expect.poll(() => state().assessment?.ruleset).toBe('qd366');
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
  await expect(steps(page)).toHaveCount(0);
  await ruleset.selectOption('q2026');
  await expect.poll(() => state().assessment?.ruleset).toBeUndefined();
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  // An annual scenario: qd366, no quarter field.
  await page.locator('[name=scenario]').selectOption({ index: 1 });
  await expect(ruleset).toHaveValue('qd366');
  await expect(quarter).toHaveCount(0);
});
