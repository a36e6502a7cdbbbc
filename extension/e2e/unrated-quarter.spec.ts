import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';
import { docxParagraphs, downloadWord, importFile, newAnnualDraft } from './panel';
import { storedDrafts } from './store-pages';

// A quarter not rated (chưa xếp loại, Q26-30: here 3 months of maternity leave) and a quarter whose
// data is still missing are two different things: the first is settled by rule, the second is not.
// The header badge, the result's heading, the spoken level and the history row tell them apart.
const UNRATED = JSON.parse(
  readFileSync(new URL('../../rubric-core/examples/q04-staff-unrated-maternity.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const PERSON = 'Phạm Thị Nghỉ';

const backup = (id: string, periodKey: string, assessment: unknown) => ({
  format: 'tusoi.export/1',
  exportedAt: '2026-10-01T00:00:00.000Z',
  drafts: [{ id, person: PERSON, periodKey, createdAt: 1, updatedAt: id === 'q2' ? 2 : 1, data: { assessment } }],
  packs: [],
  settings: {},
});

test('a quarter not rated says "Chưa xếp loại" and "chưa xếp loại quý này"; a quarter with data missing says "Chưa đủ dữ liệu"', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const subject = { ...(UNRATED.subject as object), name: PERSON };
  await importFile(options, 'import', backup('q2', '2026-Q2', { ...UNRATED, subject }));
  // Quarter III begun: its pack chosen, nothing scored, no task list yet.
  await importFile(
    options,
    'import',
    backup('q3', '2026-Q3', {
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter: 3 },
      subject,
      criteria: { pack: 'q2026-vatm-09a', items: {} },
    }),
  );
  await options.close();

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('[data-action="history"]').click();
  const row = (period: string) => panel.locator('.history-row', { hasText: period }).locator('.level-badge');
  await expect(row('Quý II/2026')).toHaveText('Chưa xếp loại');
  await expect(row('Quý III/2026')).toHaveText('Chưa đủ dữ liệu');

  await panel.locator('.history-row', { hasText: 'Quý II/2026' }).click();
  await expect(panel.getByTestId('live-level')).toHaveText('Chưa xếp loại');
  await expect(panel.getByTestId('level')).toHaveText('Kết quả: chưa xếp loại quý này');
  await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'unrated');
  await expect(panel.getByTestId('level-announce')).toHaveText('Mức xếp loại hiện tại: Chưa xếp loại');

  await panel.locator('[data-action="history"]').click();
  await panel.locator('.history-row', { hasText: 'Quý III/2026' }).click();
  await expect(panel.getByTestId('live-level')).toHaveText('Chưa đủ dữ liệu');
  await expect(panel.getByTestId('level-announce')).toHaveText('Mức xếp loại hiện tại: Chưa đủ dữ liệu');
});

