import type { BrowserContext, Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { builtinPack } from '@tusoi/rubric-core';
import { expect, SHOTS, test } from './fixtures';
import { filledAll, openMore } from './panel';

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

async function draft(panel: Page, id: string) {
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  const set = (name: string, value: string) => panel.locator(`[name="${name}"]`).fill(value);
  await set('subject.name', 'Nguyễn Văn A');
  await set('subject.unit', 'Phòng Tổ chức');
  await set('subject.cell', 'Chi bộ Văn phòng');
  await set('review.strengths', 'Hoàn thành tốt nhiệm vụ.');
  await panel.locator('[data-add="review.shortcomings"]').click();
  await set('review.shortcomings.0.text', 'Chậm báo cáo');
  await set('review.direction', 'Lập lịch tuần.');
  await set('scores.general', '27.5');
  await set('scores.results', '62.5');
  for (const [f, v] of [
    ['assigned', '10'],
    ['completed', '10'],
    ['onTimeWithQuality', '10'],
    ['exceeded', '1'],
    ['late', '0'],
  ])
    await set(`tasks.${f}`, v as string);
  await panel.locator('[name="proposedLevel"]').selectOption('HTTNV');
  await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'HTTNV');
}

/** A portal page with the side panel beside it, holding a saved draft; the portal page in front. */
async function beside(context: BrowserContext, extensionId: string, page: string) {
  const form = await context.newPage();
  await form.goto(`${portal.url}/${page}`);
  const panel = await context.newPage();
  await draft(panel, extensionId);
  await form.bringToFront();
  return { form, panel };
}

async function received(page: Page, button: string) {
  await Promise.all([page.waitForURL(/\/submit$/), page.getByRole('button', { name: button }).click()]);
  return JSON.parse((await page.locator('#received').textContent()) ?? '{}');
}

test('Mẫu 2B: one "Điền biểu mẫu" fills every mapped field; the portal accepts it and receives the draft', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, 'mau-2b.html');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(
    'Đã điền 10/10. Bản kiểm điểm chưa có nội dung cho: Kết quả khắc phục hạn chế, khuyết điểm kỳ trước.',
  );
  await form.screenshot({ path: `${SHOTS}portal-filled.png`, fullPage: true });
  expect(await received(form, 'Gửi bản kiểm điểm')).toEqual({
    ho_ten: 'Nguyễn Văn A',
    don_vi: 'Phòng Tổ chức',
    chi_bo: 'Chi bộ Văn phòng',
    uu_diem: 'Hoàn thành tốt nhiệm vụ.',
    han_che: '1. Chậm báo cáo',
    khac_phuc: '',
    phuong_huong: 'Lập lịch tuần.',
    diem_chung: '27.5',
    diem_ket_qua: '62.5',
    tong_diem: '90',
    xep_loai: '2',
  });
});

test('an unknown form is previewed, filled only after "Đồng ý và điền", and undo restores what it can and says what not', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, 'cong-khac.html');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // Each field is shown by the page's own label, never a selector.
  await expect(panel.getByTestId('preview')).toContainText('1. Nhóm tiêu chí chung (tối đa 30):');
  await expect(panel.getByTestId('preview')).not.toContainText('input[name=');
  expect(await form.locator('[name=f01]').inputValue()).toBe('');
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(
    'Đã điền 8/8. Chưa tìm thấy trên trang: Đơn vị công tác; Chi bộ.',
  );
  await expect(form.locator('[name=f07]')).toHaveValue('90');
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(form.locator('[name=f01]')).toHaveValue('');
  await expect(form.locator('[name=f07]')).toHaveValue('');
  // No click a person makes unselects a radio (and clearing it behind a framework's back would
  // leave its state holding the choice): the level stays, and the panel says so.
  await expect(panel.getByTestId('portal-status')).toContainText('không bỏ chọn được');
  expect(await form.locator('input[name=f08]:checked').count()).toBe(1);

  // The accepted map is kept: the next fill on this portal needs no preview.
  await panel.reload();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(8));
  await expect(panel.getByTestId('preview')).toHaveCount(0);
  await expect(form.locator('[name=f01]')).toHaveValue('Nguyễn Văn A');
});

test('check lists the form’s problems in the panel and notes them beside the fields', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, 'mau-2b.html');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText(
    'Đã điền 10/10. Bản kiểm điểm chưa có nội dung cho: Kết quả khắc phục hạn chế, khuyết điểm kỳ trước.',
  );
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
  await form.fill('[name=tong_diem]', '95');
  await form.check('input[name=xep_loai][value="1"]');
  await form.fill('[name=uu_diem]', '');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  // The level chosen on the page (HTXSNV) is not the draft's (HTTNV) either.
  await expect(panel.getByTestId('form-problems').locator('li')).toHaveCount(4);
  // What is drawn from draft facts the page does not hold (the proposal above the rules) stays in the panel.
  await expect(form.locator('tusoi-note')).toHaveCount(3);
  await expect(form.locator('tusoi-note[data-code=PROPOSED_ABOVE_RULES]')).toHaveCount(0);
  expect(
    await panel
      .getByTestId('form-problems')
      .locator('li')
      .evaluateAll((l) => l.map((x) => x.getAttribute('data-code'))),
  ).toEqual(['EMPTY_REQUIRED', 'TOTAL_MISMATCH', 'DIFFERS_FROM_DRAFT', 'PROPOSED_ABOVE_RULES']);
});

