// Quarterly pages with no saved map whose criterion rows hold all three answers in ONE cell (an
// ASP.NET GridView RadioButtonList, Bootstrap .form-check radios stacked, bare radios with text,
// a React-controlled table), and task tables by column: detected, filled, checked and undone.
// Undo empties the rows it answered and says plainly which rows the page answers again.
// Pages in test/field-cases/T23–T26.html.
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = { TusoiFormKit: typeof import('../src/index'); probe: () => unknown; __undo?: () => Promise<unknown> };
type Undone = {
  message: { vi: string; en: string };
  restored: string[];
  left: { key: string; name?: string; why: string }[];
};

// The row code loaded, as the extension loads it for a fill whose plan has rows (the task table).
const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

async function open(page: Page, site: string, file: string, query = '') {
  await page.goto(`${site}/${file}.html${query}`);
  await page.addScriptTag({ content: await bundle });
}
const probe = (page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<Record<string, unknown>>;

const PACK = [
  { id: 'q-1.1', vi: 'Chính trị, tư tưởng: tiêu chí 1' },
  { id: 'q-1.2', vi: 'Chính trị, tư tưởng: tiêu chí 2' },
  { id: 'q-2.1', vi: 'Ý thức tổ chức kỷ luật: tiêu chí 1' },
];
const DRAFT = {
  criteria: {
    pack: 'x',
    items: {
      'q-1.1': { answer: 'met' },
      'q-1.2': { answer: 'notMet', reason: 'Chậm nộp báo cáo' },
      'q-2.1': { answer: 'notApplicable', reason: 'Không thuộc phạm vi trong quý' },
    },
  },
  taskList: [
    { name: 'Báo cáo quý', weight: 40, axis: 'Trục 1', components: { A: 100, B: 90, C: 100, D: 80 }, completed: true },
    { name: 'Đề án số hoá', weight: 30, axis: 'Trục 2', components: { A: 80, B: 85, C: 70, D: 90 }, completed: true },
  ],
};

const detect = (page: Page, criteria: unknown[] = PACK) =>
  page.evaluate((criteria) => {
    const d = (window as never as W).TusoiFormKit.detectForm(document, location.href, criteria as never);
    return d && { steps: d.map.steps, rows: d.criteria?.map((r) => r.code) ?? [] };
  }, criteria);

// Detects with the pack, fills the draft, checks it; keeps the undo on the page.
const detectFillCheck = (page: Page, draft: unknown = DRAFT) =>
  page.evaluate(
    async ({ draft, criteria }) => {
      const w = window as never as W;
      const kit = w.TusoiFormKit;
      const d = kit.detectForm(document, location.href, criteria as never);
      if (!d) return null;
      // The detected map is a valid map (as the extension keeps it).
      const map = kit.parseFormMap(d.map);
      const r = await kit.fillForm(document, kit.planFromMap(map, draft as never));
      w.__undo = r.undo;
      return {
        summary: r.summary.vi,
        status: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, v.status])),
        problems: kit.checkForm(document, map, draft as never).map((p) => `${p.field}: ${p.message.vi}`),
      };
    },
    { draft, criteria: PACK },
  );
const undo = (page: Page) => page.evaluate(() => (window as never as W).__undo?.()) as Promise<Undone>;

