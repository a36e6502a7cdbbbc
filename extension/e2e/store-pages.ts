import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

// The extension's own pages opened on one store, as the data-safety tests use them.

export const panelUrl = (id: string) => `chrome-extension://${id}/sidepanel.html`;
export const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;
/** An extension page that reads the store but writes nothing a closed panel kept (the print page, not printing). */
export const quietUrl = (id: string) => `chrome-extension://${id}/print.html?noprint`;
/** The passphrase the tests set the lock with. */
export const PASS = 'mật khẩu của tôi';

/** A new page of the context at a URL. */
export async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A new draft with a name, once the panel says it is stored. */
export async function newDraft(panel: Page, name = 'Nguyễn Văn A') {
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await panel.locator('[name="subject.name"]').fill(name);
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

/** Unlocks a page with the tests' passphrase. */
export async function unlock(page: Page) {
  await page.locator('[name="passphrase"]').fill(PASS);
  await page.getByRole('button', { name: 'Mở khoá' }).click();
}

/** The stored draft records as they are on disk (IndexedDB read directly, no store rules). */
export function storedDrafts<A = Record<string, unknown>>(
  page: Page,
): Promise<{ id: string; rev?: unknown; data?: { assessment: A } }[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const rows = await new Promise<unknown[]>((ok) => {
      const r = db.transaction('drafts').objectStore('drafts').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows as { id: string; rev?: unknown; data?: { assessment: A } }[];
  });
}

/**
 * Another writer this page has not heard from (no broadcast) sets one field of the first stored
 * draft, at a dotted path such as `subject.unit` or `review.direction`, one revision further;
 * the list line follows, as the store itself would write it.
 */
export async function writeFieldUnheard(page: Page, path: string, value: string) {
  await page.evaluate(
    async ({ path, value }) => {
      const req = indexedDB.open('tusoi');
      const db: IDBDatabase = await new Promise((ok) => {
        req.onsuccess = () => ok(req.result);
      });
      const tx = db.transaction(['drafts', 'lists'], 'readwrite');
      const get = <T>(name: string) =>
        new Promise<T[]>((ok) => {
          const r = tx.objectStore(name).getAll();
          r.onsuccess = () => ok(r.result as T[]);
        });
      const [d] = await get<{ id: string; rev: number; data: { assessment: Record<string, unknown> } }>('drafts');
      const [list] = await get<{ meta: Record<string, { rev: number }> }>('lists');
      const line = d && list?.meta[d.id];
      if (!d || !list || !line) throw new Error('no draft');
      const keys = path.split('.');
      const last = keys.pop() as string;
      let at = d.data.assessment;
      for (const k of keys) {
        at[k] ??= {};
        at = at[k] as Record<string, unknown>;
      }
      at[last] = value;
      d.rev += 1;
      line.rev = d.rev;
      tx.objectStore('drafts').put(d);
      tx.objectStore('lists').put(list);
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { path, value },
  );
}

/** Parts A.I and VI of a draft's review. */
export type Review = { direction?: string; strengths?: string };

/**
 * From another extension page, saves `review` into the draft (null: writes nothing) (one revision further, the list
 * index kept in step) in a transaction held open until {@link releaseWrite}: every write the
 * panel starts meanwhile waits for it, so the panel closes before any of its writes lands.
 */
export async function holdWrite(page: Page, review: Review | null) {
  await page.evaluate(async (review) => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const tx = db.transaction(['drafts', 'lists'], 'readwrite');
    const get = <T>(name: string) =>
      new Promise<T[]>((ok) => {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => ok(r.result as T[]);
      });
    if (review !== null) {
      const [d] = await get<{ id: string; rev: number; data: { assessment: { review?: Review } } }>('drafts');
      const [s] = await get<{ meta: Record<string, { rev: number }> }>('lists');
      if (!d || !s) throw new Error('no draft');
      d.data.assessment.review = { ...d.data.assessment.review, ...review };
      d.rev += 1;
      const line = s.meta[d.id];
      if (line) line.rev = d.rev;
      tx.objectStore('drafts').put(d);
      tx.objectStore('lists').put(s);
    }
    const w = window as unknown as { release?: boolean; done?: Promise<unknown> };
    w.release = false;
    w.done = new Promise((ok) => {
      tx.oncomplete = () => {
        db.close();
        ok(null);
      };
    });
    // Kept alive by one small read after another until released.
    const spin = () => {
      if (!w.release) tx.objectStore('drafts').count().onsuccess = spin;
    };
    spin();
  }, review);
}

/** Lets the transaction {@link holdWrite} holds commit, and waits until it has. */
export async function releaseWrite(page: Page) {
  await page.evaluate(async () => {
    const w = window as unknown as { release?: boolean; done?: Promise<unknown> };
    w.release = true;
    await w.done;
  });
}

/** A panel with a saved draft whose part A.I and part VI read "gốc". */
export async function startPanel(context: BrowserContext, extensionId: string, locked = false) {
  const panel = await open(context, panelUrl(extensionId));
  if (locked) {
    await panel.getByTestId('first-lock').locator('[name="passphrase"]').fill(PASS);
    await panel.getByRole('button', { name: 'Bật khoá' }).click();
    await expect(panel.getByTestId('first-lock')).toHaveCount(0);
  }
  await newDraft(panel);
  await panel.locator('[name="review.strengths"]').fill('gốc');
  await panel.locator('[name="review.direction"]').fill('gốc');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  return panel;
}

/** The options page's "Xuất toàn bộ dữ liệu", the downloaded file read back as JSON (and its path). */
export async function exported<
  F = { drafts: { id: string; held?: Record<string, unknown>; data: { assessment: { review?: Review } } }[] },
>(options: Page): Promise<F & { path: string }> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Xuất toàn bộ dữ liệu' }).click(),
  ]);
  const path = (await download.path()) as string;
  return { ...(JSON.parse(await readFile(path, 'utf8')) as F), path };
}
