import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startPortal, startStatic } from '@tusoi/demo-portal/server';
import { builtinPack } from '@tusoi/rubric-core';
import { expect, SHOTS, test } from './fixtures';
import {
  beside,
  type DraftValues,
  filledAll,
  num,
  openMore,
  pageReceived,
  postedBy,
  status,
  UNDONE_ALL,
} from './panel';

// Forms nobody here mapped, through the built extension and its own buttons, with the ordinary
// draft (name "Nguyễn Văn A", general 27.5 or 27, results 62.5 or 63, level HTTNV): each page is
// detected and previewed out of the box, filled, accepted by its own validation (what it received
// is compared with the draft), checked (a correct form has no problem; seeded mistakes are found)
// and undone (the page is back to what it was).

let portal: { url: string; close: () => void };
let cases: { url: string; close: () => void };
// The field cases X1–X5 and the widget libraries they load (/nm/<package>/… from form-kit's
// dev dependencies).
const FORM_KIT = fileURLToPath(new URL('../../packages/form-kit/', import.meta.url));
test.beforeAll(async () => {
  portal = await startPortal();
  cases = await startStatic(join(FORM_KIT, 'test/field-cases'), 0, async (_req, res, url) => {
    const m = /^\/nm\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(url.pathname);
    if (!m?.[1] || !m[2]) return false;
    const base = join(FORM_KIT, 'node_modules', m[1]);
    const file = normalize(join(base, m[2]));
    if (!file.startsWith(base)) return false;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404).end();
      return true;
    }
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    return true;
  });
});
test.afterAll(() => {
  portal.close();
  cases.close();
});

// N/N counts the fields the form has; what the draft holds and the page has no field for is named after it.
const FILLED_ALL =
  /^Đã điền (\d+)\/\1(?:\. Chưa tìm thấy trên trang: [^.]+\.)?(?: Bản kiểm điểm chưa có nội dung cho: [^.]+\.)?$/;
// The ordinary draft's fields that the small X pages (name, two groups, total) have no field for.
const X_NOT_FOUND =
  'Chưa tìm thấy trên trang: Đơn vị công tác; Chi bộ; Ưu điểm, kết quả đạt được; Hạn chế, khuyết điểm và nguyên nhân; Phương hướng, biện pháp khắc phục; Đề xuất xếp loại.';

/** Every control's value or checked state, and every button's classes: what a person sees of the form. */
function pageState(form: Page) {
  return form.evaluate(() => ({
    values: [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((e) =>
      e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value,
    ),
    buttons: [...document.querySelectorAll('button')].map((b) => `${b.className}|${b.getAttribute('aria-pressed')}`),
  }));
}

async function fillUnknown(panel: Page, labels: readonly string[]) {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  for (const label of labels) await expect(preview).toContainText(label);
  // The preview names draft fields by their words, never internal keys.
  await expect(preview).not.toContainText('scores.');
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
}

async function check(panel: Page) {
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  // The fill's own status is still there until the check answers: wait for the check's words.
  await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu|Không thấy lỗi nào trên biểu mẫu/);
}

const codes = (panel: Page) =>
  panel
    .getByTestId('form-problems')
    .locator('li')
    .evaluateAll((l) => l.map((x) => x.getAttribute('data-code')));

interface Case {
  readonly page: string;
  readonly draft?: DraftValues;
  /** What a person does that the draft does not hold (criteria chosen by hand, a quarter). */
  readonly byHand?: (form: Page) => Promise<void>;
  /** Labels the preview shows. */
  readonly preview: readonly string[];
  /** Whether every field found can be filled (no field locked by the page). */
  readonly allFillable: boolean;
  /** Presses the page's own save/send button and returns what the page received. */
  readonly send: (form: Page) => Promise<Record<string, unknown>>;
  /** What the page must have received, compared with the draft. */
  readonly expected: (got: Record<string, unknown>) => void;
  /** Puts mistakes on the filled form the way a person would: results 32.5 (total 60 with HTTNV). */
  readonly seed: (form: Page) => Promise<void>;
}

