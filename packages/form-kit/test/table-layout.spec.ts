// Old table layouts and a WebForms DataGrid, detected with no form map, in real Chromium: a task table whose
// header row is td cells (bgcolor, bold; a styled row below a caption row), and the period as two text boxes in
// one cell, each named by the words just before it. The preview lists every task (rows the page's button adds
// marked), the fill writes them all, the check names a page quarter that differs, or one it could not compare.
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = { TusoiFormKit: typeof import('../src/index'); probe: () => unknown };
// The row code loaded, as the extension loads it for detection.
const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

async function open(page: Page, site: string, file: string, query = '') {
  await page.goto(`${site}/${file}.html${query}`);
  await page.addScriptTag({ content: await bundle });
}
const probe = (page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<Record<string, unknown>>;

const TASKS = [1, 2, 3, 4, 5].map((n) => ({
  name: `Sản phẩm số ${n}`,
  weight: 20,
  components: { A: 100 - n, B: 90 - n, C: 80 - n, D: 70 - n },
  completed: true,
}));
const WANT = TASKS.map((t) => [t.name, ...(['A', 'B', 'C', 'D'] as const).map((c) => String(t.components[c]))]);
const draft = { subject: { name: 'Nguyễn Văn A' }, period: { year: 2026, quarter: 3 }, taskList: TASKS };

/** Detects, previews, fills and checks: what a user reads at each step. */
const run = (page: Page, fill = true) =>
  page.evaluate(
    async ({ d, fill }) => {
      const kit = (window as never as W).TusoiFormKit;
      const detection = kit.detectForm(document, location.href);
      if (!detection) return null;
      const plan = kit.planFromMap(detection.map, d as never);
      const planned = kit.plannedSteps(document, plan);
      const preview = {
        fields: detection.preview.map((p) => [p.field, p.ambiguous ?? p.found]),
        period: planned.filter((s) => s.key.startsWith('period.')).map((s) => [s.key, s.now, s.will]),
        tasks: [1, 2, 3, 4, 5].map((n) => {
          const mine = planned.filter((s) => s.key.startsWith(`tasks.${n}.`));
          return [n, mine.length, mine.every((s) => s.added === true)];
        }),
      };
      const r = fill ? await kit.fillForm(document, plan) : null;
      return {
        tasks: detection.map.steps.filter((s) => 'tasks' in s).length,
        addRows: detection.addRows ?? [],
        preview,
        summary: r?.summary.vi ?? '',
        rows: r?.rows,
        problems: kit
          .checkForm(document, detection.map, d as never)
          .filter((p) => !p.field.startsWith('tasks.'))
          .map((p) => [p.code, p.message.vi]),
      };
    },
    { d: draft, fill },
  );

test('T30 old table layout: the td header (bgcolor, bold) is the task table header; "Kỳ đánh giá: [ ] Năm: [ ]" gives each box its own words; the preview lists all 5 tasks, 4 in rows the page’s "Thêm dòng" adds; all filled', async ({
  page,
  site,
}) => {
  await open(page, site, 'T30-table-layout-tasks');
  const r = await run(page);
  expect(r?.tasks).toBe(1);
  expect(r?.addRows).toEqual([{ rows: expect.stringContaining('#bangnv > tbody > tr:has('), button: 'Thêm dòng' }]);
  expect(r?.preview.fields).toEqual([
    ['subject.name', 'input[name=hoten] (text)'],
    ['period.quarter', 'input[name=ky] (text)'],
    ['period.year', 'input[name=nam] (text)'],
  ]);
  expect(r?.preview.period).toEqual([
    ['period.quarter', '', 'Quý III/2026'],
    ['period.year', '', '2026'],
  ]);
  // Task 1 in the page's row, tasks 2–5 in rows the fill adds: each with its name and A–D.
  expect(r?.preview.tasks).toEqual([
    [1, 5, false],
    [2, 5, true],
    [3, 5, true],
    [4, 5, true],
    [5, 5, true],
  ]);
  expect(r?.summary).toBe('Đã điền 28/28');
  expect(r?.rows).toEqual({ added: 4, missing: 0 });
  expect(await probe(page)).toEqual({ ky: 'Quý III/2026', nam: '2026', tasks: WANT, submitted: 0 });
  expect(r?.problems).toEqual([]);
});

test('T30 old table layout preset to "II": the fill keeps it and the check names it against the draft’s quarter', async ({
  page,
  site,
}) => {
  await open(page, site, 'T30-table-layout-tasks', '?ky=II&nam=2026');
  const r = await run(page);
  expect(await probe(page)).toMatchObject({ ky: 'II', nam: '2026' });
  expect(r?.problems).toEqual([['DIFFERS_FROM_DRAFT', '"Quý": trang ghi "II", bản kiểm điểm là "Quý III/2026".']]);
});

test('T31 WebForms DataGrid: a styled td header row under a caption row is the header; "Năm sinh" is never the year; 5 rows filled', async ({
  page,
  site,
}) => {
  await open(page, site, 'T31-webforms-td-header-tasks');
  const r = await run(page);
  expect(r?.tasks).toBe(1);
  expect(r?.preview.fields).toEqual([
    ['subject.name', 'input[name=ctl00$MainContent$txtHoTen]'],
    ['period.quarter', 'input[name=ctl00$MainContent$txtKy]'],
    ['period.year', 'input[name=ctl00$MainContent$txtNam]'],
  ]);
  expect(r?.preview.tasks).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5, false]));
  expect(r?.summary).toBe('Đã điền 28/28');
  expect(await probe(page)).toEqual({ ky: 'Quý III/2026', nam: '2026', namSinh: '', tasks: WANT, submitted: 0 });
  expect(r?.problems).toEqual([]);
});

test('T31 two boxes carrying "Kỳ đánh giá:" equally, one on "Quý II": the preview says both, nothing is guessed, and the check says the quarter could not be compared', async ({
  page,
  site,
}) => {
  await open(page, site, 'T31-webforms-td-header-tasks', '?trung&ky=II');
  const r = await run(page, false);
  expect(r?.preview.fields[1]).toEqual(['period.quarter', ['Kỳ đánh giá: (1)', 'Kỳ đánh giá: (2)']]);
  expect(r?.problems.map(([code]) => code)).toContain('NOT_COMPARED');
  expect(r?.problems.find(([code]) => code === 'NOT_COMPARED')?.[1]).toMatch(
    /^"Quý": chưa so được với bản kiểm điểm \("Quý III\/2026"\)/,
  );
  expect(await probe(page)).toMatchObject({ ky: 'II' });
});
