import { test as base, chromium, expect, type Page } from '@playwright/test';
import { kitBundle } from './browser';
import { noteFields } from './note-pages';

// Check notes on a portal's own tables, in three makes (a Bootstrap-like table of full-width
// inputs, an old table-layout page styled inline, an ASP.NET GridView with RadioButtonLists), each
// with a criteria table (radios per row, a reason) and a task table (A/B/C/D cells): every cell
// keeps its size; no note covers another field's control (a click at any control's centre reaches
// it) or another note; each note is its field's accessible description and readable (its words
// on the page, or on a marker's hover); page text only ever becomes text. Outside a table a note
// still follows its field in the flow.

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

const CRITERIA = [
  '1.1 Chấp hành chủ trương, đường lối của Đảng',
  '1.2 Giữ gìn phẩm chất đạo đức, lối sống',
  '1.3 Tinh thần đoàn kết, thống nhất',
  '1.4 Ý thức tổ chức kỷ luật',
  '2.1 Kết quả thực hiện nhiệm vụ được giao',
  '2.2 Tinh thần trách nhiệm',
];
const TASKS = ['Báo cáo quý', 'Kế hoạch tuần', 'Tổng hợp số liệu', 'Kiểm tra hồ sơ'];
const ANSWERS = ['Đảm bảo', 'Không đảm bảo', 'K/AD'];
const PARTS = ['A', 'B', 'C', 'D'];

