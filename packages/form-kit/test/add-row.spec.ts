// A quarterly page found by its labels (no form map) whose task table has fewer rows than the draft
// has tasks: the table's own add-row control is found (add-row.ts), pressed one row at a time and
// every row read back; a control that would submit the form, or two of them, is never pressed and
// the fill says why. Pages of several makes in test/field-cases/T27–T29.html.
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = { TusoiFormKit: typeof import('../src/index'); probe: () => unknown; __undo?: () => Promise<unknown> };
type Undone = { message: { vi: string; en: string }; restored: string[]; left: { key: string; why: string }[] };

// The row code loaded, as the extension loads it for detection and for a fill whose plan has rows.
const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

async function open(page: Page, site: string, file: string, query = '') {
  await page.goto(`${site}/${file}.html${query}`);
  await page.addScriptTag({ content: await bundle });
}
const probe = <T>(page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<T>;
const undo = (page: Page) => page.evaluate(() => (window as never as W).__undo?.()) as Promise<Undone>;

// Five tasks, each with a name and A–D (the page starts with one row).
const TASKS = [1, 2, 3, 4, 5].map((n) => ({
  name: `Nhiệm vụ số ${n}`,
  weight: 20,
  components: { A: 100 - n, B: 90 - n, C: 80 - n, D: 70 - n },
  completed: true,
}));
const WANT = TASKS.map((t) => [t.name, ...(['A', 'B', 'C', 'D'] as const).map((c) => String(t.components[c]))]);
const EMPTY = TASKS.map(() => ['', '', '', '', '']);

// Detects the page's form, then fills the draft with the detected map (as the extension keeps it);
// `merge`: as the extension's content script, the fill's undo record merges the one kept before it.
const detectAndFill = (page: Page, merge = false) =>
  page.evaluate(
    async ({ taskList, merge }) => {
      const w = window as never as W;
      const kit = w.TusoiFormKit;
      const d = kit.detectForm(document, location.href);
      if (!d) return null;
      const map = kit.parseFormMap(d.map);
      const previousUndo = merge && w.__undo ? { previousUndo: w.__undo as never } : {};
      const r = await kit.fillForm(document, kit.planFromMap(map, { taskList } as never), previousUndo);
      w.__undo = r.undo;
      return {
        addRows: d.addRows ?? [],
        summary: r.summary,
        rows: r.rows,
        held: Object.values(r.results).filter((x) => x.ok).length,
      };
    },
    { taskList: TASKS, merge },
  );

test('T27 Bootstrap, no map: "+ Thêm sản phẩm" (type=button, below the table) is found and named, pressed 4 times, all 5 rows hold the draft; nothing submitted or deleted; undo clears the values and says the 4 rows stay', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row');
  const r = await detectAndFill(page);
  expect(r?.addRows).toEqual([
    { rows: expect.stringContaining('#bang-sp > tbody > tr:has('), button: '+ Thêm sản phẩm' },
  ]);
  expect(r?.summary.vi).toBe('Đã điền 25/25');
  expect(r?.rows).toEqual({ added: 4, missing: 0 });
  expect(await probe(page)).toEqual({ tasks: WANT.map((t) => [...t]), submitted: 0, deleted: 0 });
  const u = await undo(page);
  expect(u.restored).toHaveLength(25);
  expect(u.message.vi).toBe(
    'Đã hoàn tác 25/25. Trang vẫn giữ 4 dòng Tự Soi đã thêm (đã xoá nội dung đã điền; Tự Soi không bấm nút xoá, hãy tự xoá nếu không cần).',
  );
  // The rows stay (a remove is a delete, never pressed), emptied.
  expect(await probe(page)).toEqual({ tasks: EMPTY, submitted: 0, deleted: 0 });
});

test('T27 Bootstrap, fill twice then undo: the second fill adds no row (all 5 are there); undo empties all 25 cells, as before the first fill, and still says the 4 rows the first fill added stay', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row');
  expect((await detectAndFill(page))?.rows).toEqual({ added: 4, missing: 0 });
  const again = await detectAndFill(page, true);
  expect(again?.summary.vi).toBe('Đã điền 25/25');
  expect(again?.rows).toBeUndefined();
  const u = await undo(page);
  expect(u.message.vi).toBe(
    'Đã hoàn tác 25/25. Trang vẫn giữ 4 dòng Tự Soi đã thêm (đã xoá nội dung đã điền; Tự Soi không bấm nút xoá, hãy tự xoá nếu không cần).',
  );
  expect(await probe(page)).toEqual({ tasks: EMPTY, submitted: 0, deleted: 0 });
  expect((await undo(page)).message.vi).toBe('Không có gì để hoàn tác.');
});