const CASES: readonly Case[] = [
  {
    page: 'cong-aspnet.html',
    preview: ['Họ và tên', 'Chi bộ', 'Nhóm tiêu chí chung', 'Tổng điểm', 'Đề xuất xếp loại'],
    allFillable: false,
    send: (form) => postedBy(form, () => form.locator('#MainContent_btnLuu').click()),
    expected: (got) =>
      expect(got).toEqual({
        __VIEWSTATE: 'dDwtMTA4MzI5MTIxOTs7Pg==',
        ctl00$MainContent$txtHoTen: 'Nguyễn Văn A',
        ctl00$MainContent$txtChiBo: 'Chi bộ Văn phòng',
        ctl00$MainContent$txtUuDiem: 'Hoàn thành tốt nhiệm vụ.',
        ctl00$MainContent$txtHanChe: '1. Chậm báo cáo',
        ctl00$MainContent$txtPhuongHuong: 'Lập lịch tuần.',
        ctl00$MainContent$txtDiemChung: '27,5',
        ctl00$MainContent$txtDiemKetQua: '62,5',
        ctl00$MainContent$txtTongDiem: '90',
        ctl00$MainContent$cboXepLoai: '2',
        ctl00$MainContent$btnLuu: 'Lưu',
      }),
    seed: async (form) => {
      await form.locator('#MainContent_txtDiemKetQua').fill('');
      await form.locator('#MainContent_txtDiemKetQua').pressSequentially('32,5');
    },
  },
  {
    page: 'quy-09a.html',
    draft: { general: '27', results: '63' },
    byHand: async (form) => {
      const rows = form.locator('#tieu-chi tbody tr');
      for (let i = 0; i < 17; i++)
        await rows
          .nth(i)
          .locator('input[type=radio]')
          .nth(i === 0 || i === 9 ? 1 : 0)
          .check();
      await rows.nth(0).getByLabel('Lý do').fill('Chưa dự đủ buổi sinh hoạt');
      await rows.nth(9).getByLabel('Lý do').fill('Nộp báo cáo chậm');
      await expect(form.locator('#diem-chung')).toHaveValue('27');
    },
    preview: ['Họ và tên', 'Chi bộ', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', 'Tổng điểm', 'Đề xuất xếp loại'],
    allFillable: false,
    send: async (form) => {
      await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
      return pageReceived(form);
    },
    expected: (got) => {
      expect(got).toMatchObject({
        hoTen: 'Nguyễn Văn A',
        chiBo: 'Chi bộ Văn phòng',
        diemChung: 27,
        diemKetQua: 63,
        tongDiem: 90,
        xepLoai: 'HTTNV',
      });
      // "… sinh hoạt chi bộ" in a task column's aria-label is not the "Chi bộ" field.
      for (const task of got.tasks as Record<string, string>[])
        expect(task).toEqual({ noiDung: '', thoiHan: '', thanhPhanA: '', ghiChu: '' });
    },
    seed: async (form) => {
      await form.locator('#diem-ket-qua').fill('32.5');
    },
  },
  {
    page: 'dat-khong-dat.html',
    // The person has marked every criterion and first chose "Hoàn thành"; the draft says HTTNV.
    byHand: async (form) => {
      const desktop = form.locator('[data-copy=desktop]');
      await desktop.getByRole('button', { name: 'Tất cả Đạt' }).click();
      await desktop.getByRole('button', { name: 'Hoàn thành', exact: true }).click();
    },
    preview: ['Họ và tên', 'Nhóm tiêu chí chung', 'Đề xuất xếp loại'],
    allFillable: true,
    send: async (form) => {
      await form.locator('[data-copy=desktop]').getByRole('button', { name: 'Gửi', exact: true }).click();
      return pageReceived(form);
    },
    expected: (got) =>
      expect(got).toEqual({
        copy: 'desktop',
        ho_ten: 'Nguyễn Văn A',
        criteria: [true, true, true, true],
        diem_chung: 27.5,
        diem_ket_qua: 62.5,
        tong: 90,
        xep_loai: 'HTTNV',
      }),
    seed: async (form) => {
      await form.locator('[data-copy=desktop] [name=diem_ket_qua]').fill('32.5');
    },
  },
  {
    page: 'mot-tep.html',
    // The person chose the quarter (not in an annual draft) and first the level "Hoàn thành nhiệm vụ".
    byHand: async (form) => {
      await form.locator('input[name=quy][value=III]').check();
      await form.getByRole('button', { name: 'Hoàn thành nhiệm vụ', exact: true }).click();
    },
    preview: ['Họ và tên', 'Nhóm tiêu chí chung', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', 'Đề xuất xếp loại'],
    allFillable: true,
    send: async (form) => {
      await form.getByRole('button', { name: 'Lưu phiếu' }).click();
      return pageReceived(form);
    },
    expected: (got) => {
      expect(got).toMatchObject({
        hoTen: 'Nguyễn Văn A',
        quy: 'III',
        mucDo: 'Hoàn thành tốt nhiệm vụ',
        tongDiem: '90',
      });
      expect([num(got.diemChung), num(got.diemKetQua)]).toEqual([27.5, 62.5]);
    },
    seed: async (form) => {
      await form.locator('[data-k=diemKetQua]').fill('32,5');
      await form.locator('[data-k=diemKetQua]').blur();
    },
  },
  {
    page: 'dai-hoc-quy.html',
    draft: { quarter: '3' },
    preview: ['Họ và tên', 'Nhóm tiêu chí chung', 'Tổng điểm', 'Đề xuất xếp loại'],
    allFillable: false,
    send: (form) => {
      form.once('dialog', (d) => void d.accept());
      return postedBy(form, () => form.getByRole('button', { name: 'Nộp' }).click());
    },
    expected: (got) =>
      expect(got).toEqual({
        quy: 'III',
        nam: '2026',
        ho_ten: 'Nguyễn Văn A',
        tu_cham_chung: '27.5',
        tu_cham_ket_qua: '62.5',
        tu_cham_tong: '90',
        xep_loai: 'HTTNV',
      }),
    seed: async (form) => {
      await form.locator('[name=tu_cham_ket_qua]').fill('32.5');
    },
  },
  {
    page: 'bootstrap.html',
    preview: ['Họ và tên', 'Chi bộ', 'Ưu điểm', 'Nhóm tiêu chí chung', 'Tổng điểm', 'Đề xuất xếp loại'],
    allFillable: false,
    send: (form) => postedBy(form, () => form.getByRole('button', { name: 'Gửi đánh giá' }).click()),
    expected: (got) =>
      expect(got).toEqual({
        txtHoTen: 'Nguyễn Văn A',
        txtChiBo: 'Chi bộ Văn phòng',
        txtUuDiem: 'Hoàn thành tốt nhiệm vụ.',
        txtHanChe: '1. Chậm báo cáo',
        txtDiemChung: '27.5',
        txtDiemKetQua: '62.5',
        txtTongDiem: '90',
        ddlXepLoai: 'HoanThanhTot',
      }),
    seed: async (form) => {
      await form.locator('[name=txtDiemKetQua]').fill('32.5');
      await form.locator('[name=txtDiemKetQua]').blur();
    },
  },
];

for (const c of CASES) {
  test(`${c.page}: detected and previewed out of the box, filled, accepted by the page, checked clean`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await beside(context, extensionId, `${portal.url}/${c.page}`, c.draft);
    await c.byHand?.(form);
    await fillUnknown(panel, c.preview);
    await expect(status(panel)).toContainText(/^Đã điền \d+\/\d+/);
    if (c.allFillable) await expect(status(panel)).toHaveText(FILLED_ALL);
    await form.screenshot({ path: `${SHOTS}unknown-${c.page.replace('.html', '')}-filled.png`, fullPage: true });
    await check(panel);
    await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
    c.expected(await c.send(form));
  });

  test(`${c.page}: check finds the mistakes a person seeded after the fill`, async ({ context, extensionId }) => {
    const { form, panel } = await beside(context, extensionId, `${portal.url}/${c.page}`, c.draft);
    await c.byHand?.(form);
    await fillUnknown(panel, c.preview);
    await expect(status(panel)).toContainText(/^Đã điền/);
    await c.seed(form);
    await check(panel);
    // 32.5 where the draft says the results are 62.5 (or 63), and HTTNV above what 60 points allow.
    const found = await codes(panel);
    expect(found).toContain('PROPOSED_ABOVE_RULES');
    expect(found.length).toBeGreaterThanOrEqual(2);
    await expect(panel.getByTestId('form-problems')).toContainText('kết quả thực hiện nhiệm vụ');
    // What is drawn from draft facts the page does not hold (the proposal above the rules) stays in the panel.
    await expect(form.locator('tusoi-note')).toHaveCount(found.filter((c) => c !== 'PROPOSED_ABOVE_RULES').length);
  });

  test(`${c.page}: undo puts the page back as it was, and then has nothing to undo`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await beside(context, extensionId, `${portal.url}/${c.page}`, c.draft);
    await c.byHand?.(form);
    const before = await pageState(form);
    await fillUnknown(panel, c.preview);
    await expect(status(panel)).toContainText(/^Đã điền/);
    expect(await pageState(form)).not.toEqual(before);
    await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
    await expect(status(panel)).toHaveText(UNDONE_ALL);
    await expect.poll(() => pageState(form)).toEqual(before);
    await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
    await expect(status(panel)).toHaveText('Không có gì để hoàn tác.');
  });
}

