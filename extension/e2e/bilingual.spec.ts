import { expect, test } from './fixtures';
import { open, optionsUrl } from './store-pages';

// A bilingual message (bad input: Vietnamese, then English) marks its English half lang="en",
// so a screen reader switches to an English voice for it; the words are unchanged.

test('a refused import says its problems in both languages, the English half marked lang="en"', async ({
  context,
  extensionId,
}) => {
  const options = await open(context, optionsUrl(extensionId));
  await options.locator('[name="import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"tusoi.export/1","drafts":"x"}'),
  });
  const said = options.getByTestId('options-message');
  await expect(said).toContainText('Bản kiểm điểm: phải là một mảng');
  await expect(said.locator('[lang="vi"]')).toContainText('Bản kiểm điểm: phải là một mảng');
  await expect(said.locator('[lang="vi"]')).not.toContainText('Drafts');
  const english = said.locator('[lang="en"]');
  await expect(english).toHaveCount(1);
  await expect(english).toContainText(/^Not imported/);
  expect(await english.evaluate((el) => /[ăâđêôơư]/i.test(el.textContent ?? ''))).toBe(false);
});
