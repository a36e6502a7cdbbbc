import { expect, type Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { browserTest, kitBundle } from './browser';

// form-kit as the content script will carry it, injected into the portal's pages.
const bundle = kitBundle();

const test = browserTest(startPortal).extend<{ portal: string }>({
  portal: async ({ server }, use) => use(server),
});

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.addScriptTag({ content: await bundle });
}

type Plan = { key: string; locator: Record<string, string>; value: string | number | boolean; waitMs?: number }[];

async function fill(page: Page, plan: Plan) {
  return page.evaluate(async (p) => {
    const report = await (window as never as { TusoiFormKit: typeof import('../src/index') }).TusoiFormKit.fillForm(
      document,
      p as never,
    );
    (window as never as { undoFill: () => unknown }).undoFill = report.undo;
    return report.results;
  }, plan);
}

async function submitAndRead(page: Page, button: string): Promise<Record<string, string>> {
  await Promise.all([page.waitForURL(/\/submit$/), page.getByRole('button', { name: button }).click()]);
  return JSON.parse((await page.locator('#received').textContent()) ?? '{}');
}

test('(a) Mẫu 2B: one fill, the portal’s validation passes, it receives the draft; undo restores exactly', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/mau-2b.html`);
  const before = await page.evaluate(() =>
    new URLSearchParams(new FormData(document.querySelector('form') as HTMLFormElement) as never).toString(),
  );
  const plan: Plan = [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
    { key: 'unit', locator: { label: 'Đơn vị công tác' }, value: 'Phòng Tổ chức' },
    { key: 'cell', locator: { label: 'chi bo' }, value: 'Chi bộ Văn phòng' },
    {
      key: 'strengths',
      locator: { label: 'I. Ưu điểm, kết quả đạt được' },
      value: 'Hoàn thành tốt nhiệm vụ được giao.',
    },
    {
      key: 'shortcomings',
      locator: { label: 'II. Hạn chế, khuyết điểm và nguyên nhân' },
      value: 'Có lúc chậm tiến độ; nguyên nhân chủ quan.',
    },
    { key: 'prior', locator: { label: 'III. Kết quả khắc phục' }, value: 'Đã khắc phục.' },
    { key: 'direction', locator: { label: 'VI. Phương hướng' }, value: 'Lập kế hoạch theo tuần.' },
    { key: 'c1', locator: { table: '', row: 'Về chính trị', column: 'Đảm bảo' }, value: true },
    { key: 'c2', locator: { table: '', row: 'Về tự phê bình', column: 'Không đảm bảo' }, value: true },
    { key: 'general', locator: { label: 'Nhóm tiêu chí chung' }, value: 27.5 },
    { key: 'results', locator: { label: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ' }, value: 64 },
    { key: 'total', locator: { label: 'Tổng điểm' }, value: 91.5 },
    { key: 'level', locator: { name: 'xep_loai' }, value: 'Hoàn thành tốt nhiệm vụ' },
    { key: 'pledge', locator: { name: 'cam_ket' }, value: true },
  ];
  const results = await fill(page, plan);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);

  const undone = (await page.evaluate(() => (window as never as { undoFill: () => unknown }).undoFill())) as {
    left: { key: string; name: string; why: string }[];
  };
  // Texts and the checkbox go back exactly; radio choices cannot be unselected by a person, and the report says so,
  // naming each group as the form does (its label or criterion row, never the step's key).
  expect(undone.left).toEqual([
    { key: 'level', name: 'II. Đề xuất xếp loại mức chất lượng', why: 'cannot-unselect' },
    { key: 'c2', name: 'Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm', why: 'cannot-unselect' },
    { key: 'c1', name: 'Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật', why: 'cannot-unselect' },
  ]);
  expect(
    await page.evaluate(() =>
      new URLSearchParams(new FormData(document.querySelector('form') as HTMLFormElement) as never).toString(),
    ),
  ).toBe(
    `${before.replace('&diem_chung', '&tc_chinh_tri=dam-bao&tc_tu_phe_binh=khong-dam-bao&diem_chung')}&xep_loai=2`,
  );

  await fill(page, plan);
  expect(await submitAndRead(page, 'Gửi bản kiểm điểm')).toEqual({
    ho_ten: 'Nguyễn Văn A',
    don_vi: 'Phòng Tổ chức',
    chi_bo: 'Chi bộ Văn phòng',
    uu_diem: 'Hoàn thành tốt nhiệm vụ được giao.',
    han_che: 'Có lúc chậm tiến độ; nguyên nhân chủ quan.',
    khac_phuc: 'Đã khắc phục.',
    phuong_huong: 'Lập kế hoạch theo tuần.',
    tc_chinh_tri: 'dam-bao',
    tc_tu_phe_binh: 'khong-dam-bao',
    diem_chung: '27,5',
    diem_ket_qua: '64',
    tong_diem: '91,5',
    xep_loai: '2',
    cam_ket: 'co',
  });
});

test('(c) Mẫu 2A: controlled inputs keep their values after blur; custom dropdown and date picker', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/mau-2a.html`);
  // A bare .value assignment is what React throws away: show the portal really behaves so.
  await page.evaluate(() => {
    const el = document.querySelector('[name=ho_ten]') as HTMLInputElement;
    el.value = 'Bị bỏ qua';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('blur'));
  });
  await expect(page.locator('[name=ho_ten]')).toHaveValue('');

  const results = await fill(page, [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Trần Thị B' },
    { key: 'post', locator: { label: 'Chức vụ' }, value: 'Trưởng phòng' },
    { key: 'strengths', locator: { label: 'Ưu điểm' }, value: 'Lãnh đạo đơn vị hoàn thành kế hoạch.' },
    { key: 'general', locator: { label: 'Nhóm tiêu chí chung' }, value: 28 },
    { key: 'results', locator: { label: 'Nhóm tiêu chí về kết quả' }, value: 63.5 },
    { key: 'total', locator: { label: 'Tổng điểm' }, value: 91.5 },
    { key: 'level', locator: { label: 'Đề xuất xếp loại' }, value: 'Hoàn thành xuất sắc nhiệm vụ' },
  ]);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  await page.locator('body').click();
  await expect(page.locator('[name=ho_ten]')).toHaveValue('Trần Thị B');
  // The hidden ISO date behind a read-only date picker is not something a person types into: not filled.
  const date = await fill(page, [{ key: 'date', locator: { name: 'ngay' }, value: '2025-12-15' }]);
  expect(date.date?.status).toBe('hidden');
  await page.evaluate(() => {
    (document.getElementById('ngay') as HTMLInputElement).value = '2025-12-15';
  });
  expect(await submitAndRead(page, 'Nộp')).toEqual({
    ho_ten: 'Trần Thị B',
    chuc_vu: 'truong-phong',
    ngay: '2025-12-15',
    uu_diem: 'Lãnh đạo đơn vị hoàn thành kế hoạch.',
    diem_chung: '28',
    diem_ket_qua: '63.5',
    tong_diem: '91.5',
    xep_loai: 'HTXSNV',
  });
});

