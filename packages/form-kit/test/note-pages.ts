// Portal lookalikes with parts of the page that stay put while the form scrolls under them (a
// sticky table header, a fixed navbar, a fixed bottom action bar, a sticky first column), for the
// check-note specs: four makes, window scrolling and scroll boxes.
import { test as base, chromium, type Page } from '@playwright/test';

/** A real Chromium page (no network), 1000 × 600 so that each form scrolls. */
export const test = base.extend<{ page: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  page: async ({}, use) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await use(page);
    await browser.close();
  },
});

const CRITERIA = Array.from({ length: 24 }, (_, i) => `${Math.floor(i / 6) + 1}.${(i % 6) + 1} Tiêu chí số ${i + 1}`);
const ANSWERS = ['Đảm bảo', 'Không đảm bảo', 'K/AD'];

/** A plain table whose header row sticks to the top of the window as the page scrolls. */
const PLAIN = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body{margin:8px;font:14px/1.4 Arial} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 6px}
  thead th{position:sticky;top:0;background:#dde6f3}
</style></head><body><h3>Phiếu tự đánh giá</h3><p>Điền điểm và lý do của từng tiêu chí.</p>
<table id="tc"><thead><tr><th>Tiêu chí</th><th>Điểm</th><th>Lý do</th></tr></thead><tbody>
${CRITERIA.map((c, i) => `<tr><td>${c}</td><td><input name="d${i}" size="4"></td><td><input name="l${i}" size="28"></td></tr>`).join('')}
</tbody></table><p style="height:700px">Hết phiếu.</p></body></html>`;

/** Bootstrap-like: a fixed navbar over the page, tables in .table-responsive (a box that scrolls sideways). */
const BOOTSTRAP = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  *,::before,::after{box-sizing:border-box} body{margin:0;padding-top:56px;font:16px/1.5 system-ui,sans-serif}
  .navbar{position:fixed;top:0;left:0;right:0;z-index:1030;height:56px;padding:8px 16px;background:#343a40;color:#fff}
  .navbar a{color:#fff;margin-right:16px}
  .container{max-width:960px;margin:0 auto;padding:0 12px}
  .table{width:100%;margin-bottom:1rem;border-collapse:collapse} .table th,.table td{padding:.5rem;border-top:1px solid #dee2e6;vertical-align:top}
  .form-control{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;line-height:1.5;border:1px solid #ced4da;border-radius:.25rem}
  .table-responsive{overflow-x:auto} .form-check{display:block;min-height:1.5rem;padding-left:1.5em} .form-check-input{float:left;margin-left:-1.5em;margin-top:.25em;width:1em;height:1em}
</style></head><body><nav class="navbar fixed-top"><a href="#a">Cổng kiểm điểm</a><a href="#b">Hồ sơ</a><a href="#c">Đăng xuất</a></nav>
<div class="container"><h5>Phần I. Tiêu chí chung</h5>
<div class="table-responsive"><table class="table" id="tc"><thead><tr><th>Tiêu chí</th><th>Đánh giá</th><th>Lý do</th></tr></thead><tbody>
${CRITERIA.slice(0, 12)
  .map(
    (c, i) =>
      `<tr><td>${c}</td><td>${ANSWERS.map(
        (a, j) =>
          `<div class="form-check"><input class="form-check-input" type="radio" name="tc${i}" id="tc${i}-${j}" value="${j}"${j === 1 ? ' checked' : ''}><label class="form-check-label" for="tc${i}-${j}">${a}</label></div>`,
      ).join('')}</td><td><input class="form-control" name="ly${i}"></td></tr>`,
  )
  .join('')}
</tbody></table></div><p style="height:700px">Hết phiếu.</p></div></body></html>`;

const grid = (i: number) => `ctl00_MainContent_gvTieuChi_ctl${String(i + 2).padStart(2, '0')}`;
/**
 * An ASP.NET GridView in a scroll box (a fixed height, wider than the box), its header row sticky at
 * the box's top and its first column sticky at the box's left; `positioned` makes the box hold its
 * content's position (as DataTables' scroll body does).
 */
const gridView = (positioned: boolean) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font:13px Arial;margin:8px} .GridView td,.GridView th{padding:2px 4px;white-space:nowrap} .rbl td{padding:0 6px 0 0;border:0}
  .GridView th{position:sticky;top:0;z-index:2;background:#5d7b9d;color:#fff}
  .GridView td.stt,.GridView th.stt{position:sticky;left:0;z-index:1;background:#f7f6f3}
  .GridView th.stt{z-index:3;background:#5d7b9d}
</style></head><body><form name="aspnetForm" method="post" action="./KiemDiem.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="x"><p>Cán bộ tự đánh giá từng tiêu chí.</p>
<div id="box" style="height:320px;width:640px;overflow:auto;border:1px solid #888${positioned ? ';position:relative' : ''}">
<table class="GridView" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvTieuChi" style="border-collapse:collapse;">
<tr><th class="stt" scope="col">STT và nội dung tiêu chí</th><th scope="col">Đánh giá</th><th scope="col">Điểm</th><th scope="col">Lý do</th></tr>
${CRITERIA.map((c, i) => {
  const at = grid(i);
  const name = at.replaceAll('_', '$');
  return `<tr><td class="stt">${c}</td><td><table id="${at}_rblDanhGia" class="rbl" border="0"><tr>${ANSWERS.map(
    (a, j) =>
      `<td><input id="${at}_rblDanhGia_${j}" type="radio" name="${name}$rblDanhGia" value="${j}"${j === 0 ? ' checked="checked"' : ''}><label for="${at}_rblDanhGia_${j}">${a}</label></td>`,
  ).join(
    '',
  )}</tr></table></td><td><input name="${name}$txtDiem" id="${at}_txtDiem" style="width:40px;"></td><td><input name="${name}$txtLyDo" type="text" id="${at}_txtLyDo" style="width:360px;"></td></tr>`;
}).join('')}
</table></div><p>Đoạn dưới hộp cuộn.</p></form></body></html>`;

/** A long form with a fixed action bar at the bottom of the window (its buttons are never pressed). */
const BOTTOM_BAR = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body{margin:0 0 64px;font:14px/1.4 Tahoma,sans-serif} table{margin:12px;border-collapse:collapse} td{border:1px solid #bbb;padding:3px 6px}
  .actions{position:fixed;left:0;right:0;bottom:0;height:56px;padding:12px;background:#f1f3f5;border-top:1px solid #adb5bd}
</style></head><body><h3 style="margin:12px">Bản tự kiểm điểm</h3>
<table id="tc">${CRITERIA.map(
  (c, i) => `<tr><td>${c}</td><td><input name="d${i}" size="4"></td><td><input name="l${i}" size="30"></td></tr>`,
).join('')}</table>
<div class="actions"><button type="button">Lưu nháp</button> <button type="submit">Gửi phiếu</button> <span>Chưa lưu thay đổi</span></div>
</body></html>`;

/**
 * A site header that becomes fixed once the page has scrolled past it (a class set by the page's
 * own script), over a plain criteria table.
 */
const FIXED_ONCE_SCROLLED = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body{margin:0;font:14px/1.4 Arial} header{height:48px;padding:8px 16px;background:#0b5394;color:#fff;box-sizing:border-box}
  header.fixed{position:fixed;top:0;left:0;right:0}
  table{margin:12px;border-collapse:collapse} td{border:1px solid #999;padding:3px 6px}
</style></head><body><header>Cổng thông tin đánh giá cán bộ</header>
<table id="tc">${CRITERIA.map(
  (c, i) => `<tr><td>${c}</td><td><input name="d${i}" size="4"></td><td><input name="l${i}" size="30"></td></tr>`,
).join('')}</table><p style="height:600px">Hết phiếu.</p>
<script>addEventListener('scroll', () => document.querySelector('header').classList.toggle('fixed', scrollY > 60));</script>
</body></html>`;

/** How a make scrolls: the window, or a box on the page (by its selector). */
export interface Make {
  readonly html: string;
  /** What stays put while the form scrolls: each selector's elements together make one band. */
  readonly covers: readonly string[];
  /** The scroll box the form scrolls in, when not the window. */
  readonly box?: string;
  /** Scroll offsets [left, top] to look at, the first being where the page opens. */
  readonly scrolls: readonly (readonly [number, number])[];
}

export const MAKES: Record<string, Make> = {
  'plain table, sticky thead': {
    html: PLAIN,
    covers: ['thead th'],
    scrolls: [
      [0, 0],
      [0, 180],
      [0, 431],
      [0, 777],
    ],
  },
  'bootstrap, fixed navbar and .table-responsive': {
    html: BOOTSTRAP,
    covers: ['.navbar'],
    scrolls: [
      [0, 0],
      [0, 97],
      [0, 263],
      [0, 590],
    ],
  },
  'aspnet gridview in a scroll box, sticky header and first column': {
    html: gridView(false),
    covers: ['th', 'td.stt'],
    box: '#box',
    scrolls: [
      [0, 0],
      [0, 75],
      [120, 233],
      [260, 400],
    ],
  },
  'aspnet gridview in a positioned scroll box': {
    html: gridView(true),
    covers: ['th', 'td.stt'],
    box: '#box',
    scrolls: [
      [0, 0],
      [90, 121],
      [260, 300],
    ],
  },
  'fixed bottom action bar': {
    html: BOTTOM_BAR,
    covers: ['.actions'],
    scrolls: [
      [0, 0],
      [0, 150],
      [0, 333],
    ],
  },
  'site header fixed once the page scrolls': {
    html: FIXED_ONCE_SCROLLED,
    // Only once fixed: before, it is part of the page that scrolls.
    covers: ['header.fixed'],
    scrolls: [
      [0, 0],
      [0, 140],
      [0, 307],
      [0, 45],
    ],
  },
};

type Kit = typeof import('../src/index');

/**
 * Notes every field `selector` finds (a radio group by its first radio), as a check finding a mistake
 * on each would: the i-th note reads "i: `words`". Returns how many fields were noted.
 */
export const noteFields = (page: Page, selector: string, words: string) =>
  page.evaluate(
    ([sel, w]) => {
      const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
      const seen = new Set<string>();
      const fields = [...document.querySelectorAll(sel)].filter((el) => {
        const name = el.getAttribute('name') ?? '';
        if (seen.has(name)) return false;
        seen.add(name);
        return true;
      });
      kit.annotate(
        fields.map((el, i) => ({
          code: 'DIFFERS_FROM_DRAFT' as const,
          field: `page:f${i}` as const,
          message: { vi: `${i}: ${w}`, en: `${i}: ${w}` },
          element: el,
        })),
      );
      return fields.length;
    },
    [selector, words] as const,
  );

/** Notes every field of the page's form with long words, markup included. */
export const noteAll = (page: Page) =>
  noteFields(page, 'input:not([type=hidden])', 'trang ghi "90", bản kiểm điểm là "100" <b>không in đậm</b>.');

/** Scrolls the window or the make's box to [left, top] and waits for two frames. */
export async function scrollTo(page: Page, box: string | undefined, [left, top]: readonly [number, number]) {
  await page.evaluate(
    ([sel, x, y]) => {
      if (sel) {
        const el = document.querySelector(sel as string) as Element;
        el.scrollLeft = x as number;
        el.scrollTop = y as number;
      } else window.scrollTo(x as number, y as number);
    },
    [box ?? null, left, top] as const,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A region of the viewport in whole CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the elements of `selector` are seen: the union of their boxes cut to the viewport (and to
 * the scroll box's view), 1 pixel in from each edge (a neighbour's anti-aliased edge is not theirs);
 * null when none shows.
 */
export const band = (page: Page, selector: string, box?: string) =>
  page.evaluate(
    ([sel, boxSel]) => {
      const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      if (boxSel) {
        const b = (document.querySelector(boxSel) as Element).getBoundingClientRect();
        const el = document.querySelector(boxSel) as Element;
        view.left = Math.max(view.left, b.left + el.clientLeft);
        view.top = Math.max(view.top, b.top + el.clientTop);
        view.right = Math.min(view.right, b.left + el.clientLeft + el.clientWidth);
        view.bottom = Math.min(view.bottom, b.top + el.clientTop + el.clientHeight);
      }
      let u: { left: number; top: number; right: number; bottom: number } | null = null;
      for (const el of document.querySelectorAll(sel as string)) {
        const r = el.getBoundingClientRect();
        const c = {
          left: Math.max(r.left, view.left),
          top: Math.max(r.top, view.top),
          right: Math.min(r.right, view.right),
          bottom: Math.min(r.bottom, view.bottom),
        };
        if (c.right <= c.left || c.bottom <= c.top) continue;
        u = u
          ? {
              left: Math.min(u.left, c.left),
              top: Math.min(u.top, c.top),
              right: Math.max(u.right, c.right),
              bottom: Math.max(u.bottom, c.bottom),
            }
          : c;
      }
      if (!u) return null;
      const x = Math.ceil(u.left) + 1;
      const y = Math.ceil(u.top) + 1;
      const width = Math.floor(u.right) - 1 - x;
      const height = Math.floor(u.bottom) - 1 - y;
      return width > 0 && height > 0 ? { x, y, width, height } : null;
    },
    [selector, box ?? null] as const,
  );

/** What the viewport shows in `clip`, with our notes drawn and with them hidden. */
export async function withAndWithout(page: Page, clip: Clip | undefined): Promise<[Buffer, Buffer]> {
  const options = { ...(clip ? { clip } : {}), animations: 'disabled', caret: 'hide' } as const;
  const shown = await page.screenshot(options);
  const hide = await page.addStyleTag({ content: 'tusoi-note{visibility:hidden!important}' });
  const hidden = await page.screenshot(options);
  await hide.evaluate((s) => (s as Element).remove());
  return [shown, hidden];
}

/**
 * How many pixels show our notes otherwise in `b` than in `a` (each a [with notes, without] pair
 * of screenshots of one region), counting only where the page itself looks the same in both (a
 * page may draw its sticky cells a little otherwise once scrolled and back).
 */
export const notesChanged = (page: Page, a: [Buffer, Buffer], b: [Buffer, Buffer]) =>
  page.evaluate(
    async (pngs) => {
      const pixels = (png: string) =>
        new Promise<Uint8ClampedArray>((done) => {
          const img = new Image();
          img.onload = () => {
            const c = document.createElement('canvas');
            c.width = img.width;
            c.height = img.height;
            const g = c.getContext('2d') as CanvasRenderingContext2D;
            g.drawImage(img, 0, 0);
            done(g.getImageData(0, 0, img.width, img.height).data);
          };
          img.src = `data:image/png;base64,${png}`;
        });
      const [aShown, aHidden, bShown, bHidden] = await Promise.all(pngs.map(pixels));
      const same = (p: Uint8ClampedArray, q: Uint8ClampedArray, i: number) =>
        p[i] === q[i] && p[i + 1] === q[i + 1] && p[i + 2] === q[i + 2];
      let changed = 0;
      for (let i = 0; i < (aShown as Uint8ClampedArray).length; i += 4)
        if (
          same(aHidden as Uint8ClampedArray, bHidden as Uint8ClampedArray, i) &&
          !same(aShown as Uint8ClampedArray, bShown as Uint8ClampedArray, i)
        )
          changed++;
      return changed;
    },
    [...a, ...b].map((s) => s.toString('base64')),
  );
