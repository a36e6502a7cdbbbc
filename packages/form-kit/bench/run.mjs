// form-kit benchmarks in real Chromium (never timed tests): detection of a 150-field unknown
// table-layout form, its fill with the read-back, its check, a check note on each of its 150
// fields (placed clear of every other control, the page laid out again), the same under a sticky header row
// and one update of those notes as the page scrolls under it, and the gzipped size of the bundle a content
// script would carry.
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
// An old table-layout portal (ASP.NET-like names, the label in the cell to the left, no <label>):
// 150 fields, 6 of them with official labels; 100 text inputs, 30 textareas, 10 selects, 10 radio groups.
const OFFICIAL = [
  'Họ và tên',
  'I. Ưu điểm, kết quả đạt được',
  'VI. Phương hướng, biện pháp khắc phục',
  '1. Nhóm tiêu chí chung (tối đa 30 điểm)',
  '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (tối đa 70 điểm)',
];
const rows = [];
const n = (i) => `ctl00$MainContent$f${i}`;
for (let i = 0; i < 100; i++)
  rows.push(`<tr><td>${OFFICIAL[i] ?? `Trường số ${i}`}</td><td><input name="${n(i)}"></td></tr>`);
for (let i = 100; i < 130; i++)
  rows.push(
    `<tr><td>${i === 100 ? 'II. Hạn chế, khuyết điểm và nguyên nhân' : `Đoạn văn ${i}`}</td><td><textarea name="${n(i)}"></textarea></td></tr>`,
  );
for (let i = 130; i < 140; i++)
  rows.push(
    `<tr><td>Lựa chọn ${i}</td><td><select name="${n(i)}"><option value="">—</option><option>Có</option><option>Không</option></select></td></tr>`,
  );
for (let i = 140; i < 150; i++)
  rows.push(
    `<tr><td>Phương án ${i}</td><td>${['A', 'B', 'C', 'D'].map((v) => `<label><input type="radio" name="${n(i)}" value="${v}"> Mục ${v}</label>`).join('')}</td></tr>`,
  );
await page.setContent(
  `<!doctype html><html lang="vi"><meta charset="utf-8"><form><table>${rows.join('\n')}</table></form>`,
);
await page.addScriptTag({ content: code });
const figures = await page.evaluate(async () => {
  const kit = window.TusoiFormKit;
  const label = (tr) => tr.cells[0].textContent;
  const trs = [...document.querySelectorAll('tr')];
  const plan = trs.map((tr, i) => ({
    key: `k${i}`,
    locator: { label: label(tr) },
    value:
      i < 100
        ? i >= 3 && i < 5
          ? 20 + i / 2
          : `Giá trị ${i}`
        : i < 130
          ? `Đoạn văn bản số ${i}.`
          : i < 140
            ? 'Có'
            : 'Mục C',
  }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const detects = [];
  const fills = [];
  const checks = [];
  const notes = [];
  let detection;
  for (let run = 0; run < 7; run++) {
    // A fresh page each run: detection reads every label from the DOM, nothing remembered.
    for (const tr of trs) tr.replaceWith(tr.cloneNode(true));
    const t0 = performance.now();
    detection = kit.detectForm(document, location.href);
    detects.push(performance.now() - t0);
    const t1 = performance.now();
    const report = await kit.fillForm(document, plan, { highlightMs: 0 });
    fills.push(performance.now() - t1);
    const bad = Object.entries(report.results).filter(([, r]) => !r.ok);
    if (bad.length) throw new Error(`fill failed: ${JSON.stringify(bad.slice(0, 3))}`);
    const t2 = performance.now();
    kit.checkForm(document, detection.map, { subject: { name: 'Giá trị 0' } });
    checks.push(performance.now() - t2);
    const problems = trs.map((tr, i) => ({
      code: 'DIFFERS_FROM_DRAFT',
      field: `page:f${i}`,
      message: { vi: `Trường ${i}: trang ghi khác bản nháp.`, en: `Field ${i} differs from the draft.` },
      element: tr.querySelector('input, textarea, select'),
    }));
    const t3 = performance.now();
    kit.annotate(problems);
    void document.body.offsetHeight;
    notes.push(performance.now() - t3);
    kit.clearAnnotations(document);
    await report.undo();
  }
  return {
    detected: detection.preview.length,
    detect150Ms: Number(median(detects).toFixed(1)),
    fill150WithReadBackMs: Number(median(fills).toFixed(1)),
    check150Ms: Number(median(checks).toFixed(1)),
    annotate150Ms: Number(median(notes).toFixed(1)),
  };
});
// The same form under a sticky header row: the notes placed clear of it, then cut away from it as
// the page scrolls (one update of all 150 notes per scroll event, its layout included).
const sticky = await page.evaluate(() => {
  const kit = window.TusoiFormKit;
  const style = document.createElement('style');
  style.textContent = 'thead th{position:sticky;top:0;background:#fff}';
  document.head.append(style);
  document.querySelector('table').createTHead().innerHTML = '<tr><th>Trường</th><th>Giá trị</th></tr>';
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const problems = [...document.querySelectorAll('tbody tr')].map((tr, i) => ({
    code: 'DIFFERS_FROM_DRAFT',
    field: `page:f${i}`,
    message: { vi: `Trường ${i}: trang ghi khác bản nháp.`, en: `Field ${i} differs from the draft.` },
    element: tr.querySelector('input, textarea, select'),
  }));
  const notes = [];
  const scrolls = [];
  for (let run = 0; run < 7; run++) {
    window.scrollTo(0, 0);
    void document.body.offsetHeight;
    const t0 = performance.now();
    kit.annotate(problems);
    void document.body.offsetHeight;
    notes.push(performance.now() - t0);
    for (let y = 200; y < 3000; y += 250) {
      window.scrollTo(0, y);
      const t1 = performance.now();
      document.dispatchEvent(new Event('scroll'));
      void document.body.offsetHeight;
      scrolls.push(performance.now() - t1);
    }
    kit.clearAnnotations(document);
  }
  return {
    annotate150StickyHeaderMs: Number(median(notes).toFixed(1)),
    scrollUpdate150StickyHeaderMs: Number(median(scrolls).toFixed(2)),
  };
});
await browser.close();
const result = {
  ...figures,
  ...sticky,
  bundleMinKB: Number((code.length / 1024).toFixed(1)),
  bundleGzipKB: Number((gzipSync(code, { level: 9 }).length / 1024).toFixed(1)),
};
console.log(process.argv.includes('--json') ? JSON.stringify(result) : result);
