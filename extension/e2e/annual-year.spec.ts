import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';
import { docxParagraphs, downloadWord, filledAll, newAnnualDraft } from './panel';
import { storedDrafts } from './store-pages';

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

/** The reviewer's quarters (Q1 HTXSNV; Q2 and Q3 KHTNV, a task unfinished) imported on the options page. */
async function importQuarters(context: BrowserContext, extensionId: string) {
  const quarters = [quarter(1, false), quarter(2, true), quarter(3, true)];
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
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
  await expect(page.getByTestId('options-message')).toHaveText(new RegExp(`^Đã nhập ${quarters.length} bản kiểm điểm`));
  await page.close();
}

test('an annual draft with its quarters: one year result (HTTNV) in the badge, Kết quả, the proposal warning, the history and the year, with the Q26-36 flag', async ({
  context,
  extensionId,
}) => {
  await importQuarters(context, extensionId);

  const page = await context.newPage();
  await newAnnualDraft(page, extensionId, PERSON);

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

// The same year everywhere else an annual draft is judged or written: the portal's "Kiểm tra" judges
// the proposal on the page against the year, and the .docx and the print page carry the year's result.
let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

/** The year's reason HTXSNV is ruled out (Q26-35), as rubric-core words it. */
const Q26_35 = 'Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ: không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm';

test('an annual draft with its quarters: the portal check flags an HTXSNV proposal with the year’s reason; the .docx and the print page carry the year (HTTNV)', async ({
  context,
  extensionId,
}) => {
  await importQuarters(context, extensionId);

  const form = await context.newPage();
  await form.goto(`${portal.url}/mau-2a.html`);
  const panel = await context.newPage();
  await newAnnualDraft(panel, extensionId, PERSON);
  await panel.locator('[name="review.strengths"]').fill('Hoàn thành các sản phẩm được giao.');
  await panel.locator('[name="proposedLevel"]').selectOption('HTTNV');
  await expect(panel.getByTestId('live-level')).toHaveAttribute('data-level', 'HTTNV');
  await expect(panel.getByTestId('save-status')).toHaveText(/Đã lưu/);

  // Filled from the draft, then the page's proposal set to HTXSNV: 98 points and 8/20 exceeded would
  // allow it for the annual draft alone; the year (quarters II and III KHTNV) does not.
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(6));
  await expect(form.locator('[name="diem_ket_qua"]')).toHaveValue('68');
  await form.locator('[name="xep_loai"]').selectOption('HTXSNV');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const above = panel.getByTestId('form-problems').locator('li[data-code="PROPOSED_ABOVE_RULES"]');
  await expect(above).toHaveCount(1);
  await expect(above).toContainText('Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ" cao hơn mức theo quy định (HTTNV).');
  await expect(above).toContainText(Q26_35);
  // The level the year gives, on the page: nothing above the rules.
  await form.locator('[name="xep_loai"]').selectOption('HTTNV');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
  await expect(above).toHaveCount(0);

  // The .docx: the year's level, total and reasons, read back from the file.
  await panel.bringToFront();
  const text = (await docxParagraphs(await downloadWord(panel)))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(text).toContain('Kết quả xếp loại cả năm theo các quý');
  expect(text).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
  expect(text).toContain(Q26_35);
  expect(text).toContain('Q1: HTXSNV; Q2: KHTNV; Q3: KHTNV');
  expect(text).not.toContain('Mức theo quy định: Hoàn thành xuất sắc nhiệm vụ');

  // The print page: the same year.
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const print = panel.getByRole('button', { name: 'In', exact: true });
  if (!(await print.isVisible())) await panel.locator('.more > summary').click();
  const [printPage] = await Promise.all([context.waitForEvent('page'), print.click()]);
  const doc = printPage.locator('.tusoi-doc');
  await expect(doc).toContainText('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
  await expect(doc).toContainText(Q26_35);
  await expect(printPage.locator('html')).toHaveAttribute('data-printed', 'yes');
  await printPage.screenshot({ path: `${SHOTS}document-print-annual-year.png`, fullPage: true });
});

test('a quarter whose stored draft cannot be read: the print page names it (vi, then en), prints the year from the others on request, and the stored quarter is unchanged', async ({
  context,
  extensionId,
}) => {
  await importQuarters(context, extensionId);
  const panel = await context.newPage();
  await newAnnualDraft(panel, extensionId, PERSON);
  await expect(panel.getByTestId('live-level')).toHaveAttribute('data-level', 'HTTNV');
  await expect(panel.getByTestId('save-status')).toHaveText(/Đã lưu/);
  const annualId = (await storedDrafts(panel)).find((d) => !['q1', 'q2', 'q3'].includes(d.id))?.id ?? '';
  expect(annualId).not.toBe('');

  // Quarter II's record damaged on disk (a junk shape, as an old or broken writer may leave it).
  const q2 = () =>
    panel.evaluate(async () => {
      const req = indexedDB.open('tusoi');
      const db: IDBDatabase = await new Promise((ok) => {
        req.onsuccess = () => ok(req.result);
      });
      const row = await new Promise<unknown>((ok) => {
        const r = db.transaction('drafts').objectStore('drafts').get('q2');
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return JSON.stringify(row);
    });
  await panel.evaluate(async () => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const tx = db.transaction('drafts', 'readwrite');
    const store = tx.objectStore('drafts');
    const r = store.get('q2');
    r.onsuccess = () => {
      const row = r.result as { data: { assessment: Record<string, unknown> } };
      row.data.assessment.priorShortcomings = 'abc';
      store.put(row);
    };
    await new Promise((ok) => {
      tx.oncomplete = ok;
    });
    db.close();
  });
  const damaged = await q2();
  expect(damaged).toContain('"priorShortcomings":"abc"');

  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=${encodeURIComponent(annualId)}`);
  const notice = print.getByTestId('print-notice');
  await expect(notice.locator('[lang="vi"]')).toHaveText(
    // The field is named in words (its part of the self-review), not by its path.
    /^Không đọc được bản kiểm điểm đã lưu của quý II\/2026 \(III\. Kết quả khắc phục hạn chế, khuyết điểm kỳ trước: phải là một mảng \(nhận "abc"\)\): kết quả cả năm được tính từ các quý còn lại\. Dữ liệu đã lưu không bị thay đổi/,
  );
  await expect(notice.locator('[lang="en"]').first()).toHaveText(
    /^The stored self-review of quarter II\/2026 \(.+\) could not be read: the year is worked out from the other quarters\. Nothing stored was changed/,
  );
  // The rest is rendered: the year from quarters I and III.
  const doc = print.locator('.tusoi-doc');
  await expect(doc).toContainText('Kết quả xếp loại cả năm theo các quý');
  await expect(doc).toContainText('Q1: HTXSNV; Q3: KHTNV');
  await expect(doc).not.toContainText('Q2:');
  // The document itself (what is printed) names it too, not only the notice on the screen.
  await expect(doc).toContainText('Không đọc được bản kiểm điểm đã lưu của quý II/2026 (III.');
  // Told before printing: the dialog waits for "In".
  await print.waitForTimeout(500);
  await expect(print.locator('html')).not.toHaveAttribute('data-printed', 'yes');
  await print.getByRole('button', { name: 'In / Print' }).click();
  await expect(print.locator('html')).toHaveAttribute('data-printed', 'yes');
  expect(await axe(print), 'print page with the notice').toEqual([]);
  await print.screenshot({ path: `${SHOTS}document-print-unreadable-quarter.png`, fullPage: true });

  // "Các quý trong năm" in the panel names it too; and nothing stored changed.
  await panel.reload();
  await expect(panel.locator('.draft-period')).toContainText('2026');
  await panel.locator('[data-section="year"] > summary').click();
  await expect(panel.getByTestId('unreadable-quarters')).toContainText(
    'Không đọc được bản kiểm điểm đã lưu của quý II/2026 (III. Kết quả khắc phục hạn chế, khuyết điểm kỳ trước: phải là một mảng',
  );
  // The .docx is made from the same quarters, and its status says which one was left out.
  const download = await downloadWord(panel);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(panel.getByTestId('document-status')).toContainText(
    /^Đã tạo tệp: .*\.docx \([\d.]+ kB\)\. Không đọc được bản kiểm điểm đã lưu của quý II\/2026/,
  );
  // The file itself names the quarter left out, in its year section (Vietnamese, then English), with the reason.
  const paras = await docxParagraphs(download);
  const at = paras.findIndex((p) => p.startsWith('Không đọc được bản kiểm điểm đã lưu của quý II/2026 (III.'));
  expect(at).toBeGreaterThan(paras.indexOf('Kết quả xếp loại cả năm theo các quý'));
  expect(paras[at]).toContain(': kết quả cả năm được tính từ các quý còn lại.');
  expect(paras[at + 1]).toMatch(/^The stored self-review of quarter II\/2026 \(.+\) could not be read/);
  expect(await q2()).toBe(damaged);
});