test('(e) quarterly table: toggles by row × column through re-renders, a reason that appears, both number formats', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/bang-diem-quy.html`);
  const rows = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'];
  const results = await fill(page, [
    ...rows.map((row) => ({
      key: row,
      locator: { table: '', row, column: row === '2.3' ? 'Không đảm bảo' : 'Đảm bảo' },
      value: true,
    })),
    {
      key: 'why',
      locator: { table: '', row: '2.3', column: 'Lý do' },
      value: 'Chưa hoàn thành khoá bồi dưỡng',
      waitMs: 2000,
    },
    { key: 'number', locator: { label: 'Điểm kết quả (số)' }, value: 62.5 },
    { key: 'text', locator: { label: 'Điểm kết quả (ghi bằng chữ số' }, value: 62.5 },
  ]);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  expect(results.text?.readBack).toBe('62,5');
  expect(results.number?.readBack).toBe('62.5');
  await expect(page.locator('button[aria-pressed=true]')).toHaveCount(15);
  const points = Object.fromEntries(rows.map((row) => [`diem_${row.replace('.', '_')}`, row === '2.3' ? '0' : '2']));
  expect(await submitAndRead(page, 'Hoàn thành đánh giá')).toEqual({
    ...points,
    ly_do_2_3: 'Chưa hoàn thành khoá bồi dưỡng',
    diem_ket_qua: '62.5',
    diem_ket_qua_chu: '62,5',
  });
});

test('(b) Mẫu 05 wizard: fields that appear only after "Tiếp tục" are waited for; "Hoàn thành" is never pressed', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/mau-05.html`);
  const results = await fill(page, [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Lê Văn C' },
    { key: 'quarter', locator: { label: 'Quý' }, value: '3' },
    { key: 'next1', locator: { css: '#buoc-1 [data-next]' }, click: true } as never,
    { key: 'general', locator: { label: 'Nhóm tiêu chí chung' }, value: 26, waitMs: 3000 },
    { key: 'results', locator: { label: 'Nhóm tiêu chí về kết quả' }, value: 60 },
    { key: 'next2', locator: { css: '#buoc-2 [data-next]' }, click: true } as never,
    { key: 'total', locator: { label: 'Tổng điểm' }, value: 86, waitMs: 3000 },
    { key: 'level', locator: { label: 'Đề xuất xếp loại' }, value: 'Hoàn thành tốt nhiệm vụ' },
    { key: 'finish', locator: { css: 'button[type=submit]' }, click: true } as never,
  ]);
  expect(
    Object.entries(results)
      .filter(([, r]) => !r.ok)
      .map(([k, r]) => [k, r.error]),
  ).toEqual([['finish', 'refused']]);
  await expect(page).toHaveURL(/mau-05\.html$/);
  expect(await submitAndRead(page, 'Hoàn thành')).toEqual({
    ho_ten: 'Lê Văn C',
    quy: '3',
    diem_chung: '26',
    diem_ket_qua: '60',
    tong_diem: '86',
    xep_loai: 'Hoàn thành tốt nhiệm vụ',
  });
});

