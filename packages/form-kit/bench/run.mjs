// form-kit benchmarks in real Chromium (never timed tests): fill and check of a 150-field
// form, and the gzipped size of the bundle a content script would carry.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const out = await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'TusoiFormKit',
  write: false,
  conditions: ['rubric-source'],
});
const code = out.outputFiles[0].text;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
// 150 fields: 100 labelled text inputs, 30 textareas, 10 selects, 10 radio groups of 4.
const fields = [];
for (let i = 0; i < 100; i++) fields.push(`<label>Trường số ${i} <input name="t${i}"></label>`);
for (let i = 0; i < 30; i++) fields.push(`<label>Đoạn văn ${i} <textarea name="a${i}"></textarea></label>`);
for (let i = 0; i < 10; i++)
  fields.push(
    `<label>Lựa chọn ${i} <select name="s${i}"><option value="">—</option><option>Có</option><option>Không</option></select></label>`,
  );
for (let i = 0; i < 10; i++)
  fields.push(
    ['A', 'B', 'C', 'D']
      .map((v) => `<label><input type="radio" name="r${i}" value="${v}"> Phương án ${v}</label>`)
      .join(''),
  );
await page.setContent(`<!doctype html><meta charset="utf-8"><form>${fields.join('\n')}</form>`);
await page.addScriptTag({ content: code });
const figures = await page.evaluate(async () => {
  const kit = window.TusoiFormKit;
  const plan = [];
  for (let i = 0; i < 100; i++)
    plan.push({ key: `t${i}`, locator: { label: `Trường số ${i}` }, value: `Giá trị ${i}` });
  for (let i = 0; i < 30; i++) plan.push({ key: `a${i}`, locator: { name: `a${i}` }, value: `Đoạn văn bản số ${i}.` });
  for (let i = 0; i < 10; i++) plan.push({ key: `s${i}`, locator: { name: `s${i}` }, value: 'Có' });
  for (let i = 0; i < 10; i++) plan.push({ key: `r${i}`, locator: { name: `r${i}` }, value: 'Phương án C' });
  const map = {
    format: 'tusoi.formmap/1',
    id: 'bench',
    title: { vi: 'b' },
    match: ['*'],
    steps: plan.slice(0, 150).map((s, i) => ({
      field: i === 0 ? 'subject.name' : i === 1 ? 'review.strengths' : 'review.direction',
      locator: s.locator,
    })),
  };
  const fills = [];
  const checks = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    const report = await kit.fillForm(document, plan, { highlightMs: 0 });
    fills.push(performance.now() - t0);
    if (Object.values(report.results).some((r) => !r.ok)) throw new Error('fill failed');
    const t1 = performance.now();
    kit.checkForm(document, map);
    checks.push(performance.now() - t1);
    report.undo();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { fill150Ms: Number(median(fills).toFixed(1)), check150Ms: Number(median(checks).toFixed(1)) };
});
await browser.close();
const result = {
  ...figures,
  bundleMinKB: Number((code.length / 1024).toFixed(1)),
  bundleGzipKB: Number((gzipSync(code, { level: 9 }).length / 1024).toFixed(1)),
};
console.log(process.argv.includes('--json') ? JSON.stringify(result) : result);
