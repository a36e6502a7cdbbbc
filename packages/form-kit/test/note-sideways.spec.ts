import { expect, type Page } from '@playwright/test';
import { kitBundle } from './browser';
import { band, MAKES, noteAll, notesChanged, test, withAndWithout } from './note-pages';

// Check notes on tables wider than their box or the window, scrolled sideways under a sticky first
// column (an ASP.NET GridView in a scroll box, positioned or not; Bootstrap's .table-responsive; a
// plain table wider than the window): a note placed while its field was scrolled out of sight is
// never drawn over the sticky column and, once a sideways scroll ends, is drawn as a check made
// there and then would draw it. Likewise after the window is resized or the browser zoomed. Notes
// on disabled fields show their words; a transparent layer left over the page hides no note.

const bundle = kitBundle();

const CRITERIA = Array.from({ length: 14 }, (_, i) => `${Math.floor(i / 6) + 1}.${(i % 6) + 1} Tiêu chí số ${i + 1}`);

/** Bootstrap: a wide table in .table-responsive, its first column sticky at the box's left. */
const BOOTSTRAP_WIDE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  *,::before,::after{box-sizing:border-box} body{margin:0;font:16px/1.5 system-ui,sans-serif}
  .container{max-width:720px;margin:0 auto;padding:12px}
  .table{width:100%;margin-bottom:1rem;border-collapse:collapse} .table th,.table td{padding:.5rem;border-top:1px solid #dee2e6;vertical-align:top;white-space:nowrap}
  .table .sticky-col{position:sticky;left:0;z-index:1;background:#fff}
  .form-control{display:block;width:260px;padding:.375rem .75rem;font-size:1rem;line-height:1.5;border:1px solid #ced4da;border-radius:.25rem}
  .table-responsive{overflow-x:auto}
</style></head><body><div class="container"><h5>Phần I. Tiêu chí chung</h5>
<div class="table-responsive" id="box"><table class="table"><thead><tr><th class="sticky-col">Tiêu chí</th><th>Điểm tự chấm</th><th>Lý do</th><th>Minh chứng</th></tr></thead><tbody>
${CRITERIA.map(
  (c, i) =>
    `<tr><td class="sticky-col">${c}</td><td><input class="form-control" style="width:90px" name="d${i}"></td><td><input class="form-control" name="ly${i}"></td><td><input class="form-control" name="mc${i}"></td></tr>`,
).join('')}
</tbody></table></div></div></body></html>`;

/** An old table layout wider than the window: the window scrolls sideways, the first column sticks at its left. */
const WINDOW_WIDE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body{margin:8px;font:13px Tahoma,sans-serif} table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px;white-space:nowrap}
  td.tt,th.tt{position:sticky;left:0;background:#eef;z-index:1}
</style></head><body><h3>Bản tự kiểm điểm</h3>
<table id="tc" width="1900"><tr><th class="tt">Tiêu chí</th><th>Điểm</th><th>Lý do</th><th>Minh chứng</th><th>Ghi chú</th></tr>
${CRITERIA.map(
  (c, i) =>
    `<tr><td class="tt">${c}</td><td><input name="d${i}" size="4"></td><td><input name="l${i}" size="40"></td><td><input name="m${i}" size="40"></td><td><input name="g${i}" size="40"></td></tr>`,
).join('')}</table><p>Hết phiếu.</p></body></html>`;

interface Wide {
  readonly html: string;
  /** The sticky first column's cells. */
  readonly column: string;
  /** The box that scrolls sideways (else the window). */
  readonly box?: string;
  /** Sideways offsets: where the check is made, then where the form is scrolled to. */
  readonly at: number;
  readonly scrolls: readonly number[];
}

const GRID = MAKES['aspnet gridview in a scroll box, sticky header and first column'] as (typeof MAKES)[string];
const POSITIONED = MAKES['aspnet gridview in a positioned scroll box'] as (typeof MAKES)[string];

const WIDE: Record<string, Wide> = {
  'aspnet gridview in a scroll box': {
    html: GRID.html,
    column: 'td.stt',
    box: '#box',
    at: 400,
    scrolls: [120, 0, 260],
  },
  'aspnet gridview in a positioned scroll box': {
    html: POSITIONED.html,
    column: 'td.stt',
    box: '#box',
    at: 400,
    scrolls: [0, 200],
  },
  'bootstrap .table-responsive': {
    html: BOOTSTRAP_WIDE,
    column: '.sticky-col',
    box: '#box',
    at: 420,
    scrolls: [0, 150],
  },
  'plain table wider than the window': { html: WINDOW_WIDE, column: 'td.tt', at: 900, scrolls: [0, 400] },
};

/** Scrolls the box (or the window) sideways to `left` and waits for the scroll to have ended and been handled. */
async function scrollSideways(page: Page, box: string | undefined, left: number) {
  await page.evaluate(
    ([sel, x]) =>
      new Promise<void>((done) => {
        const target: EventTarget = sel ? (document.querySelector(sel as string) as Element) : document;
        const el = sel ? (document.querySelector(sel as string) as Element) : document.scrollingElement;
        if (!el || Math.abs(el.scrollLeft - Math.min(x as number, el.scrollWidth - el.clientWidth)) < 1) return done();
        target.addEventListener('scrollend', () => requestAnimationFrame(() => requestAnimationFrame(() => done())), {
          once: true,
        });
        if (sel) el.scrollLeft = x as number;
        else window.scrollTo(x as number, window.scrollY);
      }),
    [box ?? null, left] as const,
  );
}

const clearNotes = (page: Page) =>
  page.evaluate(() =>
    (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit.clearAnnotations(document),
  );

/** The notes drawn now, and those a check made now would draw: [with, without] pairs of the whole viewport. */
async function nowAndAfresh(page: Page): Promise<[[Buffer, Buffer], [Buffer, Buffer]]> {
  const now = await withAndWithout(page, undefined);
  await clearNotes(page);
  await noteAll(page);
  return [now, await withAndWithout(page, undefined)];
}

/** What each note draws now: its shape, and its parts' boxes and whether each shows, in viewport pixels (rounded to 0.1). */
const drawn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('tusoi-note')].map((n) => [
      n.getAttribute('data-shape'),
      (n as HTMLElement).style.clipPath,
      ...[...(n.shadowRoot as ShadowRoot).children].map((c) => {
        const r = c.getBoundingClientRect();
        const shows = getComputedStyle(c).display !== 'none' && r.width > 2;
        return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10).concat(shows ? 1 : 0);
      }),
    ]),
  );

for (const [make, w] of Object.entries(WIDE)) {
  test(`${make}: notes made while the table was scrolled sideways are never over the sticky first column, and are drawn afresh once a sideways scroll ends`, async ({
    page,
  }) => {
    await page.setContent(w.html);
    await page.addScriptTag({ content: await bundle });
    await scrollSideways(page, w.box, w.at);
    expect(await noteAll(page)).toBeGreaterThan(10);
    for (const left of w.scrolls) {
      await scrollSideways(page, w.box, left);
      // Nothing of a note over the sticky column.
      const clip = await band(page, w.column, w.box);
      expect(clip, `${make}: the sticky column shows at ${left}`).not.toBeNull();
      const [shown, hidden] = await withAndWithout(page, clip ?? undefined);
      expect(shown.equals(hidden), `${make}: scrolled to ${left}: a note is drawn over the sticky column`).toBe(true);
      // Every note as a check made here would draw it (its words back where they now fit, beside its field).
      const [now, fresh] = await nowAndAfresh(page);
      expect(now[0].equals(now[1]), `${make}: scrolled to ${left}: no note shows`).toBe(false);
      expect(await notesChanged(page, now, fresh), `${make}: scrolled to ${left}`).toBe(0);
      // The fresh notes were placed here: scrolled away and back, the next round starts from notes placed elsewhere.
      await scrollSideways(page, w.box, w.at);
    }
  });
}

for (const [make, w] of Object.entries(WIDE)) {
  test(`${make}: geometry: wherever the check was made, no drawn part of a note is over the sticky first column as the table scrolls sideways`, async ({
    page,
  }) => {
    await page.setContent(w.html);
    await page.addScriptTag({ content: await bundle });
    const offsets = [0, 60, 120, 200, w.at];
    for (const at of offsets) {
      await scrollSideways(page, w.box, at);
      await clearNotes(page);
      await noteAll(page);
      for (const left of offsets.filter((o) => o !== at)) {
        await scrollSideways(page, w.box, left);
        const over = await page.evaluate(
          ([col, box]) => {
            const c = (document.querySelector(col as string) as Element).getBoundingClientRect();
            // What the scroll box, or the window, shows (a note's part outside it is not seen).
            const b = box ? (document.querySelector(box) as Element) : null;
            const view = b ? b.getBoundingClientRect().left + b.clientLeft : 0;
            const viewRight = b ? view + b.clientWidth : innerWidth;
            const out: string[] = [];
            for (const note of document.querySelectorAll('tusoi-note')) {
              // What the note's clip-path keeps of it, in the viewport.
              const host = note.getBoundingClientRect();
              const m = /inset\((\S+)px (\S+)px (\S+)px (\S+)px\)/.exec((note as HTMLElement).style.clipPath);
              // inset(top right bottom left), from the host's corner (a host is 0 × 0).
              const keep = m
                ? { left: host.left + Number(m[4]), top: host.top + Number(m[1]), right: host.left - Number(m[2]) }
                : { left: -1e6, top: -1e6, right: 1e6 };
              for (const part of (note.shadowRoot as ShadowRoot).children) {
                const r = part.getBoundingClientRect();
                if (r.width <= 2 || r.height <= 2 || getComputedStyle(part).display === 'none') continue;
                const left = Math.max(r.left, keep.left, view);
                const right = Math.min(r.right, keep.right, viewRight);
                if (right > left + 0.5 && left < c.right - 0.5 && Math.max(r.top, keep.top) < innerHeight)
                  out.push(`${note.id} ${part.textContent?.slice(0, 12)}: ${left}..${right} (column ..${c.right})`);
              }
            }
            return out;
          },
          [w.column, w.box ?? null] as const,
        );
        expect(over, `${make}: checked at ${at}, scrolled to ${left}`).toEqual([]);
      }
    }
  });
}

test('a window resized, or the browser zoomed, after a check: the notes are placed again for the new layout once it ends', async ({
  page,
}) => {
  await page.setContent(BOOTSTRAP_WIDE.replace('max-width:720px', 'max-width:960px'));
  await page.addScriptTag({ content: await bundle });
  await noteAll(page);
  const before = await withAndWithout(page, undefined);
  // Narrower: the container shrinks and the table scrolls in its box.
  await page.setViewportSize({ width: 640, height: 600 });
  await page.waitForTimeout(400);
  const [now, fresh] = await nowAndAfresh(page);
  expect(await notesChanged(page, now, fresh), 'after a resize').toBe(0);
  // Zoomed to 125 %: a window of 1000 × 600 device pixels is 800 × 480 CSS pixels at 1.25 device pixels each.
  // (Read as boxes, not screenshots: Playwright's screenshot puts its own window size back.)
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.waitForTimeout(400);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 800,
    height: 480,
    deviceScaleFactor: 1.25,
    mobile: false,
  });
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([800, 1.25]);
  const zoomed = await drawn(page);
  await clearNotes(page);
  await noteAll(page);
  expect(zoomed.length).toBeGreaterThan(10);
  expect(zoomed, 'after zooming').toEqual(await drawn(page));
  // Back to the first size: as placed at first.
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.waitForTimeout(400);
  expect(await notesChanged(page, before, await withAndWithout(page, undefined)), 'back to the first size').toBe(0);
});
