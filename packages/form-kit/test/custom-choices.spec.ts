// Choices a page builds itself (a list over a hidden input, button groups) filled, read back and
// undone as a person would; criterion answers on the page checked against the draft's.
import { expect, fill, open, probe, test, undo, type W } from './kit-fixture';

test('T07 a custom dropdown over a hidden input is filled by its item, read back by the value it sends, and undone by choosing the earlier item', async ({
  page,
  site,
}) => {
  await open(page, site, 'T07-custom-choices');
  const { results, summary } = await fill(page, [
    { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'HTTNV' },
    { key: 'post', locator: { css: '#cv' }, value: 'Phó Trưởng phòng' },
  ]);
  expect(summary.vi).toBe('Đã điền 2/2');
  expect(results.proposedLevel?.readBack).toBe('Hoàn thành tốt nhiệm vụ');
  expect(await probe(page)).toMatchObject({
    xepLoai: '2',
    xepLoaiShown: 'Hoàn thành tốt nhiệm vụ',
    chucVu: 'Phó Trưởng phòng',
  });
  // The list is closed again, as after a person's choice.
  await expect(page.locator('#xl .list')).toBeHidden();
  // The check reads the level by the item the hidden input names.
  const map = {
    format: 'tusoi.formmap/1',
    id: 't07',
    title: { vi: 'T07' },
    match: ['http://127.0.0.1/*'],
    steps: [{ field: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' } }],
  };
  const checkLevel = () =>
    page.evaluate(
      (m) =>
        (window as never as W).TusoiFormKit.checkForm(document, m as never, { proposedLevel: 'HTTNV' } as never).map(
          (p) => `${p.code}:${p.message.vi}`,
        ),
      map,
    );
  expect(await checkLevel()).toEqual([]);
  await page.locator('#xl .combo-text').click();
  await page.locator('#xl li', { hasText: /^Hoàn thành nhiệm vụ$/ }).click();
  expect(await checkLevel()).toEqual([
    'DIFFERS_FROM_DRAFT:"Đề xuất xếp loại": trang ghi "Hoàn thành nhiệm vụ", bản kiểm điểm là "Hoàn thành tốt nhiệm vụ".',
  ]);
  // Undo: the level the person changed since is theirs; the list with no empty item cannot be emptied, and says so.
  const u = await undo(page);
  expect(u.left).toEqual([
    { key: 'post', name: 'Chức vụ', why: 'cannot-unselect' },
    { key: 'proposedLevel', name: 'Đề xuất xếp loại', why: 'user-changed' },
  ]);
  expect(await probe(page)).toMatchObject({ xepLoai: '3', chucVu: 'Phó Trưởng phòng' });
  // A fill undone with nothing changed since: the empty item is chosen again, as before the fill.
  await page.locator('#xl .combo-text').click();
  await page.locator('#xl li', { hasText: '-- Chọn --' }).click();
  await fill(page, [
    { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'Hoàn thành xuất sắc nhiệm vụ' },
  ]);
  expect(await probe(page)).toMatchObject({ xepLoai: '1' });
  expect((await undo(page)).message.vi).toBe('Đã hoàn tác 1/1.');
  expect(await probe(page)).toMatchObject({ xepLoai: '', xepLoaiShown: '-- Chọn --' });
});

test('T07 button groups: undo presses the earlier choice again ("Hoàn thành" among levels is an answer, not "finish"); with none before, a group that unselects on a second press is emptied, one that cannot is named', async ({
  page,
  site,
}) => {
  await open(page, site, 'T07-custom-choices');
  await page.locator('#chi-bo').getByRole('button', { name: 'Hoàn thành', exact: true }).click();
  const { summary } = await fill(page, [
    { key: 'selfLevel', locator: { css: '#tu-nhan' }, value: 'HTTNV' },
    { key: 'cellLevel', locator: { css: '#chi-bo' }, value: 'HTXSNV' },
  ]);
  expect(summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ 'tu-nhan': 'Tốt', 'chi-bo': 'Xuất sắc' });
  const u = await undo(page);
  expect(u.restored.sort()).toEqual(['cellLevel', 'selfLevel']);
  expect(await probe(page)).toMatchObject({ 'tu-nhan': null, 'chi-bo': 'Hoàn thành' });
  // None chosen before, in a group that keeps a choice once made: undo says it cannot empty it.
  await open(page, site, 'T07-custom-choices');
  await fill(page, [{ key: 'cellLevel', locator: { css: '#chi-bo' }, value: 'Tốt' }]);
  const kept = await undo(page);
  expect(kept.left).toEqual([{ key: 'cellLevel', name: 'Mức của chi bộ', why: 'cannot-unselect' }]);
  expect(kept.message.vi).toBe('Đã hoàn tác 0/1. "Mức của chi bộ": không bỏ chọn được (hãy tự chọn lại).');
});

test('T07 check: a criterion answered on the page unlike the draft (Đảm bảo / Không đảm bảo / K/AD) is a problem; answers as in the draft are none', async ({
  page,
  site,
}) => {
  await open(page, site, 'T07-custom-choices');
  const row = (code: string) => ({
    criterion: `x-${code}`,
    met: { table: '', row: code, column: 'Đảm bảo' },
    notMet: { table: '', row: code, column: 'Không đảm bảo' },
  });
  const map = {
    format: 'tusoi.formmap/1',
    id: 't07',
    title: { vi: 'T07' },
    match: ['http://127.0.0.1/*'],
    steps: [row('1.1'), row('1.2'), row('1.3')],
  };
  const draft = {
    criteria: {
      pack: 'x',
      items: {
        'x-1.1': { answer: 'met' },
        'x-1.2': { answer: 'notMet', reason: 'Chưa dự đủ buổi sinh hoạt' },
        'x-1.3': { answer: 'notApplicable', reason: 'Không thuộc phạm vi' },
      },
    },
  };
  const check = () =>
    page.evaluate(
      ({ map, draft }) =>
        (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map(
          (p) => `${p.code}:${p.field}:${p.message.vi}`,
        ),
      { map, draft },
    );
  const answer = (code: string, choice: string) =>
    page
      .locator('#tc tr', { has: page.getByRole('cell', { name: code, exact: true }) })
      .getByLabel(choice, { exact: true })
      .check();
  // Nothing answered yet: the two answers the draft gives are missing; K/AD cannot be told from unanswered.
  expect(await check()).toEqual([
    'DIFFERS_FROM_DRAFT:criteria.x-1.1:"1.1 Chấp hành chủ trương": trang ghi "chưa chọn", bản kiểm điểm là "Đảm bảo".',
    'DIFFERS_FROM_DRAFT:criteria.x-1.2:"1.2 Giữ gìn đạo đức": trang ghi "chưa chọn", bản kiểm điểm là "Không đảm bảo".',
  ]);
  await answer('1.1', 'Đảm bảo');
  await answer('1.2', 'Không đảm bảo');
  await answer('1.3', 'K/AD');
  expect(await check()).toEqual([]);
  // Seeded mistakes: "Không đảm bảo" where the draft says met, "Đảm bảo" where it says K/AD.
  await answer('1.1', 'Không đảm bảo');
  await answer('1.3', 'Đảm bảo');
  expect(await check()).toEqual([
    'DIFFERS_FROM_DRAFT:criteria.x-1.1:"1.1 Chấp hành chủ trương": trang ghi "Không đảm bảo", bản kiểm điểm là "Đảm bảo".',
    'DIFFERS_FROM_DRAFT:criteria.x-1.3:"1.3 Ý thức kỷ luật": trang ghi "Đảm bảo", bản kiểm điểm là "K/AD".',
  ]);
});