const BOOTSTRAP = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  *,::before,::after{box-sizing:border-box} body{margin:0;font:16px/1.5 system-ui,sans-serif}
  .container{max-width:960px;margin:0 auto;padding:0 12px}
  .table{width:100%;margin-bottom:1rem;border-collapse:collapse} .table th,.table td{padding:.5rem;border-top:1px solid #dee2e6;vertical-align:top}
  .form-control{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;line-height:1.5;border:1px solid #ced4da;border-radius:.25rem}
  .table-responsive{overflow-x:auto} .form-check{display:block;min-height:1.5rem;padding-left:1.5em} .form-check-input{float:left;margin-left:-1.5em;margin-top:.25em;width:1em;height:1em}
</style></head><body><div class="container">
<h5>Phần I. Tiêu chí chung</h5>
<div class="table-responsive"><table class="table table-bordered" id="tc"><thead><tr><th>Tiêu chí</th><th>Đánh giá</th><th>Lý do</th></tr></thead><tbody>
${CRITERIA.map(
  (c, i) =>
    `<tr><td>${c}</td><td>${ANSWERS.map(
      (a, j) =>
        `<div class="form-check"><input class="form-check-input" type="radio" name="tc${i}" id="tc${i}-${j}" value="${j}"${j === 0 ? ' checked' : ''}><label class="form-check-label" for="tc${i}-${j}">${a}</label></div>`,
    ).join('')}</td><td><input class="form-control" name="ly${i}"></td></tr>`,
).join('')}
</tbody></table></div>
<h5>Phần II. Nhiệm vụ</h5>
<div class="table-responsive"><table class="table" id="nv"><thead><tr><th>Sản phẩm</th>${PARTS.map((p) => `<th>${p} (%)</th>`).join('')}</tr></thead><tbody>
${TASKS.map(
  (t, i) =>
    `<tr><td><input class="form-control" name="ten${i}" value="${t}"></td>${PARTS.map((p) => `<td><input class="form-control" name="${p}${i}" value="90"></td>`).join('')}</tr>`,
).join('')}
</tbody></table></div>
<p><label for="ghi">Ghi chú</label> <input class="form-control" id="ghi" name="ghi"></p><p id="sau">Đoạn sau</p>
</div></body></html>`;

const OLD = `<!doctype html><html><head><meta charset="utf-8"></head><body bgcolor="#f0f0e0" style="font-family:Tahoma;font-size:11px">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td>
<table id="tc" width="100%" border="1" cellpadding="2" cellspacing="0" bordercolor="#999999" style="border-collapse:collapse;font-size:11px">
<tr bgcolor="#336699" style="color:#fff;font-weight:bold"><td width="50%">Tiêu chí</td>${ANSWERS.map((a) => `<td align="center" width="60">${a}</td>`).join('')}<td>Lý do</td></tr>
${CRITERIA.map(
  (c, i) =>
    `<tr><td>${c}</td>${ANSWERS.map((_, j) => `<td align="center"><input type="radio" name="tc${i}" value="${j}"${j === 0 ? ' checked' : ''}></td>`).join('')}<td><input type="text" name="ly${i}" style="width:150px;font-size:11px"></td></tr>`,
).join('')}
</table><br>
<table id="nv" width="100%" border="1" cellpadding="1" cellspacing="0" style="border-collapse:collapse;font-size:11px">
<tr bgcolor="#cccccc"><td>TT</td><td>Sản phẩm</td>${PARTS.map((p) => `<td align="center">${p}</td>`).join('')}</tr>
${TASKS.map(
  (t, i) =>
    `<tr><td>${i + 1}</td><td><font face="Tahoma">${t}</font></td>${PARTS.map((p) => `<td align="center"><input type="text" name="${p}${i}" value="90" size="3" style="font-size:11px"></td>`).join('')}</tr>`,
).join('')}
</table></td></tr></table></body></html>`;

const grid = (id: string, i: number) => `ctl00_MainContent_${id}_ctl0${i + 2}`;
const ASPNET = `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font:13px Arial} .GridView td,.GridView th{padding:2px 4px} .rbl td{padding:0 6px 0 0;border:0}
</style></head><body><form name="aspnetForm" method="post" action="./KiemDiem.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="x">
<div id="ctl00_MainContent_pnlTieuChi">
<table class="GridView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvTieuChi" style="border-collapse:collapse;">
<tr><th scope="col">STT</th><th scope="col">Nội dung</th><th scope="col">Đánh giá</th><th scope="col">Lý do</th></tr>
${CRITERIA.map((c, i) => {
  const at = grid('gvTieuChi', i);
  const name = at.replaceAll('_', '$');
  return `<tr><td>${i + 1}</td><td><span id="${at}_lblNoiDung">${c}</span></td><td><table id="${at}_rblDanhGia" class="rbl" border="0"><tr>${ANSWERS.map(
    (a, j) =>
      `<td><input id="${at}_rblDanhGia_${j}" type="radio" name="${name}$rblDanhGia" value="${j}"${j === 0 ? ' checked="checked"' : ''}><label for="${at}_rblDanhGia_${j}">${a}</label></td>`,
  ).join(
    '',
  )}</tr></table></td><td><input name="${name}$txtLyDo" type="text" id="${at}_txtLyDo" style="width:180px;"${i === 0 ? ' aria-describedby="goi-y"' : ''}></td></tr>`;
}).join('')}
</table><span id="goi-y">Ghi lý do khi chọn Không đảm bảo.</span></div>
<table class="GridView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvNhiemVu" style="border-collapse:collapse;">
<tr><th>Tên sản phẩm</th>${PARTS.map((p) => `<th>${p}</th>`).join('')}</tr>
${TASKS.map((t, i) => {
  const at = grid('gvNhiemVu', i);
  const name = at.replaceAll('_', '$');
  return `<tr><td><input name="${name}$txtTen" id="${at}_txtTen" value="${t}" style="width:200px;"></td>${PARTS.map((p) => `<td><input name="${name}$txt${p}" id="${at}_txt${p}" value="90" style="width:40px;"></td>`).join('')}</tr>`;
}).join('')}
</table></form></body></html>`;

// DataTables' scrolling body: positioned, so a note inside it is clipped by it (and would scroll it).
const SCROLLING = BOOTSTRAP.replaceAll(
  '<div class="table-responsive">',
  '<div class="dataTables_scrollBody" style="position:relative;overflow:auto;width:100%">',
);

// Each make and how many fields its tables hold (the old page's task names are text, not fields).
const MAKES: Record<string, [string, number]> = {
  bootstrap: [BOOTSTRAP, CRITERIA.length * 2 + TASKS.length * 5],
  'bootstrap, scrolling body': [SCROLLING, CRITERIA.length * 2 + TASKS.length * 5],
  'old-table': [OLD, CRITERIA.length * 2 + TASKS.length * 4],
  // The whole page under CSS zoom, as some portals enlarge their small print.
  'old-table, zoomed 1.5': [
    OLD.replace('<body bgcolor="#f0f0e0" style="', '<body bgcolor="#f0f0e0" style="zoom:1.5;'),
    CRITERIA.length * 2 + TASKS.length * 4,
  ],
  'aspnet, table zoomed 0.8': [
    ASPNET.replace('<table class="GridView"', '<table style="zoom:0.8" class="GridView"'),
    CRITERIA.length * 2 + TASKS.length * 5,
  ],
  aspnet: [ASPNET, CRITERIA.length * 2 + TASKS.length * 5],
};

/**
 * Every table cell's box (×10, rounded): a reflow changes some of them; and what the page and each
 * scrolling box can scroll (a note reaching past one would add to it).
 */
const cells = (page: Page) =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('td, th')].map((c) => {
      const r = c.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10)).join(',');
    }),
    ...[
      document.documentElement,
      ...document.querySelectorAll('[style*=overflow]:not(tusoi-note), .table-responsive'),
    ].map((e) => `${e.scrollWidth}×${e.scrollHeight}`),
  ]);

// Long, with markup that must stay text.
const WORDS = 'trang ghi "90", bản kiểm điểm là "100"; một ghi chú dài hơn mọi ô của bảng này <b>không in đậm</b>.';

/** Notes every field in the page's tables, as a check finding a mistake on each would. */
const annotateAll = (page: Page) => noteFields(page, 'table input:not([type=hidden])', WORDS);

/** Notes every input of the page, as a check finding each one empty: the note of the i-th reads `words` with "#" as i. */
const noteEveryInput = (page: Page, words: string) =>
  page.evaluate((w) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    kit.annotate(
      [...document.querySelectorAll('input')].map((el, i) => ({
        code: 'EMPTY_REQUIRED' as const,
        field: `page:f${i}` as const,
        message: { vi: w.replace('#', String(i + 1)), en: '' },
        element: el,
      })),
    );
  }, words);

interface Seen {
  name: string;
  shape: string;
  text: string;
  bold: boolean;
  describedBy: boolean;
  /** Each control (or label) of another field that a visible part of this note covers. */
  covers: string[];
  /** Boxes a person sees of the note (its words or its marker; the outline apart). */
  parts: [number, number, number, number][];
  /** Each piece of the page's own text (a line of a text node) outside its field that a visible part of it covers, the outline included. */
  coversText: string[];
}

/**
 * Every note as drawn: the controls and labels of other fields that any visible part of it covers
 * (the outline included), and the boxes of its words or marker.
 */
const notes = (page: Page) =>
  page.evaluate(() => {
    const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, label')];
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // The page's words: each line box of each text node that shows something (our notes live in shadow roots).
    const words: { node: Node; rect: DOMRect }[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (!/\S/.test(t.textContent ?? '')) continue;
      range.selectNodeContents(t);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) words.push({ node: t, rect });
    }
    return [...document.querySelectorAll('tusoi-note')].map((n): Seen => {
      const field = document.querySelector(`[aria-describedby~="${n.id}"]`) as Element;
      const seen = [...(n.shadowRoot?.children ?? [])]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        // The words drawn unseen (1 CSS pixel, more under zoom) are the description, not a part.
        .filter(({ r }) => r.width > 2 && r.height > 2);
      const ownLabel = (c: Element) => c instanceof HTMLLabelElement && (c.control === field || c.contains(field));
      const others = controls.filter((c) => c !== field && !ownLabel(c));
      return {
        name: field?.getAttribute('name') ?? '',
        shape: n.getAttribute('data-shape') ?? '',
        text: n.shadowRoot?.textContent ?? '',
        bold: n.shadowRoot?.querySelector('b') !== null,
        describedBy: field !== null,
        covers: others
          .filter((c) => seen.some(({ r }) => meet(r, c.getBoundingClientRect())))
          .map((c) => `${c.localName} ${c.getAttribute('name') ?? c.textContent}`),
        parts: seen.slice(1).map(({ r }) => [r.left, r.top, r.right, r.bottom]),
        coversText: words
          .filter(
            ({ node }) =>
              !(
                field?.contains(node) ||
                field?.closest('label')?.contains(node) ||
                (field?.nextElementSibling?.matches('.select2') && field.nextElementSibling.contains(node))
              ),
          )
          .filter(({ rect }) => seen.some(({ r }) => meet(r, rect)))
          .map(({ node }) => (node.textContent ?? '').trim()),
      };
    });
  });

/** The page's visible controls, and whether a click at each one's centre reaches one of our notes. */
const covered = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('tusoi-note');
      })
      .map((el) => el.getAttribute('name')),
  );

const meet = (a: number[], b: number[]) =>
  (a[0] as number) < (b[2] as number) &&
  (b[0] as number) < (a[2] as number) &&
  (a[1] as number) < (b[3] as number) &&
  (b[1] as number) < (a[3] as number);

for (const [make, [html, fields]] of Object.entries(MAKES)) {
  test(`${make}: notes on every field of a criteria and a task table cover no other control, keep every cell's size, and read as each field's description`, async ({
    page,
  }) => {
    await page.setContent(html);
    await page.addScriptTag({ content: await bundle });
    const before = await cells(page);
    const ownDescription = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-describedby]')].map((e) => e.getAttribute('aria-describedby')),
    );
    const count = await annotateAll(page);
    expect(count).toBe(fields);
    expect(await page.locator('tusoi-note').count()).toBe(count);
    expect(await cells(page)).toEqual(before);

    const drawn = await notes(page);
    for (const n of drawn) {
      expect(n.describedBy, n.name).toBe(true);
      expect(n.text).toMatch(/^Tự Soi: \d+: trang ghi "90".*<b>không in đậm<\/b>\.$/);
      expect(n.bold).toBe(false);
      // No part of it (words, marker, outline) covers a control or label of another field, nor the page's text.
      expect(n.covers, `${make}: the note of ${n.name}`).toEqual([]);
      expect(n.coversText, `${make}: the note of ${n.name}`).toEqual([]);
      // Its words or marker cover no other note's words or marker.
      for (const other of drawn.filter((o) => o !== n))
        for (const a of n.parts)
          for (const b of other.parts) expect(meet(a, b), `${make}: ${n.name} and ${other.name}`).toBe(false);
    }
    // A click at any control reaches the control, never a note.
    expect(await covered(page)).toEqual([]);
    // Where a note's words do not fit near its field, a marker carries them on hover.
    const shapes = drawn.map((n) => n.shape);
    expect(shapes.every((s) => ['text', 'marker', 'outline'].includes(s))).toBe(true);
    for (const n of drawn.filter((d) => d.shape !== 'outline')) expect(n.parts).toHaveLength(1);
    const marker = page.locator('tusoi-note[data-shape=marker]').first();
    if ((await marker.count()) > 0) {
      const title = await marker.evaluate((n) => n.shadowRoot?.querySelector('[title]')?.getAttribute('title'));
      expect(title).toMatch(/^Tự Soi: \d+: trang ghi/);
    }
    console.log(
      `${make}: ${count} notes: ${['text', 'marker', 'outline'].map((s) => `${s} ${shapes.filter((x) => x === s).length}`).join(', ')}`,
    );

    // What assistive technology reads on the first criterion's radio and on a task cell: the note.
    const firstRadio = page.locator('table input[type=radio]').first();
    await expect(firstRadio).toHaveAccessibleDescription(/^Tự Soi: 0: trang ghi "90"/);
    const lastCell = page.locator('table input[type=text], table input:not([type])').last();
    await expect(lastCell).toHaveAccessibleDescription(/Tự Soi: \d+: trang ghi "90"/);

    await page.screenshot({ path: test.info().outputPath(`${make}.png`), fullPage: true });
    await page.evaluate(() => (window as never as { TusoiFormKit: Kit }).TusoiFormKit.clearAnnotations(document));
    expect(await page.locator('tusoi-note').count()).toBe(0);
    expect(await cells(page)).toEqual(before);
    // The page's own descriptions are as they were.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[aria-describedby]')].map((e) => e.getAttribute('aria-describedby')),
      ),
    ).toEqual(ownDescription);
  });
}

for (const [make, [html, fields]] of Object.entries(MAKES)) {
  test(`${make}: after a real check (criteria answered otherwise than the draft, required cells left empty), every note is clear of the other controls and the cells keep their sizes`, async ({
    page,
  }) => {
    await page.setContent(html);
    await page.addScriptTag({ content: await bundle });
    const before = await cells(page);
    const found = await page.evaluate(() => {
      const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
      // The page requires every text box of its tables; the person has left them empty.
      for (const el of document.querySelectorAll<HTMLInputElement>(
        'table input:not([type=radio]):not([type=hidden])',
      )) {
        el.required = true;
        el.value = '';
      }
      const groups = [
        ...new Set([...document.querySelectorAll('table input[type=radio]')].map((r) => r.getAttribute('name'))),
      ];
      const map = {
        format: kit.FORMMAP_FORMAT,
        id: 'thu',
        title: { vi: 'Thử', en: 'Test' },
        match: ['http://127.0.0.1/*'],
        steps: groups.map((name, i) => ({
          criterion: `c${i}`,
          met: { css: `input[name="${name}"][value="0"]` },
          notMet: { css: `input[name="${name}"][value="1"]` },
        })),
      };
      const draft = { criteria: { pack: 'thu', items: Object.fromEntries(groups.map((_, i) => [`c${i}`, false])) } };
      const problems = kit.checkForm(document, map as never, draft as never);
      kit.annotate(problems);
      return { codes: problems.map((p) => p.code) };
    });
    expect(found.codes.filter((c) => c === 'DIFFERS_FROM_DRAFT')).toHaveLength(CRITERIA.length);
    expect(found.codes.filter((c) => c === 'EMPTY_REQUIRED')).toHaveLength(fields - CRITERIA.length);
    expect(await page.locator('tusoi-note').count()).toBe(fields);
    expect(await cells(page)).toEqual(before);
    for (const n of await notes(page)) {
      expect(n.describedBy, n.name).toBe(true);
      expect(n.covers, `${make}: the note of ${n.name}`).toEqual([]);
      expect(n.coversText, `${make}: the note of ${n.name}`).toEqual([]);
      expect(n.text).toMatch(/^Tự Soi: /);
    }
    expect(await covered(page)).toEqual([]);
  });
}

test('outside a table a note follows its field in the flow: what follows moves down', async ({ page }) => {
  await page.setContent(BOOTSTRAP);
  await page.addScriptTag({ content: await bundle });
  const before = await page.evaluate(() => document.getElementById('sau')?.getBoundingClientRect().top ?? 0);
  await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    kit.annotate([
      {
        code: 'EMPTY_REQUIRED',
        field: 'page:ghi',
        message: { vi: 'Ghi chú còn trống.', en: 'The note is empty.' },
        element: document.getElementById('ghi'),
      },
    ]);
  });
  expect(await page.locator('tusoi-note').getAttribute('data-shape')).toBe('flow');
  expect(await page.evaluate(() => document.getElementById('sau')?.getBoundingClientRect().top ?? 0)).toBeGreaterThan(
    before,
  );
  await expect(page.locator('#ghi')).toHaveAccessibleDescription('Tự Soi: Ghi chú còn trống.');
});

test('a note on an enhanced select (Select2) outlines the box a person sees and leaves the box beside its select', async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="vi"><body><table border="1"><tr><td>Xếp loại</td><td>
    <select id="xl" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"
      style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"><option>Tốt</option><option>Khá</option></select><span
      class="select2 select2-container" style="display:inline-block;width:160px"><span class="select2-selection" role="combobox"
      aria-labelledby="select2-xl-container" style="display:block;border:1px solid #aaa;padding:4px"><span id="select2-xl-container">Tốt</span></span></span>
  </td><td><input name="ghi"></td></tr><tr><td>Ghi chú</td><td><input name="duoi"></td><td><input name="canh"></td></tr></table></body></html>`);
  await page.addScriptTag({ content: await bundle });
  const seen = await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const select = document.getElementById('xl') as Element;
    const box = kit.boxOf(select) as Element;
    kit.annotate([
      {
        code: 'DIFFERS_FROM_DRAFT',
        field: 'proposedLevel',
        message: { vi: 'Xếp loại: trang ghi "Tốt", bản kiểm điểm là "Hoàn thành xuất sắc nhiệm vụ".', en: '' },
        element: select,
      },
    ]);
    const note = document.querySelector('tusoi-note') as Element;
    const frame = note.shadowRoot?.firstElementChild?.getBoundingClientRect() as DOMRect;
    const b = box.getBoundingClientRect();
    return {
      boxKept: kit.boxOf(select) === box,
      afterBox: box.nextElementSibling === note,
      outlined: frame.left <= b.left && frame.right >= b.right && frame.top <= b.top && frame.bottom >= b.bottom,
    };
  });
  expect(seen).toEqual({ boxKept: true, afterBox: true, outlined: true });
  const drawn = await notes(page);
  expect(drawn).toHaveLength(1);
  expect(drawn[0]?.covers).toEqual([]);
  expect(drawn[0]?.coversText).toEqual([]);
  await expect(page.locator('#xl')).toHaveAccessibleDescription(/^Tự Soi: Xếp loại/);
});

