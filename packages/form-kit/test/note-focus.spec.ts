import { expect, type Page } from '@playwright/test';
import { kitBundle } from './browser';
import { MAKES, noteAll, noteFields, test, withAndWithout } from './note-pages';

// A check note whose words are not drawn beside its field (a marker with the words on hover, or the
// outline alone) shows its words while the field has keyboard focus, and hides them again on blur
// or Escape: focus stays where the person put it, the page's tab order is as it was, the words are
// still the field's accessible description, the marker still carries them on hover, and page text
// stays text.

const bundle = kitBundle();

/** The first `n` stops of the page's tab order, from the top (each a field's name or an element's text). */
async function tabOrder(page: Page, n: number): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // A click on the page's top corner (nothing there takes focus): Tab starts from the top again.
  await page.mouse.click(2, 2);
  const stops: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const a = document.activeElement as Element;
        return `${a.localName} ${a.getAttribute('name') ?? a.textContent?.trim()}`;
      }),
    );
  }
  return stops;
}

interface Words {
  /** The note's shape. */
  shape: string;
  /** Its words' box, when drawn (more than a pixel each way). */
  box: { left: number; top: number; right: number; bottom: number } | null;
  /** The focused field's box. */
  field: { left: number; top: number; right: number; bottom: number };
  /** The note's words. */
  text: string;
  /** Whether its shadow root holds an element made from the words (markup read as HTML). */
  bold: boolean;
}

/** The note that describes the focused field, or the field named `name` (for a radio, its group's first radio), as drawn now. */
const focusedNote = (page: Page, name?: string) =>
  page.evaluate((n): Words | null => {
    const a = (n ? document.querySelector(`[name="${CSS.escape(n)}"]`) : document.activeElement) as HTMLInputElement;
    const field =
      a.type === 'radio'
        ? (document.querySelector(`input[type=radio][name="${CSS.escape(a.name)}"]`) as Element)
        : (a as Element);
    const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const note = ids.map((id) => document.getElementById(id)).find((n) => n?.localName === 'tusoi-note');
    if (!note?.shadowRoot) return null;
    const words = [...note.shadowRoot.children].find((el) => el.textContent?.startsWith('Tự Soi')) as Element;
    const r = words.getBoundingClientRect();
    const f = a.getBoundingClientRect();
    return {
      shape: note.getAttribute('data-shape') ?? '',
      box: r.width > 2 && r.height > 2 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      field: { left: f.left, top: f.top, right: f.right, bottom: f.bottom },
      text: words.textContent ?? '',
      bold: note.shadowRoot.querySelector('b') !== null,
    };
  }, name);

