// Our own cases of the same kinds as the field cases (pages in test/field-cases/T*.html, built from
// the traits in the project's form-traits reference).
import { expect, fill, open, probe, test, undo, type W } from './kit-fixture';

type Problems = string[];
const check = (page: import('@playwright/test').Page, map: unknown, draft: unknown) =>
  page.evaluate(
    ({ map, draft }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map(
        (p) => `${p.code}:${p.field}`,
      ),
    { map, draft },
  ) as Promise<Problems>;

test('T01 ASP.NET table rows: labels from the left cell and the colspan cell above, comma for the page, keyup total, locked total reported', async ({
  page,
  site,
}) => {
  await open(page, site, 'T01-aspnet-table-rows');
  const detection = await page.evaluate(() => (window as never as W).TusoiFormKit.detectForm(document, location.href));
  expect(detection?.preview.map((p) => [p.field, p.found.replace('ctl00$MainContent$', ''), p.via])).toEqual([
    ['subject.name', 'input[name=txtHoTen]', 'cell'],
    ['subject.cell', 'input[name=txtChiBo]', 'cell'],
    ['review.strengths', 'textarea[name=txtUuDiem]', 'cell-above'],
    ['scores.general', 'input[name=txtDiem1]', 'cell'],
    ['scores.results', 'input[name=txtDiem2]', 'cell'],
    ['scores.total', 'input[name=txtTong]', 'cell'],
  ]);
  const draft = {
    subject: { name: 'Nguyễn Văn A', cell: 'Chi bộ Văn phòng' },
    review: { strengths: 'Hoàn thành tốt nhiệm vụ.' },
    scores: { general: 27.5, results: 64 },
  };
  const { results, summary } = await page.evaluate(
    async ({ map, draft }) => {
      const kit = (window as never as W).TusoiFormKit;
      const r = await kit.fillForm(document, kit.planFromMap(map as never, draft as never));
      return { results: r.results, summary: r.summary };
    },
    { map: detection?.map, draft },
  );
  // The total is the page's own (read-only, computed on keyup): left alone and said so.
  expect(results['scores.total']?.status).toBe('locked');
  expect(summary.vi).toBe('Đã điền 5/6; chưa điền được: "Tổng điểm": trang khoá (chỉ đọc), không điền.');
  const p = (await probe(page)) as Record<string, unknown>;
  expect(p).toMatchObject({
    txtHoTen: 'Nguyễn Văn A',
    txtDiem1: '27,5',
    txtDiem2: '64',
    txtTong: '91,5',
    errors: ['', ''],
  });
  expect(p.keyups).toBeGreaterThan(0);
  expect(await check(page, detection?.map, draft)).toEqual([]);
  // A dot where the page wants a comma: the page's own error text and the decimal mark are both reported.
  await page.fill('[name="ctl00$MainContent$txtDiem1"]', '27.5');
  await page.locator('[name="ctl00$MainContent$txtDiem1"]').blur();
  expect(await check(page, detection?.map, draft)).toEqual([
    'PAGE_INVALID:scores.general',
    'DECIMAL_REFUSED:scores.general',
  ]);
  // 3 where the draft says 30.
  await page.fill('[name="ctl00$MainContent$txtDiem1"]', '3');
  await page.locator('[name="ctl00$MainContent$txtDiem1"]').blur();
  // (Playwright's fill sends no keyup, so the page's total still says 91,5.)
  expect(await check(page, detection?.map, { ...draft, scores: { general: 30, results: 64 } })).toEqual([
    'TOTAL_MISMATCH:scores.total',
    'DIFFERS_FROM_DRAFT:scores.general',
  ]);
  // A map that states the wrong mark: the page refuses "27.5", and the fill says so.
  const dotMap = {
    ...detection?.map,
    steps: detection?.map.steps.map((s) => ('field' in s && s.field === 'scores.general' ? { ...s, decimal: '.' } : s)),
  };
  const refused = await page.evaluate(
    async ({ map, draft }) => {
      const kit = (window as never as W).TusoiFormKit;
      const r = await kit.fillForm(document, kit.planFromMap(map as never, draft as never));
      return { status: r.results['scores.general']?.status, summary: r.summary.vi };
    },
    { map: dotMap, draft },
  );
  expect(refused.status).toBe('rejected-by-page');
  expect(refused.summary).toContain(
    '"1. Nhóm tiêu chí chung (tối đa 30 điểm) *": trang không nhận giá trị này ("Điểm không hợp lệ (0 - 30, dùng dấu phẩy thập phân)").',
  );
});

test('T02 dl layouts, headings and placeholders are read; "chi bộ" inside a longer phrase is no "Chi bộ"; repeated aria-labels are ambiguous, told apart by row', async ({
  page,
  site,
}) => {
  await open(page, site, 'T02-dl-heading-aria');
  const detection = await page.evaluate(() => (window as never as W).TusoiFormKit.detectForm(document, location.href));
  expect(detection?.preview.map((p) => [p.field, p.found, p.via])).toEqual([
    ['subject.name', 'input[name=a1]', 'dt'],
    ['subject.unit', 'input[name=a2]', 'dt'],
    ['scores.general', 'input[name=a3]', 'sibling'],
    ['scores.results', 'input[name=a4]', 'sibling'],
    ['scores.total', 'input[name=a5]', 'placeholder'],
  ]);
  const { results } = await fill(page, [
    { key: 'note', locator: { label: 'Ghi chú' }, value: 'x' },
    {
      key: 'due',
      locator: { table: '', row: 'Thành phần B — Báo cáo quý', column: 'Thời hạn hoàn thành' },
      value: '30/09',
    },
    { key: 'cell', locator: { label: 'Chi bộ' }, value: 'Chi bộ 1' },
  ]);
  expect(results.note?.status).toBe('ambiguous');
  expect(results.due?.status).toBe('held');
  expect(results.cell?.status).toBe('not-found');
  expect(await probe(page)).toMatchObject({ n1: '', n2: '', t1: '', t2: '30/09', x1: '' });
});

test('T03 button pairs without <form>: chosen by click, read back from classes through a re-render; "Gửi" is never pressed', async ({
  page,
  site,
}) => {
  await open(page, site, 'T03-button-pairs');
  const { results, summary } = await fill(page, [
    { key: 'c1', locator: { table: '', row: '1.1', column: 'Đánh giá' }, value: 'Đạt' },
    { key: 'c2', locator: { table: '', row: '1.2', column: 'Đánh giá' }, value: 'Không đạt' },
    { key: 'c3', locator: { table: '', row: 'Tác phong, lề lối làm việc', column: 'Đánh giá' }, value: 'Đạt' },
    { key: 'send', locator: { css: '#send' }, click: true },
  ]);
  expect(results.send?.status).toBe('refused');
  expect(summary.vi).toMatch(
    /^Đã điền 3\/4; chưa điền được: Không bấm nút gửi «Gửi đánh giá»: Tự Soi không bao giờ gửi/,
  );
  expect(await probe(page)).toEqual({ state: { '1.1': 'Đạt', '1.2': 'Không đạt', '1.3': 'Đạt' }, sent: 0, bulk: 0 });
  // A choice among buttons cannot be emptied by a click: undo says so rather than pretending.
  const u = await undo(page);
  expect(u.left.map((l) => l.why)).toEqual(['cannot-unselect', 'cannot-unselect', 'cannot-unselect']);
});

test('T03 a <button> without type is a submit button only inside a form', async ({ page, site }) => {
  await open(page, site, 'T03-button-pairs');
  const verdicts = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    const form = document.createElement('form');
    const inside = document.createElement('button');
    inside.textContent = 'Đạt';
    form.append(inside);
    document.body.append(form);
    const outside = document.querySelector('#app button') as Element;
    return [
      kit.isDangerous(inside),
      kit.isDangerous(outside),
      kit.isDangerous(document.getElementById('send') as Element),
    ];
  });
  expect(verdicts).toEqual([true, false, true]);
});

