import { readFileSync } from 'node:fs';
import { startPortal } from '@tusoi/demo-portal/server';
import { builtinPack2, classify, type Pack2 } from '@tusoi/rubric-core';
import { expect, test } from './fixtures';
import { docxParagraphs, downloadWord, filledAll, importFile, newAnnualDraft } from './panel';
import { storedDrafts } from './store-pages';

// A year whose quarters were scored by the user's own quarterly table (a tusoi.pack/2 imported on
// the options page, not built in): the annual draft pulls those quarters, and the panel, the portal
// check, the .docx and the print page all read each quarter's result as that table scores it. The table counts a
// K/AD criterion at full marks where the built-in it copies rescales, so quarter I's total (95,6)
// is the own table's, not the built-in's (95,5).
test.describe.configure({ timeout: 120_000 });

type Assessment = Record<string, unknown> & {
  taskList: Record<string, unknown>[];
  criteria: { pack: string; items: Record<string, unknown> };
};
const PERSON = 'Trần Thị Thử';
const OWN_ID = 'don-vi-x-quy-2026';
const OWN_TITLE = 'Bảng chấm điểm quý của Đơn vị X';
const base = builtinPack2('q2026-vatm-09a') as Pack2;
const ownPack: Pack2 = {
  ...base,
  id: OWN_ID,
  title: { vi: OWN_TITLE },
  general: { ...base.general, notApplicable: { allowed: true, rule: 'grant-full' } },
};
const q1 = JSON.parse(readFileSync(new URL('./year-2026/q1-staff-htxsnv.json', import.meta.url), 'utf8')) as Assessment;

/** Quarter n scored by the own table; quarter I with a K/AD and a "not met", quarter II with its last task unfinished. */
function quarter(n: number): Assessment {
  const a = structuredClone(q1);
  a.period = { year: 2026, quarter: n };
  a.criteria = { pack: OWN_ID, items: { ...a.criteria.items } };
  if (n === 1) {
    a.criteria.items['pl4-1.2'] = { answer: 'notMet', reason: 'Chậm kê khai' };
    a.criteria.items['pl4-1.10'] = { answer: 'notApplicable', reason: 'Không thuộc phạm vi trong quý' };
  }
  if (n === 2) a.taskList = a.taskList.map((t, i) => (i === a.taskList.length - 1 ? { ...t, completed: false } : t));
  return a;
}
const QUARTERS = [quarter(1), quarter(2), quarter(3)];

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());
/** What rubric-core gives each quarter under the own table: the figures the documents must show. */
const EXPECTED = QUARTERS.map((a) => classify(a, { pack: ownPack }));
const comma = (x: number) => String(x).replace('.', ',');