// Q26-30 typed in the quarterly editor, not imported: the facts of "Trường hợp chưa xếp loại".
const Q1 = JSON.parse(readFileSync(new URL('./year-2026/q1-staff-htxsnv.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const SICK = 'Lê Thị Ốm';

/** The stored assessment of the draft of `periodKey` (IndexedDB read directly). */
async function storedOf(page: Page, quarter: number) {
  const rows = await storedDrafts<{ period: { quarter?: number }; unrated?: unknown }>(page);
  return rows.find((r) => r.data?.assessment.period.quarter === quarter)?.data?.assessment;
}

test('a quarter typed not rated: 2 months of sick leave → "Chưa xếp loại" with its reason, kept after a reload, refused input (4, -1, abc) loses nothing, emptied the level returns; the next quarter starts without it, the year says it', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'import', {
    format: 'tusoi.export/1',
    exportedAt: '2026-04-01T00:00:00.000Z',
    drafts: [
      {
        id: 's1',
        person: SICK,
        periodKey: '2026-Q1',
        createdAt: 1,
        updatedAt: 1,
        data: { assessment: { ...Q1, subject: { ...(Q1.subject as object), name: SICK } } },
      },
    ],
    packs: [],
    settings: {},
  });
  await options.close();

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('[data-action="history"]').click();
  await panel.locator('.history-row', { hasText: 'Quý I/2026' }).click();
  const badge = panel.getByTestId('live-level');
  const level = panel.locator('[data-section="result"]').getByTestId('level');
  await expect(badge).toHaveAttribute('data-level', 'HTXSNV');

  // The section is closed for a quarter with none of its facts; its summary names it.
  const section = panel.locator('[data-section="unrated"]');
  await expect(section).not.toHaveAttribute('open', '');
  await section.locator('summary').click();
  const sick = panel.locator('[name="unrated.sickOrMaternityMonths"]');
  await expect(panel.getByLabel('Số tháng nghỉ ốm hoặc nghỉ thai sản trong quý (0–3)')).toHaveValue('');
  await expect(section).toContainText('không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi');
  await expect(section).toContainText('Q26-30: HD 03-HD/TVĐU');

  await sick.fill('2');
  await expect(badge).toHaveText('Chưa xếp loại');
  await expect(level).toHaveText('Kết quả: chưa xếp loại quý này');
  await expect(panel.locator('[data-section="result"] .tusoi-reasons')).toContainText(
    'Nghỉ ốm hoặc nghỉ thai sản từ 02 tháng trở lên trong quý: chưa xếp loại tại thời điểm quý',
  );
  // Stored as typed, and only that: the cases left empty are not written as 0.
  await expect.poll(async () => (await storedOf(panel, 1))?.unrated).toEqual({ sickOrMaternityMonths: 2 });
  await section.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${SHOTS}panel-400-quarter-unrated.png` });
  expect(await axe(panel), 'quarter not rated').toEqual([]);

  // Read back after a reload: the value comes from storage, the section opens with it.
  await panel.reload();
  await expect(panel.locator('[data-section="unrated"]')).toHaveAttribute('open', '');
  await expect(sick).toHaveValue('2');
  await expect(badge).toHaveText('Chưa xếp loại');

  // Out of range or not a number: said in both languages naming the field; nothing stored changes.
  const error = panel.locator('.field', { has: sick }).getByTestId('number-error');
  for (const [text, vi, en] of [
    ['4', 'Số lớn nhất là 3.', 'The largest allowed is 3.'],
    ['-1', 'Số nhỏ nhất là 0.', 'The smallest allowed is 0.'],
    ['abc', '“abc” không phải là số', '“abc” is not a number'],
  ] as const) {
    await sick.fill(text);
    await expect(error.locator('[lang="vi"]')).toContainText(`Số tháng nghỉ ốm hoặc nghỉ thai sản trong quý: ${vi}`);
    await expect(error.locator('[lang="vi"]')).toContainText('Giá trị đã lưu không đổi.');
    await expect(error.locator('[lang="en"]')).toContainText(`Months of sick or maternity leave in the quarter: ${en}`);
    await expect(sick).toHaveAttribute('aria-invalid', 'true');
    await expect(badge).toHaveText('Chưa xếp loại');
  }
  // Another edit is saved after the refused ones: had they changed anything, it would be stored by now.
  await panel.locator('[name="subject.unit"]').fill('Phòng Kế hoạch');
  await expect
    .poll(async () => ((await storedOf(panel, 1)) as { subject?: { unit?: string } })?.subject?.unit)
    .toBe('Phòng Kế hoạch');
  expect((await storedOf(panel, 1))?.unrated).toEqual({ sickOrMaternityMonths: 2 });
  await expect(sick).toHaveValue('abc');

  // Emptied: the level returns, and the draft holds no trace of the case.
  await sick.fill('');
  await expect(error).toHaveCount(0);
  await expect(badge).toHaveAttribute('data-level', 'HTXSNV');
  await expect(level).toHaveAttribute('data-level', 'HTXSNV');
  await expect.poll(async () => ((await storedOf(panel, 1)) as object | undefined) ?? {}).not.toHaveProperty('unrated');
  await expect(panel.locator('[data-section="unrated"]')).toHaveAttribute('open', '');

  // Not rated again, then "Tạo kỳ tiếp theo": quarter II starts with none of quarter I's facts.
  await sick.fill('3');
  await expect(badge).toHaveText('Chưa xếp loại');
  await expect.poll(async () => (await storedOf(panel, 1))?.unrated).toEqual({ sickOrMaternityMonths: 3 });
  // The .docx and the print page of the quarter say it is not rated, and why.
  const paragraphs = await docxParagraphs(await downloadWord(panel));
  const at = paragraphs.indexOf('Kết quả: chưa xếp loại quý này.');
  expect(at, paragraphs.join('\n')).toBeGreaterThan(paragraphs.indexOf('2. Tự đề xuất xếp loại mức chất lượng'));
  expect(paragraphs[at + 1]).toMatch(/^Nghỉ ốm hoặc nghỉ thai sản từ 02 tháng trở lên trong quý: chưa xếp loại/);
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=s1&noprint`);
  await expect(print.locator('.tusoi-doc')).toContainText('Kết quả: chưa xếp loại quý này.');
  await expect(print.locator('.tusoi-doc')).toContainText('không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi');
  await print.close();
  await panel.keyboard.press('Escape');
  await panel.locator('[data-action="history"]').click();
  await panel.locator('[data-action="next"]').click();
  await expect(panel.locator('.draft-period')).toContainText('Quý II/2026');
  await expect.poll(async () => (await storedOf(panel, 2)) !== undefined).toBe(true);
  expect(await storedOf(panel, 2)).not.toHaveProperty('unrated');
  await expect(badge).not.toHaveText('Chưa xếp loại');
  await expect(panel.locator('[data-section="unrated"]')).not.toHaveAttribute('open', '');
  await expect(panel.locator('[name="unrated.sickOrMaternityMonths"]')).toHaveValue('');

  // The annual draft that pulls the year's quarters says quarter I was not rated.
  await newAnnualDraft(panel, extensionId, SICK);
  await panel.locator('[data-section="year"] > summary').click();
  const year = panel.getByTestId('year-quarters');
  await expect(year.locator('li[data-quarter="1"]')).toContainText('Quý I: chưa xếp loại');
});