test("a note keeps clear of the page's words: a link right beside the field, the next row's text and the column header", async ({
  page,
}) => {
  // A tight old-style table: the field's right edge touches a link, rows 18 px apart, a header row above.
  // Two icon links drawn without text or picture: an icon font's ::before, and a background image.
  await page.setContent(`<!doctype html><html lang="vi"><head><style>.fa-q::before{content:"?"} .bg{display:inline-block;width:14px;height:14px;background:#c60}</style></head><body style="margin:0;font:12px Tahoma">
  <table id="t" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:40px">
  <tr><th>Tiêu chí</th><th>Điểm</th><th>Ghi chú</th></tr>
  ${[1, 2, 3]
    .map(
      (i) =>
        `<tr><td>Tiêu chí số ${i} của bảng</td><td style="white-space:nowrap"><input name="d${i}" style="width:40px;height:14px;font:11px Tahoma;padding:0"><a href="#q${i}" class="fa-q" title="Hỏi"></a><a href="#b${i}" class="bg" title="Mẫu"></a><a href="#h${i}">Xem hướng dẫn</a></td><td>Ghi chú dòng ${i}</td></tr>`,
    )
    .join('')}
  </table></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    kit.annotate(
      [1, 2, 3].map((i) => ({
        code: 'DIFFERS_FROM_DRAFT' as const,
        field: `page:d${i}` as const,
        message: { vi: `Dòng ${i}: trang ghi "5", bản kiểm điểm là "6".`, en: '' },
        element: document.querySelector(`[name=d${i}]`),
      })),
    );
  });
  const drawn = await notes(page);
  expect(drawn).toHaveLength(3);
  for (const n of drawn) {
    expect(n.covers, n.name).toEqual([]);
    expect(n.coversText, n.name).toEqual([]);
  }
  // Each link is still reached by a click at its first letter, each icon link at its centre.
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('a')].map((a) => {
      if (a.firstChild) {
        const r = document.createRange();
        r.setStart(a.firstChild as Node, 0);
        r.setEnd(a.firstChild as Node, 1);
        const b = r.getBoundingClientRect();
        return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2) === a;
      }
      const b = a.getBoundingClientRect();
      return document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2) === a;
    }),
  );
  expect(links).toEqual(Array(9).fill(true));
  // Each note still reads as its field's description.
  await expect(page.locator('[name=d2]')).toHaveAccessibleDescription(
    'Tự Soi: Dòng 2: trang ghi "5", bản kiểm điểm là "6".',
  );
});

test('a note keeps clear of icon links drawn without text or picture (an icon font, a background image)', async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="vi"><head><style>
    .fa-q::before{content:"?";font-weight:bold} .bg{display:inline-block;width:14px;height:14px;background:#c60}
  </style></head><body style="font:13px Arial"><table border="1" cellspacing="0" style="margin:30px">
  <tr><th>Tiêu chí</th><th>Lý do</th><th>Điểm</th></tr>
  ${[0, 1, 2, 3, 4, 5]
    .map(
      (i) =>
        `<tr><td>Tiêu chí ${i} của bảng</td><td><input name="a${i}" style="width:120px"><a href="#q${i}" class="fa-q" title="Hướng dẫn"></a><a href="#b${i}" class="bg" title="Mẫu"></a></td><td><input name="b${i}" size="3"></td></tr>`,
    )
    .join('')}
  </table></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await noteEveryInput(page, 'Ô # còn trống, cần ghi lý do đầy đủ.');
  const drawn = await notes(page);
  expect(drawn).toHaveLength(12);
  for (const n of drawn) {
    expect(n.covers, n.name).toEqual([]);
    expect(n.coversText, n.name).toEqual([]);
  }
  // A click at each icon link's centre reaches the link, never a note.
  const reached = await page.evaluate(() =>
    [...document.querySelectorAll('a')].map((a) => {
      const b = a.getBoundingClientRect();
      return document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2) === a;
    }),
  );
  expect(reached).toEqual(Array(12).fill(true));
});

test('in a scroller that holds no positioned box (max-height + overflow:auto, .table-responsive), notes move with their fields, show only while their field shows, and never widen the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 520, height: 700 });
  const rows = Array.from(
    { length: 20 },
    (_, i) =>
      `<tr><td>Tiêu chí ${i + 1}</td><td><input name="d${i}" style="width:60px"></td><td style="white-space:nowrap">Ghi chú của dòng ${i + 1} khá dài để bảng rộng hơn khung</td></tr>`,
  ).join('');
  await page.setContent(`<!doctype html><html lang="vi"><body style="margin:8px;font:14px Arial"><p style="margin:0">Văn bản trên hộp cuộn, ngay sát mép</p>
    <div id="doc" style="max-height:300px;overflow:auto;width:480px"><table border="1" cellspacing="0" style="width:800px">
    <tr><th>Tiêu chí</th><th>Điểm</th><th>Ghi chú</th></tr>${rows}</table></div><p style="margin:0">Văn bản dưới hộp cuộn, ngay sát mép</p></body></html>`);
  await page.addScriptTag({ content: await bundle });
  const before = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.scrollHeight,
  ]);
  await noteEveryInput(page, 'Ô # còn trống.');
  // What a person sees of each note (its outline, marker or words) relative to its field, and whether its field shows in the box.
  const seen = () =>
    page.evaluate(() => {
      const box = (document.getElementById('doc') as Element).getBoundingClientRect();
      return [...document.querySelectorAll('tusoi-note')].map((n) => {
        const field = document.querySelector(`[aria-describedby~="${n.id}"]`) as Element;
        const f = field.getBoundingClientRect();
        const parts = [...(n.shadowRoot?.children ?? [])]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 1 && r.height > 1)
          .map((r) => [Math.round(r.left - f.left), Math.round(r.top - f.top), Math.round(r.width)]);
        const inBox = f.bottom > box.top && f.top < box.bottom && f.right > box.left && f.left < box.right;
        const outside = [...(n.shadowRoot?.children ?? [])]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 1 && r.height > 1)
          .some(
            (r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1,
          );
        const whole = f.top >= box.top && f.bottom <= box.bottom && f.left >= box.left && f.right <= box.right;
        return { name: field.getAttribute('name'), inBox, whole, parts, outside };
      });
    });
  const first = await seen();
  expect(first).toHaveLength(20);
  for (const n of first) {
    // Drawn only while the field shows in the box; never reaching out of the box when placed.
    expect(n.parts.length > 0, `${n.name}`).toBe(n.inBox);
    if (n.whole) expect(n.outside, `${n.name}`).toBe(false);
  }
  expect(first.some((n) => !n.inBox)).toBe(true);
  expect(
    await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
  ).toEqual(before);
  // Scrolled down: each note still sits where it sat beside its field. (Once a scroll that moves
  // the fields sideways ends, the notes are placed again: note-sideways.spec.ts.)
  await page.evaluate(() => {
    const doc = document.getElementById('doc') as Element;
    doc.scrollTop = 131;
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await seen();
  for (const n of after) {
    expect(n.parts.length > 0, `${n.name}`).toBe(n.inBox);
    const was = first.find((f) => f.name === n.name);
    if (n.inBox && was?.inBox) expect(n.parts, `${n.name}`).toEqual(was.parts);
  }
  // Rows that came into view now show their notes; rows scrolled away show none.
  expect(after.filter((n) => n.inBox && !first.find((f) => f.name === n.name)?.inBox).length).toBeGreaterThan(0);
  // A field cut by the box's edge keeps its note inside the box: nothing of it is met just outside the box.
  const outside = await page.evaluate(() => {
    const box = (document.getElementById('doc') as Element).getBoundingClientRect();
    const hits: string[] = [];
    for (const y of [box.top - 1, box.top - 4, box.bottom + 1, box.bottom + 4])
      for (let x = box.left; x < box.right; x += 2)
        if (document.elementFromPoint(x, y)?.closest('tusoi-note')) hits.push(`${x},${y}`);
    return hits;
  });
  expect(outside).toEqual([]);
  expect(
    await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
  ).toEqual(before);
  // Each note is still its field's description, shown or not.
  await expect(page.locator('[name=d19]')).toHaveAccessibleDescription('Tự Soi: Ô 20 còn trống.');
  await expect(page.locator('[name=d0]')).toHaveAccessibleDescription('Tự Soi: Ô 1 còn trống.');
});

test("a note beside a field inside a page's open shadow root is cleared with the others: a second check does not pile notes up, and the note keeps clear of the shadow root's other field and words", async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="vi"><body><x-field></x-field><script>
    const root = document.querySelector('x-field').attachShadow({ mode: 'open' });
    root.innerHTML = '<table border="1"><tr><td>Tổng điểm</td><td><input id="t" name="tong_diem" value="95" aria-describedby="own"><span id="own">Tự tính</span></td></tr><tr><td>chữ khác</td><td><input id="u" name="khac" size="4"></td></tr></table>';
  </script></body></html>`);
  await page.addScriptTag({ content: await bundle });
  const run = () =>
    page.evaluate(() => {
      const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
      const field = document.querySelector('x-field')?.shadowRoot?.getElementById('t') as Element;
      kit.clearAnnotations(document);
      kit.annotate([
        {
          code: 'DIFFERS_FROM_DRAFT',
          field: 'scores.total',
          message: { vi: 'Tổng điểm: trang ghi 95, bản kiểm điểm là 92.', en: '' },
          element: field,
        },
      ]);
      return [
        field.getRootNode() === document
          ? 0
          : (field.getRootNode() as ShadowRoot).querySelectorAll('tusoi-note').length,
        field.getAttribute('aria-describedby'),
      ];
    });
  const once = await run();
  expect(once[0]).toBe(1);
  const twice = await run();
  expect(twice[0]).toBe(1);
  expect(String(twice[1]).split(' ')).toHaveLength(2);
  expect(String(twice[1]).startsWith('own ')).toBe(true);
  // The note covers neither the other field nor the words of the shadow root.
  const covers = await page.evaluate(() => {
    const root = document.querySelector('x-field')?.shadowRoot as ShadowRoot;
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const note = root.querySelector('tusoi-note') as Element;
    const parts = [...(note.shadowRoot?.children ?? [])]
      .slice(1)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 1 && r.height > 1);
    const words = [...root.querySelectorAll('td')]
      .filter((td) => !td.querySelector('input'))
      .map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return r.getBoundingClientRect();
      });
    const other = (root.getElementById('u') as Element).getBoundingClientRect();
    return parts.filter((p) => meet(p, other) || words.some((w) => meet(p, w))).length;
  });
  expect(covers).toBe(0);
  const cleared = await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    kit.clearAnnotations(document);
    const root = document.querySelector('x-field')?.shadowRoot as ShadowRoot;
    return [root.querySelectorAll('tusoi-note').length, root.getElementById('t')?.getAttribute('aria-describedby')];
  });
  expect(cleared).toEqual([0, 'own']);
});