test('T04 HTXSNV disabled under 90 is reported locked, chosen once the total allows; quarter "3" picks "Quý III"; short-name radios without values', async ({
  page,
  site,
}) => {
  await open(page, site, 'T04-level-select-disabled');
  const first = await fill(page, [
    { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'HTXSNV' },
    { key: 'scores.total', locator: { name: 'tong' }, value: 92 },
  ]);
  expect(first.results.proposedLevel?.status).toBe('locked');
  expect(first.summary.vi).toContain(
    '"Đề xuất xếp loại": trang khoá lựa chọn "Hoàn thành xuất sắc nhiệm vụ", chưa chọn.',
  );
  expect(first.results.proposedLevel?.choice).toBe('Hoàn thành xuất sắc nhiệm vụ');
  const second = await fill(page, [
    { key: 'period.quarter', locator: { label: 'Quý' }, value: '3' },
    { key: 'scores.total', locator: { name: 'tong' }, value: 92 },
    { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'Hoàn thành xuất sắc nhiệm vụ' },
    { key: 'selfLevel', locator: { label: 'Tự nhận mức' }, value: 'HTNV' },
  ]);
  expect(second.summary.vi).toBe('Đã điền 4/4');
  expect(await probe(page)).toEqual({ quy: 'III', tong: '92', xl: 'HoanThanhXuatSac', muc: 2 });
  // Level codes as option values: checked by the option's text against the draft.
  const map = {
    format: 'tusoi.formmap/1',
    id: 't04',
    title: { vi: 'T04' },
    match: ['*'],
    steps: [{ field: 'proposedLevel', locator: { name: 'xl' } }],
  };
  const problems = await page.evaluate(
    (m) =>
      (window as never as W).TusoiFormKit.checkForm(document, m as never, { proposedLevel: 'HTTNV' } as never).map(
        (p) => p.code,
      ),
    map,
  );
  expect(problems).toEqual(['DIFFERS_FROM_DRAFT']);
});

