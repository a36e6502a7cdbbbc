// How a person reads the parts of a form: the row's name cell past a cell of points, the
// self-scoring column beside the unit's locked one, the quarter as a choice, tabs that are each
// their own <form>, and criteria tables answered "Đảm bảo / Không đảm bảo" by column.
// Pages in test/field-cases/T07–T09.html.
import { expect, open, probe, test, type W } from './kit-fixture';

type Page = import('@playwright/test').Page;
const detect = (page: Page, criteria: unknown[] = []) =>
  page.evaluate((criteria) => {
    const d = (window as never as W).TusoiFormKit.detectForm(document, location.href, criteria as never);
    return (
      d && {
        preview: d.preview.map((p) => [p.field, p.found, p.via ?? '', p.ambiguous ?? null]),
        steps: d.map.steps,
        rows: d.criteria?.map((r) => r.code) ?? [],
      }
    );
  }, criteria);
const fillDetected = (page: Page, draft: unknown, criteria: unknown[] = [], notes = {}) =>
  page.evaluate(
    async ({ draft, criteria, notes }) => {
      const kit = (window as never as W).TusoiFormKit;
      const d = kit.detectForm(document, location.href, criteria as never);
      if (!d) return null;
      const r = await kit.fillForm(document, kit.planFromMap(d.map, draft as never, { notes }));
      return {
        summary: r.summary.vi,
        status: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, v.status])),
      };
    },
    { draft, criteria, notes },
  );

test('T07 a cell of bare points between the row name and the field is read past; the self-score column wins over the locked unit column; the quarter is a choice, never a text box starting with "Quý", and checked by meaning ("III" is 3); a unit the page locks is its record, not a mistake', async ({
  page,
  site,
}) => {
  await open(page, site, 'T07-row-header-columns');
  const labels = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    const cell = (name: string) =>
      kit.labelsOf(document.querySelector(`[name=${name}]`) as Element).find((l) => l.source === 'cell')?.text ?? null;
    return { tc1: cell('tc1'), dv1: cell('dv1'), so: cell('so') };
  });
  // Boundary: with only numbers before it, the nearest number is the field's cell label;
  // the unit's column (after a cell holding a control) has no cell label at all.
  expect(labels).toEqual({ tc1: '1. Nhóm tiêu chí chung (tối đa 30 điểm)', dv1: null, so: '5' });
  const d = await detect(page);
  expect(d?.preview).toEqual([
    ['subject.name', 'input[name=ht]', 'label-for', null],
    ['subject.unit', 'input[name=dv]', 'label-for', null],
    ['scores.general', 'input[name=tc1]', 'cell', null],
    ['scores.results', 'input[name=tc2]', 'cell', null],
    ['scores.total', 'input[name=tc3]', 'cell', null],
    ['period.quarter', 'select[name=q]', 'label-for', null],
  ]);
  const draft = {
    subject: { name: 'Nguyễn Văn A', unit: 'Phòng Tổ chức' },
    scores: { general: 27.5, results: 62.5 },
    period: { year: 2026, quarter: 3 },
  };
  const r = await fillDetected(page, draft);
  expect(r?.status).toMatchObject({ 'scores.general': 'held', 'scores.total': 'locked', 'period.quarter': 'held' });
  const check = (d: unknown) =>
    page.evaluate((d) => {
      const kit = (window as never as W).TusoiFormKit;
      const map = kit.detectForm(document, location.href)?.map;
      return map ? kit.checkForm(document, map, d as never).map((p) => `${p.code}:${p.field}`) : null;
    }, d);
  // "III" on the page is the draft's quarter 3; the unit the page locks is its own record, not a
  // mistake on the form; the total the page locks is still compared (it is a sum).
  expect(await check(draft)).toEqual([]);
  expect(await check({ ...draft, period: { year: 2026, quarter: 2 }, scores: { general: 27.5, results: 60 } })).toEqual(
    ['DIFFERS_FROM_DRAFT:scores.results', 'DIFFERS_FROM_DRAFT:scores.total', 'DIFFERS_FROM_DRAFT:period.quarter'],
  );
  expect(await probe(page)).toEqual({
    ht: 'Nguyễn Văn A',
    dv: 'Khoa Luật',
    tc1: '27,5',
    tc2: '62,5',
    tc3: '90',
    so: '',
    q: 'III',
    qk: '',
  });
});

