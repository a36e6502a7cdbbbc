// Bundles the trainer playground (Preact + rubric-core, no network at run time) into
// public/playground/app.js, which VitePress serves and copies as it is.
import { copyFile } from 'node:fs/promises';
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const options = {
  entryPoints: [new URL('../playground/main.tsx', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: !watch,
  target: 'es2022',
  outfile: new URL('../public/playground/app.js', import.meta.url).pathname,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  conditions: ['rubric-source'],
  logLevel: 'warning',
};
await build(options);
// The shared design tokens and controls (@tusoi/ui), the same stylesheet as the extension's.
await copyFile(
  new URL('../../packages/ui/src/styles.css', import.meta.url),
  new URL('../public/playground/ui.css', import.meta.url),
);
