import { fileURLToPath } from 'node:url';
import { type Page, test } from '@playwright/test';
import { startStatic } from '@tusoi/demo-portal/server';

// What the playground specs share: the built docs site served for a spec file, the screenshot
// folder, and the playground's own test ids and share link read back.

export const SHOTS = fileURLToPath(new URL('../../.ci-reports/screenshots/', import.meta.url));

/** Serves the built docs site (docs/.vitepress/dist) while the calling spec file runs; returns its address. */
export function builtSite(): () => string {
  let site: { url: string; close: () => void } | undefined;
  test.beforeAll(async () => {
    site = await startStatic(fileURLToPath(new URL('../.vitepress/dist/', import.meta.url)));
  });
  test.afterAll(() => site?.close());
  return () => {
    if (site === undefined) throw new Error('the docs site is not served yet');
    return site.url;
  };
}

export const level = (page: Page) => page.getByTestId('level');
export const total = (page: Page) => page.getByTestId('total');

/** The case the playground's share link holds (`#s=` base64url JSON), {} when none. */
export const inUrl = (page: Page) =>
  JSON.parse(Buffer.from(page.url().split('#s=')[1] ?? '', 'base64url').toString('utf8') || '{}');
