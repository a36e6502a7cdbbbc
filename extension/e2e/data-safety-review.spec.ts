import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newDraft, open, optionsUrl, PASS, panelUrl, storedDrafts, unlock, writeFieldUnheard } from './store-pages';

// Issue "nothing lost", second adversarial review: a conflict the user can see and that holds
// back only its own field, the lock's last edit at close, bad stored records, the import flow.

async function lockAtFirstStart(panel: Page) {
  await panel.getByTestId('first-lock').locator('[name="passphrase"]').fill(PASS);
  await panel.getByRole('button', { name: 'Bật khoá' }).click();
  await expect(panel.getByTestId('first-lock')).toHaveCount(0);
}

/** The parts of a stored assessment these tests read. */
type Assessment = Record<string, unknown> & {
  subject: { unit?: string };
  review: { direction?: string; strengths?: string };
};

/**
 * Puts records into the drafts store as another (older, broken) writer would, leaving the list
 * index as it was: it no longer matches the drafts, so the next read rebuilds it.
 */
function putRecords(page: Page, drafts: unknown[]) {
  return page.evaluate(
    async ({ drafts }) => {
      const req = indexedDB.open('tusoi');
      const db: IDBDatabase = await new Promise((ok) => {
        req.onsuccess = () => ok(req.result);
      });
      const tx = db.transaction(['drafts'], 'readwrite');
      for (const d of drafts) tx.objectStore('drafts').put(d);
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { drafts },
  );
}

test('lock on, a 99,000-character part A.I saved: one more character typed and the panel closed at once is kept', async ({
  context,
  extensionId,
}) => {
  const panel = await open(context, panelUrl(extensionId));
  await lockAtFirstStart(panel);
  await newDraft(panel);
  const text = 'Đảng viên tự soi, tự sửa. '.repeat(4000).slice(0, 99_000);
  const field = panel.locator('[name="review.strengths"]');
  await field.fill(text);
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await field.press('End');
  await panel.keyboard.type('!');
  await panel.close();

  const again = await open(context, panelUrl(extensionId));
  await unlock(again);
  const field2 = again.locator('[name="review.strengths"]');
  await expect(field2).toHaveValue(new RegExp(`^${text.slice(0, 20)}`));
  // Compared by length and ending (a 99,000-character mismatch would drown the report).
  expect(await field2.evaluate((el: HTMLTextAreaElement) => [el.value.length, el.value.slice(-3)])).toEqual([
    text.length + 1,
    `${text.slice(-2)}!`,
  ]);
  // What a closing panel kept synchronously holds no plaintext.
  const raw = await again.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(raw).not.toContain('tự soi');
});

test('a same-field conflict is said in the sticky header, holds back only that field, and survives closing the panel', async ({
  context,
  extensionId,
}) => {
  const one = await open(context, panelUrl(extensionId));
  await one.setViewportSize({ width: 360, height: 640 });
  await newDraft(one);
  const direction = one.locator('[name="review.direction"]');
  await direction.fill('gốc');
  await expect(one.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  // The user is far down the page, at part VI, when another page writes the same field.
  await direction.scrollIntoViewIfNeeded();
  await writeFieldUnheard(one, 'review.direction', 'Của trang khác');
  await direction.press('End');
  await direction.pressSequentially(' B');
  const banner = one.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toBeInViewport();
  await expect(banner).toContainText('VI. Phương hướng, biện pháp khắc phục');
  await expect(banner).toHaveAttribute('role', 'alert');
  // Other fields keep saving meanwhile; the held field keeps what was typed, in the panel.
  await one.locator('[name="subject.unit"]').fill('Phòng Tổ chức');
  await expect
    .poll(async () => (await storedDrafts<Assessment>(one))[0]?.data?.assessment.subject.unit, { timeout: 10_000 })
    .toBe('Phòng Tổ chức');
  await expect(one.getByTestId('save-status')).toContainText('Đã lưu trên máy này, trừ trường đang chờ bạn chọn');
  await expect(direction).toHaveValue('gốc B');
  expect((await storedDrafts<Assessment>(one))[0]?.data?.assessment.review.direction).toBe('Của trang khác');
  // On demand the choice comes into view, focused.
  await direction.pressSequentially(' thêm');
  await banner.getByRole('button', { name: 'Xem và chọn' }).click();
  const dialog = one.getByTestId('conflict');
  await expect(dialog).toBeInViewport();
  await expect(dialog).toBeFocused();

  // Closed before choosing: nothing typed is lost; the next panel asks again.
  await one.close();
  const two = await open(context, panelUrl(extensionId));
  await expect(two.getByTestId('conflict-banner')).toContainText('VI. Phương hướng');
  await expect(two.locator('[name="review.direction"]')).toHaveValue('gốc B thêm');
  await expect(two.locator('[name="subject.unit"]')).toHaveValue('Phòng Tổ chức');
  const again = two.getByTestId('conflict');
  await expect(again).toContainText('Của bảng này: gốc B thêm');
  await expect(again).toContainText('Của trang khác');
  await again.getByLabel(/Của bảng này/).check();
  await two.getByRole('button', { name: 'Lưu lựa chọn' }).click();
  await expect(two.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(two.getByTestId('conflict-banner')).toHaveCount(0);
  expect((await storedDrafts<Assessment>(two))[0]?.data?.assessment.review.direction).toBe('gốc B thêm');
  // Chosen once: not asked again.
  await two.reload();
  await expect(two.locator('[name="review.direction"]')).toHaveValue('gốc B thêm');
  await expect(two.getByTestId('conflict-banner')).toHaveCount(0);
});

test('bad stored records, lock off: a sealed one, a broken revision, a wrong choice; the good draft still works, each bad one says why in plain words', async ({
  context,
  extensionId,
}) => {
  const panel = await open(context, panelUrl(extensionId));
  await newDraft(panel);
  const now = Date.now();
  const assessment = { format: 'tusoi.assessment/1', period: { year: 2024 }, subject: { kind: 'staff' } };
  await putRecords(panel, [
    // Left sealed by an interrupted lock change, with no lock set any more: newest of all.
    {
      id: 'sealed',
      person: '',
      periodKey: '',
      createdAt: 1,
      updatedAt: now + 60_000,
      rev: 2,
      sealed: { iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' },
    },
    { id: 'badrev', person: 'Lê B', periodKey: '2024', createdAt: 1, updatedAt: 2, rev: 'x', data: { assessment } },
    {
      id: 'alien',
      person: 'Lê C',
      periodKey: '2024',
      createdAt: 1,
      updatedAt: 1,
      rev: 1,
      data: { assessment: { ...assessment, subject: { kind: 'alien' } }, notes: 'abc' },
    },
  ]);
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  await panel.reload();
  // The newest record is the sealed one: said so, with export and delete, never "no drafts".
  const bad = panel.getByTestId('unreadable');
  await expect(bad).toContainText('Không đọc được bản kiểm điểm này');
  await expect(bad).toContainText('không còn khoá để mở');
  await expect(panel.getByText('Chưa có bản kiểm điểm nào.')).toHaveCount(0);
  await panel.locator('[data-action="history"]').click();
  await expect(panel.getByTestId('history-count')).toHaveText('4 bản');
  await panel.locator('.history-row', { hasText: 'Nguyễn Văn A' }).click();
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await panel.locator('[name="subject.unit"]').fill('Vẫn lưu được');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  await panel.locator('[data-action="history"]').click();
  await panel.locator('.history-row[data-id="badrev"]').click();
  await expect(bad).toContainText('số phiên bản lưu kèm bị hỏng');
  await expect(bad.getByRole('button', { name: 'Xoá bản này' })).toBeVisible();

  await panel.locator('[data-action="history"]').click();
  await panel.locator('.history-row[data-id="alien"]').click();
  await expect(bad).toContainText('Đối tượng: giá trị không nằm trong các lựa chọn của biểu mẫu');
  await expect(bad).toContainText('Lý do không đảm bảo: giá trị không đúng loại');
  for (const raw of ['"collective"', '|', 'Object', 'JSON', 'alien', 'notes']) await expect(bad).not.toContainText(raw);
  expect(errors).toEqual([]);
});

test('import: the same file again after "delete everything" imports again; a "replace" answered after more typing asks again', async ({
  context,
  extensionId,
}) => {
  const panel = await open(context, panelUrl(extensionId));
  await newDraft(panel);
  const options = await open(context, optionsUrl(extensionId));
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Xuất toàn bộ dữ liệu' }).click(),
  ]);
  const file = await download.path();
  const said = options.getByTestId('options-message');
  await options.locator('[name="import"]').setInputFiles(file);
  await expect(said).toHaveText('Đã nhập 1 bản kiểm điểm, 1 bản thay bản đang có trên máy, 0 bảng thang điểm.');
  options.on('dialog', (d) => void d.accept());
  await options.getByRole('button', { name: 'Xoá toàn bộ dữ liệu' }).click();
  await expect(said).toContainText('Đã xoá 1 bản kiểm điểm');
  // The very same file chosen again in the same input.
  await options.locator('[name="import"]').setInputFiles(file);
  await expect(said).toHaveText('Đã nhập 1 bản kiểm điểm, 0 bảng thang điểm.');
  expect(await storedDrafts<Assessment>(options)).toHaveLength(1);

  // Newer work on this computer: the question shows it; typing goes on before the answer.
  await panel.reload();
  await panel.locator('[name="review.strengths"]').fill('Viết sau khi xuất');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await options.locator('[name="import"]').setInputFiles(file);
  await expect(options.getByTestId('import-newer')).toBeVisible();
  await panel.locator('[name="review.strengths"]').fill('Viết tiếp sau câu hỏi');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await options.getByRole('button', { name: 'Thay bằng bản trong tệp' }).click();
  // Asked again (with the new date): nothing replaced yet, and why is said, Vietnamese first.
  await expect(options.getByTestId('import-newer')).toBeVisible();
  await expect(options.getByTestId('import-changed')).toContainText(
    /^Bản trên máy vừa thay đổi \(lúc .+\) nên chưa thay; chọn lại\. The draft on this computer changed just now/,
  );
  await options.waitForTimeout(300);
  expect((await storedDrafts<Assessment>(options))[0]?.data?.assessment.review).toEqual({
    strengths: 'Viết tiếp sau câu hỏi',
  });
  // Answered for what is shown now: replaced, and the open panel says so.
  await options.getByRole('button', { name: 'Thay bằng bản trong tệp' }).click();
  await expect(said).toHaveText('Đã nhập 1 bản kiểm điểm, 1 bản thay bản đang có trên máy, 0 bảng thang điểm.');
  await expect(panel.getByTestId('panel-notice')).toContainText('Bản này vừa được thay bằng bản trong tệp nhập');
  await expect(panel.locator('[name="review.strengths"]')).toHaveValue('');
});

test('the last edit written as a panel closes reaches the other open panel when it comes to the front', async ({
  context,
  extensionId,
}) => {
  const one = await open(context, panelUrl(extensionId));
  await lockAtFirstStart(one);
  await newDraft(one);
  const two = await open(context, panelUrl(extensionId));
  await unlock(two);
  const text = 'Đảng viên tự soi, tự sửa. '.repeat(4000).slice(0, 99_000);
  await one.bringToFront();
  const field = one.locator('[name="review.strengths"]');
  await field.fill(text);
  await expect(one.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(two.locator('[name="review.strengths"]')).toHaveValue(new RegExp(`^${text.slice(0, 20)}`));
  await field.press('End');
  await one.keyboard.type('!?');
  await one.close();
  await two.bringToFront();
  await expect
    .poll(() => two.locator('[name="review.strengths"]').evaluate((el: HTMLTextAreaElement) => el.value.slice(-3)))
    .toBe(`${text.slice(-1)}!?`);
  await expect(two.getByTestId('save-status')).toHaveCount(0);
});