const meet = (a: Words['field'], b: Words['field']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const gap = (a: Words['field'], b: Words['field']) =>
  Math.max(0, a.left - b.right, b.left - a.right) + Math.max(0, a.top - b.bottom, b.top - a.bottom);

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');

for (const make of [
  'plain table, sticky thead',
  'bootstrap, fixed navbar and .table-responsive',
  'aspnet gridview in a scroll box, sticky header and first column',
]) {
  const m = MAKES[make] as (typeof MAKES)[string];
  test(`${make}: tabbing to a field whose note is a marker shows the note's words beside it until the field is left, and the tab order stays the page's`, async ({
    page,
  }) => {
    await page.setContent(m.html);
    await page.addScriptTag({ content: await bundle });
    const before = await tabOrder(page, 16);
    await noteAll(page);
    expect(await tabOrder(page, 16)).toEqual(before);

    await page.mouse.click(2, 2);
    let tipped = 0;
    for (let i = 0; i < 16 && tipped < 3; i++) {
      await page.keyboard.press('Tab');
      const name = await activeName(page);
      const seen = await focusedNote(page);
      if (!seen || seen.shape === 'text') continue;
      tipped++;
      // Shown beside the field, not over it, in the window; focus stays on the field.
      expect(seen.box, `${make}: ${name} (${seen.shape}) focused: its words are not shown`).not.toBeNull();
      const box = seen.box as Words['field'];
      expect(meet(box, seen.field), `${make}: ${name}`).toBe(false);
      expect(gap(box, seen.field), `${make}: ${name}`).toBeLessThanOrEqual(24);
      expect(box.left >= 0 && box.top >= 0 && box.right <= 1000 && box.bottom <= 600, `${make}: ${name}`).toBe(true);
      expect(await activeName(page)).toBe(name);
      // Drawn for a person to see: the page shows them there only with our notes.
      const clip = {
        x: Math.ceil(box.left),
        y: Math.ceil(box.top),
        width: Math.floor(box.right - box.left) - 1,
        height: Math.floor(box.bottom - box.top) - 1,
      };
      const [shown, hidden] = await withAndWithout(page, clip);
      expect(shown.equals(hidden), `${make}: ${name}`).toBe(false);
      // Page text stays text; the words are still the field's description.
      expect(seen.text).toMatch(/^Tự Soi: \d+: trang ghi "90", bản kiểm điểm là "100" <b>không in đậm<\/b>\.$/);
      expect(seen.bold).toBe(false);
      await expect(page.locator(':focus')).toHaveAccessibleDescription(seen.text);
      // Escape hides them, focus staying on the field.
      await page.keyboard.press('Escape');
      expect((await focusedNote(page))?.box, `${make}: ${name} after Escape`).toBeNull();
      expect(await activeName(page)).toBe(name);
      // Focus back on the field (Shift+Tab, Tab): shown again.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await activeName(page)).toBe(name);
      expect((await focusedNote(page))?.box, `${make}: ${name} focused again`).not.toBeNull();
      // Left: hidden again.
      await page.keyboard.press('Tab');
      expect(await activeName(page)).not.toBe(name);
      expect((await focusedNote(page, name))?.box, `${make}: ${name} left`).toBeNull();
    }
    expect(tipped, `${make}: no marker or outline note was reached by Tab`).toBeGreaterThan(0);
    // The marker still carries the words on hover.
    const title = await page
      .locator('tusoi-note[data-shape=marker]')
      .first()
      .evaluate((n) => n.shadowRoot?.querySelector('[title]')?.getAttribute('title'));
    expect(title).toMatch(/^Tự Soi: \d+: trang ghi/);
  });
}

test('a note on a field left unfocused shows no words, and a blur hides the words a focus showed', async ({ page }) => {
  const m = MAKES['plain table, sticky thead'] as (typeof MAKES)[string];
  await page.setContent(m.html);
  await page.addScriptTag({ content: await bundle });
  await noteAll(page);
  const markers = await page.evaluate(() =>
    [...document.querySelectorAll('tusoi-note[data-shape=marker]')].map(
      (n) => document.querySelector(`[aria-describedby~="${n.id}"]`)?.getAttribute('name') as string,
    ),
  );
  expect(markers.length).toBeGreaterThan(1);
  const drawnWords = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('tusoi-note[data-shape=marker]')].filter((n) => {
          const w = [...(n.shadowRoot?.children ?? [])].find((el) => el.textContent?.startsWith('Tự Soi'));
          const r = w?.getBoundingClientRect();
          return r && r.width > 2 && r.height > 2;
        }).length,
    );
  expect(await drawnWords()).toBe(0);
  await page.focus(`[name="${markers[0]}"]`);
  expect(await drawnWords()).toBe(1);
  await page.focus(`[name="${markers[1]}"]`);
  expect(await drawnWords()).toBe(1);
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  expect(await drawnWords()).toBe(0);
});

