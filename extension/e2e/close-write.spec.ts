import { expect, test } from './fixtures';
import { holdWrite, open, optionsUrl, panelUrl, releaseWrite, startPanel, storedDrafts, unlock } from './store-pages';

// Issue "nothing lost": the write a panel makes as it closes is based on the revision it read.
// Another page saved field X meanwhile (the panel had not heard yet), then the panel closed right
// after typing in field Y: both X and Y survive, or, when both changed Y, the closing panel's Y
// is held as a conflict the next panel asks about. Never a silent overwrite.

type Assessment = { review: { direction?: string; strengths?: string } };

test('another page saved part VI, then the panel closed right after typing in part A.I: both are kept, and shown', async ({
  context,
  extensionId,
}) => {
  const one = await startPanel(context, extensionId);
  const other = await open(context, optionsUrl(extensionId));
  await holdWrite(other, { direction: 'Của trang khác' });
  await one.bringToFront();
  await one.locator('[name="review.strengths"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' thêm ngay trước khi đóng', { delay: 0 });
  await one.close();
  await releaseWrite(other);

  const two = await open(context, panelUrl(extensionId));
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc thêm ngay trước khi đóng');
  await expect(two.locator('[name="review.direction"]')).toHaveValue('Của trang khác');
  await expect(two.getByTestId('conflict-banner')).toHaveCount(0);
  // What the panel shows is what is stored.
  await expect
    .poll(async () => (await storedDrafts<Assessment>(two))[0]?.data?.assessment.review)
    .toEqual({ strengths: 'gốc thêm ngay trước khi đóng', direction: 'Của trang khác' });
});

test('another page saved part A.I, then the panel closed right after typing in it: the store keeps the other page’s text, the typed text is asked about on next open', async ({
  context,
  extensionId,
}) => {
  const one = await startPanel(context, extensionId);
  const other = await open(context, optionsUrl(extensionId));
  await holdWrite(other, { strengths: 'Của trang khác' });
  await one.bringToFront();
  await one.locator('[name="review.strengths"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' của bảng này', { delay: 0 });
  await one.locator('[name="review.direction"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' hướng mới', { delay: 0 });
  await one.close();
  await releaseWrite(other);

  const two = await open(context, panelUrl(extensionId));
  const banner = two.getByTestId('conflict-banner');
  await expect(banner).toContainText('I. Ưu điểm');
  // Part VI, changed on one side only, was merged in; part A.I waits for the user's choice.
  await expect(two.locator('[name="review.direction"]')).toHaveValue('gốc hướng mới');
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc của bảng này');
  await expect
    .poll(async () => (await storedDrafts<Assessment>(two))[0]?.data?.assessment.review)
    .toEqual({ strengths: 'Của trang khác', direction: 'gốc hướng mới' });
  await expect(two.getByTestId('save-status')).toContainText('trừ trường đang chờ bạn chọn');
  await banner.getByRole('button', { name: 'Xem và chọn' }).click();
  const dialog = two.getByTestId('conflict');
  await expect(dialog).toContainText('Của bảng này: gốc của bảng này');
  await expect(dialog).toContainText('Của trang khác');
  await dialog.getByLabel(/Của bảng này/).check();
  await two.getByRole('button', { name: 'Lưu lựa chọn' }).click();
  await expect(two.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(two.getByTestId('conflict-banner')).toHaveCount(0);
  expect((await storedDrafts<Assessment>(two))[0]?.data?.assessment.review).toEqual({
    strengths: 'gốc của bảng này',
    direction: 'gốc hướng mới',
  });
});

test('lock on, two panels: the other panel saves part VI, then this one closes right after typing in part A.I: both are kept, in every panel', async ({
  context,
  extensionId,
}) => {
  const one = await startPanel(context, extensionId, true);
  const two = await open(context, panelUrl(extensionId));
  await unlock(two);
  await expect(two.locator('[name="review.direction"]')).toHaveValue('gốc');
  const other = await open(context, optionsUrl(extensionId));
  await holdWrite(other, null);
  await one.bringToFront();
  // The second panel's save waits behind the held transaction, ahead of everything the first one writes.
  await two.locator('[name="review.direction"]').fill('Của bảng thứ hai');
  await expect(two.getByTestId('save-status')).toHaveAttribute('data-status', 'saving');
  await one.waitForTimeout(300);
  await one.locator('[name="review.strengths"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' thêm ngay trước khi đóng', { delay: 0 });
  await one.close();
  await releaseWrite(other);

  await two.bringToFront();
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc thêm ngay trước khi đóng');
  await expect(two.locator('[name="review.direction"]')).toHaveValue('Của bảng thứ hai');
  await expect(two.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const three = await open(context, panelUrl(extensionId));
  await unlock(three);
  await expect(three.locator('[name="review.strengths"]')).toHaveValue('gốc thêm ngay trước khi đóng');
  await expect(three.locator('[name="review.direction"]')).toHaveValue('Của bảng thứ hai');
  await expect(three.getByTestId('conflict-banner')).toHaveCount(0);
  // Sealed on disk: neither text is there in the clear.
  const raw =
    JSON.stringify(await storedDrafts(three)) + (await three.evaluate(() => JSON.stringify({ ...localStorage })));
  expect(raw).not.toContain('thêm ngay');
  expect(raw).not.toContain('bảng thứ hai');
});

test('another panel open on the draft asks about the closed panel’s held field at once', async ({
  context,
  extensionId,
}) => {
  const one = await startPanel(context, extensionId);
  const two = await open(context, panelUrl(extensionId));
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc');
  const other = await open(context, optionsUrl(extensionId));
  await holdWrite(other, { strengths: 'Của trang khác' });
  await one.bringToFront();
  await one.locator('[name="review.strengths"]').focus();
  await one.keyboard.press('End');
  await one.keyboard.type(' của bảng đã đóng', { delay: 0 });
  await one.close();
  await releaseWrite(other);

  await two.bringToFront();
  await expect(two.getByTestId('conflict-banner')).toContainText('I. Ưu điểm');
  await expect(two.locator('[name="review.strengths"]')).toHaveValue('gốc của bảng đã đóng');
  await expect(two.getByTestId('save-status')).toContainText('trừ trường đang chờ bạn chọn');
  expect((await storedDrafts<Assessment>(two))[0]?.data?.assessment.review.strengths).toBe('Của trang khác');
});