test('T05 copies hidden by display:none, inert, aria-hidden or zero size are never filled; a hidden-only field is reported hidden', async ({
  page,
  site,
}) => {
  await open(page, site, 'T05-hidden-copies');
  const { results } = await fill(page, [
    { key: 'name', locator: { label: 'Họ và tên' }, value: 'Lê Thị F' },
    { key: 'byName', locator: { name: 'ho_ten' }, value: 'Lê Thị F' },
    { key: 'note', locator: { label: 'Ghi chú riêng' }, value: 'x' },
  ]);
  expect(results.name?.status).toBe('held');
  expect(results.note?.status).toBe('hidden');
  expect(await probe(page)).toEqual(['', '', '', '', 'Lê Thị F']);
});

test('T06 numbers: step/min/max refused with the field named; dot from a placeholder, value or neighbour; comma from a pattern or a Vietnamese page', async ({
  page,
  site,
}) => {
  await open(page, site, 'T06-number-rules');
  const { results } = await fill(page, [
    { key: 'a1', locator: { label: 'Điểm A' }, value: 27.25 },
    { key: 'b', locator: { label: 'Điểm B' }, value: 27.5 },
    { key: 'c', locator: { label: 'Điểm C' }, value: 27.5 },
    { key: 'd', locator: { label: 'Điểm D' }, value: 27.5 },
    { key: 'e', locator: { label: 'Điểm E' }, value: 27.5 },
    { key: 'g', locator: { label: 'Điểm F' }, value: 27.5 },
  ]);
  expect(results.a1?.status).toBe('out-of-range');
  expect(results.a1?.message?.vi).toBe('"Điểm A": trang không nhận giá trị này (0–30, bước 0.5), chưa điền.');
  expect(await probe(page)).toEqual({ a: '', b: '27.5', c: '27,5', d: '27,5', e: '27.5', g: '27.5' });
  const over = await fill(page, [{ key: 'a', locator: { label: 'Điểm A' }, value: 31 }]);
  expect(over.results.a?.status).toBe('out-of-range');
  const ok = await fill(page, [{ key: 'a', locator: { label: 'Điểm A' }, value: 27.5 }]);
  expect(ok.results.a?.status).toBe('held');
});