test('a field whose note is its outline alone (no room for a marker) shows the words on keyboard focus', async ({
  page,
}) => {
  // A grid of radios that touch: no marker fits beside one, and a radio is too small to hold one.
  const cells = (r: number) =>
    Array.from(
      { length: 8 },
      (_, c) =>
        `<td style="padding:0"><input type="radio" name="o${r}-${c}" style="margin:0;width:14px;height:14px;display:block" aria-label="Ô ${r}-${c}"></td>`,
    ).join('');
  await page.setContent(`<!doctype html><html lang="vi"><body style="margin:40px">
    <table cellspacing="0" cellpadding="0" style="border-collapse:collapse">${Array.from({ length: 6 }, (_, r) => `<tr>${cells(r)}</tr>`).join('')}</table></body></html>`);
  await page.addScriptTag({ content: await bundle });
  await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit;
    kit.annotate([
      {
        code: 'DIFFERS_FROM_DRAFT',
        field: 'page:o',
        message: { vi: 'Ô giữa: trang chưa chọn, bản nháp chọn.', en: '' },
        element: document.querySelector('[name="o2-3"]'),
      },
    ]);
  });
  expect(await page.locator('tusoi-note').getAttribute('data-shape')).toBe('outline');
  for (let i = 0; i < 8 * 2 + 4; i++) await page.keyboard.press('Tab');
  expect(await activeName(page)).toBe('o2-3');
  const seen = (await focusedNote(page)) as Words;
  expect(seen.box).not.toBeNull();
  expect(meet(seen.box as Words['field'], seen.field)).toBe(false);
  expect(seen.text).toBe('Tự Soi: Ô giữa: trang chưa chọn, bản nháp chọn.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await activeName(page)).toBe('o2-3');
  expect((await focusedNote(page))?.box).not.toBeNull();
  await page.keyboard.press('Tab');
  expect(await activeName(page)).toBe('o2-4');
  await expect(page.locator('[name="o2-3"]')).toHaveAccessibleDescription(seen.text);
});

for (const make of [
  'aspnet gridview in a scroll box, sticky header and first column',
  'aspnet gridview in a positioned scroll box',
]) {
  test(`${make}: a focused field at the foot of the box shows its note's words inside the box, above it`, async ({
    page,
  }) => {
    const m = MAKES[make] as (typeof MAKES)[string];
    await page.setContent(m.html);
    await page.addScriptTag({ content: await bundle });
    await noteAll(page);
    const name = await page.evaluate(() => {
      const n = [...document.querySelectorAll('tusoi-note')].find(
        (x) =>
          x.getAttribute('data-shape') !== 'text' &&
          document.querySelector(`[aria-describedby~="${x.id}"]`)?.getAttribute('name')?.endsWith('ctl12$txtDiem'),
      ) as Element;
      return document.querySelector(`[aria-describedby~="${n.id}"]`)?.getAttribute('name') as string;
    });
    // The field's foot 4 pixels above the box's.
    await page.evaluate((n) => {
      const box = document.getElementById('box') as Element;
      const f = (document.querySelector(`[name="${n}"]`) as Element).getBoundingClientRect();
      const b = box.getBoundingClientRect();
      box.scrollTop += f.bottom - (b.top + box.clientTop + box.clientHeight - 4);
    }, name);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.focus(`[name="${name}"]`);
    const seen = (await focusedNote(page)) as Words;
    const view = await page.evaluate(() => {
      const box = document.getElementById('box') as Element;
      const b = box.getBoundingClientRect();
      return { top: b.top + box.clientTop, bottom: b.top + box.clientTop + box.clientHeight };
    });
    expect(seen.box).not.toBeNull();
    const tip = seen.box as Words['field'];
    expect(tip.bottom).toBeLessThanOrEqual(seen.field.top);
    expect(tip.top).toBeGreaterThanOrEqual(view.top);
    const [shown, hidden] = await withAndWithout(page, {
      x: Math.ceil(tip.left),
      y: Math.ceil(tip.top),
      width: Math.floor(tip.right - tip.left) - 1,
      height: Math.floor(tip.bottom - tip.top) - 1,
    });
    expect(shown.equals(hidden)).toBe(false);
  });
}

// A task table of narrow inputs in touching cells, with a wide field closing each row (no room for
// words beside a field in the middle rows: a marker), some rows' fields disabled, in two makes:
// ASP.NET (disabled inputs, class aspNetDisabled) and Bootstrap (a <fieldset disabled> around a table).
const TIGHT_ROW = (r: number, off: boolean) =>
  `<tr><td style="padding:0 6px;white-space:nowrap">Nhiệm vụ ${r + 1}</td>${Array.from(
    { length: 4 },
    (_, c) =>
      `<td style="padding:0"><input name="t${r}-${c}" size="3" style="margin:0;width:44px;height:22px;box-sizing:border-box"${off ? ' disabled class="aspNetDisabled"' : ''}></td>`,
  ).join(
    '',
  )}<td style="padding:0;width:100%"><input name="mc${r}" style="margin:0;width:100%;height:22px;box-sizing:border-box"></td></tr>`;