test('T23 GridView, no map: RadioButtonList rows (Đảm bảo / Không đảm bảo / K/AD in one cell) and the task GridView are detected; fill, check and undo work; undo empties the rows again', async ({
  page,
  site,
}) => {
  await open(page, site, 'T23-gridview-quarter-one-cell');
  // Without the pack the rows are read but none is guessed into a step; the task table is a step anyway.
  const bare = await detect(page, []);
  expect(bare?.rows).toEqual(['1.1', '1.2', '2.1']);
  expect(bare?.steps.filter((s) => 'criterion' in s)).toEqual([]);
  // A pack naming two of the three: only those two become steps.
  const two = await detect(page, PACK.slice(0, 2));
  expect(two?.steps.flatMap((s) => ('criterion' in s ? [s.criterion] : []))).toEqual(['q-1.1', 'q-1.2']);
  const d = await detect(page);
  const at = (row: string, choice?: string) => ({
    table: '',
    row,
    column: choice ? 'Tự đánh giá' : 'Lý do (nếu không đảm bảo hoặc K/AD)',
    ...(choice ? { choice } : {}),
  });
  expect(d?.steps.filter((s) => 'criterion' in s)).toEqual(
    ['1.1', '1.2', '2.1'].map((row) => ({
      criterion: `q-${row}`,
      met: at(row, 'Đảm bảo'),
      notMet: at(row, 'Không đảm bảo'),
      notApplicable: at(row, 'K/AD'),
      reason: at(row),
    })),
  );
  expect(d?.steps.filter((s) => 'tasks' in s)).toEqual([
    {
      tasks: {
        rows: '#MainContent_gvNhiemVu > tbody > tr:has(> td :is(input:not([type=hidden]), select, textarea))',
        // The computed "Điểm" column holds no control: not a cell to fill.
        cells: {
          A: ':scope > :nth-child(4)',
          B: ':scope > :nth-child(5)',
          C: ':scope > :nth-child(6)',
          D: ':scope > :nth-child(7)',
          weight: ':scope > :nth-child(3)',
          name: ':scope > :nth-child(2)',
        },
      },
    },
  ]);
  const draft = { ...DRAFT, subject: { name: 'Nguyễn Văn A' } };
  const r = await detectFillCheck(page, draft);
  // The name (by its cell) + 3 answers + 2 reasons + 2 tasks × 6 cells.
  expect(r?.summary).toBe('Đã điền 18/18');
  expect(r?.problems).toEqual([]);
  expect(await probe(page)).toEqual({
    answers: ['1', '2', '3'],
    reasons: ['', 'Chậm nộp báo cáo', 'Không thuộc phạm vi trong quý'],
    tasks: [
      ['Báo cáo quý', '40', '100', '90', '100', '80'],
      ['Đề án số hoá', '30', '80', '85', '70', '90'],
    ],
    name: 'Nguyễn Văn A',
  });
  // A seeded mistake is found by its row: 1.1 answered "Không đảm bảo" on the page.
  await page.locator('#MainContent_gvTieuChi_rblDanhGia_0_1').check();
  const again = await page.evaluate(
    ({ draft, criteria }) => {
      const kit = (window as never as W).TusoiFormKit;
      const d = kit.detectForm(document, location.href, criteria as never);
      return d ? kit.checkForm(document, d.map, draft as never).map((p) => p.field) : null;
    },
    { draft, criteria: PACK },
  );
  expect(again).toEqual(['criteria.q-1.1']);
  await page.locator('#MainContent_gvTieuChi_rblDanhGia_0_0').check();

  const u = await undo(page);
  expect(u.left).toEqual([]);
  expect(u.restored).toHaveLength(18);
  expect(u.message.vi).toBe('Đã hoàn tác 18/18.');
  expect(await probe(page)).toEqual({
    answers: ['', '', ''],
    reasons: ['', '', ''],
    tasks: [
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
    ],
    name: '',
  });
});

test('T23 GridView whose script answers a row again when it is left empty: undo says which rows, that the page keeps a choice and what to do, and counts them as not undone', async ({
  page,
  site,
}) => {
  await open(page, site, 'T23-gridview-quarter-one-cell', '?recheck');
  const r = await detectFillCheck(page);
  expect(r?.summary).toBe('Đã điền 17/17');
  const u = await undo(page);
  // The page answered "Đảm bảo" again in every row Tự Soi emptied.
  expect((await probe(page)).answers).toEqual(['1', '1', '1']);
  expect(u.left.map((l) => [l.key, l.name, l.why])).toEqual(
    ['2.1', '1.2', '1.1'].map((c) => [`criteria.q-${c}`, `Tiêu chí ${c}`, 'page-keeps-choice']),
  );
  expect(u.restored).toHaveLength(14);
  expect(u.message.vi).toBe(
    'Đã hoàn tác 14/17. Tự Soi đã bỏ chọn nhưng trang tự chọn lại, không cho để trống: "Tiêu chí 2.1", "Tiêu chí 1.2", "Tiêu chí 1.1"; hãy tự chọn câu trả lời đúng (hoặc tải lại trang) trước khi lưu.',
  );
  expect(u.message.en).toBe(
    'Undone 14/17. Tự Soi unselected them but the page chose an answer again and keeps them answered: "Tiêu chí 2.1", "Tiêu chí 1.2", "Tiêu chí 1.1"; choose the right answers yourself (or reload the page) before saving.',
  );
});

test('T24 Bootstrap, no map: stacked .form-check radios in one cell (K/AD written "Không áp dụng") and a task table without an id are detected; fill, check and undo work', async ({
  page,
  site,
}) => {
  await open(page, site, 'T24-bootstrap-stacked-radios');
  const d = await detect(page);
  const steps = d?.steps ?? [];
  expect(steps.filter((s) => 'criterion' in s).map((s) => Object.keys(s))).toEqual([
    ['criterion', 'met', 'notMet', 'notApplicable', 'reason'],
    ['criterion', 'met', 'notMet', 'notApplicable', 'reason'],
    ['criterion', 'met', 'notMet', 'notApplicable', 'reason'],
  ]);
  const tasks = steps.find((s) => 'tasks' in s) as { tasks: { rows: string; cells: Record<string, string> } };
  // Known by its place under the page's structure (it has no id).
  expect(tasks.tasks.rows.startsWith('body > div > form > table:nth-of-type(2) > tbody > tr:has(')).toBe(true);
  expect(Object.keys(tasks.tasks.cells).sort()).toEqual(['A', 'B', 'C', 'axis', 'name']);
  const r = await detectFillCheck(page);
  // 3 answers + 2 reasons + 2 tasks × 5 cells.
  expect(r?.summary).toBe('Đã điền 15/15');
  expect(r?.problems).toEqual([]);
  expect(await probe(page)).toEqual({
    answers: ['dat', 'khong', 'kad'],
    reasons: ['', 'Chậm nộp báo cáo', 'Không thuộc phạm vi trong quý'],
    tasks: [
      ['Báo cáo quý', 'Trục 1', '100', '90', '100'],
      ['Đề án số hoá', 'Trục 2', '80', '85', '70'],
    ],
  });
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 15/15.');
  expect((await probe(page)).answers).toEqual(['', '', '']);
});

