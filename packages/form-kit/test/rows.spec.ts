import { expect, type Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { startPortal } from '@tusoi/demo-portal/server';
import { DEMO_MAPS } from '../src/maps';
import { browserTest, kitBundle } from './browser';

// Criterion rows and task rows of a quarterly page (demo-portal quy-nhiem-vu.html), in real
// Chromium: form-kit with its row code loaded (as the extension loads it for maps with rows).
const bundle = kitBundle(true);

const test = browserTest(startPortal).extend<{ portal: string }>({
  portal: async ({ server }, use) => use(server),
});

type Report = {
  summary: { vi: string; en: string };
  rows?: { added: number; missing: number };
  results: Record<string, { ok: boolean; status: string }>;
};
type Problem = { code: string; field: string; message: { vi: string; en: string } };
type Undone = { message: { vi: string; en: string }; restored: string[]; left: { key: string; why: string }[] };

const demo = DEMO_MAPS.find((m) => m.id === 'demo-quy-nhiem-vu');
if (!demo) throw new Error('no demo map');
// The worked example, with one criterion not met and one K/AD, each with its reason.
const draft = quarterlyRowsDraft();
const tasks = draft.taskList;

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.addScriptTag({ content: await bundle });
}
async function fill(page: Page, map: unknown, a: unknown = draft): Promise<Report> {
  return page.evaluate(
    async ({ map, a }) => {
      const kit = (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit;
      const report = await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(map), a as never));
      (window as never as { undoFill: () => unknown }).undoFill = report.undo;
      return { summary: report.summary, results: report.results, ...(report.rows ? { rows: report.rows } : {}) };
    },
    { map, a },
  );
}
const undo = (page: Page) => page.evaluate(() => (window as never as { undoFill: () => Promise<Undone> }).undoFill());
const check = (page: Page, map: unknown, a: unknown = draft) =>
  page.evaluate(
    ({ map, a }) => {
      const kit = (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit;
      return kit
        .checkForm(document, kit.parseFormMap(map), a as never)
        .map(({ code, field, message }) => ({ code, field, message }));
    },
    { map, a },
  ) as Promise<Problem[]>;
const names = (page: Page) =>
  page.locator('#nhiem-vu [data-cot=ten]').evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value));
const received = (page: Page) => page.evaluate(() => (window as never as { received?: unknown }).received);