test('(d) a form inside a same-origin iframe', async ({ page, portal }) => {
  await open(page, `${portal}/khung.html`);
  await page.frameLocator('#khung').locator('[name=ho_ten]').waitFor();
  const results = await fill(page, [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Phạm Thị D' },
    { key: 'shortcomings', locator: { label: 'Hạn chế, khuyết điểm' }, value: 'Chưa chủ động.' },
    { key: 'general', locator: { label: 'Nhóm tiêu chí chung' }, value: 25 },
    { key: 'results', locator: { label: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ' }, value: 55.25 },
    { key: 'total', locator: { label: 'Tổng điểm' }, value: 80.25 },
  ]);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  const frame = page.frameLocator('#khung');
  await Promise.all([page.waitForURL(/\/submit$/), frame.getByRole('button', { name: 'Gửi' }).click()]);
  expect(JSON.parse((await page.locator('#received').textContent()) ?? '{}')).toEqual({
    ho_ten: 'Phạm Thị D',
    han_che: 'Chưa chủ động.',
    diem_chung: '25',
    diem_ket_qua: '55,25',
    tong_diem: '80,25',
  });
});

test('(f) part A in a rich-text editor that only learns text from input events', async ({ page, portal }) => {
  await open(page, `${portal}/soan-thao.html`);
  const results = await fill(page, [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Võ Văn E' },
    { key: 'strengths', locator: { label: 'I. Ưu điểm, kết quả đạt được' }, value: 'Hoàn thành 100% nhiệm vụ.' },
    { key: 'shortcomings', locator: { label: 'II. Hạn chế' }, value: 'Đôi lúc chậm báo cáo.' },
  ]);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  expect(await submitAndRead(page, 'Gửi')).toEqual({
    ho_ten: 'Võ Văn E',
    uu_diem: 'Hoàn thành 100% nhiệm vụ.',
    han_che: 'Đôi lúc chậm báo cáo.',
  });
});

const DRAFT = {
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff', name: 'Nguyễn Văn A', unit: 'Phòng Tổ chức', cell: 'Chi bộ Văn phòng' },
  scores: { general: 27.5, results: 62.5 },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 1, late: 0 },
  review: {
    strengths: 'Hoàn thành tốt nhiệm vụ.',
    shortcomings: [{ text: 'Chậm báo cáo', cause: 'Chủ quan' }],
    direction: 'Lập lịch tuần.',
  },
  priorShortcomings: [{ text: 'Ít phát biểu', status: 'fixed' }],
  proposedLevel: 'HTTNV',
};

type Kit = typeof import('../src/index');

test('a built-in map fills Mẫu 2B from a draft in one action; the portal receives the draft', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/mau-2b.html`);
  const results = await page.evaluate(async (draft) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const map = kit.DEMO_MAPS.find((m) => kit.mapMatches(m, location.href));
    if (!map) throw new Error('no map');
    return (await kit.fillForm(document, kit.planFromMap(map, draft as never))).results;
  }, DRAFT);
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  expect(await submitAndRead(page, 'Gửi bản kiểm điểm')).toMatchObject({
    ho_ten: 'Nguyễn Văn A',
    don_vi: 'Phòng Tổ chức',
    chi_bo: 'Chi bộ Văn phòng',
    uu_diem: 'Hoàn thành tốt nhiệm vụ.',
    han_che: '1. Chậm báo cáo. Nguyên nhân: Chủ quan',
    khac_phuc: '1. Ít phát biểu. Kết quả: đã khắc phục',
    phuong_huong: 'Lập lịch tuần.',
    diem_chung: '27.5',
    diem_ket_qua: '62.5',
    tong_diem: '90',
    xep_loai: '2',
  });
});

test('an unknown form with the official labels is detected, previewed, then filled once accepted', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/cong-khac.html`);
  const detection = await page.evaluate(() => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    if (kit.DEMO_MAPS.some((m) => kit.mapMatches(m, location.href))) throw new Error('should be unknown');
    return kit.detectForm(document, location.href);
  });
  expect(detection?.preview.map((p) => [p.field, p.found])).toEqual([
    ['subject.name', 'input[name=f01]'],
    ['review.strengths', 'textarea[name=f02]'],
    ['review.shortcomings', 'textarea[name=f03]'],
    ['review.direction', 'textarea[name=f04]'],
    ['scores.general', 'input[name=f05]'],
    ['scores.results', 'input[name=f06]'],
    ['scores.total', 'input[name=f07]'],
    ['proposedLevel', 'input[name=f08] (radio × 4)'],
  ]);
  // Nothing is written before the preview is accepted.
  expect(await page.locator('[name=f01]').inputValue()).toBe('');
  const results = await page.evaluate(
    async ({ map, draft }) => {
      const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
      return (await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(map), draft as never))).results;
    },
    { map: detection?.map, draft: DRAFT },
  );
  expect(Object.entries(results).filter(([, r]) => !r.ok)).toEqual([]);
  expect(await submitAndRead(page, 'Lưu và gửi')).toEqual({
    f01: 'Nguyễn Văn A',
    f02: 'Hoàn thành tốt nhiệm vụ.',
    f03: '1. Chậm báo cáo. Nguyên nhân: Chủ quan',
    f04: 'Lập lịch tuần.',
    f05: '27,5',
    f06: '62,5',
    f07: '90',
    f08: 'b',
  });
});

