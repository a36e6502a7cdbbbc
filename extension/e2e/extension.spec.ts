import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

const panelUrl = (id: string) => `chrome-extension://${id}/sidepanel.html`;
const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;

async function fillDraft(page: Page) {
  await page.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await page.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await page.locator('[name="subject.unit"]').fill('Phòng Tổ chức');
  await page.locator('[name="review.strengths"]').fill('Hoàn thành tốt công việc được giao.');
  await page.locator('[name="scores.general"]').fill('25');
  await page.locator('[name="scores.results"]').fill('50');
  for (const [field, value] of [
    ['assigned', '10'],
    ['completed', '10'],
    ['onTimeWithQuality', '10'],
    ['exceeded', '0'],
    ['late', '0'],
  ]) {
    await page.locator(`[name="tasks.${field}"]`).fill(value as string);
  }
}

async function fieldValues(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('.draft-editor [name]')].map((el) => [
        el.name,
        el.type === 'checkbox' ? String(el.checked) : el.value,
      ]),
    ),
  );
}

test('a draft: the level follows the scores, and closing and reopening keeps it intact', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(panelUrl(extensionId));
  await fillDraft(page);
  const level = page.getByTestId('level');
  await expect(level).toHaveAttribute('data-level', 'HTTNV');
  await page.locator('[name="scores.results"]').fill('65');
  await page.locator('[name="tasks.exceeded"]').fill('3');
  await expect(level).toHaveAttribute('data-level', 'HTXSNV');
  await expect(level).toHaveText('Kết quả: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), theo quy định');
  await page.locator('[name="proposedLevel"]').selectOption('HTXSNV');
  await page.locator('[data-section="self-check"] > summary').click();
  await page.locator('[name="selfCheck.I-7"]').check();
  await page.locator('[name="scores.general"]').fill('25,5');
  await page.screenshot({ path: `${SHOTS}side-panel-vi.png`, fullPage: true });

  await page.locator('[name="lang"]').selectOption('en');
  await expect(level).toHaveText('Result: Excellently completed duties (HTXSNV), by rule');
  // Numbers follow the language: a decimal point in English.
  await expect(page.locator('[name="scores.general"]')).toHaveValue('25.5');
  const before = await fieldValues(page);
  await page.screenshot({ path: `${SHOTS}side-panel-en.png`, fullPage: true });
  await page.close();

  const again = await context.newPage();
  await again.goto(panelUrl(extensionId));
  await expect(again.getByTestId('level')).toHaveAttribute('data-level', 'HTXSNV');
  expect({ ...(await fieldValues(again)) }).toEqual(before);
  await expect(again.locator('[name="lang"]')).toHaveValue('en');
});

test('export, delete everything, import: identical', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl(extensionId));
  await fillDraft(panel);
  await panel.locator('[data-action="history"]').click();
  await panel.getByRole('button', { name: 'Tạo kỳ tiếp theo' }).click();
  await panel.locator('[data-action="history"]').click();
  await expect(panel.getByTestId('history').locator('.history-row')).toHaveCount(2);

  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.getByTestId('privacy')).toContainText('không gửi bất cứ dữ liệu nào');
  const exportFile = async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Xuất toàn bộ dữ liệu' }).click(),
    ]);
    const path = await download.path();
    return { path, data: JSON.parse(await readFile(path, 'utf8')) };
  };
  const first = await exportFile();
  expect(first.data.drafts).toHaveLength(2);

  options.on('dialog', (d) => void d.accept());
  await options.getByRole('button', { name: 'Xoá toàn bộ dữ liệu' }).click();
  await expect(options.getByTestId('options-message')).toContainText('Đã xoá 2 bản kiểm điểm');
  await panel.reload();
  await expect(panel.getByText('Chưa có bản kiểm điểm nào.')).toBeVisible();

  await options.locator('[name="import"]').setInputFiles(first.path);
  await expect(options.getByTestId('options-message')).toHaveText(/^Đã nhập 2 bản kiểm điểm/);
  const second = await exportFile();
  expect({ ...second.data, exportedAt: '' }).toEqual({ ...first.data, exportedAt: '' });

  await options.locator('[name="import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"tusoi.export/1","drafts":"x"}'),
  });
  await expect(options.getByTestId('options-message')).toContainText('Bản kiểm điểm: phải là một mảng');
  const third = await exportFile();
  expect({ ...third.data, exportedAt: '' }).toEqual({ ...first.data, exportedAt: '' });
});

test('lock, reload, unlock: identical; a wrong passphrase destroys nothing', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl(extensionId));
  await fillDraft(panel);
  await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'HTTNV');
  const before = await fieldValues(panel);

  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await options.locator('[name="passphrase"]').fill('mật khẩu của tôi');
  await options.getByRole('button', { name: 'Bật khoá' }).click();
  await expect(options.getByTestId('options-message')).toHaveText('Xong');

  const stored = await options.evaluate(async () => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const rows: unknown[] = await new Promise((ok) => {
      const r = db.transaction('drafts').objectStore('drafts').getAll();
      r.onsuccess = () => ok(r.result);
    });
    return JSON.stringify(rows);
  });
  expect(stored).not.toContain('Nguyễn');
  expect(stored).toContain('"sealed"');

  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'Dữ liệu đang được khoá' })).toBeVisible();
  await panel.locator('[name="passphrase"]').fill('sai mật khẩu');
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(panel.getByTestId('lock-error')).toHaveText('Mật khẩu không đúng. Dữ liệu vẫn nguyên vẹn.');
  await panel.locator('[name="passphrase"]').fill('mật khẩu của tôi');
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'HTTNV');
  expect(await fieldValues(panel)).toEqual(before);
});

test('the built manifests ask for no host access up front, only optional hosts', async () => {
  const chrome = JSON.parse(await readFile(new URL('../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8'));
  const firefox = JSON.parse(await readFile(new URL('../.output/firefox-mv3/manifest.json', import.meta.url), 'utf8'));
  expect(chrome.permissions).toEqual(['storage', 'sidePanel', 'activeTab', 'scripting']);
  expect(firefox.permissions).toEqual(['storage', 'activeTab', 'scripting']);
  for (const m of [chrome, firefox]) {
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts ?? []).toEqual([]);
  }
  expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
});
