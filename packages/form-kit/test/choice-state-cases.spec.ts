// Fields that already hold something, and choices whose state only their look shows: a masked
// score reopened with "27,00" in it, level pills that are bare spans marked by a class or a data
// attribute, with the click handled by their parent. Pages in test/field-cases/T17 and V*.html.
import { detectAndFill, expect, fill, open, probe, test, undo, type W } from './kit-fixture';

const scores = (general: number, results: number) => [
  { key: 'scores.general', locator: { name: 'diem_chung' }, value: general },
  { key: 'scores.results', locator: { name: 'diem_ket_qua' }, value: results },
];

test('V01 an Inputmask decimal field already showing "27,00" (or "0,00") is replaced as a person does, select all then type: 27.5 reads "27,50", never "27,05"', async ({
  page,
  site,
}) => {
  await open(page, site, 'V01-mask-holding-value');
  const first = await fill(page, scores(27.5, 64));
  expect(first.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({ diem_chung: '27,50', diem_ket_qua: '64,00', tong: '91,50' });
  expect(first.results['scores.general']).toMatchObject({ ok: true, status: 'held-reformatted', readBack: '27,50' });
  // Undo puts back what each showed before, compared by number.
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  expect(await probe(page)).toMatchObject({ diem_chung: '27,00', diem_ket_qua: '0,00' });
  // A whole number over a whole number is not appended to it (27 over "27,00" once read "270,00").
  const again = await fill(page, scores(27, 3));
  expect(again.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ diem_chung: '27,00', diem_ket_qua: '3,00' });
  // A refill over the fill's own value; a leading zero is not taken for the whole part ("0,5" once read "0,05").
  const third = await fill(page, scores(0.5, 63));
  expect(third.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ diem_chung: '0,50', diem_ket_qua: '63,00' });
  await fill(page, scores(28.5, 63));
  expect(await probe(page)).toMatchObject({ diem_chung: '28,50', diem_ket_qua: '63,00' });
  // The check reads the numbers as the draft's.
  const map = {
    format: 'tusoi.formmap/1',
    id: 'v01',
    title: { vi: 'V01' },
    match: ['http://127.0.0.1/*'],
    steps: [
      { field: 'scores.general', locator: { name: 'diem_chung' } },
      { field: 'scores.results', locator: { name: 'diem_ket_qua' } },
    ],
  };
  const check = (general: number) =>
    page.evaluate(
      ({ map, general }) =>
        (window as never as W).TusoiFormKit.checkForm(
          document,
          map as never,
          {
            scores: { general, results: 63 },
          } as never,
        ).map((p) => p.code),
      { map, general },
    );
  expect(await check(28.5)).toEqual([]);
  expect(await check(28)).toEqual(['DIFFERS_FROM_DRAFT']);
});

const checkLevel = (page: import('@playwright/test').Page, map: unknown, level: string) =>
  page.evaluate(
    ({ map, level }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, { proposedLevel: level } as never).map(
        (p) => p.message.vi,
      ),
    { map, level },
  );

const draft = {
  subject: { name: 'Nguyễn Văn A', cell: 'Chi bộ 3' },
  scores: { general: 27.5, results: 62 },
  proposedLevel: 'HTTNV',
};