test('cong-aspnet.html: read-only and disabled personnel-record fields are left alone and named as locked', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-aspnet.html`);
  await fillUnknown(panel, ['Họ và tên']);
  await expect(status(panel)).toContainText('Đơn vị công tác');
  await expect(status(panel)).toContainText(/khoá|khóa/);
  await expect(form.locator('#MainContent_txtDonVi')).toHaveValue('Sở Nội vụ');
  // The watermark held in the value is replaced, not appended to.
  await expect(form.locator('#MainContent_txtChiBo')).toHaveValue('Chi bộ Văn phòng');
  // The total is the page's own, computed on keyup: it shows the sum of what was typed.
  await expect(form.locator('#MainContent_txtTongDiem')).toHaveValue('90');
});

test('bootstrap.html?khoa=1: a record the page has locked is not written at all, and the panel says so', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bootstrap.html?khoa=1`);
  const before = await pageState(form);
  await fillUnknown(panel, ['Họ và tên']);
  await expect(status(panel)).toContainText(/^Đã điền 0\/\d+/);
  await expect(status(panel)).toContainText(/khoá|khóa/);
  expect(await pageState(form)).toEqual(before);
});

test('laravel.html: tabs as separate forms are filled tab by tab; each tab’s own save accepts the draft', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/laravel.html`);
  await fillUnknown(panel, ['Họ và tên', 'Chi bộ', 'Đơn vị công tác', 'Nhóm tiêu chí chung', 'Đề xuất xếp loại']);
  // Only the open tab is filled; the others are named, not written behind the person's back.
  await expect(status(panel)).toContainText(/^Đã điền 3\/\d+/);
  await expect(form.locator('#kiem-diem [name=uu_diem]')).toHaveValue('');
  await form.getByRole('button', { name: 'Lưu thông tin' }).click();
  for (const [tab, save, before] of [
    ['2. Kiểm điểm', 'Lưu phần kiểm điểm', 'Họ và tên'],
    ['3. Tự chấm điểm', 'Lưu điểm', 'Ưu điểm, kết quả đạt được'],
  ] as const) {
    await form.getByRole('tab', { name: tab }).click();
    await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
    // Every tab's fill says "Đã điền 3/…": this one's is told by the previous tab's field, now closed, named hidden.
    await expect(status(panel)).toContainText(new RegExp(`^Đã điền 3/\\d+.*"${before}": ô đang ẩn`));
    await form.getByRole('button', { name: save }).click();
  }
  expect(await pageReceived(form)).toEqual({
    'thong-tin': { ho_ten: 'Nguyễn Văn A', chi_bo: 'Chi bộ Văn phòng', don_vi: 'Phòng Tổ chức' },
    'kiem-diem': { uu_diem: 'Hoàn thành tốt nhiệm vụ.', han_che: '1. Chậm báo cáo', phuong_huong: 'Lập lịch tuần.' },
    'cham-diem': { diem_chung: '27,50', diem_ket_qua: '62,50', tong_diem: '90,00', xep_loai: '2' },
  });
});

test('laravel.html: a text longer than the field’s maxlength is never cut silently; the field is named', async ({
  context,
  extensionId,
}) => {
  const direction = 'Tăng cường tự học, lập lịch công việc từng tuần và báo cáo đúng hạn với chi bộ.';
  expect(direction.length).toBeGreaterThan(60);
  const { form, panel } = await beside(context, extensionId, `${portal.url}/laravel.html`, { direction });
  await form.getByRole('tab', { name: '2. Kiểm điểm' }).click();
  await fillUnknown(panel, ['Phương hướng']);
  await expect(status(panel)).toContainText('Phương hướng, biện pháp khắc phục');
  const written = await form.locator('#kiem-diem [name=phuong_huong]').inputValue();
  expect(written.length).toBeLessThanOrEqual(60);
});

test('quy-09a.html: a draft scored by the leaders’ pack answers the criteria table out of the box, row by row, with the reasons; the page accepts it', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/quy-09a.html`, {
    general: '27',
    results: '63',
  });
  await panel.locator('[name="subject.kind"]').selectOption('leader');
  await panel.locator('[name="pack"]').selectOption('qd366-pl2-leader-example');
  const pack = builtinPack('qd366-pl2-leader-example');
  if (!pack) throw new Error('no pack');
  const notMet: Record<string, string> = { 'pl2-1.1': 'Chưa dự đủ buổi sinh hoạt', 'pl2-2.1': 'Nộp báo cáo chậm' };
  const codes: string[] = [];
  for (const section of pack.general.sections)
    for (const c of section.criteria) {
      codes.push(c.id.slice(4));
      await panel.locator(`[name="criteria.items.${c.id}"]`).selectOption(notMet[c.id] ? 'not' : 'met');
    }
  for (const [id, why] of Object.entries(notMet)) await panel.locator(`[name="notes.${id}"]`).fill(why);
  for (const [id, points] of Object.entries({ t1: '10', t2: '15', t3: '10', t4: '20', t5: '8', t6: '0' }))
    await panel.locator(`[name="criteria.items.pl2-${id}"]`).fill(points);
  await expect(panel.getByTestId('pack-totals')).toContainText('27/30');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // Before anything is pressed, the preview says which rows will be answered, by the page's codes.
  await expect(panel.getByTestId('preview-criteria')).toHaveText(
    `Bảng tiêu chí: chọn Đảm bảo / Không đảm bảo (và ghi lý do) theo bản kiểm điểm ở các hàng ${codes.join(', ')}.`,
  );
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  // 17 criteria, 2 reasons, name, cell, results and level held; only the page's own sums are left to it.
  await expect(status(panel)).toContainText(
    'Đã điền 23/25; chưa điền được: "Nhóm tiêu chí chung": trang khoá (chỉ đọc), không điền. "Tổng điểm": trang khoá (chỉ đọc), không điền.',
  );
  await expect(form.locator('#diem-chung')).toHaveValue('27');
  await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const got = await pageReceived(form);
  expect(got).toMatchObject({ hoTen: 'Nguyễn Văn A', diemChung: 27, diemKetQua: 63, tongDiem: 90, xepLoai: 'HTTNV' });
  expect(got.criteria).toEqual(
    Object.fromEntries(
      codes.map((code) => {
        const why = notMet[`pl2-${code}`];
        return [code, why ? { choice: 'Không đảm bảo', reason: why } : { choice: 'Đảm bảo', reason: '' }];
      }),
    ),
  );
});