test('check reports each seeded mistake beside its field, in a shadow root, and nothing on a correct form', async ({
  page,
  portal,
}) => {
  await open(page, `${portal}/mau-2b.html`);
  const run = () =>
    page.evaluate((draft) => {
      const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
      const map = kit.DEMO_MAPS[0];
      kit.clearAnnotations(document);
      const problems = kit.checkForm(document, map as never, draft as never, {}, kit.judgeProposal);
      kit.annotate(problems);
      return problems.map((p) => `${p.code}:${p.field}`);
    }, DRAFT);
  await page.evaluate(async (draft) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    await kit.fillForm(document, kit.planFromMap(kit.DEMO_MAPS[0] as never, draft as never));
  }, DRAFT);
  expect(await run()).toEqual([]);
  expect(await page.locator('tusoi-note').count()).toBe(0);

  // Seed mistakes the way people make them.
  await page.fill('[name=ho_ten]', '');
  await page.fill('[name=uu_diem]', '   ');
  await page.fill('[name=phuong_huong]', '');
  await page.fill('[name=han_che]', '');
  await page.fill('[name=diem_chung]', '31');
  await page.fill('[name=diem_ket_qua]', 'sáu mươi');
  await page.fill('[name=khac_phuc]', '1. Ít phát biểu');
  await page.check('input[name=xep_loai][value="1"]');
  const first = await run();
  expect(first).toEqual([
    'EMPTY_REQUIRED:subject.name',
    'EMPTY_REQUIRED:review.strengths',
    'EMPTY_REQUIRED:review.shortcomings',
    'EMPTY_REQUIRED:review.direction',
    'OUT_OF_RANGE:scores.general',
    'NOT_A_NUMBER:scores.results',
    'DIFFERS_FROM_DRAFT:proposedLevel',
    'PRIOR_NO_STATUS:priorShortcomings',
  ]);
  await page.fill('[name=diem_chung]', '28');
  await page.fill('[name=diem_ket_qua]', '62,5');
  await page.fill('[name=tong_diem]', '91');
  const second = await run();
  expect(second).toEqual([
    'EMPTY_REQUIRED:subject.name',
    'EMPTY_REQUIRED:review.strengths',
    'EMPTY_REQUIRED:review.shortcomings',
    'EMPTY_REQUIRED:review.direction',
    // The built-in map states that this portal takes a dot.
    'DECIMAL_REFUSED:scores.results',
    'TOTAL_MISMATCH:scores.total',
    'PROPOSED_ABOVE_RULES:proposedLevel',
    // 28 on the page where the draft says 27.5.
    'DIFFERS_FROM_DRAFT:scores.general',
    'PRIOR_NO_STATUS:priorShortcomings',
  ]);
  // Twelve distinct mistakes (code × field) across the two rounds, each beside its own field.
  expect(new Set([...first, ...second]).size).toBe(12);
  // The proposal above the rules is drawn from the draft's task counts, which the page does not
  // hold: it stays in the side panel, not on the page.
  expect(await page.locator('tusoi-note').count()).toBe(8);
  expect(await page.locator('tusoi-note[data-code=PROPOSED_ABOVE_RULES]').count()).toBe(0);
  const note = await page.locator('tusoi-note[data-code=TOTAL_MISMATCH]').evaluate((el) => el.shadowRoot?.textContent);
  expect(note).toBe('Tự Soi: Tổng điểm ghi 91 nhưng hai nhóm cộng lại là 90,5.');

  // A tenth: no level chosen at all.
  await open(page, `${portal}/mau-2b.html`);
  await page.evaluate(async (draft) => {
    const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
    const { proposedLevel: _p, ...rest } = draft;
    await kit.fillForm(document, kit.planFromMap(kit.DEMO_MAPS[0] as never, rest as never));
  }, DRAFT);
  expect(await run()).toEqual(['NO_PROPOSED_LEVEL:proposedLevel']);
});
