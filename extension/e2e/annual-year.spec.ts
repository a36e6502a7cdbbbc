import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';

// An annual draft of 2026 with the person's quarterly drafts has one result: the year rubric-core
// gives (classifyYear), in the header badge, "Kết quả", the proposal's warning, the history row and
// "Các quý trong năm" alike, with the flag of two KHTNV quarters in a row (Q26-36). The case a new
// user tried: Q1 HTXSNV, Q2 and Q3 KHTNV (a task not finished), an annual 30 + 68 with 20/20/20/8/0.
test.describe.configure({ timeout: 180_000 });

type Assessment = Record<string, unknown> & { taskList: Record<string, unknown>[] };
const q1 = JSON.parse(readFileSync(new URL('./year-2026/q1-staff-htxsnv.json', import.meta.url), 'utf8')) as Assessment;
const PERSON = 'Trần Thị Thử';
/** Quarter n of the person's 2026; `unfinished`: its last task not completed (KHTNV, Q26-17). */
function quarter(n: number, unfinished: boolean): Assessment {
  const a = structuredClone(q1);
  a.period = { year: 2026, quarter: n };
  if (unfinished) a.taskList = a.taskList.map((t, i) => (i === a.taskList.length - 1 ? { ...t, completed: false } : t));
  return a;
}

async function importQuarters(page: Page, quarters: Assessment[]) {
  await page.locator('[name="import"]').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'tusoi.export/1',
        exportedAt: '2026-10-01T00:00:00.000Z',
        drafts: quarters.map((a, i) => ({
          id: `q${i + 1}`,
          person: PERSON,
          periodKey: `2026-Q${(a.period as { quarter: number }).quarter}`,
          createdAt: i + 1,
          updatedAt: i + 1,
          data: { assessment: a },
        })),
        packs: [],
        settings: {},
      }),
    ),
  });
  await expect(page.getByTestId('options-message')).toHaveText(/^Đã nhập 3 bản kiểm điểm/);
}

test('an annual draft with its quarters: one year result (HTTNV) in the badge, Kết quả, the proposal warning, the history and the year, with the Q26-36 flag', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importQuarters(options, [quarter(1, false), quarter(2, true), quarter(3, true)]);
  await options.close();

  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('[data-action="history"]').click();
  await page.locator('[data-action="new"]').first().click();
  const set = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
  await set('subject.name', PERSON);
  await set('period.year', '2026');
  await set('scores.general', '30');
  await set('scores.results', '68');
  for (const [f, v] of [
    ['assigned', '20'],
    ['completed', '20'],
    ['onTimeWithQuality', '20'],
    ['exceeded', '8'],
    ['late', '0'],
  ] as const)
    await set(`tasks.${f}`, v);

  // Alone, 98 points with 8/20 exceeded would be HTXSNV; with quarters II and III KHTNV the year is HTTNV (Q26-35).
  const badge = page.getByTestId('live-level');
  await expect(badge).toHaveAttribute('data-level', 'HTTNV');
  await expect(page.getByTestId('level-announce')).toHaveText(/HTTNV/);
  const result = page.locator('[data-section="result"]');
  await expect(result.getByTestId('level')).toHaveAttribute('data-level', 'HTTNV');
  await expect(result.getByTestId('level')).toContainText('Hoàn thành tốt nhiệm vụ (HTTNV)');
  await expect(result.getByTestId('total')).toContainText('98/100');
  await expect(result.locator('.tusoi-reasons')).toContainText(
    'Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ: không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm.',
  );
  // Two KHTNV quarters in a row: a flag for the competent level, never an action by itself.
  const flag = result.getByTestId('flags').locator('li');
  await expect(flag).toHaveCount(1);
  await expect(flag).toHaveAttribute('data-rule', 'Q26-36');
  await expect(flag).toContainText('quý 2 và 3');
  await expect(flag).toContainText('xem xét thay thế, điều chuyển');
  await expect(flag).toContainText('không tự động');
  await expect(result).toContainText('Cần cấp có thẩm quyền xem xét');

  // "Các quý trong năm" says the same.
  await page.locator('[data-section="year"] > summary').click();
  const year = page.getByTestId('year-quarters');
  await expect(year.locator('li[data-quarter="1"]')).toHaveAttribute('data-level', 'HTXSNV');
  await expect(year.locator('li[data-quarter="2"]')).toHaveAttribute('data-level', 'KHTNV');
  await expect(year.locator('li[data-quarter="3"]')).toHaveAttribute('data-level', 'KHTNV');
  await expect(page.getByTestId('year-level')).toHaveAttribute('data-level', 'HTTNV');
  await expect(page.getByTestId('year-flags').locator('li')).toHaveAttribute('data-rule', 'Q26-36');

  // Proposing HTXSNV, which the year rules out: the same warning as anywhere else, and the review check.
  await page.locator('[name="proposedLevel"]').selectOption('HTXSNV');
  await expect(result.getByTestId('warnings')).toContainText(
    'Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ" cao hơn mức theo quy định (HTTNV).',
  );
  await expect(result.getByTestId('checks').locator('[data-code="PROPOSED_ABOVE_RESULT"]')).toHaveCount(1);
  await expect(page.getByTestId('year-warnings')).toContainText('cao hơn mức theo quy định (HTTNV)');
  await page.locator('[name="proposedLevel"]').selectOption('HTTNV');
  await expect(result.getByTestId('warnings')).toHaveCount(0);
  await expect(badge).toHaveAttribute('data-level', 'HTTNV');
  await result.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}panel-400-annual-year-result.png` });
  expect(await axe(page), 'annual draft with its year result').toEqual([]);

  // The history row of the annual draft gives the year's level too, and so does another annual draft row.
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
  await page.locator('[data-action="history"]').click();
  const annualRow = page.locator('.history-row', { hasText: 'Năm 2026' });
  await expect(annualRow.locator('.level-badge')).toHaveAttribute('data-level', 'HTTNV');
  // Opening quarter II from the list and coming back: the annual row (no longer open) still reads its year.
  await page.locator('.history-row', { hasText: 'Quý II/2026' }).click();
  await expect(page.locator('.draft-period')).toContainText('Quý II/2026');
  await page.locator('[data-action="history"]').click();
  await expect(annualRow.locator('.level-badge')).toHaveAttribute('data-level', 'HTTNV');

  // Quarter II finished after all: only Q3 is KHTNV, so no run of two and no flag; the year stays HTTNV (Q26-35).
  await page.locator('[data-action="history"]').click();
  await page.locator('[name="taskList.4.completed"]').check();
  await expect(badge).toHaveAttribute('data-level', 'HTXSNV');
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu/);
  await page.locator('[data-action="history"]').click();
  await annualRow.click();
  await expect(badge).toHaveAttribute('data-level', 'HTTNV');
  await expect(result.getByTestId('flags')).toHaveCount(0);
  await expect(result.locator('.tusoi-reasons')).toContainText('Quý 3 xếp loại Không hoàn thành nhiệm vụ');
});
