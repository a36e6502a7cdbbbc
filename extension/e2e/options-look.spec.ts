import { expect, SHOTS, test } from './fixtures';

// Small things a new user sees at 360 px: a file button's caption sits in the middle of its box,
// the import choices do not touch, and no tooltip shows a source's internal codes ("UNV: S11").

test('options at 360 px: file buttons centred, import choices apart; panel: indicator tooltips without source codes', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await panel.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  // Every tooltip of the panel (27 indicators included) is words, not a status code or a source tag.
  const titles = await panel.evaluate(() =>
    [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')),
  );
  expect(titles.filter((t) => /\b(UNV|V1|V2|ASM|PART)\b|\b[A-Z]{1,2}\d+\b/.test(t ?? ''))).toEqual([]);
  expect(await panel.locator('[name^="selfCheck."]').count()).toBe(27);

  const options = await context.newPage();
  await options.setViewportSize({ width: 360, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The caption's middle is the box's middle (within a pixel or two), for each of the three.
  const offsets = await options.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.file-pick')].map((box) => {
      const range = document.createRange();
      range.selectNodeContents(box);
      const text = range.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return Math.abs(text.top + text.height / 2 - (b.top + b.height / 2));
    }),
  );
  expect(offsets).toHaveLength(3);
  for (const off of offsets) expect(off).toBeLessThanOrEqual(2);

  // An older export while the draft is newer: three choices, none touching another.
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Xuất toàn bộ dữ liệu' }).click(),
  ]);
  const older = await download.path();
  await panel.locator('[name="subject.unit"]').fill('Viết sau khi xuất');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await options.locator('[name="import"]').setInputFiles(older);
  const choices = options.getByTestId('import-newer').getByRole('button');
  await expect(choices).toHaveCount(3);
  const boxes = await choices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      // Apart: a gap of at least 4 px across, or one row below the other with a gap.
      const apartX = b.left - a.right >= 4 || a.left - b.right >= 4;
      const apartY = b.top - a.bottom >= 4 || a.top - b.bottom >= 4;
      expect(apartX || apartY, `choices ${i} and ${j} touch`).toBe(true);
    }
  await options.screenshot({ path: `${SHOTS}options-360-import-choices.png`, fullPage: true });
});
