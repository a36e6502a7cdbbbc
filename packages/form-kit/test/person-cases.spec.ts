// Forms read as a person reads them: pages written by a reviewer new to the project (T10 on),
// each a case where the kit once said something a person looking at the page would not.
import { detectAndFill, expect, fill, open, probe, test, undo, type W } from './kit-fixture';

/** Preview rows as [field, via]: how each was found (the shown label aside). */
const fieldVia = (rows: unknown[][] | undefined) => rows?.map(([field, , via]) => [field, via]);

test('T10 ASP.NET select whose values are codes: a clean fill checks clean, a different option is named by its text', async ({
  page,
  site,
}) => {
  await open(page, site, 'T10-aspnet-select-text');
  const draft = {
    subject: { name: 'Nguyễn Văn A', unit: 'Văn phòng', cell: 'Chi bộ 3' },
    review: { strengths: 'Hoàn thành tốt nhiệm vụ.' },
    scores: { general: 27, results: 60 },
    proposedLevel: 'HTTNV',
  };
  const r = await detectAndFill(page, draft);
  expect(fieldVia(r?.preview)).toContainEqual(['subject.cell', 'cell']);
  expect(await page.locator('select[name$=ddlChiBo]').inputValue()).toBe('3');
  expect(r?.problems).toEqual([]);
  // Another cell chosen by hand: the difference names both cells by the text a person sees.
  await page.selectOption('select[name$=ddlChiBo]', '13');
  const problems = await page.evaluate(
    ({ map, draft }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map((p) => p.message.vi),
    { map: r?.map, draft },
  );
  expect(problems).toEqual(['"Chi bộ": trang ghi "Chi bộ 13", bản kiểm điểm là "Chi bộ 3".']);
  // A draft that names the option by its value (as a form map's list may) is the same choice.
  await page.selectOption('select[name$=ddlChiBo]', '3');
  const byValue = await page.evaluate(
    ({ map, draft }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map((p) => p.message.vi),
    { map: r?.map, draft: { ...draft, subject: { ...draft.subject, cell: '3' } } },
  );
  expect(byValue).toEqual([]);
});

test('T11 keyup total recomputed by the page: undo empties the scores and says the page wrote its own total', async ({
  page,
  site,
}) => {
  await open(page, site, 'T11-mask-keyup-undo');
  const r = await detectAndFill(page, {
    subject: { name: 'Nguyễn Văn A' },
    scores: { general: 27, results: 60 },
    proposedLevel: 'HTTNV',
  });
  expect(r?.summary).toBe('Đã điền 5/5');
  expect(await probe(page)).toEqual({ hoten: 'Nguyễn Văn A', d1: '27', d2: '60', tong: '87', xl: 'T' });
  const u = await undo(page);
  // The page totals the emptied scores itself ("0"): that is its own sum, not the fill's 87 kept.
  expect(await probe(page)).toEqual({ hoten: '', d1: '', d2: '', tong: '0', xl: '' });
  expect(u.message.vi).toBe('Đã hoàn tác 5/5. "Tổng điểm:": trang tự tính lại thành "0".');
  expect(u.left).toEqual([]);
});

test('T12 masks and formatters: undo compares by meaning ("27" shown as "27,00", an empty mask "__,_")', async ({
  page,
  site,
}) => {
  await open(page, site, 'T12-mask-undo-meaning');
  const r = await fill(page, [
    { key: 'scores.general', locator: { name: 'diem_chung' }, value: 28.5 },
    { key: 'scores.results', locator: { name: 'diem_ket_qua' }, value: 64.5 },
  ]);
  expect(r.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toEqual({ diem_chung: '28,50', diem_ket_qua: '64,5' });
  const u = await undo(page);
  const shown = (await probe(page)) as Record<string, string>;
  expect(shown.diem_chung).toBe('27,00');
  expect(shown.diem_ket_qua).toMatch(/^(|__,_)$/);
  expect(u.message.vi).toBe('Đã hoàn tác 2/2.');
  // What the page still holds from the fill is still told: a field the page will not give back.
  await page.evaluate(() => {
    const el = document.getElementById('diem_chung') as HTMLInputElement;
    el.addEventListener('change', () => {
      el.value = '28,50';
    });
  });
  await fill(page, [{ key: 'scores.general', locator: { name: 'diem_chung' }, value: 28.5 }]);
  expect((await undo(page)).message.vi).toBe('Đã hoàn tác 0/1. "Nhóm tiêu chí chung": trang vẫn giữ giá trị đã điền.');
});

test('T13 React form: a name by aria-labelledby, scores labelled "Điểm" + the official label, a radiogroup level; sentences that hold a label are not it', async ({
  page,
  site,
}) => {
  await open(page, site, 'T13-react-named-longer-label');
  const draft = { subject: { name: 'Trần Thị B' }, scores: { general: 28, results: 62.5 }, proposedLevel: 'HTTNV' };
  const r = await detectAndFill(page, draft);
  expect(fieldVia(r?.preview)).toEqual([
    ['subject.name', 'aria-labelledby'],
    ['scores.general', 'label'],
    ['scores.results', 'label'],
    ['proposedLevel', 'options'],
  ]);
  // "Nhận xét về nhóm tiêu chí chung" and "Sinh hoạt chi bộ" hold official phrases inside longer
  // sentences: neither is a step.
  expect(JSON.stringify(r?.map.steps)).not.toMatch(/nhan_xet|sinh_hoat/);
  expect(r?.summary).toBe('Đã điền 4/4');
  expect(await probe(page)).toMatchObject({ hoTen: 'Trần Thị B', chung: '28', ketQua: '62,5', xepLoai: 'HTTNV' });
  expect(r?.problems).toEqual([]);
});

test('T14 a form with only two official labels is proposed (the preview holds both); a page with none is not', async ({
  page,
  site,
}) => {
  await open(page, site, 'F06-maxlength');
  const r = await detectAndFill(page, { subject: { name: 'Nguyễn A' }, review: { strengths: 'Hoàn thành tốt.' } });
  expect(fieldVia(r?.preview)).toEqual([
    ['subject.name', 'label-for'],
    ['review.strengths', 'label-for'],
  ]);
  expect(r?.summary).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ ho_ten: { value: 'Nguyễn A' } });
  // The same page with none of the official labels: nothing proposed.
  const none = await page.evaluate(() => {
    const f = document.createElement('form');
    for (const name of ['Email', 'Ghi chú']) {
      const l = f.appendChild(document.createElement('label'));
      l.append(name, document.createElement('input'));
    }
    document.body.replaceChildren(f);
    return (window as never as W).TusoiFormKit.detectForm(document, location.href);
  });
  expect(none).toBeNull();
});

test('T15 a form showing only its level radios is proposed with that one field', async ({ page, site }) => {
  await open(page, site, 'F08-level-radio-substring');
  const r = await detectAndFill(page, { proposedLevel: 'HTTNV' });
  expect(fieldVia(r?.preview)).toEqual([['proposedLevel', 'options']]);
  expect(r?.summary).toBe('Đã điền 1/1');
  expect(await probe(page)).toMatchObject({ value: '2' });
});

test('T16 two columns and two "Chi bộ…" fields: each ambiguous candidate is shown by its label on the page, never a selector', async ({
  page,
  site,
}) => {
  await open(page, site, 'T16-two-columns-ambiguous');
  const ambiguous = await page.evaluate(() =>
    (window as never as W).TusoiFormKit.detectForm(document, location.href)?.preview.flatMap((p) =>
      p.ambiguous ? [[p.field, p.ambiguous]] : [],
    ),
  );
  expect(ambiguous).toEqual([['subject.cell', ['Chi bộ đề xuất xếp loại', 'Chi bộ trưởng']]]);
  // Two fields labelled alike are told apart by their place on the page.
  const twins = await page.evaluate(() => {
    const f = document.createElement('form');
    const named = f.appendChild(document.createElement('label'));
    named.append('Họ và tên', document.createElement('input'));
    for (const name of ['a', 'b']) {
      const l = f.appendChild(document.createElement('label'));
      const input = document.createElement('input');
      input.name = name;
      l.append('Đơn vị công tác', input);
    }
    document.body.replaceChildren(f);
    return (window as never as W).TusoiFormKit.detectForm(document, location.href)?.preview.map(
      (p) => p.ambiguous ?? p.shown,
    );
  });
  expect(twins).toEqual(['Họ và tên', ['Đơn vị công tác (1)', 'Đơn vị công tác (2)']]);
});

test('T17 the proposed level under the wordings forms use ("Mức xếp loại đề xuất", "Tự xếp loại", "Xếp loại đề xuất") is found', async ({
  page,
  site,
}) => {
  await open(page, site, 'T17-divgrid-pills');
  const found = await page.evaluate(() => {
    const kit = (window as never as W).TusoiFormKit;
    return ['Mức xếp loại đề xuất', 'Tự xếp loại', 'Xếp loại đề xuất'].map((heading) => {
      // The level as a field whose options are codes (no level named): only its label tells what it is.
      const f = document.createElement('form');
      const l = f.appendChild(document.createElement('label'));
      const select = document.createElement('select');
      select.name = 'xl';
      for (const v of ['', '1', '2', '3', '4']) select.add(new Option(v, v));
      l.append(heading, select);
      const name = f.appendChild(document.createElement('label'));
      name.append('Họ và tên', document.createElement('input'));
      document.body.replaceChildren(f);
      return kit.detectForm(document, location.href)?.preview.find((p) => p.field === 'proposedLevel')?.shown;
    });
  });
  expect(found).toEqual(['Mức xếp loại đề xuất', 'Tự xếp loại', 'Xếp loại đề xuất']);
});

test('T18 a total labelled "(tự tính)" without readonly is the page’s: previewed as locked, not filled, told "trang tự tính"', async ({
  page,
  site,
}) => {
  await open(page, site, 'T18-total-marked-computed');
  const locked = await page.evaluate(() =>
    (window as never as W).TusoiFormKit.detectForm(document, location.href)?.preview.map((p) => [
      p.field,
      p.locked ?? false,
    ]),
  );
  expect(locked).toContainEqual(['scores.total', true]);
  const r = await fill(page, [
    { key: 'scores.total', locator: { name: 'tong' }, value: 87 },
    { key: 'scores.general', locator: { name: 'd1' }, value: 27 },
  ]);
  expect(await probe(page)).toMatchObject({ tong: '', d1: '27' });
  expect(r.results['scores.total']).toMatchObject({ ok: false, status: 'locked' });
  expect(r.results['scores.total']?.message?.vi).toBe('"Tổng điểm (tự tính)": trang tự tính, không điền.');
  // "tự động tính" is the same mark; a label without it stays writable.
  const locks = await page.evaluate(() =>
    ['thuong', 'd2'].map((n) =>
      (window as never as W).TusoiFormKit.lockOf(document.querySelector(`[name=${n}]`) as Element),
    ),
  );
  expect(locks).toEqual(['computed', null]);
});
