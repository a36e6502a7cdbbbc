import type { BrowserContext, Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// What the check tells the user names criteria and axes as people read them (the table's number
// and the pack's wording, the page's option text, the pack's axis name), never the pack's internal
// ids ("pl4-1.5", "T1"). Two makes: the reviewer's quarterly page (an axis select "Trục 1"…) and a
// page of CSS-grid cards with no row wording and the axis typed as a code.

const ORIGIN = 'http://127.0.0.1:4394';
const draft = quarterlyRowsDraft();

const at = (rows: string, row: string | number, cell: string) => ({ rows, row, cell });
const criteria = (rows: string, codes: readonly string[]) =>
  codes.map((c) => ({
    criterion: `pl4-${c}`,
    met: at(rows, c, 'input[value=db]'),
    notMet: at(rows, c, 'input[value=kdb]'),
    notApplicable: at(rows, c, 'input[value=kad]'),
    reason: at(rows, c, 'input.ld'),
  }));
const MAPS = [
  {
    format: 'tusoi.formmap/1',
    id: 'cong-thu-quy-ten',
    title: { vi: 'Cổng thử: phiếu quý' },
    match: [`${ORIGIN}/quy-thu.html`],
    steps: [
      ...criteria('#tieu-chi tbody tr', ['1.1', '1.2', '1.3', '1.4', '1.5']),
      {
        tasks: {
          rows: '#nhiem-vu tbody tr',
          cells: { name: '[data-cot=ten]', axis: '[data-cot=truc]' },
          values: { axis: { T1: '1', T2: '2', T3: '3', T4: '4', T5: '5', T6: '6' } },
          add: { css: '#them-nv' },
        },
      },
    ],
  },
  {
    format: 'tusoi.formmap/1',
    id: 'the-luoi-quy',
    title: { vi: 'Lưới thẻ: phiếu quý' },
    match: [`${ORIGIN}/quy-the-luoi.html`],
    steps: [
      // A card is found by its position (the cards hold no code to match).
      ...['1.1', '1.2', '1.3', '1.4', '1.5'].map((c, i) => ({
        criterion: `pl4-${c}`,
        met: at('#tieu-chi > div', i + 1, 'input[value=db]'),
        notMet: at('#tieu-chi > div', i + 1, 'input[value=kdb]'),
        notApplicable: at('#tieu-chi > div', i + 1, 'input[value=kad]'),
        reason: at('#tieu-chi > div', i + 1, 'input.ld'),
      })),
      { tasks: { rows: '#nhiem-vu > div', cells: { name: '[data-cot=ten]', axis: '[data-cot=truc]' } } },
    ],
  },
];

async function check(panel: Page) {
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu/);
  return panel.getByTestId('form-problems');
}

/** The draft and the maps imported, the page open beside the panel and filled from the draft. */
async function setUp(context: BrowserContext, extensionId: string, path: string) {
  const { form, panel } = await besideOwnPage(context, extensionId, { origin: ORIGIN, path, draft, maps: MAPS });
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await panel.getByTestId('preview').locator('[data-action="accept"]').click();
  await expect(status(panel)).toHaveText(/^Đã điền/);
  return { form, panel };
}

test('the reviewer’s quarterly page: a task’s axis changed on the page is told with the page’s own option text, not the code', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await setUp(context, extensionId, 'quy-thu.html');
  await form.locator('[name=nv1_truc]').selectOption('4');
  await form.locator('input[name=tc_1_5][value=kdb]').check();
  const problems = await check(panel);
  await expect(problems).toContainText('"Nhiệm vụ 1, trục": trang ghi "Trục 4", bản kiểm điểm là "Trục 1".');
  await expect(problems).toContainText('trang ghi "Không đảm bảo" mà chưa có lý do');
  await expect(problems).not.toContainText('pl4-');
  await expect(problems).not.toContainText('bản kiểm điểm là "1"');
});

test('a page of CSS-grid cards (no row wording, the axis typed as a code): criteria by their number and the pack’s wording, the axis by the pack’s name', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await setUp(context, extensionId, 'quy-the-luoi.html');
  await expect(form.locator('[name=nv2_truc]')).toHaveValue('T2');
  await form.locator('[name=nv2_truc]').fill('T5');
  await form.locator('input[name=tc_1_5][value=kdb]').check();
  const problems = await check(panel);
  const text = (await problems.textContent()) ?? '';
  // The answer comparison: the criterion by its number in the table (as the fill report names it).
  expect(text).toContain('"Tiêu chí 1.5": trang ghi "Không đảm bảo", bản kiểm điểm là "Đảm bảo".');
  // The reason judgement: by its number and the pack's wording, the number said once (the built-in
  // wording "Tiêu chí 1.5 (nguyên văn …)" already starts with it).
  expect(text).toMatch(/"Tiêu chí 1\.5[ :][^"]+": trang ghi "Không đảm bảo" mà chưa có lý do/);
  expect(text).not.toMatch(/Tiêu chí 1\.5: Tiêu chí/);
  // The axis: the pack's name for T2, the id only as a hint after it.
  expect(text).toMatch(/"Nhiệm vụ 2, trục": trang ghi "T5", bản kiểm điểm là "Trục 2[^"]*\(T2\)"\./);
  expect(text).not.toContain('pl4-');
  // Under each criterion's problem, the criterion in the pack's words (the page's card holds none).
  const hints = problems.getByTestId('problem-criterion');
  await expect(hints).toHaveCount(2);
  await expect(hints.first()).toHaveText(/^Tiêu chí 1\.5/);
});

test('the print page (the document) names each task’s axis by the pack’s name, not its id', async ({
  context,
  extensionId,
}) => {
  await setUp(context, extensionId, 'quy-thu.html');
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=q-3&noprint`);
  const table = print.locator('.tusoi-doc table', { hasText: 'Sản phẩm, nhiệm vụ' });
  await expect(table).toBeVisible();
  const axes = await table
    .locator('tr')
    .evaluateAll((rows) => rows.slice(1).map((r) => r.children[2]?.textContent?.trim() ?? ''));
  expect(axes).toEqual(['Trục 1', 'Trục 2', 'Trục 3', 'Trục 4', 'Trục 1']);
});