test('T17 level pills as bare spans (state in a class, click handled by their parent): detected, the right pill clicked and read back by the class it gained, checked, undone', async ({
  page,
  site,
}) => {
  await open(page, site, 'T17-divgrid-pills');
  const r = await detectAndFill(page, draft);
  expect(r?.preview).toContainEqual(['proposedLevel', 'Mức xếp loại đề xuất', 'options']);
  expect(r?.summary).toBe('Đã điền 5/5');
  expect(r?.results.proposedLevel).toMatchObject({ ok: true, status: 'held', readBack: 'Tốt' });
  // The page's own handler ran: its hidden input holds the code, and only "Tốt" is highlighted.
  expect(await probe(page)).toMatchObject({ f_1: 'Nguyễn Văn A', f_6: 'HTTNV' });
  expect(await page.locator('#pills .pill.sel').allTextContents()).toEqual(['Tốt']);
  expect(r?.problems).toEqual([]);
  // The check reads the level by the highlighted pill: one a person clicked since is named.
  await page.locator('#pills .pill', { hasText: /^Hoàn thành$/ }).click();
  expect(await checkLevel(page, r?.map, 'HTTNV')).toEqual([
    '"Đề xuất xếp loại": trang ghi "Hoàn thành nhiệm vụ", bản kiểm điểm là "Hoàn thành tốt nhiệm vụ".',
  ]);
  // Undo leaves the person's own choice, and says so.
  const kept = await undo(page);
  expect(kept.left).toContainEqual({ key: 'proposedLevel', name: 'Mức xếp loại đề xuất', why: 'user-changed' });
  expect(await probe(page)).toMatchObject({ f_1: '', f_6: 'HTNV' });
  // With "Hoàn thành" chosen before, a fill of "Xuất sắc" is undone by clicking "Hoàn thành" again.
  expect(r?.map.steps).toContainEqual(
    expect.objectContaining({ field: 'proposedLevel', locator: { label: 'Mức xếp loại đề xuất' } }),
  );
  const second = await fill(page, [
    { key: 'proposedLevel', locator: { label: 'Mức xếp loại đề xuất' }, value: 'HTXSNV' },
  ]);
  expect(second.summary.vi).toBe('Đã điền 1/1');
  expect(await probe(page)).toMatchObject({ f_6: 'HTXSNV' });
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 1/1.');
  expect(await probe(page)).toMatchObject({ f_6: 'HTNV' });
  expect(await page.locator('#pills .pill.sel').allTextContents()).toEqual(['Hoàn thành']);
  // With none chosen before, a group whose chosen pill stays chosen when clicked again cannot be emptied: said so.
  await open(page, site, 'T17-divgrid-pills');
  await detectAndFill(page, { proposedLevel: 'HTTNV' });
  const none = await undo(page);
  expect(none.message.vi).toBe('Đã hoàn tác 0/1. "Mức xếp loại đề xuất": không bỏ chọn được (hãy tự chọn lại).');
});

test('V02 level pills as list items with codes, state in "is-selected", no <form>: a legend of bare level names is no field; a second click empties, so undo restores none', async ({
  page,
  site,
}) => {
  await open(page, site, 'V02-pills-class-toggle');
  const r = await detectAndFill(page, draft);
  expect(r?.preview).toEqual([
    ['subject.name', 'Họ và tên', 'sibling'],
    ['proposedLevel', 'Tự xếp loại', 'options'],
  ]);
  expect(r?.summary).toBe('Đã điền 2/2');
  expect(r?.results.proposedLevel).toMatchObject({ ok: true, readBack: 'HTTNV' });
  expect(await probe(page)).toEqual({ hoten: 'Nguyễn Văn A', muc: '2', shown: ['HTTNV'] });
  expect(r?.problems).toEqual([]);
  expect(await checkLevel(page, r?.map, 'HTXSNV')).toEqual([
    '"Đề xuất xếp loại": trang ghi "Hoàn thành tốt nhiệm vụ", bản kiểm điểm là "Hoàn thành xuất sắc nhiệm vụ".',
  ]);
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  expect(await probe(page)).toEqual({ hoten: '', muc: '', shown: [] });
  // Bare spans that name levels but look like text (no pointer, no handler) are never taken for a choice.
  const legend = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    return kit.fillForm(document, [{ key: 'proposedLevel', locator: { css: '.legend' }, value: 'HTTNV' }]);
  });
  expect(legend.results.proposedLevel).toMatchObject({ ok: false, status: 'not-found' });
});

test('V03 level pills whose state is only data-state="on", re-rendered by the page on each click, a saved choice shown: filled, read back after the re-render, checked, undone to the saved choice', async ({
  page,
  site,
}) => {
  await open(page, site, 'V03-pills-data-state-rerender');
  const r = await detectAndFill(page, draft);
  expect(r?.preview).toContainEqual(['proposedLevel', 'Đề xuất xếp loại', 'options']);
  expect(r?.summary).toBe('Đã điền 2/2');
  expect(r?.results.proposedLevel).toMatchObject({ ok: true, status: 'held', readBack: 'Hoàn thành tốt nhiệm vụ' });
  expect(await probe(page)).toEqual({ ho_ten: 'Nguyễn Văn A', chosen: 'Hoàn thành tốt nhiệm vụ' });
  expect(r?.problems).toEqual([]);
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  expect(await probe(page)).toEqual({ ho_ten: '', chosen: 'Hoàn thành nhiệm vụ' });
  // A pill that does not take the click (its state never moves) is not reported as chosen.
  await page.evaluate(() => {
    const box = document.getElementById('xl') as HTMLElement;
    box.replaceWith(box.cloneNode(true));
  });
  const dead = await page.evaluate(() =>
    (window as never as W).TusoiFormKit.fillForm(document, [
      { key: 'proposedLevel', locator: { css: '#xl' }, value: 'HTXSNV' },
    ]),
  );
  expect(dead.results.proposedLevel).toMatchObject({ ok: false, status: 'not-held' });
});