test('two rows on the page, five tasks: "+" is pressed three times, every cell and criterion holds; the page receives the draft; check is clean', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html`);
  await expect(page.locator('#nhiem-vu tbody tr')).toHaveCount(2);
  const r = await fill(page, demo);
  // 15 criteria + 2 reasons + 5 tasks × 8 cells.
  expect(r.summary.vi).toBe('Đã điền 57/57');
  expect(r.rows).toEqual({ added: 3, missing: 0 });
  await expect(page.locator('#nhiem-vu tbody tr')).toHaveCount(5);
  // "1.1" is its own row, never "1.10".
  await expect(page.locator('[name=tc_1_1][value=khong_dat]')).toBeChecked();
  await expect(page.locator('[name=tc_1_10][value=dat]')).toBeChecked();
  await expect(page.locator('[name=tc_2_3][value=kad]')).toBeChecked();
  expect(await check(page, demo)).toEqual([]);

  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const got = (await received(page)) as {
    tieuChi: Record<string, string>;
    lyDo: Record<string, string>;
    nhiemVu: Record<string, unknown>[];
  };
  expect(got.tieuChi['1.1']).toBe('khong_dat');
  expect(got.tieuChi['2.3']).toBe('kad');
  expect(Object.values(got.tieuChi).filter((v) => v === 'dat')).toHaveLength(13);
  expect(got.lyDo).toEqual({ '1.1': 'Chậm nộp báo cáo', '2.3': 'Không thuộc phạm vi trong quý' });
  expect(got.nhiemVu).toEqual(
    tasks.map(
      (t: { name: string; axis: string; weight: number; components: Record<string, number>; exceeded?: boolean }) => ({
        ten: t.name,
        truc: t.axis,
        trongSo: String(t.weight),
        A: String(t.components.A),
        B: String(t.components.B),
        C: String(t.components.C),
        D: String(t.components.D),
        vuotChuan: t.exceeded === true,
      }),
    ),
  );
});

test('a seeded mistake in a task cell is found by its row; a missing row is named; undo clears the added rows and says they stay', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html`);
  await fill(page, demo);
  await page.locator('[name=nv_2_B]').fill('80');
  await page.locator('[name=nv_4_vuot]').check();
  const problems = await check(page, demo);
  expect(problems.map((p) => [p.code, p.field])).toEqual([
    ['DIFFERS_FROM_DRAFT', 'tasks.2.B'],
    ['DIFFERS_FROM_DRAFT', 'tasks.4.exceeded'],
  ]);
  expect(problems[0]?.message.vi).toBe('"Nhiệm vụ 2, B (chất lượng)": trang ghi "80", bản kiểm điểm là "90".');
  expect(problems[1]?.message.en).toBe('"Task 4, exceeded": the page shows "yes", the draft says "no".');
  // A draft with a sixth task: the page has no row for it.
  const six = { ...draft, taskList: [...tasks, { name: 'Nhiệm vụ phát sinh', completed: true }] };
  const more = await check(page, demo, six);
  expect(more.filter((p) => p.code === 'ROW_MISSING').map((p) => p.message.vi)).toEqual([
    'Trang thiếu dòng nhiệm vụ 6.',
  ]);

  await page.locator('[name=nv_2_B]').fill('90');
  await page.locator('[name=nv_4_vuot]').uncheck();
  const u = await undo(page);
  expect(await names(page)).toEqual(['', '', '', '', '']);
  await expect(page.locator('#nhiem-vu tbody tr')).toHaveCount(5);
  expect(u.message.vi).toContain('Trang vẫn giữ 3 dòng Tự Soi đã thêm');
  expect(u.message.en).toContain('never presses delete');
  // Every task cell put back. The criterion rows were empty: undo empties them, but this page keeps
  // each answer in its own state and draws it again on change, so each row says the page keeps a choice.
  expect(u.restored.filter((k) => k.startsWith('tasks.'))).toHaveLength(40);
  expect(new Set(u.left.map((l) => l.why))).toEqual(new Set(['page-keeps-choice']));
  expect(u.left).toHaveLength(15);
  await expect(page.locator('[name=tc_1_10][value=dat]')).toBeChecked();
  // Criteria are named by their number in the table, never by the pack's ids.
  expect(u.message.vi).toContain('Tự Soi đã bỏ chọn nhưng trang tự chọn lại, không cho để trống: "Tiêu chí 3", ');
  expect(u.message.vi).toContain(', "Tiêu chí 1.10", "Tiêu chí 1.9", ');
  expect(u.message.vi).not.toContain('pl4-');
});