// The field cases X1–X5, through the extension with the ordinary draft and its own buttons.

const probe = (form: Page) => form.evaluate(() => (window as unknown as { probe: () => unknown }).probe());

test('X1: the visible desktop copy is filled and checked; the hidden phone copy is left alone', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${cases.url}/X1-hidden-duplicate-official.html`);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // The preview says beforehand what of the draft this page has no field for.
  await expect(panel.getByTestId('preview-not-on-page')).toHaveText(X_NOT_FOUND);
  await panel.getByRole('button', { name: 'Huỷ', exact: true }).click();
  await fillUnknown(panel, ['Họ và tên', 'Nhóm tiêu chí chung', 'Tổng điểm']);
  // "4/4" is about the four fields the page has, never "everything": the rest is named.
  await expect(status(panel)).toHaveText(`Đã điền 4/4. ${X_NOT_FOUND}`);
  expect(await probe(form)).toEqual({
    visibleForm: { ho_ten: 'Nguyễn Văn A', diem_chung: '27,5', diem_ket_qua: '62,5', tong_diem: '90' },
    hiddenForm: { ho_ten: '', diem_chung: '', diem_ket_qua: '', tong_diem: '' },
  });
  await check(panel);
  await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
});

test('X2: the read-only name from the personnel record is left alone and reported as locked', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${cases.url}/X2-readonly-name-official.html`);
  await fillUnknown(panel, ['Nhóm tiêu chí chung', 'Tổng điểm']);
  await expect(status(panel)).toContainText('Họ và tên');
  await expect(status(panel)).toContainText(/khoá|khóa/);
  expect(await probe(form)).toEqual({
    ho_ten: 'Nguyễn Văn An',
    diem_chung: '27,5',
    diem_ket_qua: '62,5',
    tong_diem: '90',
  });
});