test('words laid out but not shown (validators waiting with visibility:hidden) do not keep a note away; shown ones do', async ({
  page,
}) => {
  const html = (
    visibility: string,
  ) => `<!doctype html><html lang="vi"><body style="font:13px Arial"><table border="1" cellspacing="0">
    ${[0, 1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<tr><td>Tiêu chí ${i + 1}</td><td><input name="ly${i}" style="width:200px"><br><span style="color:red;visibility:${visibility}">Vui lòng nhập lý do cho tiêu chí này, ghi đủ căn cứ</span></td></tr>`,
      )
      .join('')}</table></body></html>`;
  const shapes = async (visibility: string) => {
    await page.setContent(html(visibility));
    await page.addScriptTag({ content: await bundle });
    await noteEveryInput(page, 'Lý do # còn trống.');
    const drawn = await notes(page);
    for (const n of drawn) {
      expect(n.covers, n.name).toEqual([]);
      if (visibility === 'visible') expect(n.coversText, n.name).toEqual([]);
    }
    return drawn.filter((n) => n.shape === 'text').length;
  };
  const hidden = await shapes('hidden');
  const shown = await shapes('visible');
  expect(hidden).toBeGreaterThan(shown);
});

test("a note keeps its own text layout: the page's nowrap, right-aligned, upper-case, spaced cells do not leak into it", async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html lang="vi"><body style="font:13px Arial">
    <table border="1" cellspacing="0" style="white-space:nowrap;text-align:right;text-transform:uppercase;letter-spacing:3px">
    ${[0, 1, 2, 3]
      .map(
        (i) =>
          `<tr><td>Tiêu chí ${i + 1}</td><td><input name="ly${i}" style="width:160px"></td><td>Cột bên cạnh có chữ của trang</td></tr>`,
      )
      .join('')}</table>
    <p style="white-space:pre;text-align:center">Ô ngoài bảng <input name="ngoai"></p></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await noteEveryInput(page, 'Lý do # còn trống: ghi đủ căn cứ của việc không đảm bảo tiêu chí này trong quý.');
  const looks = await page.evaluate(() =>
    [...document.querySelectorAll('tusoi-note')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
        // The words a person sees (the description read by assistive technology is 1 px wide, not drawn).
        .filter(
          (el) =>
            (el.textContent ?? '').includes('còn trống') &&
            el.children.length === 0 &&
            el.getBoundingClientRect().width > 2,
        )
        .map((el) => {
          const css = getComputedStyle(el);
          return {
            whiteSpace: css.whiteSpace,
            align: css.textAlign,
            transform: css.textTransform,
            spacing: css.letterSpacing,
            // Words running past the note's own box (only for notes laid out with their words shown).
            spills: css.display !== 'none' && el.scrollWidth > el.clientWidth + 1,
          };
        }),
    ),
  );
  expect(looks.length).toBeGreaterThan(0);
  for (const look of looks)
    expect(look).toEqual({ whiteSpace: 'normal', align: 'left', transform: 'none', spacing: 'normal', spills: false });
});