test('T08 tabs that are separate forms: a closed tab’s fields are part of the form and named hidden, not written; a hidden phone copy is never part of it', async ({
  page,
  site,
}) => {
  await open(page, site, 'T08-tabs-forms');
  const d = await detect(page);
  expect(d?.preview).toEqual([
    ['subject.name', 'input[name=ho_ten]', 'sibling', null],
    ['subject.cell', 'input[name=chi_bo]', 'sibling', null],
    ['scores.general', 'input[name=diem_chung]', 'sibling', null],
    ['scores.results', 'input[name=kq]', 'sibling', null],
    ['scores.total', 'input[name=tong]', 'sibling', null],
  ]);
  const draft = { subject: { name: 'Nguyễn Văn A', cell: 'Chi bộ 1' }, scores: { general: 27.5, results: 62.5 } };
  const first = await fillDetected(page, draft);
  expect(first?.status).toEqual({
    'subject.name': 'held',
    'subject.cell': 'held',
    'scores.general': 'hidden',
    'scores.results': 'hidden',
    'scores.total': 'hidden',
  });
  // Opened by the person, the second tab is filled; the first, now closed, is left as it is.
  await page.getByRole('tab', { name: '2. Chấm điểm' }).click();
  const second = await fillDetected(page, draft);
  expect(second?.status).toMatchObject({ 'subject.name': 'hidden', 'scores.general': 'held', 'scores.total': 'held' });
  expect(await probe(page)).toEqual({
    ho_ten: 'Nguyễn Văn A',
    chi_bo: 'Chi bộ 1',
    diem_chung: '27,5',
    tong: '90',
    an_kq: '',
    kq: '',
    dt_kq: '',
    dt_chi_bo: '',
  });
});

test('T08 a field in view wins over one with the same label behind a closed tab', async ({ page, site }) => {
  await open(page, site, 'T08-tabs-forms');
  // The same label in the open tab and in a closed one.
  await page.evaluate(() => {
    const h = document.createElement('h4');
    h.textContent = 'Tổng điểm';
    const input = Object.assign(document.createElement('input'), { name: 'tong_mo' });
    document.querySelector('#a form')?.prepend(h, input);
  });
  const d = await detect(page);
  expect(d?.preview.find((p) => p[0] === 'scores.total')).toEqual([
    'scores.total',
    'input[name=tong_mo]',
    'sibling',
    null,
  ]);
});

const PL4 = [
  { id: 'pl4-1.1', vi: 'Có quan điểm, bản lĩnh chính trị vững vàng ...' },
  { id: 'pl4-1.10', vi: 'Tiêu chí mười' },
  { id: 'pl4-2.1', vi: 'Năng lực chuyên môn, nghiệp vụ ...' },
];

test('T09 a criteria table is read row by row (code, answers by column incl. K/AD, reason); a table whose header only contains "Đảm bảo" in a longer phrase is not one; rows become criterion steps only for criteria the pack names', async ({
  page,
  site,
}) => {
  await open(page, site, 'T09-criteria-table');
  const bare = await detect(page);
  // Without the draft's pack the rows are read, but none is guessed into a step.
  expect(bare?.rows).toEqual(['1.1', '1.10', '2.1']);
  expect(bare?.steps.filter((s) => 'criterion' in s)).toEqual([]);
  const d = await detect(page, PL4);
  expect(d?.steps.filter((s) => 'criterion' in s)).toEqual(
    ['1.1', '1.10', '2.1'].map((row) => ({
      criterion: `pl4-${row}`,
      met: { table: '', row, column: 'Đảm bảo' },
      notMet: { table: '', row, column: 'Không đảm bảo' },
      // The K/AD column beside them is the row's "does not apply" answer.
      notApplicable: { table: '', row, column: 'K/AD' },
      reason: { table: '', row, column: 'Lý do không đảm bảo' },
    })),
  );
  const r = await fillDetected(
    page,
    { criteria: { pack: 'x', items: { 'pl4-1.1': true, 'pl4-1.10': false, 'pl4-2.1': true } } },
    PL4,
    { 'pl4-1.10': 'Chưa dự đủ buổi sinh hoạt' },
  );
  expect(r?.status).toMatchObject({
    'criteria.pl4-1.1': 'held',
    'criteria.pl4-1.10': 'held',
    'criteria.pl4-1.10.reason': 'held',
  });
  // 1.1 met, 1.10 not met (its own row, not 1.1's), 2.1 met; the other table untouched.
  expect(await probe(page)).toEqual({
    checked: '100010100',
    reasons: ['', 'Chưa dự đủ buổi sinh hoạt', ''],
    khac: [false, false],
  });
});

test('T09 a row is matched to the pack by its code, else by its whole wording; several fits or none give no step', async ({
  page,
  site,
}) => {
  await open(page, site, 'T09-criteria-table');
  const ids = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    const [row] = kit.criteriaRows(document);
    if (!row) return null;
    const other = { ...row, code: '9.9' };
    return [
      kit.criterionOf(row, [{ id: 'a-1.1', vi: 'x' }]),
      // Two ids end in the code: not guessed.
      kit.criterionOf(row, [
        { id: 'a-1.1', vi: 'x' },
        { id: 'b-1.1', vi: 'y' },
      ]),
      // No code fits: the wording, as a whole phrase.
      kit.criterionOf(other, [{ id: 'w', vi: 'Có quan điểm, bản lĩnh chính trị vững vàng' }]),
      // A wording that is only part of the row's is not it.
      kit.criterionOf(other, [{ id: 'w', vi: 'bản lĩnh chính trị' }]),
    ];
  });
  expect(ids).toEqual(['a-1.1', undefined, 'w', undefined]);
});