test('X3: masked score fields get one write and read back equal to the draft (27 stays 27)', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${cases.url}/X3-inputmask-official.html`, {
    general: '27',
    results: '63',
  });
  await fillUnknown(panel, ['Họ và tên', 'Nhóm tiêu chí chung', 'Tổng điểm']);
  await expect(status(panel)).toHaveText(`Đã điền 4/4. ${X_NOT_FOUND}`);
  const got = (await probe(form)) as Record<string, string>;
  expect(got.ho_ten).toBe('Nguyễn Văn A');
  expect([num(got.diem_chung), num(got.diem_ket_qua), num(got.tong_diem)]).toEqual([27, 63, 90]);
  await check(panel);
  await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
});

test('X4: a form re-rendered after each change is filled, and undo re-finds and restores it', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${cases.url}/X4-rerender-undo-official.html`);
  await fillUnknown(panel, ['Họ và tên', 'Nhóm tiêu chí chung', 'Tổng điểm']);
  await expect(status(panel)).toHaveText(`Đã điền 4/4. ${X_NOT_FOUND}`);
  await expect
    .poll(() => probe(form))
    .toEqual({ ho_ten: 'Nguyễn Văn A', diem_chung: '27,5', diem_ket_qua: '62,5', tong_diem: '90' });
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText(UNDONE_ALL);
  await expect.poll(() => probe(form)).toEqual({ ho_ten: '', diem_chung: '', diem_ket_qua: '', tong_diem: '' });
});

