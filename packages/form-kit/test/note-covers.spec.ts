import { expect } from '@playwright/test';
import { kitBundle } from './browser';
import { band, type Clip, MAKES, noteAll, notesChanged, scrollTo, test, withAndWithout } from './note-pages';

// Check notes and the parts of a page that stay put while its form scrolls under them (a sticky
// table header, a fixed navbar, a fixed bottom action bar, a sticky first column), in four makes,
// the window or a scroll box scrolling: what the page shows there is the same with our notes drawn
// as without them; a field half under such a part keeps the rest of its note; and every note comes
// back as it was once the form scrolls back.

const bundle = kitBundle();

for (const [make, m] of Object.entries(MAKES)) {
  test(`${make}: no note is drawn over what stays put while the form scrolls, and every note is back once scrolled back`, async ({
    page,
  }) => {
    await page.setContent(m.html);
    await page.addScriptTag({ content: await bundle });
    const [first, ...rest] = m.scrolls;
    await scrollTo(page, m.box, first as [number, number]);
    const count = await noteAll(page);
    expect(count).toBeGreaterThan(20);
    const opened = await withAndWithout(page, undefined);
    for (const at of [first, ...rest, first]) {
      await scrollTo(page, m.box, at as [number, number]);
      for (const cover of m.covers) {
        const clip = await band(page, cover, m.box);
        if (!clip) continue;
        const [shown, hidden] = await withAndWithout(page, clip);
        expect(shown.equals(hidden), `${make}: ${cover} scrolled to ${at}: a note is drawn over it`).toBe(true);
      }
    }
    // Back where it opened: every note drawn as it was.
    expect(await notesChanged(page, opened, await withAndWithout(page, undefined))).toBe(0);
    expect(opened[0].equals(opened[1])).toBe(false);
  });
}

// For each make, a field in the middle of its form and the band it is moved half under.
const HALF: Record<string, [string, string]> = {
  'plain table, sticky thead': ['[name=d9]', 'thead th'],
  'bootstrap, fixed navbar and .table-responsive': ['[name=ly5]', '.navbar'],
  'aspnet gridview in a scroll box, sticky header and first column': ['[name$="ctl10$txtDiem"]', 'th'],
  'aspnet gridview in a positioned scroll box': ['[name$="ctl10$txtDiem"]', 'th'],
  'fixed bottom action bar': ['[name=d20]', '.actions'],
  'site header fixed once the page scrolls': ['[name=d9]', 'header'],
};

for (const [make, [field, cover]] of Object.entries(HALF)) {
  const m = MAKES[make] as (typeof MAKES)[string];
  test(`${make}: a field half under ${cover} keeps the part of its note that is not under it`, async ({ page }) => {
    await page.setContent(m.html);
    await page.addScriptTag({ content: await bundle });
    await noteAll(page);
    // Scrolled so that the field reaches 6 pixels under the band's edge (a sticky band moves as it sticks: measured again).
    for (let i = 0; i < 3; i++) {
      const by = await page.evaluate(
        ([f, c]) => {
          const r = (document.querySelector(f as string) as Element).getBoundingClientRect();
          const b = (document.querySelector(c as string) as Element).getBoundingClientRect();
          return b.top < innerHeight / 2 ? r.top - (b.bottom - 6) : r.bottom - (b.top + 6);
        },
        [field, cover],
      );
      const was = await page.evaluate((box) => {
        const el = box ? (document.querySelector(box) as Element) : document.scrollingElement;
        return [el?.scrollLeft ?? 0, el?.scrollTop ?? 0] as const;
      }, m.box ?? null);
      await scrollTo(page, m.box, [was[0], Math.round(was[1] + by)]);
    }
    const parts = await page.evaluate(
      ([f, c]) => {
        const r = (document.querySelector(f as string) as Element).getBoundingClientRect();
        const b = (document.querySelector(c as string) as Element).getBoundingClientRect();
        return { r: [r.left, r.top, r.right, r.bottom], b: [b.left, b.top, b.right, b.bottom] };
      },
      [field, cover],
    );
    const [left, top, right, bottom] = parts.r as [number, number, number, number];
    const [, bTop, , bBottom] = parts.b as [number, number, number, number];
    const under = bTop < 300;
    // The field was moved half under the band.
    expect(under ? top < bBottom && bottom > bBottom : top < bTop && bottom > bTop).toBe(true);
    // The rest of the field, its outline included: the note is drawn there.
    const y = under ? Math.ceil(bBottom) + 1 : Math.floor(top) - 3;
    const rest: Clip = {
      x: Math.floor(left) - 3,
      y,
      width: Math.ceil(right - left) + 6,
      height: (under ? Math.ceil(bottom) + 3 : Math.floor(bTop) - 1) - y,
    };
    const [shown, hidden] = await withAndWithout(page, rest);
    expect(
      shown.equals(hidden),
      `${make}: the note's outline is gone from the part of ${field} not under ${cover}`,
    ).toBe(false);
    // And not drawn over the band.
    const clip = await band(page, cover, m.box);
    const [overShown, overHidden] = await withAndWithout(page, clip ?? undefined);
    expect(overShown.equals(overHidden), `${make}: a note is drawn over ${cover}`).toBe(true);
  });
}

