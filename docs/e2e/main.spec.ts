import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

// The README's main command (after its build step, which CI runs on its own): it prints the
// examples, then serves the docs with the playground and the demo portal and says where.
let main: ChildProcess | undefined;
test.afterEach(() => main?.kill('SIGTERM'));

test('npm start serves the docs, the playground and the demo portal, and says how to load the extension', async ({
  page,
}) => {
  main = spawn(process.execPath, ['scripts/main.mjs', '--no-build'], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { ...process.env, TUSOI_DOCS_PORT: '0', TUSOI_PORTAL_PORT: '0' },
  });
  let out = '';
  main.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  await expect.poll(() => out, { timeout: 20_000 }).toContain('Tiện ích (Firefox)');
  const url = (label: string) => new RegExp(`${label}:\\s+(http://127\\.0\\.0\\.1:\\d+/\\S*)`).exec(out)?.[1] ?? '';
  expect(out).toContain('━━ 01-staff-htxsnv-boundary.json');
  expect(out).toMatch(/Tiện ích \(Chromium\):\s+\S+extension\/\.output\/chrome-mv3/);
  expect(out).toContain('Load unpacked');

  await page.goto(url('Sân tập xếp loại'));
  await expect(page.getByTestId('level')).toHaveAttribute('data-level', 'HTXSNV');
  await page.goto(url('Tài liệu'));
  await expect(page.locator('main')).toContainText('Giảng viên tập huấn');
  await page.goto(url('Cổng kiểm điểm mẫu'));
  await expect(page.locator('body')).toContainText('Mẫu 2B');
});
