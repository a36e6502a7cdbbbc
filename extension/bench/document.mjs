// Review document benchmark in real Chromium (never a timed test): a ~20-page draft (21 A4 pages
// in LibreOffice) made into a .docx by the side panel's "Tải bản Word" (in the header's ⋯ menu), click to
// download event.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { bigAssessment } from './big-draft.mjs';

const ext = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const json = process.argv.includes('--json');
const dir = await mkdtemp(join(tmpdir(), 'tusoi-bench-doc-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ],
});
let [worker] = context.serviceWorkers();
if (!worker) worker = await context.waitForEvent('serviceworker');
const id = new URL(worker.url()).host;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const options = await context.newPage();
await options.goto(`chrome-extension://${id}/options.html`);
const file = {
  format: 'tusoi.export/1',
  exportedAt: new Date().toISOString(),
  drafts: [{ id: 'big', person: '', periodKey: '', createdAt: 1, updatedAt: 1, data: { assessment: bigAssessment() } }],
  packs: [],
  settings: {},
};
await options.locator('[name="import"]').setInputFiles({
  name: 'big.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(file)),
});
await options
  .getByTestId('options-message')
  .getByText(/^Đã nhập/)
  .waitFor();

const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html`);
await panel.waitForSelector('[data-action="docx"]', { state: 'attached' });
const runs = [];
let bytes = 0;
for (let i = 0; i < 7; i++) {
  // The menu closes after each action: open it again (not timed), then time the click.
  if (!(await panel.locator('.more').evaluate((d) => d.open))) await panel.click('.more > summary');
  await panel.waitForSelector('[data-action="docx"]');
  const t0 = Date.now();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-action="docx"]')]);
  runs.push(Date.now() - t0);
  bytes = (await stat(await download.path())).size;
}
await context.close();
await rm(dir, { recursive: true, force: true });

const docxChunk = (await readdir(join(ext, 'chunks'))).find((f) => f.startsWith('docx-'));
const chunkBuf = docxChunk ? await readFile(join(ext, 'chunks', docxChunk)) : Buffer.alloc(0);
const figures = {
  document20PagesFirstMs: runs[0],
  document20PagesMedianMs: median(runs.slice(1)),
  document20PagesMaxMs: Math.max(...runs.slice(1)),
  docxBytes: bytes,
  docxChunkRawKB: Number((chunkBuf.length / 1024).toFixed(1)),
  docxChunkGzipKB: Number((gzipSync(chunkBuf, { level: 9 }).length / 1024).toFixed(1)),
};
if (json) console.log(JSON.stringify(figures));
else console.table(figures);
