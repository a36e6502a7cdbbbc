// Forms a reviewer built for themselves (not ours, never seen by the detector before): one <br>
// between a label and its field, wordings of the official groups forms use, criteria tables.
import { expect, fill, open, test, undo, type W } from './kit-fixture';

type Page = import('@playwright/test').Page;
const detect = (page: Page) =>
  page.evaluate(() => {
    const d = (window as never as W).TusoiFormKit.detectForm(document, location.href);
    return d && { map: d.map, preview: d.preview.map((p) => [p.field, p.found, p.via ?? '']) };
  });
const fillDetected = (page: Page, draft: unknown) =>
  page.evaluate(async (draft) => {
    const kit = (window as never as W).TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    if (!d) return null;
    const r = await kit.fillForm(document, kit.planFromMap(d.map, draft as never));
    return r.summary.vi;
  }, draft);
const value = (page: Page, css: string) => page.locator(css).first().inputValue();

const draft = {
  subject: { name: 'Nguyễn Văn A', cell: 'Chi bộ Văn phòng' },
  scores: { general: 27.5, results: 62.5 },
  proposedLevel: 'HTTNV',
};

test('R01 a <br> between a <label> without for and its field: the field is found, the form recognised; "sinh hoạt chi bộ" is not "Chi bộ"', async ({
  page,
  site,
}) => {
  await open(page, site, 'R01-br-between-label-input');
  const d = await detect(page);
  expect(d?.preview.map((p) => p[0])).toEqual(['subject.name', 'subject.cell', 'scores.results', 'proposedLevel']);
  await fillDetected(page, draft);
  expect(await value(page, '#ht')).toBe('Nguyễn Văn A');
  expect(await value(page, '#cb')).toBe('Chi bộ Văn phòng');
  // The field labelled "Số buổi dự sinh hoạt chi bộ" holds another thing: never the cell.
  expect(await value(page, '#sh')).toBe('');
  expect(await value(page, '#kq')).toBe('62.5');
});

test('R02 "2. Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ (tối đa 70 điểm)" is the results group', async ({
  page,
  site,
}) => {
  await open(page, site, 'R02-aspnet-variant-results');
  const d = await detect(page);
  expect(d?.preview.find((p) => p[0] === 'scores.results')?.[1]).toBe('input[name=ctl00$MainContent$txtDiemKQ] (text)');
  await fillDetected(page, draft);
  expect(await value(page, '#MainContent_txtDiemKQ')).toBe('62,5');
});

test('R03 "II. Kết quả thực hiện nhiệm vụ *" is the results group', async ({ page, site }) => {
  await open(page, site, 'R03-two-copies-variant-results');
  const d = await detect(page);
  expect(d?.preview.map((p) => p[0])).toContain('scores.results');
  await fillDetected(page, draft);
  expect(await value(page, '.desktop [data-k=diemKetQua]')).toBe('62.5');
});

test('R02 undo names a field the user changed since the fill by its page label, never the draft key', async ({
  page,
  site,
}) => {
  await open(page, site, 'R02-aspnet-variant-results');
  await page.evaluate(async (draft) => {
    const w = window as never as W;
    const kit = w.TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    if (!d) throw new Error('not detected');
    w.__undo = (await kit.fillForm(document, kit.planFromMap(d.map, draft as never))).undo;
  }, draft);
  await page.fill('#MainContent_txtDiemChung', '20');
  const u = await undo(page);
  expect(u.message.vi).toContain('"1. Nhóm tiêu chí chung (tối đa 30 điểm) *": đã được sửa sau khi điền, giữ nguyên.');
  expect(u.message.vi).not.toContain('scores.');
});

test('R05 a fill into a picked element the page gives no label is named by the draft field, never by its tag', async ({
  page,
  site,
}) => {
  await open(page, site, 'R05-picked-button-group');
  // "Xuất sắc" shows nothing when clicked: not held, and named by the draft field.
  const r = await fill(page, [
    { key: 'proposedLevel', locator: { css: '#f > p:nth-of-type(2)' }, value: 'Hoàn thành xuất sắc nhiệm vụ' },
  ]);
  expect(r.summary.vi).toBe('Đã điền 0/1; chưa điền được: "Đề xuất xếp loại": trang không giữ giá trị đã điền.');
  // "Tốt" turns yellow when clicked (an inline style, the only mark the page gives): held.
  const held = await fill(page, [
    { key: 'proposedLevel', locator: { css: '#f > p:nth-of-type(2)' }, value: 'Hoàn thành tốt nhiệm vụ' },
  ]);
  expect(held.summary.vi).toBe('Đã điền 1/1');
});

const checkDetected = (page: Page, draft: unknown) =>
  page.evaluate((draft) => {
    const kit = (window as never as W).TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    if (!d) return null;
    return kit.checkForm(document, d.map, draft as never).map((p) => `${p.code}:${p.field}`);
  }, draft);

test('R04 check after "Không đảm bảo": the reason field the page then requires is reported empty, by its label', async ({
  page,
  site,
}) => {
  await open(page, site, 'R04-criteria-buttons');
  await fillDetected(page, draft);
  await page.locator('tr[data-i="0"]').getByRole('button', { name: 'Không đảm bảo' }).click();
  await expect(page.locator('textarea[data-reason="0"]')).toBeVisible();
  expect(await checkDetected(page, draft)).toContain('EMPTY_REQUIRED:page:Lý do không đảm bảo');
  await page.fill('textarea[data-reason="0"]', 'Chưa tham gia đủ buổi sinh hoạt');
  expect(await checkDetected(page, draft)).not.toContain('EMPTY_REQUIRED:page:Lý do không đảm bảo');
});

test('R06 check reports what the page marks wrong outside the map: :invalid, its error text, an empty required field', async ({
  page,
  site,
}) => {
  await open(page, site, 'R06-unmapped-invalid');
  await fillDetected(page, draft);
  expect(await checkDetected(page, draft)).toEqual([
    'PAGE_INVALID:page:Điểm thưởng',
    'PAGE_INVALID:page:Ngày vào Đảng',
    'EMPTY_REQUIRED:page:Cam kết',
  ]);
});

test("R02 the preview names each field by the page's label, not a selector, and marks the read-only total as the page's", async ({
  page,
  site,
}) => {
  await open(page, site, 'R02-aspnet-variant-results');
  const rows = await page.evaluate(() =>
    (window as never as W).TusoiFormKit.detectForm(document, location.href)?.preview.map((p) => [
      p.field,
      p.shown ?? '',
      p.locked ?? false,
    ]),
  );
  expect(rows).toContainEqual(['subject.name', 'Họ và tên', false]);
  expect(rows).toContainEqual([
    'scores.results',
    '2. Nhóm tiêu chí về kết quả thực hiện chức trách, nhiệm vụ (tối đa 70 điểm) *',
    false,
  ]);
  expect(rows).toContainEqual(['scores.total', 'Tổng điểm', true]);
});
