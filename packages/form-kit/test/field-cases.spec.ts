// Every field case (test/field-cases/F*.html, from public bug reports of form fillers) in real
// Chromium, with form-kit injected as the content script carries it.
import { expect, fill, fillMap, open, plan, probe, test, undo, type W } from './kit-fixture';

test('F01 React controlled form: fill reaches React state; undo restores the texts and says the radio stayed', async ({
  page,
  site,
}) => {
  await open(page, site, 'F01-react-controlled');
  const { results, summary } = await fill(page, plan('F01-react-controlled').plan);
  expect(summary.vi).toBe('Đã điền 3/3');
  expect(results['scores.general']?.written).toBe('27,5');
  expect(await probe(page)).toEqual({
    reactState: { hoTen: 'Trần Thị B', diemChung: '27,5', xepLoai: '2' },
    dom: { ho_ten: 'Trần Thị B', diem_chung: '27,5', xep_loai_checked: '2' },
  });
  const u = await undo(page);
  const p = (await probe(page)) as { reactState: { hoTen: string; diemChung: string; xepLoai: string } };
  expect(p.reactState.hoTen).toBe('');
  expect(p.reactState.diemChung).toBe('');
  // A radio cannot be unselected by any event a person makes: the report says so, and agrees with React.
  expect(u.restored.sort()).toEqual(['scores.general', 'subject.name']);
  expect(u.left).toEqual([{ key: 'proposedLevel', name: 'Đề xuất xếp loại', why: 'cannot-unselect' }]);
  // Named by the form's words, never the draft key.
  expect(u.message.vi).toBe('Đã hoàn tác 2/3. "Đề xuất xếp loại": không bỏ chọn được (hãy tự chọn lại).');
  // What React holds and what the page shows agree.
  expect(p.reactState.xepLoai).toBe('2');
  expect((p as never as { dom: { xep_loai_checked: string } }).dom.xep_loai_checked).toBe('2');
});

test('F02 Vue v-model: fill and undo reach the Vue model (checkbox included); a kept radio is reported', async ({
  page,
  site,
}) => {
  await open(page, site, 'F02-vue-vmodel');
  const { summary } = await fill(page, plan('F02-vue-vmodel').plan);
  expect(summary.vi).toBe('Đã điền 4/4');
  expect(await probe(page)).toEqual({
    vueModel: { hoTen: 'Lê Văn C', diemChung: '28', camKet: true, xepLoai: '2' },
    domChecked: '2',
  });
  const u = await undo(page);
  const p = (await probe(page)) as { vueModel: Record<string, unknown>; domChecked: string | null };
  expect(p.vueModel).toMatchObject({ hoTen: '', diemChung: '', camKet: false });
  // The report agrees with Vue's model and the page about the radio.
  expect(p.vueModel.xepLoai).toBe('2');
  expect(p.domChecked).toBe('2');
  expect(u.restored.sort()).toEqual(['commit', 'scores.general', 'subject.name']);
  expect(u.left).toEqual([{ key: 'proposedLevel', name: 'Đề xuất xếp loại', why: 'cannot-unselect' }]);
});

