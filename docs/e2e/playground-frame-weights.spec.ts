import { expect, type Page, test } from '@playwright/test';
import { builtSite, inUrl, level, SHOTS, total } from './site';

// The weight frame's A/B/C/D adjusted by the assigning level (±10 pp, adding up to 100 %) in the
// playground: the live total follows each weight; an adjustment out of range shows rubric-core's
// error beside the weight and no level; "Đặt lại" goes back to the frame. Typed as a person would.

const siteUrl = builtSite();

const sum = (page: Page) => page.getByTestId('frame-sum');

test('an adjusted frame: the total follows the weights; out of range gives the error and no level; Đặt lại', async ({
  page,
}) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-khung-k2-dieu-chinh');
  const weights = page.getByTestId('frame-weights');
  // An adjusted frame opens with its weights shown against the frame's own.
  await expect(weights).toHaveAttribute('open', '');
  await expect(page.getByLabel('A. Khối lượng (%) · khung 15%')).toHaveValue('25');
  await expect(page.getByLabel('B. Chất lượng (%) · khung 50%')).toHaveValue('40');
  await expect(sum(page)).toHaveText('Tổng A + B + C + D: 100%');
  await expect(total(page)).toContainText('97,9/100');
  await expect(level(page)).toHaveAttribute('data-level', 'HTXSNV');
  await expect(page.getByTestId('steps')).toContainText('29,4 + 14,3 + 10 + 9,6 + 4,6 = 67,9/70');

  // B to 45: the sum is 105 %, rubric-core says so (vi, then en), and there is no level.
  await page.locator('[name="frame.B"]').fill('45');
  await expect(sum(page)).toHaveText('Tổng A + B + C + D: 105%');
  const error = weights.getByTestId('frame-error');
  await expect(error).toContainText('A + B + C + D của khung = 105%, phải đúng 100%');
  await expect(error.locator('[lang="en"]')).toContainText('must be exactly 100%');
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
  await expect(total(page)).toHaveCount(0);

  // A 26 %, B 39 %: the sum holds, each is more than 10 pp from K2 (15 %, 50 %): A named beside A.
  await page.locator('[name="frame.A"]').fill('26');
  await page.locator('[name="frame.B"]').fill('39');
  await expect(sum(page)).toHaveText('Tổng A + B + C + D: 100%');
  const a = page.locator('[name="frame.A"]');
  await expect(a).toHaveAttribute('aria-invalid', 'true');
  const described = (await a.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${described}"]`)).toContainText(
    'tỷ trọng A = 26% lệch khung K2 (15%) quá 10 điểm phần trăm',
  );
  await expect(level(page)).toHaveAttribute('data-level', 'invalid');
  await weights.screenshot({ path: `${SHOTS}playground-frame-weights-error.png` });

  // Back within range: the total is live again, and the link keeps the adjusted weights.
  await page.locator('[name="frame.A"]').fill('20');
  await page.locator('[name="frame.B"]').fill('45');
  // 20/45/15/20: 29,3 + 14,2 + 10 + 9,6 + 4,6 = 67,7 → 97,7.
  await expect(total(page)).toContainText('97,7/100');
  await expect(page.getByTestId('steps')).toContainText('29,3 + 14,2 + 10 + 9,6 + 4,6 = 67,7/70');
  await expect(weights.getByTestId('frame-error')).toHaveCount(0);
  await expect.poll(() => inUrl(page).assessment?.frame).toEqual({ id: 'K2', A: 20, B: 45 });

  // "Đặt lại": K2's own weights, the worked example's 97,6.
  await weights.getByRole('button', { name: 'Đặt lại' }).click();
  await expect(page.locator('[name="frame.A"]')).toHaveValue('15');
  await expect(sum(page)).toHaveText('Tổng A + B + C + D: 100%');
  await expect(total(page)).toContainText('97,6/100');
  await expect.poll(() => inUrl(page).assessment?.frame).toEqual({ id: 'K2' });
});

test('the weights by keyboard alone: open the disclosure, type, the total follows', async ({ page }) => {
  await page.goto(`${siteUrl()}/playground/index.html`);
  await page.locator('[name=scenario]').selectOption('quy-vatm-tc1-khung-k2');
  await expect(total(page)).toContainText('97,6/100');
  const summary = page.getByTestId('frame-weights').locator('summary');
  await expect(summary).toHaveText('Tỷ trọng thành phần: A 15% · B 50% · C 15% · D 20%');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('frame-weights')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator('[name="frame.A"]')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await expect(page.locator('[name="frame.B"]')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await expect(sum(page)).toHaveText('Tổng A + B + C + D: 100%');
  await expect(total(page)).toContainText('97,9/100');
  await expect(summary).toHaveText('Tỷ trọng thành phần: A 25% · B 40% · C 15% · D 20% (đã điều chỉnh)');
});
