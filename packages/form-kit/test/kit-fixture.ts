// Real Chromium with form-kit injected as the content script carries it, on the case pages.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';

type Kit = typeof import('../src/index');
export type W = { TusoiFormKit: Kit; probe: () => unknown; __undo?: () => Promise<unknown> };

const bundle = kitBundle();

export const plan = (id: string) =>
  JSON.parse(readFileSync(new URL(`./field-cases/${id}.plan.json`, import.meta.url), 'utf8'));

/** A test whose `site` serves the field-case pages; its page may reach nothing else. */
export const test = browserTest(startCases).extend<{ site: string }>({
  site: async ({ server }, use) => use(server),
});

export async function open(page: Page, site: string, file: string, query = '') {
  await page.goto(`${site}/${file}.html${query}`);
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

/**
 * Detects the page's form as a person would meet it, fills the detection with a draft and checks it:
 * the map, each preview row as [field, shown label, via], the summary, each field's result and the
 * check's messages (null when nothing is detected).
 */
export const detectAndFill = (page: Page, draft: unknown) =>
  page.evaluate(async (draft) => {
    const w = window as never as W;
    const kit = w.TusoiFormKit;
    const detection = kit.detectForm(document, location.href);
    if (!detection) return null;
    const r = await kit.fillForm(document, kit.planFromMap(detection.map, draft as never));
    w.__undo = r.undo;
    return {
      map: detection.map,
      preview: detection.preview.map((p) => [p.field, p.shown ?? '', p.via]),
      summary: r.summary.vi,
      results: r.results,
      problems: kit.checkForm(document, detection.map, draft as never).map((p) => p.message.vi),
    };
  }, draft);

export { expect };
