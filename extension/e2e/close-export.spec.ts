import { expect, test } from './fixtures';
import { exported, newDraft, open, optionsUrl, PASS, panelUrl, unlock } from './store-pages';

// Issue "saved means saved": a panel closed at once after typing, then only the options page
// opened (no other panel to write what the closing one kept), exports the whole text; a panel
// opened later shows what is stored, saying nothing is waiting.

const TEXT = 'Tám mươi ký tự gõ thật nhanh rồi đóng bảng ngay khi khoá đang bật, không chờ!!!!!'.slice(0, 80);

for (const locked of [false, true])
  test(`closing the panel right after typing, then exporting from the options page, keeps every character (5 times)${locked ? ' (lock on)' : ''}`, async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const first = await open(context, panelUrl(extensionId));
    if (locked) {
      await first.getByTestId('first-lock').locator('[name="passphrase"]').fill(PASS);
      await first.getByRole('button', { name: 'Bật khoá' }).click();
    }
    await newDraft(first);
    // A long field makes each write (and its sealing) slower.
    await first.locator('[name="review.direction"]').fill('x'.repeat(90_000));
    await expect(first.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
    await first.close();
    for (let round = 0; round < 5; round++) {
      const panel = await open(context, panelUrl(extensionId));
      if (locked) await unlock(panel);
      const field = panel.locator('[name="review.strengths"]');
      // The previous round's text, emptied and stored first.
      if (round > 0) {
        // What the new panel shows is what was exported, and nothing is said to be waiting.
        await expect(field).toHaveValue(TEXT);
        await expect(panel.getByTestId('save-status')).toHaveCount(0);
        await field.fill('');
        await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
      }
      await field.pressSequentially(TEXT, { delay: 0 });
      await panel.close();
      const options = await open(context, optionsUrl(extensionId));
      if (locked) await unlock(options);
      await expect(options.getByRole('button', { name: 'Xuất toàn bộ dữ liệu' })).toBeEnabled();
      const file = await exported(options);
      expect(file.drafts[0]?.data.assessment.review?.strengths, `round ${round + 1}`).toBe(TEXT);
      await options.close();
    }
    // A panel opened afterwards shows what is stored, with nothing said to be waiting.
    const again = await open(context, panelUrl(extensionId));
    if (locked) await unlock(again);
    await expect(again.locator('[name="review.strengths"]')).toHaveValue(TEXT);
    await expect(again.getByTestId('save-status')).toHaveCount(0);
  });
