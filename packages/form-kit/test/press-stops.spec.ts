// An add-row button whose own code would send the page: an inline __doPostBack is refused before any
// press (the preview says so); a handler that posts back, submits or requests a submit is stopped at
// the first press, the page's hidden postback fields are put back, and the fill names the button,
// says what it tried and counts the rows not added. Pages: T28 (ASP.NET WebForms), T27 (Bootstrap).
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = { TusoiFormKit: typeof import('../src/index'); probe: () => unknown };

const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

async function open(page: Page, site: string, file: string, query = '') {
  await page.goto(`${site}/${file}.html${query}`);
  await page.addScriptTag({ content: await bundle });
}
const probe = <T>(page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<T>;

const TASKS = [1, 2, 3, 4, 5].map((n) => ({
  name: `Nhiệm vụ số ${n}`,
  weight: 20,
  components: { A: 100 - n, B: 90 - n, C: 80 - n, D: 70 - n },
  completed: true,
}));
const WANT = TASKS.map((t) => [t.name, ...(['A', 'B', 'C', 'D'] as const).map((c) => String(t.components[c]))]);

const detectAndFill = (page: Page) =>
  page.evaluate(async (taskList) => {
    const kit = (window as never as W).TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    if (!d) return null;
    const r = await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(d.map), { taskList } as never));
    return { addRows: d.addRows ?? [], summary: r.summary, rows: r.rows };
  }, TASKS);

test('T28 WebForms: <input type=button onclick="javascript:__doPostBack(…)"> is refused before pressing; preview and fill say it posts the page back; __EVENTTARGET untouched', async ({
  page,
  site,
}) => {
  await open(page, site, 'T28-webforms-add-row', '?onclick');
  const before = page.url();
  const r = await detectAndFill(page);
  const why = {
    vi: 'Không bấm nút gửi trang về máy chủ (postback) «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.',
    en: 'Not pressing a button that posts the page back “Thêm dòng”: Tự Soi never submits, deletes or confirms for the user.',
  };
  expect(r?.addRows).toEqual([{ rows: expect.any(String), why }]);
  expect(r?.rows).toEqual({ added: 0, missing: 4 });
  expect(r?.summary.vi).toContain(
    'Trang thiếu 4 dòng nhiệm vụ (nhiệm vụ 2, 3, 4, 5): không bấm nút gửi trang về máy chủ (postback) «Thêm dòng»',
  );
  expect(r?.summary.en).toContain('not pressing a button that posts the page back “Thêm dòng”');
  expect(await probe(page)).toEqual({ rows: 1, name: 'Nhiệm vụ số 1', submitted: 0, url: before, eventTarget: '' });
});

test('T28 WebForms: "Thêm dòng" whose addEventListener handler calls __doPostBack: pressed once, the postback stopped, __EVENTTARGET put back; the fill names the button and stops', async ({
  page,
  site,
}) => {
  await open(page, site, 'T28-webforms-add-row', '?listener');
  const before = page.url();
  const r = await detectAndFill(page);
  expect(r?.addRows).toEqual([{ rows: expect.any(String), button: 'Thêm dòng' }]);
  expect(r?.rows).toEqual({ added: 0, missing: 4 });
  expect(r?.summary.vi).toContain(
    'Trang thiếu 4 dòng nhiệm vụ (nhiệm vụ 2, 3, 4, 5): nút «Thêm dòng»: trang định gửi trang về máy chủ (postback) khi bấm; Tự Soi đã chặn và trả lại __EVENTTARGET/__EVENTARGUMENT như trước',
  );
  expect(r?.summary.en).toContain('put __EVENTTARGET/__EVENTARGUMENT back');
  expect(await probe(page)).toEqual({ rows: 1, name: 'Nhiệm vụ số 1', submitted: 0, url: before, eventTarget: '' });
});

