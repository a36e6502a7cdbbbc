import { expect, type Page, test } from '@playwright/test';
import { builtSite, inUrl, level, total } from './site';

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

// A quarter not rated (Q26-30): rubric-core stops at the case, so the steps say so as their own first
// step and claim neither the quarter's KHTNV cases nor Điều 11's levels as weighed.
test('TC-1 set not rated in "Trường hợp chưa xếp loại": Q26-30 is its own first step, nothing after it weighed', async ({
  page,
}) => {
  await tc1(page);
  const section = page.locator('fieldset', { has: page.getByTestId('unrated-facts') });
  await expect(section.locator('legend')).toHaveText('Trường hợp chưa xếp loại');
  await section.locator('[name="unrated.sickOrMaternityMonths"]').fill('3');
  await expect(level(page)).toHaveAttribute('data-level', 'unrated');

  const first = steps(page).locator('ol > li').first();
  await expect(first).toHaveAttribute('data-step', 'unrated');
  await expect(first).toHaveAttribute('data-status', 'decides');
  await expect(first.locator('h4')).toContainText('Bước 1. Trường hợp chưa xếp loại (Q26-30)');
  const q30 = first.locator('[data-key="Q26-30"]');
  await expect(q30).toContainText('Nghỉ ốm hoặc nghỉ thai sản từ 02 tháng trở lên');
  await expect(q30).toHaveAttribute('data-cite', /III\.9/);
  await expect(page.getByTestId('step-outcome-unrated')).toContainText(
    'không xét các trường hợp Không hoàn thành nhiệm vụ và các mức theo Điều 11',
  );
  // The score computed from the criteria and tasks: shown, said not to decide.
  await expect(step(page, 'score').locator('[data-key="Q26-05"]')).toContainText('Điểm các sản phẩm');
  await expect(page.getByTestId('step-outcome-score')).toContainText('không dùng để xếp loại');
  await expect(step(page, 'levels')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('step-outcome-levels')).toContainText('Không xét: quý chưa xếp loại (Q26-30).');
  await expect(page.getByTestId('step-outcome-conclusion')).toContainText('Kết quả: chưa xếp loại quý này.');
  // The reviewer's contradiction is gone: no KHTNV-cases step, no "none applies: the levels are weighed".
  await expect(step(page, 'quarter')).toHaveCount(0);
  await expect(steps(page).locator('[data-key="Q26-17"]')).toHaveCount(0);
  await expect(steps(page)).not.toContainText('Không thuộc trường hợp nào');
  await expect(steps(page)).not.toContainText('xét các mức theo Điều 11 và các giới hạn của quý');

  await page.locator('[name=lang]').selectOption('en');
  await expect(first.locator('h4')).toContainText('Step 1. Not-rated cases (Q26-30)');
  await expect(q30).toContainText('lawful leave is never held against the person');
  await expect(page.getByTestId('step-outcome-levels')).toContainText(
    'Not weighed: the quarter is not rated (Q26-30).',
  );
  await expect(page.getByTestId('step-outcome-conclusion')).toContainText('Result: not rated this quarter.');
  await expect(steps(page)).not.toContainText('No case applies');

  // The fact cleared: the quarter is rated again and its own steps come back.
  await page.locator('[name=lang]').selectOption('vi');
  await section.locator('[name="unrated.sickOrMaternityMonths"]').fill('');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  await expect(step(page, 'quarter')).toHaveAttribute('data-status', 'passed');
  await expect(step(page, 'unrated')).toHaveCount(0);
});

test('a quarter not rated that came without criteria and task list: no step shows 0 points as a score', async ({
  page,
}) => {
  await tc1(page);
  await expect.poll(() => inUrl(page).assessment?.period?.quarter).toBe(3);
  const shared = inUrl(page);
  const { format, period, subject } = shared.assessment;
  const bare = { ...shared, assessment: { format, period, subject, unrated: { sickOrMaternityMonths: 3 } } };
  await page.goto(`${siteUrl()}/playground/index.html#s=${Buffer.from(JSON.stringify(bare)).toString('base64url')}`);
  await page.reload();
  await expect(level(page)).toHaveAttribute('data-level', 'unrated');
  await expect(page.locator('[name="unrated.sickOrMaternityMonths"]')).toHaveValue('3');
  await expect(step(page, 'unrated')).toHaveAttribute('data-status', 'decides');
  await expect(step(page, 'score')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('step-outcome-score')).toContainText(
    'Không chấm điểm: quý chưa xếp loại và chưa có điểm tự chấm hoặc danh sách nhiệm vụ.',
  );
  await expect(step(page, 'score').locator('[data-key]')).toHaveCount(0);
  // No score anywhere in the steps, and the result shows none (its warning says why).
  await expect(steps(page)).not.toContainText('Tổng điểm');
  await expect(steps(page)).not.toContainText(/\b0\/(70|30|100)\b/);
  await expect(total(page)).toHaveCount(0);
  await page.locator('[name=lang]').selectOption('en');
  await expect(page.getByTestId('step-outcome-score')).toContainText(
    'Not scored: the quarter is not rated and came without self-assessed scores or a task list.',
  );
  await expect(steps(page)).not.toContainText(/Total \d/);
});