test('an annual draft whose quarters were scored by the user’s own table: the panel’s year, the portal check, the .docx and the print page name each quarter’s result', async ({
  context,
  extensionId,
}) => {
  expect(EXPECTED.map((r) => [r.level, r.score.total])).toEqual([
    ['HTXSNV', 95.6],
    ['KHTNV', EXPECTED[1]?.score.total],
    ['HTXSNV', 97.6],
  ]);
  // The built-in table would give quarter I another total: the figures below can only come from the own table.
  expect(classify({ ...QUARTERS[0], criteria: { ...QUARTERS[0]?.criteria, pack: 'q2026-vatm-09a' } }).score.total).toBe(
    95.5,
  );

  // The table, then each quarter, imported as the user does.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'importPack', ownPack);
  for (const [i, a] of QUARTERS.entries())
    await importFile(options, 'import', {
      format: 'tusoi.export/1',
      exportedAt: '2026-10-01T00:00:00.000Z',
      drafts: [
        {
          id: `q${i + 1}`,
          person: PERSON,
          periodKey: `2026-Q${i + 1}`,
          createdAt: i + 1,
          updatedAt: i + 1,
          data: { assessment: a },
        },
      ],
      packs: [],
      settings: {},
    });
  await options.close();

  // The annual draft of the same person and year: 30 + 68, tasks 20/20/20/8/0.
  const panel = await context.newPage();
  await newAnnualDraft(panel, extensionId, PERSON);
  await panel.locator('[name="review.strengths"]').fill('Hoàn thành các sản phẩm được giao.');
  await panel.locator('[name="proposedLevel"]').selectOption('HTTNV');
  // Quarter II KHTNV rules out an annual HTXSNV (Q26-35): the year is HTTNV.
  await expect(panel.getByTestId('live-level')).toHaveAttribute('data-level', 'HTTNV');
  await expect(panel.getByTestId('save-status')).toHaveText(/Đã lưu/);
  await panel.locator('[data-section="year"] > summary').click();
  const year = panel.getByTestId('year-quarters');
  for (const [i, r] of EXPECTED.entries())
    await expect(year.locator(`li[data-quarter="${i + 1}"]`)).toHaveAttribute('data-level', r.level ?? '');
  await expect(panel.getByTestId('year-level')).toHaveAttribute('data-level', 'HTTNV');

  // The portal check judges the page's HTXSNV against that year (quarter II KHTNV, Q26-35).
  const form = await context.newPage();
  await form.goto(`${portal.url}/mau-2a.html`);
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(6));
  await form.locator('[name="xep_loai"]').selectOption('HTXSNV');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const above = panel.getByTestId('form-problems').locator('li[data-code="PROPOSED_ABOVE_RULES"]');
  await expect(above).toContainText('cao hơn mức theo quy định (HTTNV).');
  await expect(above).toContainText(
    'Quý 2 xếp loại Không hoàn thành nhiệm vụ: không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm',
  );
  await form.close();
  await panel.bringToFront();

  // The .docx: each quarter's row (number, level, total) and the year, read back from the file.
  const paras = await docxParagraphs(await downloadWord(panel));
  const cells = paras.join('|');
  expect(cells).toContain('Kết quả xếp loại cả năm theo các quý');
  expect(cells).toContain('1|Hoàn thành xuất sắc nhiệm vụ (HTXSNV)|95,6');
  expect(cells).toContain(`2|Không hoàn thành nhiệm vụ (KHTNV)|${comma(EXPECTED[1]?.score.total ?? 0)}`);
  expect(cells).toContain('3|Hoàn thành xuất sắc nhiệm vụ (HTXSNV)|97,6');
  expect(cells).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
  expect(cells).toContain('Q1: HTXSNV; Q2: KHTNV; Q3: HTXSNV');
  await expect(panel.getByTestId('document-status')).toContainText(/^Đã tạo tệp: .*\.docx/);

  // The print page of the annual draft: the same rows and year.
  const annualId = (await storedDrafts(panel)).find((d) => !['q1', 'q2', 'q3'].includes(d.id))?.id ?? '';
  expect(annualId).not.toBe('');
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=${encodeURIComponent(annualId)}&noprint`);
  const doc = print.locator('.tusoi-doc');
  await expect(doc).toContainText('Kết quả xếp loại cả năm theo các quý');
  const rows = doc.locator('table', { hasText: 'Mức xếp loại của quý' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('td')).toHaveText(['1', 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '95,6']);
  await expect(rows.nth(1).locator('td')).toHaveText([
    '2',
    'Không hoàn thành nhiệm vụ (KHTNV)',
    comma(EXPECTED[1]?.score.total ?? 0),
  ]);
  await expect(rows.nth(2).locator('td')).toHaveText(['3', 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '97,6']);
  await expect(doc).toContainText('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
  await expect(print.getByTestId('print-notice')).toHaveCount(0);

  // A quarter's own print page names the table it was scored by, by its title.
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=q1&noprint`);
  await expect(print.locator('.tusoi-doc')).toContainText(`Chấm theo bảng: ${OWN_TITLE} (`);
});