for (const [query, how] of [
  ['requestsubmit', 'form.requestSubmit()'],
  ['later', 'form.requestSubmit() on a timer'],
  ['submit', 'form.submit()'],
] as const)
  test(`T27 Bootstrap: "+ Thêm sản phẩm" (type=button) adds a row, then calls ${how}: nothing sent, pressed once, the fill names the button, says it tried to send and counts the 3 rows not added`, async ({
    page,
    site,
  }) => {
    await open(page, site, 'T27-bootstrap-add-row', `?${query}`);
    const before = page.url();
    const r = await detectAndFill(page);
    expect(r?.rows).toEqual({ added: 1, missing: 3 });
    expect(r?.summary.vi).toBe(
      'Đã điền 10/25; chưa điền được: Trang thiếu 3 dòng nhiệm vụ (nhiệm vụ 3, 4, 5): nút «+ Thêm sản phẩm»: trang định gửi biểu mẫu hoặc rời trang khi bấm; Tự Soi đã chặn; Tự Soi ngừng bấm. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
    );
    expect(r?.summary.en).toContain(
      'The page lacks 3 task rows (task 3, 4, 5): “+ Thêm sản phẩm”: the page tried to submit the form or leave; Tự Soi stopped it',
    );
    const p = await probe<{ tasks: string[][]; submitted: number; url?: string }>(page);
    expect(p.tasks).toEqual(WANT.slice(0, 2));
    expect(p.submitted).toBe(0);
    if (query === 'submit') expect(p.url).toBe(before);
  });

for (const kind of ['fetch', 'xhr', 'beacon'] as const)
  test(`T27 Bootstrap: "+ Thêm sản phẩm" adds a row and posts the form in the background (${kind}): seen in resource timing, pressing stops after the first press, the fill says the page sent data and counts the rows not added`, async ({
    page,
    site,
  }) => {
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/gui?autosave=1')) sent.push(r.method());
    });
    await open(page, site, 'T27-bootstrap-add-row', `?${kind}`);
    const r = await detectAndFill(page);
    // A request that ends within 250 ms of the press stops the next one; a slower one (a busy machine)
    // is seen before the next press: at most one more row.
    const added = r?.rows?.added ?? 0;
    expect([1, 2]).toContain(added);
    expect(r?.rows).toEqual({ added, missing: 4 - added });
    const list = Array.from({ length: 4 - added }, (_, i) => added + 2 + i).join(', ');
    expect(r?.summary.vi).toBe(
      `Đã điền ${(added + 1) * 5}/25; chưa điền được: Trang thiếu ${4 - added} dòng nhiệm vụ (nhiệm vụ ${list}): bấm nút «+ Thêm sản phẩm» làm trang gửi dữ liệu đi (1 yêu cầu); Tự Soi ngừng bấm. Hãy kiểm tra trên cổng xem trang đã lưu hay gửi gì. Hãy tự thêm dòng trên trang rồi bấm “Điền biểu mẫu” lại.`,
    );
    expect(r?.summary.en).toContain(
      'pressing “+ Thêm sản phẩm” made the page send data (1 request); Tự Soi pressed no more. Check on the portal',
    );
    // Every press sent once, and nothing was pressed after the send was seen.
    expect(sent).toEqual(Array(added).fill('POST'));
    expect((await probe<{ tasks: string[][] }>(page)).tasks).toEqual(WANT.slice(0, added + 1));
  });

for (const [query, vi, en] of [
  [
    'andsave',
    'nút «Thêm và lưu» làm cả việc khác ngoài thêm dòng, Tự Soi không bấm',
    '“Thêm và lưu” does more than add a row; Tự Soi does not press it',
  ],
  [
    'rowplus',
    'mỗi dòng có nút thêm riêng, nút đó chỉ tác động lên dòng của nó, Tự Soi không bấm',
    'each row has its own add button, which acts on its own row; Tự Soi does not press it',
  ],
  [
    'icon',
    'có nút chỉ có biểu tượng, không có tên, Tự Soi không đoán nút đó làm gì',
    'a button shows only an icon, with no name; Tự Soi does not guess what it does',
  ],
] as const)
  test(`T27 Bootstrap ?${query}: a candidate seen but not used is named with why, in the preview and the fill status; nothing pressed`, async ({
    page,
    site,
  }) => {
    await open(page, site, 'T27-bootstrap-add-row', `?${query}`);
    const r = await detectAndFill(page);
    expect(r?.addRows).toEqual([{ rows: expect.any(String), why: { vi, en } }]);
    expect(r?.rows).toEqual({ added: 0, missing: 4 });
    expect(r?.summary.vi).toContain(`hãy thêm 4 dòng trên trang (nút thêm dòng của trang) (${vi}) rồi bấm`);
    expect(r?.summary.en).toContain(`on the page (its add-row button) (${en}) and press`);
    const p = await probe<{ tasks: string[][]; submitted: number; deleted: number }>(page);
    expect(p).toEqual({ tasks: [WANT[0]], submitted: 0, deleted: 0 });
  });
