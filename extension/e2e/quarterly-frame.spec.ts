import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';
import { storedDrafts } from './store-pages';

// A quarterly draft whose frame K2 the assigning level adjusted, in the side panel at 320 px:
// imported from a backup (the import accepts the adjusted weights), edited live (the total follows,
// an adjustment out of range shows rubric-core's error and no level), stored as typed, reset; a new
// task row says nothing is missing until a field is left.
test.describe.configure({ timeout: 180_000 });

const example = JSON.parse(
  readFileSync(new URL('../../rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json', import.meta.url), 'utf8'),
);
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const saved = (panel: Page) => expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
const frameOf = async (panel: Page) =>
  (await storedDrafts<{ frame?: unknown }>(panel)).find((d) => d.id === 'q-frame')?.data?.assessment.frame;

/** Imports the example with frame K2 adjusted (A 25, B 40) from a backup, then opens the side panel at 320 px. */
async function openImported(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[name="import"]').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'tusoi.export/1',
        exportedAt: '2026-10-01T00:00:00.000Z',
        drafts: [
          {
            id: 'q-frame',
            person: '',
            periodKey: '',
            createdAt: 1,
            updatedAt: 1,
            data: { assessment: { ...example, frame: { id: 'K2', A: 25, B: 40 } } },
          },
        ],
        packs: [],
        settings: {},
      }),
    ),
  });
  await expect(options.getByTestId('options-message')).toHaveText(/^Đã nhập 1 bản kiểm điểm/);
  await options.close();

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

