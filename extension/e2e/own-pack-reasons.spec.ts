import type { BrowserContext, Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { builtinPack2 } from '@tusoi/rubric-core';
import { expect, test } from './fixtures';
import { besideOwnPage, importFile, status } from './panel';

// A quarterly draft scored by the user's own tusoi.pack/2 (imported into the extension, not built
// in): the check judges a "Không đảm bảo" without a reason by that pack's rule, as it does for a
// built-in pack. Two makes of quarterly table: a reviewer's page (radios, a reason box per row)
// and a Bootstrap 5 table (btn-check button groups, a textarea per row).

const ORIGIN = 'http://127.0.0.1:4393';
const OWN_ID = 'don-vi-x-quy-2026';
// The unit's own table: the built-in VATM 09A one under its own id (a reason from a 1-point deduction).
const ownPack = { ...builtinPack2('q2026-vatm-09a'), id: OWN_ID, title: { vi: 'Bảng chấm quý của đơn vị X' } };
const base = quarterlyRowsDraft();
const draft = { ...base, criteria: { ...base.criteria, pack: OWN_ID } };

const rowsOf = (rows: string, codes: readonly string[], cells: Record<string, string>) =>
  codes.map((code) => ({
    criterion: `pl4-${code}`,
    ...Object.fromEntries(Object.entries(cells).map(([k, cell]) => [k, { rows, row: code, cell }])),
  }));
const CODES_QUY = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3',
];
const MAPS = [
  {
    format: 'tusoi.formmap/1',
    id: 'cong-thu-quy-ly-do',
    title: { vi: 'Cổng thử: phiếu quý' },
    match: [`${ORIGIN}/quy-thu.html`],
    steps: rowsOf('#tieu-chi tbody tr', CODES_QUY, {
      met: 'input[value=db]',
      notMet: 'input[value=kdb]',
      notApplicable: 'input[value=kad]',
      reason: 'input.ld',
    }),
  },
  {
    format: 'tusoi.formmap/1',
    id: 'bootstrap-quy-ly-do',
    title: { vi: 'Bảng Bootstrap: tiêu chí quý' },
    match: [`${ORIGIN}/T22-bootstrap-criteria-reasons.html`],
    steps: rowsOf('#bang-tieu-chi tbody tr', ['1.1', '1.3', '1.9', '2.3'], {
      met: 'input[value=met]',
      notMet: 'input[value=notmet]',
      notApplicable: 'input[value=na]',
      reason: 'textarea',
    }),
  },
];

/** The draft, the user's pack and the maps imported; the portal page open with the side panel beside it. */
async function setUp(context: BrowserContext, extensionId: string, path: string) {
  const own = { id: OWN_ID, pack: ownPack, importedAt: 1 };
  const opened = await besideOwnPage(context, extensionId, { origin: ORIGIN, path, draft, maps: MAPS, packs: [own] });
  // The draft is scored by the user's pack (the panel classifies with it): chosen in the quarterly editor.
  await expect(opened.panel.locator(`option[value="${OWN_ID}"]`)).toHaveCount(1);
  return opened;
}

async function fillAndCheck(panel: Page) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await panel.getByTestId('preview').locator('[data-action="accept"]').click();
  await expect(status(panel)).toHaveText(/^Đã điền/);
}
async function check(panel: Page) {
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu|Không thấy lỗi nào trên biểu mẫu/);
}
const missingReason = (panel: Page) =>
  panel
    .getByTestId('form-problems')
    .locator('li[data-code="EMPTY_REQUIRED"]', { hasText: 'trang ghi "Không đảm bảo" mà chưa có lý do' });

for (const make of [
  {
    name: 'the reviewer’s quarterly page (radios, a reason box per row)',
    path: 'quy-thu.html',
    code: '1.5',
    notMet: (form: Page) => form.locator('input[name=tc_1_5][value=kdb]').check(),
    reason: (form: Page) => form.locator('#tieu-chi tbody tr').nth(4).locator('input.ld'),
  },
  {
    name: 'a Bootstrap 5 table (btn-check button groups, a textarea per row)',
    path: 'T22-bootstrap-criteria-reasons.html',
    code: '1.3',
    notMet: (form: Page) => form.locator('label[for=tc-1-3-not]').click(),
    reason: (form: Page) => form.getByLabel('Lý do tiêu chí 1.3'),
  },
]) {
  test(`${make.name}: with the user’s own pack, "Không đảm bảo" without a reason is flagged by that pack’s rule, beside the reason box`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await setUp(context, extensionId, make.path);
    await fillAndCheck(panel);
    await check(panel);
    await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
    // The person answers a criterion "Không đảm bảo" on the page and writes no reason.
    await form.bringToFront();
    await make.notMet(form);
    await check(panel);
    const item = missingReason(panel);
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(make.code);
    // The pack's own words for its rule (rubric-core's deduction-reason rule), Vietnamese in the panel.
    await expect(item).toContainText(/\(giảm .* điểm .*phải nêu căn cứ\)/);
    await expect(panel.getByTestId('form-problems').locator('li[data-code="PACK_REFUSED"]')).toHaveCount(0);
    await expect(form.locator('tusoi-note[data-code=EMPTY_REQUIRED]')).toHaveCount(1);
    // A reason written: nothing missing any more (the answer still differs from the draft).
    await make.reason(form).fill('Chậm tiến độ');
    await check(panel);
    await expect(missingReason(panel)).toHaveCount(0);
    await expect(panel.getByTestId('form-problems').locator('li[data-code="DIFFERS_FROM_DRAFT"]')).toHaveCount(1);
  });
}

test('a quarterly pack imported on the options page (“Nhập bảng thang điểm”) is kept and offered to the quarterly draft; a pack rubric-core refuses is not', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Refused first (a K/AD rule rubric-core does not know), named by its field; nothing kept.
  const bad = {
    ...ownPack,
    id: 'hong',
    general: { ...ownPack.general, notApplicable: { allowed: true, rule: 'doan' } },
  };
  await options.locator('[name="importPack"]').setInputFiles({
    name: 'hong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(options.getByTestId('options-message')).not.toHaveText('Xong');
  await expect(options.getByTestId('options-message')).toContainText('(nhận "doan")');
  await expect(options.getByTestId('options-message')).toContainText('nothing on this computer was changed');
  await importFile(options, 'importPack', ownPack);
  await importFile(options, 'import', {
    format: 'tusoi.export/1',
    exportedAt: '2026-10-01T00:00:00.000Z',
    drafts: [{ id: 'q-3', person: '', periodKey: '', createdAt: 1, updatedAt: 1, data: { assessment: draft } }],
    packs: [],
    settings: {},
  });
  await options.close();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await expect(panel.locator(`option[value="${OWN_ID}"]`)).toHaveText('Bảng chấm quý của đơn vị X');
  await expect(panel.locator('option[value="hong"]')).toHaveCount(0);
  // The draft is classified by it in the panel (27,9 + 67,6, as with the built-in table it copies).
  await expect(panel.getByTestId('live-level')).toHaveAttribute('data-level', 'HTXSNV');
  // The document (print page) has the pack's criteria table too, not the bare two totals.
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?draft=q-3&noprint`);
  await expect(
    print.locator('.tusoi-doc table', { hasText: 'Có quan điểm, bản lĩnh chính trị vững vàng' }),
  ).toHaveCount(1);
});
