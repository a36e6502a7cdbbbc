import { expect, test } from './fixtures';
import {
  exported,
  holdWrite,
  open,
  optionsUrl,
  panelUrl,
  quietUrl,
  type Review,
  releaseWrite,
  startPanel,
  storedDrafts,
} from './store-pages';

// Issue "nothing lost", its leftovers: a value a same-field conflict held back is the user's own
// text (exported, imported, deleted with the rest), and two panels closing in the same instant
// each keep their last edit.

type Assessment = { review: Review };

/** localStorage of the extension as a page of it sees it: what is kept on this machine beside IndexedDB. */
const kept = (page: import('@playwright/test').Page) => page.evaluate(() => ({ ...localStorage }));

test('a held value is exported, said so, deleted with everything, and restored by importing the file', async ({
  context,
  extensionId,
}) => {
  // Another page saved part A.I while this panel typed in it and closed: the stored text stays,
  // the panel's text is held for the user to choose.
  const one = await startPanel(context, extensionId);
  const other = await open(context, optionsUrl(extensionId));
  await holdWrite(other, { strengths: 'Của trang khác' });
  await one.bringToFront();
  await one.locator('[name="review.strengths"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' của bảng đã đóng', { delay: 0 });
  await one.close();
  await releaseWrite(other);
  await expect
    .poll(async () => Object.keys(await kept(other)).filter((k) => k.startsWith('tusoi:held:')))
    .toHaveLength(1);

  const file = await exported(other);
  expect(file.drafts[0]?.data.assessment.review?.strengths).toBe('Của trang khác');
  expect(file.drafts[0]?.held).toEqual({ 'assessment.review.strengths': 'gốc của bảng đã đóng' });
  // Said beside the button, counted from the file written.
  const said = other.getByTestId('options-message');
  await expect(said).toHaveAttribute('data-at', 'export');
  await expect(said).toContainText(
    'Đã xuất 1 bản kiểm điểm, 0 bảng thang điểm, 0 bản đồ biểu mẫu, gồm cả 1 trường đang chờ bạn chọn',
  );

  other.on('dialog', (d) => void d.accept());
  await other.getByRole('button', { name: 'Xoá toàn bộ dữ liệu' }).click();
  await expect(said).toContainText('Đã xoá 1 bản kiểm điểm');
  await expect(said).toContainText('1 mục giữ tạm (trường đang chờ bạn chọn');
  expect(Object.keys(await kept(other)).filter((k) => k.startsWith('tusoi:'))).toEqual([]);
  expect(JSON.stringify(await kept(other))).not.toContain('bảng đã đóng');

  await other.locator('[name="import"]').setInputFiles(file.path);
  await expect(said).toHaveText(
    'Đã nhập 1 bản kiểm điểm, 0 bảng thang điểm, 1 trường đang chờ bạn chọn (đã đọc lại trên máy).',
  );
  // The next panel asks about it, as before the export.
  const two = await open(context, panelUrl(extensionId));
  await expect(two.getByTestId('conflict-banner')).toContainText('I. Ưu điểm');
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc của bảng đã đóng');
  expect((await storedDrafts<Assessment>(two))[0]?.data?.assessment.review.strengths).toBe('Của trang khác');

  // A held value that would break the draft is refused with where it is; nothing changes.
  const { path: _path, ...content } = file;
  const bad = { ...content, drafts: [{ ...file.drafts[0], held: { 'assessment.priorShortcomings': 'abc' } }] };
  await other.locator('[name="import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(said).toContainText('Không nhập được');
  await expect(said).toContainText('Bản kiểm điểm thứ 1 › trường đang chờ bạn chọn');
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc của bảng đã đóng');
});

test('two panels closing in the same instant on one draft: both last edits are kept, field by field (4 rounds)', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const first = await startPanel(context, extensionId);
  await first.close();
  for (let round = 1; round <= 4; round++) {
    const a = await open(context, panelUrl(extensionId));
    const b = await open(context, panelUrl(extensionId));
    await expect(b.locator('[name="review.strengths"]')).not.toHaveValue('');
    await expect(a.locator('[name="review.direction"]')).not.toHaveValue('');
    // No write lands before both are closed (a page that writes nothing kept holds the store).
    const holder = await open(context, quietUrl(extensionId));
    await holdWrite(holder, null);
    await a.locator('[name="review.strengths"]').fill(`A.I của bảng một, lần ${round}`);
    await b.locator('[name="review.direction"]').fill(`VI của bảng hai, lần ${round}`);
    await Promise.all([a.close(), b.close()]);
    await releaseWrite(holder);
    await holder.close();

    const next = await open(context, panelUrl(extensionId));
    await expect(next.locator('[name="review.strengths"]'), `round ${round}`).toHaveValue(
      `A.I của bảng một, lần ${round}`,
    );
    await expect(next.locator('[name="review.direction"]'), `round ${round}`).toHaveValue(
      `VI của bảng hai, lần ${round}`,
    );
    await expect(next.getByTestId('conflict-banner')).toHaveCount(0);
    // What the panel shows is what is stored, and nothing is left waiting.
    await expect
      .poll(async () => (await storedDrafts<Assessment>(next))[0]?.data?.assessment.review)
      .toEqual({ strengths: `A.I của bảng một, lần ${round}`, direction: `VI của bảng hai, lần ${round}` });
    await expect
      .poll(async () => Object.keys(await kept(next)).filter((k) => k.startsWith('tusoi:pending:')))
      .toEqual([]);
    await next.close();
  }
});

test('two panels closing in the same instant, both in part A.I: one is stored, the other asked about; none lost', async ({
  context,
  extensionId,
}) => {
  const first = await startPanel(context, extensionId);
  await first.close();
  const a = await open(context, panelUrl(extensionId));
  const b = await open(context, panelUrl(extensionId));
  await expect(b.locator('[name="review.strengths"]')).toHaveValue('gốc');
  await expect(a.locator('[name="review.strengths"]')).toHaveValue('gốc');
  const holder = await open(context, quietUrl(extensionId));
  await holdWrite(holder, null);
  await a.locator('[name="review.strengths"]').fill('Bảng một');
  await b.locator('[name="review.strengths"]').fill('Bảng hai');
  await Promise.all([a.close(), b.close()]);
  await releaseWrite(holder);

  const next = await open(context, panelUrl(extensionId));
  await expect(next.getByTestId('conflict-banner')).toContainText('I. Ưu điểm');
  const stored = await storedDrafts<Assessment>(next);
  const shown = await next.locator('[name="review.strengths"]').inputValue();
  // The two texts: one stored, the other shown and waiting for the user's choice.
  expect([stored[0]?.data?.assessment.review.strengths, shown].sort()).toEqual(['Bảng hai', 'Bảng một']);
});