test('notes inside a fixed dialog are not cut by the page behind it (its navbar, its backdrop); notes on the page behind the backdrop are hidden', async ({
  page,
}) => {
  const rows = (p: string) =>
    Array.from(
      { length: 6 },
      (_, i) => `<tr><td>Tiêu chí ${i + 1}</td><td><input name="${p}${i}" size="4"></td><td>Ghi chú</td></tr>`,
    ).join('');
  await page.setContent(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body{margin:0;padding-top:56px;font:14px Arial} .navbar{position:fixed;top:0;left:0;right:0;height:56px;background:#343a40;z-index:1030}
    .modal-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:1050}
    .modal{position:fixed;top:20px;left:560px;width:400px;background:#fff;z-index:1055;padding:0 12px}
    td{border:1px solid #999;padding:2px 4px}
  </style></head><body><nav class="navbar"></nav><table id="behind">${rows('p')}</table>
  <div class="modal-backdrop"></div><div class="modal" role="dialog"><table id="dlg">${rows('m')}</table></div></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await noteAll(page);
  // The dialog's first rows stand where the navbar is: their notes are drawn there all the same.
  const inDialog = await page.evaluate(() => {
    const r = (document.querySelector('#dlg') as Element).getBoundingClientRect();
    return { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) };
  });
  const [shown, hidden] = await withAndWithout(page, inDialog);
  expect(shown.equals(hidden)).toBe(false);
  // Nothing of the notes behind is seen: the backdrop is over them (the dialog stands far to their right).
  const behind = await page.evaluate(() => {
    const r = (document.querySelector('#behind') as Element).getBoundingClientRect();
    return { x: 0, y: 0, width: Math.ceil(r.right) + 40, height: innerHeight };
  });
  expect(behind.width).toBeLessThan(inDialog.x - 300);
  const [a, b] = await withAndWithout(page, behind);
  expect(a.equals(b)).toBe(true);
  expect(await page.locator('#behind tusoi-note').count()).toBe(6);
});

test("a fixed bar drawn inside a web component's open shadow root: no note is drawn over it", async ({ page }) => {
  const rows = Array.from(
    { length: 24 },
    (_, i) => `<tr><td>Tiêu chí ${i + 1}</td><td><input name="d${i}" size="4"></td><td>Ghi chú</td></tr>`,
  ).join('');
  await page.setContent(`<!doctype html><html lang="vi"><body style="margin:0 0 64px;font:14px Arial"><table border="1" cellspacing="0">${rows}</table>
    <x-actions></x-actions><script>
    document.querySelector('x-actions').attachShadow({ mode: 'open' }).innerHTML =
      '<div style="position:fixed;left:0;right:0;bottom:0;height:56px;background:#eef"><button>Lưu nháp</button></div>';
  </script></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await noteAll(page);
  const bar = () =>
    page.evaluate(() => {
      const r = (
        ((document.querySelector('x-actions') as Element).shadowRoot as ShadowRoot).firstElementChild as Element
      ).getBoundingClientRect();
      return {
        x: Math.ceil(r.left) + 1,
        y: Math.ceil(r.top) + 1,
        width: Math.floor(r.width) - 2,
        height: Math.floor(r.height) - 2,
      };
    });
  for (const at of [0, 120, 260]) {
    await scrollTo(page, undefined, [0, at]);
    const [shown, hidden] = await withAndWithout(page, await bar());
    expect(shown.equals(hidden), `scrolled to ${at}`).toBe(true);
  }
});

// A transparent layer over the whole page that takes clicks (left by some portals once a modal
// closes) paints nothing: the fields stay in sight, so their notes stay drawn, in two makes.
for (const make of ['plain table, sticky thead', 'bootstrap, fixed navbar and .table-responsive']) {
  const m = MAKES[make] as (typeof MAKES)[string];
  test(`${make}: a transparent layer left over the page (taking clicks) hides no note; the page's own covers still do`, async ({
    page,
  }) => {
    await page.setContent(m.html);
    await page.addScriptTag({ content: await bundle });
    await noteAll(page);
    const plain = await withAndWithout(page, undefined);
    await page.evaluate(() => {
      (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit.clearAnnotations(document);
      const layer = document.createElement('div');
      layer.id = 'leftover';
      layer.setAttribute(
        'style',
        'position:fixed;inset:0;z-index:2147483647;pointer-events:auto;background:transparent',
      );
      document.body.append(layer);
    });
    // The layer is there and takes the clicks over the form.
    expect(await page.evaluate(() => document.elementFromPoint(300, 300)?.id)).toBe('leftover');
    await noteAll(page);
    const layered = await withAndWithout(page, undefined);
    expect(layered[0].equals(layered[1]), `${make}: no note is drawn under the transparent layer`).toBe(false);
    expect(await notesChanged(page, plain, layered)).toBe(0);
    // Scrolled: still no note over what stays put.
    await scrollTo(page, m.box, [0, 180]);
    for (const cover of m.covers) {
      const clip = await band(page, cover, m.box);
      if (!clip) continue;
      const [shown, hidden] = await withAndWithout(page, clip);
      expect(shown.equals(hidden), `${make}: ${cover}: a note is drawn over it`).toBe(true);
    }
  });
}

test('a transparent modal wrapper over the page (Bootstrap .modal): notes under its dialog are hidden, the others drawn', async ({
  page,
}) => {
  const rows = Array.from(
    { length: 10 },
    (_, i) => `<tr><td>Tiêu chí ${i + 1}</td><td><input name="d${i}" size="4"></td><td>Ghi chú</td></tr>`,
  ).join('');
  await page.setContent(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body{margin:0;font:14px Arial} td{border:1px solid #999;padding:2px 4px}
    .modal{position:fixed;inset:0;z-index:1055;overflow:auto} .modal-dialog{margin:40px 0 0 0;width:420px;height:140px;background:#fff;border:1px solid #666;padding:8px}
  </style></head><body><table id="tc">${rows}</table>
  <div class="modal" role="dialog"><div class="modal-dialog">Bạn có muốn lưu bản nháp?</div></div></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await noteAll(page);
  const dialog = await band(page, '.modal-dialog');
  const [shown, hidden] = await withAndWithout(page, dialog ?? undefined);
  expect(shown.equals(hidden), 'a note is drawn over the dialog').toBe(true);
  // Below the dialog the notes are drawn.
  const below = await page.evaluate(() => {
    const d = (document.querySelector('.modal-dialog') as Element).getBoundingClientRect();
    const t = (document.querySelector('#tc') as Element).getBoundingClientRect();
    return {
      x: 0,
      y: Math.ceil(d.bottom) + 2,
      width: Math.ceil(t.right) + 40,
      height: Math.floor(t.bottom - d.bottom),
    };
  });
  expect(below.height).toBeGreaterThan(60);
  const [a, b] = await withAndWithout(page, below);
  expect(a.equals(b), 'no note is drawn below the dialog').toBe(false);
});
