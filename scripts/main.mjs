// The README's main job: build everything, classify every bundled example and print the results
// (Vietnamese; --lang=en for English), then serve the demo portal and the docs with the trainer
// playground on 127.0.0.1 and say where each is and how to load the extension. Ctrl+C stops.
// --no-build skips the build (it is already done); --no-serve only prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPortal, startStatic } from '@tusoi/demo-portal/server';
import { applyQuota, classify, formatCohortResult, formatResult } from '@tusoi/rubric-core';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const lang = process.argv.includes('--lang=en') ? 'en' : 'vi';
const say = (vi, en) => console.log(lang === 'en' ? en : vi);

if (!process.argv.includes('--no-build')) {
  say(
    'Đang build thư viện, tiện ích, tài liệu… (khoảng một phút)',
    'Building the library, extension and docs… (about a minute)',
  );
  const r = spawnSync('pnpm', ['-r', '--reporter=append-only', 'build'], {
    cwd: path('.'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    say('Build không thành công (xem lỗi ở trên).', 'The build failed (see above).');
    process.exit(r.status ?? 1);
  }
}

const dir = new URL('rubric-core/examples/', root);
const read = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
for (const file of readdirSync(dir)
  .filter((f) => /^\d\d-.*\.json$/.test(f))
  .sort()) {
  const a = read(file);
  console.log(`\n━━ ${file} · ${a.subject.kind}${a.subject.name ? ` · ${a.subject.name}` : ''}`);
  console.log(formatResult(classify(a), lang));
}
console.log('\n━━ cohort-two-cells.json · tỉ lệ xuất sắc (Điều 11, khoản 1, điểm 1.5)');
console.log(formatCohortResult(applyQuota(read('cohort-two-cells.json')), lang));

if (process.argv.includes('--no-serve')) process.exit(0);

// Fixed ports for bookmarks; another free one if something already listens there.
async function listen(start, port) {
  try {
    return await start(port);
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e;
    return start(0);
  }
}
const portalPort = Number(process.env.TUSOI_PORTAL_PORT ?? 5174);
const docsPort = Number(process.env.TUSOI_DOCS_PORT ?? 5173);
const docsDir = path('docs/.vitepress/dist/');
if (!existsSync(docsDir)) {
  say(
    'Chưa có bản build tài liệu: chạy lại không kèm --no-build.',
    'The docs are not built yet: run again without --no-build.',
  );
  process.exit(1);
}
const portal = await listen(startPortal, portalPort);
const docs = await listen((p) => startStatic(docsDir, p), docsPort);
const extension = path('extension/.output/chrome-mv3');
console.log('');
say('━━ Đang chạy trên máy này (Ctrl+C để dừng)', '━━ Running on this computer (Ctrl+C to stop)');
say(`Tài liệu:                 ${docs.url}/`, `Docs:                     ${docs.url}/`);
say(`Sân tập xếp loại:         ${docs.url}/playground/`, `Trainer playground:       ${docs.url}/playground/`);
say(
  `Tỉ lệ xuất sắc:           ${docs.url}/playground/quota.html`,
  `HTXSNV quota demo:        ${docs.url}/playground/quota.html`,
);
say(`Cổng kiểm điểm mẫu:       ${portal.url}/`, `Demo review portal:       ${portal.url}/`);
say(`Tiện ích (Chromium):      ${extension}`, `Extension (Chromium):     ${extension}`);
say(
  '  Nạp: mở chrome://extensions → bật "Developer mode" → "Load unpacked" → chọn thư mục trên;\n  bấm biểu tượng Tự Soi để mở bảng bên, rồi mở cổng mẫu và bấm "Điền biểu mẫu".',
  '  Load: open chrome://extensions → turn on "Developer mode" → "Load unpacked" → pick the folder above;\n  click the Tự Soi icon to open the side panel, open the demo portal and press "Fill the form".',
);
say(
  `Tiện ích (Firefox):       ${path('extension/.output/firefox-mv3/manifest.json')} (about:debugging → Load Temporary Add-on)`,
  `Extension (Firefox):      ${path('extension/.output/firefox-mv3/manifest.json')} (about:debugging → Load Temporary Add-on)`,
);
const stop = () => {
  portal.close();
  docs.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