for (const [level, name, values] of [
  ['HTTNV', 'Hoàn thành tốt nhiệm vụ (HTTNV)', {}],
  ['HTNV', 'Hoàn thành nhiệm vụ (HTNV)', { level: 'HTNV', general: '20', results: '45' }],
] as const)
  test(`X5: the level radio of ${level} is chosen by its exact name, not a longer name that contains it`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await beside(context, extensionId, `${cases.url}/X5-level-radio-pick.html`, values);
    // Only the level is on this page: pick it, then fill.
    await openMore(panel);
    await panel.locator('[name="pickField"]').selectOption('proposedLevel');
    await panel.getByRole('button', { name: 'Chọn trường này trên trang' }).click();
    await form.getByText('Không hoàn thành nhiệm vụ (KHTNV)').click();
    await expect(status(panel)).toContainText('Đã gắn: Đề xuất xếp loại');
    expect(await probe(form)).toBeNull();
    await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
    await expect(status(panel)).toHaveText(filledAll(1));
    expect(await probe(form)).toBe(name);
  });

test('muc-khoa.html: a level the page locks (HTXSNV disabled under 90) is not chosen, and the panel says why, with the page’s hint and the rules’ reason, Vietnamese first', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/muc-khoa.html`, {
    general: '27',
    level: 'HTXSNV',
  });
  await fillUnknown(panel, ['Họ và tên', 'Tổng điểm', 'Đề xuất xếp loại']);
  await expect(status(panel)).toContainText(
    '"Đề xuất xếp loại": trang khoá lựa chọn "Hoàn thành xuất sắc nhiệm vụ" (trang ghi: "Chỉ chọn được "Hoàn thành xuất sắc nhiệm vụ" khi tổng điểm từ 90 trở lên."), chưa chọn.',
  );
  await expect(status(panel)).toContainText(
    'Theo quy định: Tổng điểm 89,5 chưa đạt 90 điểm (mức Hoàn thành xuất sắc nhiệm vụ cần từ 90 điểm) (QĐ 366-QĐ/TW, Điều 11, khoản 1).',
  );
  await expect(form.locator('#tong')).toHaveValue('89.5');
  await expect(form.locator('#xep-loai')).toHaveValue('');
});
