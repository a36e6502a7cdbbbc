import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, expect } from '@playwright/test';

/** The built extension (pnpm build runs before the e2e tests). */
// The e2e build: identical but for a host permission on 127.0.0.1 (no prompt can be answered headless).
export const EXTENSION = fileURLToPath(new URL('../.output-e2e/chrome-mv3', import.meta.url));
/** Where screenshots are kept as CI artifacts. */
export const SHOTS = fileURLToPath(new URL('../../.ci-reports/screenshots/', import.meta.url));

interface Fixtures {
  /** Environment variables set for the browser process over the test's own (e.g. a locale). */
  browserEnv: Record<string, string>;
  context: BrowserContext;
  extensionId: string;
  /** Every URL any page of the context requested. */
  requests: string[];
  userDataDir: string;
}

export const test = base.extend<Fixtures>({
  browserEnv: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'tusoi-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ userDataDir, requests, browserEnv }, use) => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      env: { ...process.env, ...browserEnv },
      headless: true,
      viewport: { width: 900, height: 1000 },
      args: [
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE localhost',
      ],
    });
    // Requests made by the extension's own pages (the portal pages' own requests are theirs).
    context.on('request', (r) => {
      let from = '';
      try {
        from = r.frame().url();
      } catch {
        from = 'chrome-extension://service-worker';
      }
      if (from.startsWith('chrome-extension://') || r.url().startsWith('chrome-extension://')) requests.push(r.url());
    });
    await use(context);
    await context.close();
    // A test marked as a known gap (test.fixme) stops before it loads anything: nothing to check.
    if (base.info().expectedStatus === 'skipped') return;
    // The extension must never reach the network: only its own files, data: and blob: URLs.
    // (The log must have seen the extension's own page loads, or the check would prove nothing.)
    expect(requests.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
    expect(requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url))).toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
});

export { expect };