test('adjusted frame weights in the side panel: imported, live total, out of range → error and no level, stored, Đặt lại', async ({
  context,
  extensionId,
}) => {
  const panel = await openImported(context, extensionId);
  const weights = panel.getByTestId('frame-weights');
  const sum = panel.getByTestId('frame-sum');
  const total = panel.getByTestId('total');
  const level = panel.getByTestId('live-level');
  // The imported adjustment is shown open, against the frame's own weights.
  await expect(weights).toHaveAttribute('open', '');
  await expect(panel.getByLabel('A. Khối lượng (%) · khung 15%')).toHaveValue('25');
  await expect(panel.getByLabel('B. Chất lượng (%) · khung 50%')).toHaveValue('40');
  await expect(sum).toHaveText('Tổng A + B + C + D: 100%');
  // 25/40/15/20: 29,4 + 14,3 + 10 + 9,6 + 4,6 = 67,9; with 30 general, 97,9.
  await expect(total).toContainText('97,9/100');
  await expect(level).toHaveAttribute('data-level', 'HTXSNV');
  expect(await sideways(panel), 'no sideways scroll at 320 px').toBe(0);

  // B to 45: the sum is 105 %, rubric-core's error in both languages, no level.
  await panel.locator('[name="frame.B"]').fill('45');
  await expect(sum).toHaveText('Tổng A + B + C + D: 105%');
  await expect(weights.getByTestId('frame-error')).toContainText('A + B + C + D của khung = 105%, phải đúng 100%');
  await expect(weights.getByTestId('frame-error').locator('[lang="en"]')).toContainText('must be exactly 100%');
  await expect(level).toHaveAttribute('data-level', '');
  await expect(total).toHaveCount(0);
  // A 26 / B 39: the sum holds; each is more than 10 pp from the frame, named beside it.
  await panel.locator('[name="frame.A"]').fill('26');
  await panel.locator('[name="frame.B"]').fill('39');
  await expect(sum).toHaveText('Tổng A + B + C + D: 100%');
  await expect(panel.locator('[name="frame.A"]')).toHaveAttribute('aria-invalid', 'true');
  // (B at 39 is 11 pp from 50 %: named beside B.)
  await expect(weights.getByTestId('frame-error')).toHaveText([
    /^tỷ trọng A = 26% lệch khung K2 \(15%\) quá 10 điểm phần trăm/,
    /^tỷ trọng B = 39% lệch khung K2 \(50%\) quá 10 điểm phần trăm/,
  ]);
  await expect(level).toHaveAttribute('data-level', '');
  for (const width of [320, 360, 400]) {
    await panel.setViewportSize({ width, height: 800 });
    expect(await sideways(panel), `no sideways scroll at ${width} px with the errors shown`).toBe(0);
  }
  await panel.setViewportSize({ width: 320, height: 800 });
  await weights.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${SHOTS}panel-320-frame-weights-error.png` });
  expect(await axe(panel), 'adjusted frame with its errors').toEqual([]);

  // Within range again: the total follows, and the draft stores the weights as typed.
  await panel.locator('[name="frame.A"]').fill('20');
  await panel.locator('[name="frame.B"]').fill('45');
  // 20/45/15/20: 29,3 + 14,2 + 10 + 9,6 + 4,6 = 67,7 → 97,7.
  await expect(total).toContainText('97,7/100');
  await expect(panel.locator('.tusoi-reasons').first()).toContainText('29,3 + 14,2 + 10 + 9,6 + 4,6 = 67,7/70');
  await expect(level).toHaveAttribute('data-level', 'HTXSNV');
  await saved(panel);
  await expect.poll(() => frameOf(panel)).toEqual({ id: 'K2', A: 20, B: 45 });

  // "Đặt lại": the frame's own weights, stored so.
  await weights.getByRole('button', { name: 'Đặt lại' }).click();
  await expect(panel.locator('[name="frame.A"]')).toHaveValue('15');
  await expect(total).toContainText('97,6/100');
  await saved(panel);
  await expect.poll(() => frameOf(panel)).toEqual({ id: 'K2' });

  // A new task row: nothing "missing" until a check is asked for or its name is left empty.
  const add = panel.getByRole('button', { name: 'Thêm nhiệm vụ' });
  const check = panel.getByRole('button', { name: 'Kiểm tra các nhiệm vụ' });
  await add.click();
  const row = panel.locator('[data-task="5"]');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('task-error')).toHaveCount(0);
  await expect(row.locator('[name="taskList.5.name"]')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await sideways(panel), 'no sideways scroll at 320 px with a new row').toBe(0);
  await check.click();
  await expect(row.getByTestId('task-error')).toHaveText('thiếu trường bắt buộc / required field is missing');
  await expect(check).toHaveCount(0);
  await add.click();
  const next = panel.locator('[data-task="6"]');
  await expect(next).toBeVisible();
  await expect(next.getByTestId('task-error')).toHaveCount(0);
  await next.locator('[name="taskList.6.name"]').focus();
  await next.locator('[name="taskList.6.name"]').blur();
  await expect(next.getByTestId('task-error')).toHaveText('thiếu trường bắt buộc / required field is missing');
  await expect(next.locator('[name="taskList.6.name"]')).toHaveAttribute('aria-invalid', 'true');
});

test('the line under the frame weights and the frame and axis choices follow the language setting (vi, then en)', async ({
  context,
  extensionId,
}) => {
  const panel = await openImported(context, extensionId);
  const weights = panel.getByTestId('frame-weights');
  const legend = weights.locator('legend');
  await expect(legend).toHaveText(
    'Tỷ trọng A, B, C, D của Khung 2 - An toàn/tuân thủ/khai thác/kỹ thuật (mỗi tỷ trọng được điều chỉnh ±10 điểm phần trăm)',
  );
  await expect(weights.locator('summary')).toHaveText(
    'Tỷ trọng thành phần: A 25% · B 40% · C 15% · D 20% (đã điều chỉnh)',
  );

  await panel.locator('[name="lang"]').selectOption('en');
  await expect(legend).toHaveText(
    'Weights A, B, C, D of Frame 2 - Safety/compliance/operations/engineering (each weight may move by ±10 percentage points)',
  );
  await expect(weights.locator('summary')).toHaveText('Component weights: A 25% · B 40% · C 15% · D 20% (adjusted)');
  await expect(panel.locator('select[name="frame.id"] option').nth(1)).toHaveText(
    'Frame 1 - Management, advisory, Party and mass-organisation work (A 25% · B 35% · C 20% · D 20%)',
  );
  await expect(panel.locator('select[name="taskList.0.axis"] option').nth(1)).toHaveText(
    'Axis 1: Socio-economic development goals and assigned political tasks',
  );
  await expect(panel.locator('select[name="taskList.0.frame"] option').nth(2)).toHaveText(
    'Frame 2 - Safety/compliance/operations/engineering',
  );
  expect(await sideways(panel), 'no sideways scroll at 320 px in English').toBe(0);
  await weights.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${SHOTS}panel-320-frame-weights-en.png` });
});
