// Bundles the trainer playground (Preact + rubric-core, no network at run time) into
// public/playground/app.js, which VitePress serves and copies as it is, copies the shared design
// tokens (ui.css), and writes the single-file pages offline.html and quota-offline.html (script
// and styles inlined) that work opened from a USB stick (file://), where browsers refuse module
// scripts from files.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const dir = new URL('../public/playground/', import.meta.url);
const options = {
  entryPoints: [new URL('../playground/main.tsx', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: !watch,
  target: 'es2022',
  outfile: new URL('app.js', dir).pathname,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  conditions: ['rubric-source'],
  logLevel: 'warning',
};
await build(options);

// The shared design tokens and controls (@tusoi/ui), the same stylesheet as the extension's.
copyFileSync(
  new URL('../../packages/ui/src/styles.css', import.meta.url),
  new URL('../public/playground/ui.css', import.meta.url),
);

// The same bundle as a classic script, kept in memory and inlined below.
const classic = await build({ ...options, format: 'iife', write: false, outfile: undefined });
const js = classic.outputFiles[0].text.replaceAll('</script', '<\\/script');
const uiCss = readFileSync(new URL('ui.css', dir), 'utf8');
const css = readFileSync(new URL('playground.css', dir), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The page keeps a strict policy: only this script and this style may run.
const csp = `default-src 'none'; script-src ${sha(js)}; style-src ${sha(uiCss)} ${sha(css)}; img-src data:`;
const BOOT = /<p id="boot"[\s\S]*?<\/p>/;
const offlineBoot = `<p id="boot" class="boot" role="status">
      Trang chưa chạy được: trình duyệt này không cho chạy tập lệnh (JavaScript bị tắt hoặc bị chặn với tệp mở từ
      ổ đĩa). Hãy bật JavaScript, mở bằng Chrome, Edge hoặc Firefox, hoặc dùng trang web. / The page could not start:
      this browser does not run its script (JavaScript is off or blocked for files opened from disk). Turn JavaScript
      on, open it in Chrome, Edge or Firefox, or use the website.
    </p>`;

for (const [page, out] of [
  ['index.html', 'offline.html'],
  ['quota.html', 'quota-offline.html'],
]) {
  const html = readFileSync(new URL(page, dir), 'utf8');
  const single = html
    .replace(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
      () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    )
    .replace('<link rel="stylesheet" href="./ui.css" />', () => `<style>${uiCss}</style>`)
    .replace('<link rel="stylesheet" href="./playground.css" />', () => `<style>${css}</style>`)
    .replace(BOOT, () => offlineBoot)
    .replace('href="./quota.html"', 'href="./quota-offline.html"')
    .replace('href="./index.html"', 'href="./offline.html"')
    .replace('<script type="module" src="./app.js"></script>', () => `<script>${js}</script>`);
  if (
    !single.includes(sha(js).slice(1, 20)) ||
    single.includes('src="./app.js"') ||
    single.includes('href="./ui.css"') ||
    single.includes('href="./playground.css"')
  )
    throw new Error(`${page}: the template changed; the offline build could not inline the bundle`);
  writeFileSync(new URL(out, dir), single);
}
