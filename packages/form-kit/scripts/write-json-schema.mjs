// Writes schema/formmap.schema.json from the Valibot schema in src/formmap.ts (run by `build`;
// a test fails when the shipped file is stale).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'formmap-'));
const out = join(dir, 'formmap.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('../src/formmap.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: out,
  conditions: ['rubric-source'],
  logLevel: 'error',
});
const { formMapJsonSchema } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });
writeFileSync(
  new URL('../schema/formmap.schema.json', import.meta.url),
  `${JSON.stringify(formMapJsonSchema(toJsonSchema), null, 2)}\n`,
);
