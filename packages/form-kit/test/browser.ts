// What every real-Chromium test of form-kit shares: form-kit bundled as the content script carries
// it, and a browser page that may reach only the test's own server (any other request fails the test).
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** form-kit as one script defining `window.TusoiFormKit`; `withRows` also loads the row code, as the extension does for maps with rows. */
export function kitBundle(withRows = false): Promise<string> {
  return build({
    stdin: {
      contents: withRows
        ? `export * from './index'; import { loadRows } from './rows-entry'; loadRows();`
        : `export * from './index';`,
      resolveDir: src,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'TusoiFormKit',
    write: false,
    conditions: ['rubric-source'],
  }).then((r) => r.outputFiles[0]?.text ?? '');
}

/**
 * A Playwright test whose `page` runs in Debian's Chromium with every host unresolvable but
 * 127.0.0.1, and fails when the page requested anything outside `server` (started by `serve`).
 */
export function browserTest(serve: () => Promise<{ url: string; close: () => void }>) {
  return base.extend<{ page: Page; server: string }>({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    server: async ({}, use) => {
      const s = await serve();
      await use(s.url);
      s.close();
    },
    page: async ({ server }, use) => {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      });
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await use(page);
      await browser.close();
      expect(requests.filter((u) => !u.startsWith(server) && !u.startsWith('data:'))).toEqual([]);
    },
  });
}
