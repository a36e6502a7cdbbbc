// The real Select2 4 (from node_modules, on the F10 case page): every part of the box a person
// sees, and its open list, lead to the select the form sends; the select counts as seen.
import { expect, open, test, type W } from './kit-fixture';

test('Select2 4: the box, its arrow and its open list name the select behind them; the select counts as visible', async ({
  page,
  site,
}) => {
  await open(page, site, 'F10-select2');
  // The list Select2 appends to the body when the box is opened.
  await page.locator('.select2-selection').click();
  await expect(page.locator('.select2-results__option').nth(2)).toBeVisible();
  const seen = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    const parts = [
      '.select2-selection__rendered',
      '.select2-selection__arrow b',
      '.select2-selection',
      '.select2-search__field',
      '.select2-results__option:nth-child(3)',
    ];
    const select = document.getElementById('chi_bo') as Element;
    return {
      parts: parts.map((css) => {
        const el = document.querySelector(css);
        return el ? (kit.selectBehind(el)?.id ?? null) : 'absent';
      }),
      box: kit.boxOf(select)?.classList.contains('select2-container') ?? false,
      visible: kit.isVisible(select),
      label: kit.selectBehind(document.querySelector('label') as Element),
    };
  });
  expect(seen).toEqual({
    parts: ['chi_bo', 'chi_bo', 'chi_bo', 'chi_bo', 'chi_bo'],
    box: true,
    visible: true,
    label: null,
  });
});
