import { test as base, chromium, expect, type Page } from '@playwright/test';
import { kitBundle } from './browser';

// Check notes on a portal's own tables (auto layout, narrow cells, a note longer than any cell):
// every column keeps its width and the table its height; each note is seen just below its field,
// the field outlined; outside a table a note still follows its field in the flow. Page text only
// ever becomes text.

const bundle = kitBundle();
type Kit = typeof import('../src/index');

const test = base.extend<{ page: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  page: async ({}, use) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await use(page);
    await browser.close();
  },
});

const PAGE = `<!doctype html><html lang="vi"><head><style>
  table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px}
</style></head><body>
<table id="nv"><thead><tr><th>TT</th><th>Sản phẩm</th><th>B (%)</th><th>Đảm bảo</th><th>Điểm</th></tr></thead>
<tbody>
  <tr><td>1</td><td><input name="ten1" value="Báo cáo quý"></td><td><input name="b1" size="4" value="80"></td>
    <td><label><input type="radio" name="tc1" value="db" checked> Đảm bảo</label></td><td><input name="d1" size="4"></td></tr>
  <tr><td>2</td><td><input name="ten2" value="Kế hoạch"></td><td><input name="b2" size="4" value="100"></td>
    <td><label><input type="radio" name="tc2" value="db"> Đảm bảo</label></td><td><input name="d2" size="4"></td></tr>
</tbody></table>
<div id="grid" style="display:grid;grid-template-columns:auto auto">
  <div role="cell">Tổng</div><div role="cell"><input name="tong" size="5" value="99"></div>
</div>
<p><label for="ghi">Ghi chú</label> <input id="ghi" name="ghi"></p><p id="sau">Đoạn sau</p>
</body></html>`;

const layout = (page: Page) =>
  page.evaluate(() => ({
    columns: [...document.querySelectorAll('#nv tr:first-child > *, #grid > *')].map((c) => {
      const r = c.getBoundingClientRect();
      return [Math.round(r.left * 10), Math.round(r.width * 10)];
    }),
    rows: [...document.querySelectorAll('#nv tr')].map((r) => Math.round(r.getBoundingClientRect().height * 10)),
  }));

test('notes in table cells take no room: columns and rows keep their sizes, each note below its outlined field', async ({
  page,
}) => {
  await page.setContent(PAGE);
  await page.addScriptTag({ content: await bundle });
  const before = await layout(page);
  const afterP = await page.evaluate(() => document.getElementById('sau')?.getBoundingClientRect().top ?? 0);
  const long = 'trang ghi "80", bản nháp là "100"; một ghi chú dài hơn mọi ô của bảng này <b>không in đậm</b>.';
  await page.evaluate((text) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const at = (n: string) => document.querySelector(`[name=${n}]`);
    kit.annotate(
      ['b1', 'tc2', 'd2', 'tong', 'ghi'].map((n) => ({
        code: 'DIFFERS_FROM_DRAFT',
        field: `page:${n}`,
        message: { vi: `${n}: ${text}`, en: `${n}: ${text}` },
        element: at(n),
      })),
    );
  }, long);
  expect(await page.locator('tusoi-note').count()).toBe(5);
  expect(await layout(page)).toEqual(before);
  const placed = await page.evaluate(() =>
    [...document.querySelectorAll('tusoi-note')].map((n) => {
      const field = (
        n.previousElementSibling?.matches('label')
          ? n.previousElementSibling.querySelector('input')
          : n.previousElementSibling
      ) as Element;
      const [frame, note] = [...(n.shadowRoot?.children ?? [])] as Element[];
      const f = field.getBoundingClientRect();
      const r = (note ?? frame)?.getBoundingClientRect() as DOMRect;
      const o = note ? frame?.getBoundingClientRect() : undefined;
      return {
        name: field.getAttribute('name'),
        below: r.top >= f.bottom && r.top - f.bottom < 10 && Math.abs(r.left - f.left) < 2,
        outlined: o ? o.left <= f.left && o.right >= f.right && o.top <= f.top && o.bottom >= f.bottom : false,
        text: n.shadowRoot?.textContent ?? '',
        bold: n.shadowRoot?.querySelector('b') !== null,
      };
    }),
  );
  for (const p of placed.filter((x) => x.name !== 'ghi')) expect(p).toMatchObject({ below: true, outlined: true });
  for (const p of placed) expect(p.text).toContain('<b>không in đậm</b>');
  for (const p of placed) expect(p.bold).toBe(false);
  // Outside a table the note is in the flow: what follows moves down, as before.
  expect(placed.find((p) => p.name === 'ghi')?.outlined).toBe(false);
  expect(await page.evaluate(() => document.getElementById('sau')?.getBoundingClientRect().top ?? 0)).toBeGreaterThan(
    afterP,
  );
  // The note catches no click: the field it covers below is still reached.
  const hit = await page.evaluate(() => {
    const d2 = document.querySelector('[name=d2]') as Element;
    const r = d2.getBoundingClientRect();
    const below = document.querySelector('[name=b1]') as Element;
    const b = below.getBoundingClientRect();
    // The note of b1 lies over row 2: the page's own element is what a click there reaches.
    const at = document.elementFromPoint(b.left + 5, b.bottom + 12);
    return { reached: at?.localName !== 'tusoi-note', d2: r.width > 0 };
  });
  expect(hit).toEqual({ reached: true, d2: true });
  await page.evaluate(() => (window as never as { TusoiFormKit: Kit }).TusoiFormKit.clearAnnotations(document));
  expect(await layout(page)).toEqual(before);
});
