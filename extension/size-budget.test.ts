import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The content script is injected into every portal page the user fills: its size is a budget
// (issue: under 30 kB gzipped), checked on the build `pnpm build` made before the tests.
const output = join(dirname(fileURLToPath(import.meta.url)), '.output', 'chrome-mv3');
// kB as 1,000 bytes: the stricter reading.
const BUDGET_BYTES = 30_000;

describe('size budget', () => {
  it('the portal content script stays under 30 kB gzipped', () => {
    const file = join(output, 'content-scripts', 'portal.js');
    expect(existsSync(file), `${file} is missing: run pnpm build first`).toBe(true);
    const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });
});
