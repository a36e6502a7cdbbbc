import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Page structure rules kept although axe rates them moderate: a level-one heading and a main landmark. */
const STRUCTURE = new Set(['page-has-heading-one', 'landmark-one-main']);

/** axe-core's serious and critical violations, and the structure ones, on the page as it is now (none expected). */
export async function axe(page: Page) {
  const source = await readFile(AXE, 'utf8');
  // Extension pages forbid inline scripts (CSP); evaluating the source runs it all the same.
  try {
    await page.addScriptTag({ path: AXE });
  } catch {
    // fall through
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || STRUCTURE.has(v.id));
}