const rows = (from: number, to: number, off = -1) =>
  `<table cellspacing="0" style="border-collapse:collapse;width:100%">${Array.from({ length: to - from }, (_, i) => TIGHT_ROW(from + i, from + i === off)).join('')}</table>`;
const TIGHT: Record<string, { html: string; disabled: string; noted: string }> = {
  'aspnet, disabled inputs': {
    html: `<!doctype html><html lang="vi"><body style="margin:12px;font:13px Arial"><h3 style="margin-bottom:120px">Kết quả thực hiện nhiệm vụ</h3>
      ${rows(0, 7, 2)}<p>Hết bảng.</p></body></html>`,
    disabled: '[name^="t2-"]',
    noted: '[name^="t2-"], [name^="t4-"]',
  },
  'bootstrap, fieldset disabled': {
    html: `<!doctype html><html lang="vi"><body style="margin:0;padding:12px;font:16px/1.5 system-ui"><h5 style="margin:0 0 120px">Nhiệm vụ được giao</h5>
      ${rows(0, 2)}<fieldset disabled style="border:0;padding:0;margin:0;min-width:0">${rows(2, 3)}</fieldset>${rows(3, 9)}<p>Hết bảng.</p></body></html>`,
    disabled: 'fieldset input',
    noted: 'fieldset [name^="t"], [name^="t6-"]',
  },
};

for (const [make, t] of Object.entries(TIGHT)) {
  test(`${make}: a disabled field (it never takes focus) shows its note's words, not a marker, and the tab order stays the page's`, async ({
    page,
  }) => {
    await page.setContent(t.html);
    await page.addScriptTag({ content: await bundle });
    const before = await tabOrder(page, 8);
    await noteFields(page, t.noted, '"90" ≠ "100".');
    expect(await tabOrder(page, 8)).toEqual(before);
    const notes = await page.evaluate((off) => {
      const disabled = new Set(document.querySelectorAll(off));
      return [...document.querySelectorAll('tusoi-note')].map((n) => {
        const field = document.querySelector(`[aria-describedby~="${n.id}"]`) as HTMLInputElement;
        const words = [...(n.shadowRoot as ShadowRoot).children].find((c) => c.textContent?.startsWith('Tự Soi'));
        const r = (words as Element).getBoundingClientRect();
        const f = field.getBoundingClientRect();
        const box = (b: DOMRect) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
        return {
          name: field.name,
          disabled: disabled.has(field),
          shape: n.getAttribute('data-shape'),
          words: r.width > 2 && r.height > 2 ? box(r) : null,
          field: box(f),
          controls: [...document.querySelectorAll('input')].map((i) => box(i.getBoundingClientRect())),
        };
      });
    }, t.disabled);
    const off = notes.filter((n) => n.disabled);
    expect(off.length).toBe(4);
    // The enabled fields of a row as far from free room show no words (a marker, or the outline alone): there is no room near them.
    const on = notes.filter((n) => !n.disabled);
    expect(on.length).toBe(4);
    for (const n of on) expect(n.words, `${make}: ${n.name}`).toBeNull();
    for (const n of off) {
      expect(n.shape, `${make}: ${n.name}`).toBe('text');
      const w = n.words as Words['field'];
      expect(w, `${make}: ${n.name}: its words are not drawn`).not.toBeNull();
      // Near it (within 4 × 32 pixels), over no field.
      expect(gap(w, n.field), `${make}: ${n.name}`).toBeLessThanOrEqual(128);
      for (const c of n.controls) expect(meet(w, c), `${make}: ${n.name}'s words over a field`).toBe(false);
      const [shown, hidden] = await withAndWithout(page, {
        x: Math.ceil(w.left),
        y: Math.ceil(w.top),
        width: Math.floor(w.right - w.left) - 1,
        height: Math.floor(w.bottom - w.top) - 1,
      });
      expect(shown.equals(hidden), `${make}: ${n.name}`).toBe(false);
    }
  });
}