test('bang-diem-quy.html: a draft scored by the Phụ lục 4 pack fills every toggle, the reason and both number formats', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, 'bang-diem-quy.html');
  await panel.locator('[name="pack"]').selectOption('qd366-pl4-staff-example');
  const pack = builtinPack('qd366-pl4-staff-example');
  if (!pack) throw new Error('no pack');
  for (const section of pack.general.sections)
    for (const c of section.criteria)
      await panel.locator(`[name="criteria.items.${c.id}"]`).selectOption(c.id === 'pl4-2.3' ? 'not' : 'met');
  await panel.locator('[name="notes.pl4-2.3"]').fill('Chưa hoàn thành khoá bồi dưỡng');
  await panel.locator('[name="criteria.items.pl4-k"]').fill('62,5');
  await expect(panel.getByTestId('pack-totals')).toContainText('28/30');
  // The reason is kept with the draft: it is there after the panel is closed and opened again
  // (once the panel has said the last edit is stored).
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await panel.reload();
  await expect(panel.locator('[name="notes.pl4-2.3"]')).toHaveValue('Chưa hoàn thành khoá bồi dưỡng');
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // 15 toggles, 1 reason, the points as a number and again with a decimal comma.
  await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(18));
  await expect(form.locator('button[aria-pressed=true]')).toHaveCount(15);
  await form.screenshot({ path: `${SHOTS}portal-quarterly-table.png`, fullPage: true });
  const points: Record<string, string> = {};
  for (const section of pack.general.sections)
    for (const c of section.criteria)
      points[`diem_${c.id.slice(4).replace('.', '_')}`] = c.id === 'pl4-2.3' ? '0' : '2';
  expect(await received(form, 'Hoàn thành đánh giá')).toEqual({
    ...points,
    ly_do_2_3: 'Chưa hoàn thành khoá bồi dưỡng',
    diem_ket_qua: '62.5',
    diem_ket_qua_chu: '62,5',
  });
});

const CASES = [
  {
    page: 'mau-05.html',
    button: 'Hoàn thành',
    filled: '8/8',
    expected: {
      ho_ten: 'Nguyễn Văn A',
      quy: '3',
      diem_chung: '27.5',
      diem_ket_qua: '62.5',
      tong_diem: '90',
      xep_loai: 'Hoàn thành tốt nhiệm vụ',
    },
  },
  {
    page: 'mau-2a.html',
    button: 'Nộp',
    filled: '6/6',
    expected: {
      ho_ten: 'Nguyễn Văn A',
      uu_diem: 'Hoàn thành tốt nhiệm vụ.',
      diem_chung: '27.5',
      diem_ket_qua: '62.5',
      tong_diem: '90',
      xep_loai: 'HTTNV',
    },
  },
  {
    page: 'khung.html',
    button: 'Gửi',
    filled: '5/5',
    expected: {
      ho_ten: 'Nguyễn Văn A',
      han_che: '1. Chậm báo cáo',
      diem_chung: '27.5',
      diem_ket_qua: '62.5',
      tong_diem: '90',
    },
  },
  {
    page: 'soan-thao.html',
    button: 'Gửi',
    filled: '3/3',
    expected: { ho_ten: 'Nguyễn Văn A', uu_diem: 'Hoàn thành tốt nhiệm vụ.', han_che: '1. Chậm báo cáo' },
  },
];

for (const c of CASES) {
  test(`${c.page}: one fill action from the saved draft; the portal accepts what it receives`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await beside(context, extensionId, c.page);
    if (c.page === 'mau-05.html') await panel.locator('[name="period.quarter"]').selectOption('3');
    await form.bringToFront();
    await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
    await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(c.filled.split('/')[0] as string));
    if (c.page === 'mau-2a.html') {
      // The portal's required dropdown and date are not in the draft: a person picks them.
      await form.locator('[data-dropdown] button').click();
      await form.locator('[role=option][data-value="truong-phong"]').click();
      await form.evaluate(() => {
        const iso = document.getElementById('ngay') as HTMLInputElement;
        iso.value = '2025-12-15';
        iso.dispatchEvent(new Event('change'));
      });
      await form.locator('body').click();
    }
    const target = c.page === 'khung.html' ? form.frameLocator('#khung') : form;
    await Promise.all([form.waitForURL(/\/submit$/), target.getByRole('button', { name: c.button }).click()]);
    const got = JSON.parse((await form.locator('#received').textContent()) ?? '{}');
    expect(got).toMatchObject(c.expected);
  });
}

test('pick mode: click a page field to map it; the picked map is used for the next fill', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, 'cong-khac.html');
  for (const [field, name, label] of [
    ['subject.name', 'f01', 'Họ và tên / tên tập thể'],
    ['scores.total', 'f07', 'Tổng điểm'],
  ] as const) {
    // Pick mode lives in the overflow menu (⋯) of the header.
    await openMore(panel);
    await panel.locator('[name="pickField"]').selectOption(field);
    await panel.getByRole('button', { name: 'Chọn trường này trên trang' }).click();
    await expect(panel.getByTestId('portal-status')).toContainText('Bấm vào ô trên trang');
    await form.locator(`[name=${name}]`).click();
    await expect(panel.getByTestId('portal-status')).toHaveText(`Đã gắn: ${label} → ô có tên “${name}”`);
  }
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // What detection finds beside the picks is shown first, the two picks among it.
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('tr', { hasText: 'Bạn đã chọn trên trang' })).toHaveCount(2);
  await preview.getByRole('button', { name: 'Đồng ý và điền' }).click();
  // The two picks and the six fields detection found beside them all hold the draft's values.
  await expect(panel.getByTestId('portal-status')).toHaveText(filledAll(8));
  await expect(form.locator('[name=f01]')).toHaveValue('Nguyễn Văn A');
  await expect(form.locator('[name=f07]')).toHaveValue('90');
  await expect(form.locator('[name=f05]')).toHaveValue('27,5');
});
