// Real Chromium with form-kit injected as the content script carries it, on the case pages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { startCases } from './case-server';

type Kit = typeof import('../src/index');
export type W = { TusoiFormKit: Kit; probe: () => unknown; __undo?: () => Promise<unknown> };

const bundle = build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: 'TusoiFormKit',
  write: false,
  conditions: ['rubric-source'],
}).then((r) => r.outputFiles[0]?.text ?? '');

export const plan = (id: string) =>
  JSON.parse(readFileSync(new URL(`./field-cases/${id}.plan.json`, import.meta.url), 'utf8'));

export const test = base.extend<{ page: Page; site: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  site: async ({}, use) => {
    const s = await startCases();
    await use(s.url);
    s.close();
  },
  page: async ({ site }, use) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await use(page);
    await browser.close();
    expect(requests.filter((u) => !u.startsWith(site) && !u.startsWith('data:'))).toEqual([]);
    void site;
  },
});

export async function open(page: Page, site: string, file: string) {
  await page.goto(`${site}/${file}.html`);
  await page.addScriptTag({ content: await bundle });
}
export const probe = (page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<unknown>;

/** Fills a plan; keeps its undo on the page. */
export async function fill(page: Page, steps: unknown) {
  return page.evaluate(async (p) => {
    const w = window as never as W;
    const report = await w.TusoiFormKit.fillForm(document, p as never);
    w.__undo = report.undo;
    return { results: report.results, summary: report.summary };
  }, steps);
}
export const undo = (page: Page) =>
  page.evaluate(() => (window as never as W).__undo?.()) as Promise<{
    message: { vi: string };
    restored: string[];
    left: { key: string; why: string }[];
  }>;

/** Fills a map with a draft. */
export async function fillMap(page: Page, map: unknown, draft: unknown) {
  return page.evaluate(
    async ({ map, draft }) => {
      const w = window as never as W;
      const kit = w.TusoiFormKit;
      const report = await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(map), draft as never));
      w.__undo = report.undo;
      return { results: report.results, summary: report.summary };
    },
    { map, draft },
  );
}

export { expect };