test('no rows at first (zero rows): five are added; without an add button, or one that adds nothing, the missing rows are counted', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html?dong=0`);
  await expect(page.locator('#nhiem-vu tbody tr')).toHaveCount(0);
  const r = await fill(page, demo);
  expect(r.rows).toEqual({ added: 5, missing: 0 });
  expect(await names(page)).toEqual(tasks.map((t) => t.name));

  const taskStep = demo.steps.find((s) => 'tasks' in s) as { tasks: Record<string, unknown> };
  const { add: _add, ...noAdd } = taskStep.tasks;
  await open(page, `${portal}/quy-nhiem-vu.html`);
  const without = await fill(page, { ...demo, steps: [{ tasks: noAdd }] });
  expect(without.rows).toEqual({ added: 0, missing: 3 });
  expect(without.summary.vi).toBe(
    'Đã điền 16/40; chưa điền được: Trang có 2 dòng nhiệm vụ, bản kiểm điểm có 5 nhiệm vụ (chưa ghi nhiệm vụ 3, 4, 5): hãy thêm 3 dòng trên trang (nút thêm dòng của trang) rồi bấm “Điền biểu mẫu” lại, hoặc nhập bản đồ biểu mẫu có nút thêm dòng của trang để Tự Soi tự thêm.',
  );
  expect(without.summary.en).toContain('The page has 2 task rows, the draft has 5 tasks (task 3, 4, 5 not written)');
  expect(await names(page)).toEqual(tasks.slice(0, 2).map((t) => t.name));

  await open(page, `${portal}/quy-nhiem-vu.html?cham=1`);
  const stuck = await fill(page, { ...demo, steps: [{ tasks: { ...taskStep.tasks, waitMs: 300 } }] });
  expect(stuck.rows).toEqual({ added: 0, missing: 3 });
  expect(stuck.summary.vi).toContain('đã bấm nút thêm dòng nhưng trang không thêm');
});

test('an add-row locator that names the submit button is refused: nothing is sent, the rows are said missing', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html?dong=1`);
  const taskStep = demo.steps.find((s) => 'tasks' in s) as { tasks: Record<string, unknown> };
  const r = await fill(page, {
    ...demo,
    steps: [{ tasks: { ...taskStep.tasks, add: { css: 'button[type=submit]' } } }],
  });
  expect(r.rows).toEqual({ added: 0, missing: 4 });
  expect(r.summary.vi).toContain('(nhiệm vụ 2, 3, 4, 5): không bấm nút gửi/nộp biểu mẫu «Gửi đánh giá»');
  expect(await received(page)).toBeUndefined();
  await expect(page.locator('#f .errors')).toHaveText('');
  // Nor the row's own "Xoá dòng" (a delete), named as the add button by mistake: the row stays.
  const del = await fill(page, { ...demo, steps: [{ tasks: { ...taskStep.tasks, add: { css: '.xoa' } } }] });
  expect(del.rows).toEqual({ added: 0, missing: 4 });
  expect(del.summary.vi).toContain('(nhiệm vụ 2, 3, 4, 5): không bấm nút xoá hoặc huỷ «Xoá dòng»');
  await expect(page.locator('#nhiem-vu tbody tr')).toHaveCount(1);
});

test('a row the page removed between fill and undo: its cells are said gone, the rows after it are put back by their names', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html`);
  const taskStep = demo.steps.find((s) => 'tasks' in s);
  await fill(page, { ...demo, steps: [taskStep] });
  // The user, or the page, removes task 2's row: tasks 3–5 move up one row.
  await page.locator('#nhiem-vu tbody tr').nth(1).getByRole('button', { name: 'Xoá dòng' }).click();
  expect(await names(page)).toEqual([tasks[0], tasks[2], tasks[3], tasks[4]].map((t) => t?.name));
  const u = await undo(page);
  expect(await names(page)).toEqual(['', '', '', '']);
  for (const cell of ['A', 'B', 'C', 'D', 'trongSo'])
    expect(
      await page
        .locator(`#nhiem-vu [data-cot=${cell}]`)
        .evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value)),
    ).toEqual(['', '', '', '']);
  expect(
    u.left
      .filter((l) => l.why === 'not-found')
      .map((l) => l.key)
      .sort(),
  ).toEqual(['A', 'B', 'C', 'D', 'axis', 'exceeded', 'name', 'weight'].map((c) => `tasks.2.${c}`).sort());
  expect(u.left.filter((l) => l.why !== 'not-found')).toEqual([]);
  expect(u.message.vi).toContain('"Nhiệm vụ 2, tên": không còn trên trang.');
});

test('a task cell the page refuses is named by its task and cell, not by its column header alone', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/quy-nhiem-vu.html?dong=1`);
  const taskStep = demo.steps.find((s) => 'tasks' in s);
  const over = { ...draft, taskList: [{ ...tasks[0], components: { A: 130, B: 100, C: 100, D: 100 } }] };
  const r = await fill(page, { ...demo, steps: [taskStep] }, over);
  expect(r.results['tasks.1.A']?.status).toBe('out-of-range');
  expect(r.summary.vi).toMatch(
    /^Đã điền 7\/8; chưa điền được: "Nhiệm vụ 1, A \(khối lượng\)": trang không nhận giá trị này \(0–120/,
  );
  expect(r.summary.en).toContain('"Task 1, A (volume)": the page does not take this value');
});