test('T25 bare radios with text in one cell (one inside its label, one followed by text), the code in the wording cell: detected, filled, undone; the page hears the undo (its count of answered rows goes back to 0)', async ({
  page,
  site,
}) => {
  await open(page, site, 'T25-plain-radios-one-cell');
  const d = await detect(page);
  expect(d?.rows).toEqual(['1.1', '1.2', '2.1']);
  // No K/AD on this page: a row offers two answers only.
  expect(d?.steps.map((s) => Object.keys(s))).toEqual([
    ['criterion', 'met', 'notMet', 'reason'],
    ['criterion', 'met', 'notMet', 'reason'],
    ['criterion', 'met', 'notMet', 'reason'],
  ]);
  const draft = {
    criteria: {
      pack: 'x',
      items: { 'q-1.1': true, 'q-1.2': { answer: 'notMet', reason: 'Chậm nộp báo cáo' }, 'q-2.1': true },
    },
  };
  const r = await detectFillCheck(page, draft);
  expect(r?.summary).toBe('Đã điền 4/4');
  expect(r?.problems).toEqual([]);
  expect(await probe(page)).toEqual({
    answers: ['1', '0', '1'],
    reasons: ['', 'Chậm nộp báo cáo', ''],
    answered: '3',
  });
  // The user answers 2.1 themselves after the fill: theirs, kept.
  await page.locator('[name=r2][value="0"]').check();
  const u = await undo(page);
  expect(u.left).toEqual([{ key: 'criteria.q-2.1', name: 'Tiêu chí 2.1', why: 'user-changed' }]);
  expect(u.message.vi).toBe('Đã hoàn tác 3/4. "Tiêu chí 2.1": đã được sửa sau khi điền, giữ nguyên.');
  expect(await probe(page)).toEqual({ answers: ['', '', '0'], reasons: ['', '', ''], answered: '1' });
});

test('T26 React-controlled criterion rows: React puts the answer back after undo empties it; the report says so, and agrees with React and the page', async ({
  page,
  site,
}) => {
  await open(page, site, 'T26-react-criteria-rows');
  await page.waitForSelector('#tc tbody tr');
  const draft = { criteria: { pack: 'x', items: { 'q-1.1': true, 'q-1.2': false } } };
  const r = await detectFillCheck(page, draft);
  expect(r?.summary).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({ state: { '1.1': 'dat', '1.2': 'khong' }, dom: ['dat', 'khong'] });
  const u = await undo(page);
  const p = await probe(page);
  expect(p).toEqual({ state: { '1.1': 'dat', '1.2': 'khong' }, dom: ['dat', 'khong'] });
  expect(u.restored).toEqual([]);
  expect(u.left.map((l) => [l.name, l.why])).toEqual([
    ['Tiêu chí 1.2', 'page-keeps-choice'],
    ['Tiêu chí 1.1', 'page-keeps-choice'],
  ]);
  expect(u.message.vi).toBe(
    'Đã hoàn tác 0/2. Tự Soi đã bỏ chọn nhưng trang tự chọn lại, không cho để trống: "Tiêu chí 1.2", "Tiêu chí 1.1"; hãy tự chọn câu trả lời đúng (hoặc tải lại trang) trước khi lưu.',
  );
});

test('T25 radios with no name (each a group of its own, as HTML has it): undo empties the one the fill chose and reads it back, never "undone" while it is still chosen', async ({
  page,
  site,
}) => {
  await open(page, site, 'T25-plain-radios-one-cell');
  await page.evaluate(() => {
    for (const r of document.querySelectorAll('[name=r0]')) r.removeAttribute('name');
  });
  const r = await detectFillCheck(page, { criteria: { pack: 'x', items: { 'q-1.1': true } } });
  expect(r?.summary).toBe('Đã điền 1/1');
  const chosen = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#bang tr:nth-child(2) input[type=radio]')].map(
        (x) => (x as HTMLInputElement).checked,
      ),
    );
  expect(await chosen()).toEqual([true, false]);
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 1/1.');
  expect(await chosen()).toEqual([false, false]);
  expect((await probe(page)).answered).toBe('0');
});
