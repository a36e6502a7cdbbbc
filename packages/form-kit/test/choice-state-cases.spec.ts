// Fields that already hold something, and choices whose state only their look shows: a masked
// score reopened with "27,00" in it, level pills that are bare spans marked by a class or a data
// attribute, with the click handled by their parent. Pages in test/field-cases/T17 and V*.html.
import { expect, fill, open, probe, test, undo, type W } from './kit-fixture';

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