test('V04 AutoNumeric vi-VN fields already showing "27,50" and "0,00": the new numbers replace them (read back as numbers), and undo puts the old ones back', async ({
  page,
  site,
}) => {
  await open(page, site, 'V04-autonumeric-holding-value');
  expect(await probe(page)).toMatchObject({ diem_chung: 27.5, diem_ket_qua: 0 });
  const r = await fill(page, scores(28, 63.5));
  expect(r.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({
    diem_chung: 28,
    diem_ket_qua: 63.5,
    shown: ['28,00', '63,50'],
    tong_diem: '91,5',
  });
  const again = await fill(page, scores(0.5, 7));
  expect(again.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ diem_chung: 0.5, diem_ket_qua: 7 });
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  expect(await probe(page)).toMatchObject({ diem_chung: 28, diem_ket_qua: 63.5 });
});

test('V05 level links in the table cell beside "Tự đánh giá xếp loại", the chosen one marked by a Vietnamese class ("dang-chon"): detected by the row, filled, read back, checked', async ({
  page,
  site,
}) => {
  await open(page, site, 'V05-pills-table-cell');
  const r = await detectAndFill(page, draft);
  expect(r?.preview).toContainEqual(['proposedLevel', 'Tự đánh giá xếp loại', 'options']);
  expect(r?.summary).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({ ctl00$txtHoTen: 'Nguyễn Văn A', ctl00$hdXepLoai: '2' });
  expect(r?.problems).toEqual([]);
  // The page's navigation stayed put (javascript:void(0) links are choices here, not links away).
  expect(page.url()).toMatch(/V05-pills-table-cell\.html$/);
  expect(await checkLevel(page, r?.map, 'HTNV')).toEqual([
    '"Đề xuất xếp loại": trang ghi "Hoàn thành tốt nhiệm vụ", bản kiểm điểm là "Hoàn thành nhiệm vụ".',
  ]);
  // A pill the page greys out ("disabled" class: HTXSNV under 90 points) is not clicked; the level stays.
  await page.evaluate(() => document.querySelector('a.muc')?.classList.add('disabled'));
  const locked = await fill(page, [{ key: 'proposedLevel', locator: { css: '#ctl00_tdXepLoai' }, value: 'HTXSNV' }]);
  expect(locked.results.proposedLevel).toMatchObject({ ok: false, status: 'locked' });
  expect(locked.summary.vi).toBe(
    'Đã điền 0/1; chưa điền được: "Tự đánh giá xếp loại": trang khoá lựa chọn "Hoàn thành xuất sắc nhiệm vụ", chưa chọn.',
  );
  expect(await probe(page)).toMatchObject({ ctl00$hdXepLoai: '2' });
});

test('V06 pills whose chosen one shows only an inline style set by the click: filled and read back by the style the click moved; unsure without a click, never guessed', async ({
  page,
  site,
}) => {
  await open(page, site, 'V06-pills-inline-style');
  const r = await detectAndFill(page, { proposedLevel: 'HTNV' });
  expect(r?.summary).toBe('Đã điền 1/1');
  expect(await probe(page)).toEqual({ sent: 'Hoàn thành' });
  expect(r?.problems).toEqual([]);
  expect(await checkLevel(page, r?.map, 'HTTNV')).toEqual([
    '"Đề xuất xếp loại": trang ghi "Hoàn thành nhiệm vụ", bản kiểm điểm là "Hoàn thành tốt nhiệm vụ".',
  ]);
  // Two pills styled alike but for one inline style each: which is chosen cannot be told, so none is read.
  const unsure = await page.evaluate(() => {
    const box = document.getElementById('box') as HTMLElement;
    const spans = [...box.querySelectorAll('span')];
    for (const s of spans.slice(2)) s.remove();
    (spans[0] as HTMLElement).style.background = '#eee';
    return (window as never as W).TusoiFormKit.readBack(box);
  });
  expect(unsure).toBe('');
});
