import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

// The extension's own pages opened on one store, as the data-safety tests use them.

export const panelUrl = (id: string) => `chrome-extension://${id}/sidepanel.html`;
export const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;
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