for (const [id, want] of [
  ['F04-inputmask-decimal', { diem_chung: '27,50', diem_ket_qua: '64,00' }],
  ['F04b-inputmask-integer', { diem_chung: '3,00', diem_ket_qua: '7,00' }],
] as const) {
  test(`${id} Inputmask: one write, numeric read-back equals the draft; check compares with the draft`, async ({
    page,
    site,
  }) => {
    await open(page, site, id);
    const c = plan(id);
    const { results, summary } = await fill(page, c.plan);
    expect(summary.vi).toBe('Đã điền 2/2');
    expect(results['scores.general']?.status).toBe('held-reformatted');
    const p = (await probe(page)) as Record<string, { value: string; changeEvents: number }>;
    expect(p.diem_chung?.value).toBe(want.diem_chung);
    expect(p.diem_ket_qua?.value).toBe(want.diem_ket_qua);
    expect(p.diem_chung?.changeEvents).toBeGreaterThan(0);
    const draft = { scores: { general: c.plan[0].value, results: c.plan[1].value } };
    const problems = await page.evaluate(
      ({ map, draft }) =>
        (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map((x) => x.code),
      { map: c.check.map, draft },
    );
    expect(problems).toEqual([]);
    // A value ten times the draft (3 → 30) is found.
    const wrong = await page.evaluate(
      ({ map, draft }) =>
        (window as never as W).TusoiFormKit.checkForm(
          document,
          map as never,
          { scores: { general: draft.scores.general * 10, results: draft.scores.results } } as never,
        ).map((x) => `${x.code}:${x.field}`),
      { map: c.check.map, draft },
    );
    expect(wrong).toEqual(['DIFFERS_FROM_DRAFT:scores.general']);
  });
}

test('F05 AutoNumeric vi-VN: the value is typed as the widget expects and read back as a number', async ({
  page,
  site,
}) => {
  await open(page, site, 'F05-autonumeric-vi');
  const { summary } = await fill(page, plan('F05-autonumeric-vi').plan);
  expect(summary.vi).toBe('Đã điền 2/2');
  const p = (await probe(page)) as {
    diem_chung: { number: number };
    diem_ket_qua: { number: number };
    tong_diem: string;
  };
  expect(p.diem_chung.number).toBe(27.5);
  expect(p.diem_ket_qua.number).toBe(64);
  expect(p.tong_diem).toBe('91,5');
});

test('F06 maxlength: nothing longer than the field allows is written; the report names the field', async ({
  page,
  site,
}) => {
  await open(page, site, 'F06-maxlength');
  const { results, summary } = await fill(page, plan('F06-maxlength').plan);
  expect(results['review.strengths']?.status).toBe('too-long');
  expect(results['subject.name']?.status).toBe('too-long');
  expect(summary.vi).toContain('Đã điền 0/2');
  expect(summary.vi).toContain('"I. Ưu điểm, kết quả đạt được": dài hơn trang cho phép (114/60 ký tự)');
  expect(summary.vi).toContain('"Họ và tên": dài hơn trang cho phép (20/10 ký tự)');
  expect(await probe(page)).toEqual({
    uu_diem: { length: 0, max: 60, tooLong: false, formValid: true },
    ho_ten: { value: '', length: 0, max: 10 },
  });
});

test('F07 readonly and disabled fields are left alone and reported as locked by the page', async ({ page, site }) => {
  await open(page, site, 'F07-readonly-disabled');
  const { results, summary } = await fill(page, plan('F07-readonly-disabled').plan);
  expect(results['subject.name']?.status).toBe('locked');
  expect(results['subject.unit']?.status).toBe('locked');
  expect(results['scores.general']?.status).toBe('held');
  expect(summary.vi).toMatch(/^Đã điền 1\/3; chưa điền được: "Họ và tên": trang khoá \(chỉ đọc\)/);
  expect(await probe(page)).toEqual({
    shown: { ho_ten: 'Nguyễn Văn An', don_vi: 'Văn phòng Sở' },
    submitted: { ho_ten: 'Nguyễn Văn An', diem_chung: '27,5' },
  });
});

test('F08 level radios listed lowest first: HTNV picks "Hoàn thành nhiệm vụ (HTNV)", never KHTNV', async ({
  page,
  site,
}) => {
  await open(page, site, 'F08-level-radio-substring');
  const c = plan('F08-level-radio-substring');
  const { summary } = await fillMap(page, c.map, c.draft);
  expect(summary.vi).toBe('Đã điền 1/1');
  expect(await probe(page)).toEqual({ value: '3', label: 'Hoàn thành nhiệm vụ (HTNV)' });
  for (const [level, value] of [
    ['KHTNV', '4'],
    ['HTXSNV', '1'],
    ['HTTNV', '2'],
  ]) {
    await fillMap(page, c.map, { proposedLevel: level });
    expect(((await probe(page)) as { value: string }).value).toBe(value);
  }
});

test('F09 Quill: the editor model gets the text; undo restores it exactly (no blank line left)', async ({
  page,
  site,
}) => {
  await open(page, site, 'F09-quill-editor');
  const c = plan('F09-quill-editor');
  const empty = await probe(page);
  const { summary } = await fillMap(page, c.map, c.draft);
  expect(summary.vi).toBe('Đã điền 1/1');
  const p = (await probe(page)) as { quillModel: string; hidden: string };
  expect(p.hidden).toBe(
    '1. Có việc còn chậm tiến độ. Nguyên nhân: chủ quan. Khắc phục: lập kế hoạch theo tuần\n2. Chưa mạnh dạn phê bình. Nguyên nhân: nể nang',
  );
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 1/1.');
  expect(await probe(page)).toEqual(empty);
});

test('F10 Select2 over a select: the select, the shown text and jQuery handlers follow', async ({ page, site }) => {
  await open(page, site, 'F10-select2');
  const { summary } = await fill(page, plan('F10-select2').plan);
  expect(summary.vi).toBe('Đã điền 1/1');
  const p = (await probe(page)) as { selectValue: string; shown: string; seen: { jqChange: string[] } };
  expect(p.selectValue).toBe('cb02');
  expect(p.shown).toBe('Chi bộ Phòng Tổ chức');
  expect(p.seen.jqChange).toEqual(['cb02']);
  await undo(page);
  expect(((await probe(page)) as { selectValue: string }).selectValue).toBe('');
});

test('F11 hidden phone copy before the visible form: the visible one is filled, the hidden one untouched', async ({
  page,
  site,
}) => {
  await open(page, site, 'F11-hidden-duplicate-form');
  const { summary } = await fill(page, plan('F11-hidden-duplicate-form').plan);
  expect(summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({
    visibleForm: { ho_ten: 'Phạm Văn D', tong_diem: '91,5' },
    hiddenForm: { ho_ten: '', tong_diem: '' },
  });
});

test('F12 section re-rendered after each change: read-back and undo find the new fields', async ({ page, site }) => {
  await open(page, site, 'F12-rerender-undo');
  const { summary } = await fill(page, plan('F12-rerender-undo').plan);
  expect(summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({
    ho_ten: 'Hoàng Thị E',
    diem_chung: '27,5',
    serverState: { ho_ten: 'Hoàng Thị E', diem_chung: '27,5' },
  });
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  expect(await probe(page)).toEqual({
    ho_ten: 'Bản nháp cũ',
    diem_chung: '20',
    serverState: { ho_ten: 'Bản nháp cũ', diem_chung: '20' },
  });
  expect((await undo(page)).message.vi).toBe('Không có gì để hoàn tác.');
});

test('F12 a field the user changed after the fill is not undone', async ({ page, site }) => {
  await open(page, site, 'F12-rerender-undo');
  await fill(page, plan('F12-rerender-undo').plan);
  await page.fill('[name=ho_ten]', 'Người dùng sửa');
  await page.locator('[name=ho_ten]').blur();
  await page.waitForTimeout(20);
  const u = await undo(page);
  expect(u.left).toEqual([{ key: 'subject.name', name: 'Họ và tên', why: 'user-changed' }]);
  expect(u.message.vi).toBe('Đã hoàn tác 1/2. "Họ và tên": đã được sửa sau khi điền, giữ nguyên.');
  expect(await probe(page)).toMatchObject({ ho_ten: 'Người dùng sửa', diem_chung: '20' });
});

test('F15 labels in table cells and <label> without for: detected with the official labels, previewed, filled', async ({
  page,
  site,
}) => {
  await open(page, site, 'F15-unassociated-labels');
  const preview = (await probe(page)) as { detectForm: { field: string; found: string; via: string }[] };
  expect(preview.detectForm.map((p) => [p.field, p.found, p.via])).toEqual([
    ['subject.name', 'input[name=txtHoTen]', 'cell'],
    ['scores.general', 'input[name=txtDiem1]', 'cell'],
    ['scores.results', 'input[name=txtDiem2]', 'sibling'],
    ['scores.total', 'input[name=txtTong]', 'sibling'],
  ]);
  const { summary } = await fill(page, plan('F15-unassociated-labels').plan);
  expect(summary.vi).toBe('Đã điền 4/4');
  expect(await probe(page)).toMatchObject({ txtHoTen: 'Vũ Thị G', txtDiem1: '27,5', txtDiem2: '64', txtTong: '91,5' });
});

test('F16 NFD labels: detected and filled like NFC ones', async ({ page, site }) => {
  await open(page, site, 'F16-nfd-labels');
  const before = (await probe(page)) as { detected: string[] };
  expect(before.detected).toEqual([
    'subject.name <- input[name=a]',
    'scores.general <- input[name=b]',
    'scores.results <- input[name=c]',
    'scores.total <- input[name=d]',
    'proposedLevel <- input[name=xl] (radio × 4)',
  ]);
  const { summary } = await fill(page, plan('F16-nfd-labels').plan);
  expect(summary.vi).toBe('Đã điền 5/5');
  expect(await probe(page)).toMatchObject({ a: 'Đặng Văn H', b: '28', c: '63,5', d: '91,5', xl: '3' });
});