test('T27 Bootstrap whose "+" adds the row after 200 ms: each press is waited for before the next', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row', '?slow');
  const r = await detectAndFill(page);
  expect(r?.summary.vi).toBe('Đã điền 25/25');
  expect(r?.rows).toEqual({ added: 4, missing: 0 });
  expect((await probe<{ tasks: string[][] }>(page)).tasks).toEqual(WANT);
});

test('T27 Bootstrap with a hidden "Thêm dòng" beside the shown button and a hidden block with a "+" right after the table: neither counts, the shown one is pressed', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row', '?hidden');
  const r = await detectAndFill(page);
  expect(r?.addRows.map((a) => a.button)).toEqual(['+ Thêm sản phẩm']);
  expect(r?.summary.vi).toBe('Đã điền 25/25');
  expect((await probe<{ tasks: string[][] }>(page)).tasks).toEqual(WANT);
});

test('T27 Bootstrap with two add buttons ("+ Thêm sản phẩm", "Thêm nhiệm vụ"): neither is pressed; the preview names both and the fill says why and what to do', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row', '?two');
  const r = await detectAndFill(page);
  expect(r?.addRows.map((a) => ('why' in a ? a.why?.vi : a.button))).toEqual([
    'bảng có 2 nút thêm dòng («+ Thêm sản phẩm», «Thêm nhiệm vụ»), không rõ nút nào thêm dòng nhiệm vụ nên Tự Soi không bấm',
  ]);
  expect(r?.rows).toEqual({ added: 0, missing: 4 });
  expect(r?.held).toBe(5);
  expect(r?.summary.vi).toBe(
    'Đã điền 5/25; chưa điền được: Trang thiếu 4 dòng nhiệm vụ (nhiệm vụ 2, 3, 4, 5): bảng có từ hai nút thêm dòng trở lên, không rõ nút nào nên không bấm. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
  );
  expect(await probe(page)).toEqual({ tasks: [WANT[0]], submitted: 0, deleted: 0 });
});

test('T28 ASP.NET WebForms, no map: "Thêm dòng" is an <input type=submit> in the form (a postback): refused, never clicked; the preview and the fill say so; the page is not sent', async ({
  page,
  site,
}) => {
  await open(page, site, 'T28-webforms-add-row');
  const before = page.url();
  const r = await detectAndFill(page);
  expect(r?.addRows).toEqual([
    {
      rows: expect.stringContaining('#MainContent_gvNhiemVu > tbody > tr:has('),
      why: {
        vi: 'Không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.',
        en: 'Not pressing a submit button “Thêm dòng”: Tự Soi never submits, deletes or confirms for the user.',
      },
    },
  ]);
  expect(r?.rows).toEqual({ added: 0, missing: 4 });
  expect(r?.summary.vi).toBe(
    'Đã điền 5/25; chưa điền được: Trang thiếu 4 dòng nhiệm vụ (nhiệm vụ 2, 3, 4, 5): không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
  );
  expect(r?.summary.en).toContain('not pressing a submit button “Thêm dòng”');
  expect(await probe(page)).toEqual({ rows: 1, name: 'Nhiệm vụ số 1', submitted: 0, url: before, eventTarget: '' });
});

test('T29 React table drawn anew on every add (new table, rows and button), icon button aria-label "Thêm dòng": found again before each row, 5 rows hold the draft in the DOM and in React state; undo empties them and says the rows stay', async ({
  page,
  site,
}) => {
  await open(page, site, 'T29-react-add-row');
  const r = await detectAndFill(page);
  expect(r?.addRows.map((a) => a.button)).toEqual(['Thêm dòng']);
  expect(r?.summary.vi).toBe('Đã điền 25/25');
  expect(r?.rows).toEqual({ added: 4, missing: 0 });
  expect(await probe(page)).toEqual({ state: WANT, dom: WANT });
  const u = await undo(page);
  expect(u.left).toEqual([]);
  expect(u.message.vi).toContain('Đã hoàn tác 25/25. Trang vẫn giữ 4 dòng Tự Soi đã thêm');
  expect(await probe(page)).toEqual({ state: EMPTY, dom: EMPTY });
});

test('T27 with an imported map (not detected) whose task table names no add-row button: the page\'s "+" is not pressed, as the map format says (missing rows are reported)', async ({
  page,
  site,
}) => {
  await open(page, site, 'T27-bootstrap-add-row');
  const r = await page.evaluate(async (taskList) => {
    const kit = (window as never as W).TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    const map = kit.parseFormMap({ ...d?.map, id: 'imported-bang-sp' });
    const report = await kit.fillForm(document, kit.planFromMap(map, { taskList } as never));
    return { rows: report.rows, summary: report.summary.vi };
  }, TASKS);
  expect(r.rows).toEqual({ added: 0, missing: 4 });
  expect(r.summary).toContain('Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 5 nhiệm vụ');
  expect((await probe<{ tasks: string[][] }>(page)).tasks).toEqual([WANT[0]]);
});
