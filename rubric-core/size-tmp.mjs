import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function gzipSize(entry) {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    conditions: ['rubric-source'],
    mainFields: ['module', 'main'],
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
for (const e of process.argv.slice(2)) console.log(e, await gzipSize(e));
