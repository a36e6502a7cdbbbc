import { expect, type Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { builtinPack2 } from '@tusoi/rubric-core';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';

// Criterion rows read back as the page shows them, on two makes of quarterly table: an ASP.NET
// GridView (radios labelled by for=) and a Bootstrap 5 table (btn-check button groups). The K/AD
// chosen on the page is named as K/AD; a reason is compared with the draft's; a "Không đảm bảo" or
// "K/AD" without a reason is flagged by rubric-core's pack rule (form-kit restates no threshold).
const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

type Problem = { code: string; field: string; message: { vi: string; en: string } };
type Kit = typeof import('../src/index');

// One criterion in 1.1 not met with its reason, 2.3 K/AD with its reason, the others met.
const draft = quarterlyRowsDraft();
// The same draft on the user's own tusoi.pack/2 (the built-in table under the unit's own id).
const OWN_ID = 'don-vi-x-quy-2026';
const ownPack = { ...builtinPack2('q2026-vatm-09a'), id: OWN_ID };
const ownDraft = { ...draft, criteria: { ...draft.criteria, pack: OWN_ID } };
const CODES = ['1.1', '1.3', '1.9', '2.3'];

const MAKES = [
  {
    make: 'ASP.NET GridView',
    file: 'T21-gridview-criteria-reasons',
    rows: '#ctl00_Main_gvTC tr:not(:first-child)',
    met: 'input[value=dat]',
    notMet: 'input[value=khong]',
    notApplicable: 'input[value=kad]',
    reason: 'input[type=text]',
    // What a user does on the page, through the page's own controls.
    choose: (page: Page, code: string, which: 'Khong' | 'Kad') =>
      page.locator(`#ctl00_Main_gvTC_ctl0${CODES.indexOf(code) + 2}_rb${which}`).check(),
    reasonBox: (page: Page, code: string) => page.locator(`#ctl00_Main_gvTC_ctl0${CODES.indexOf(code) + 2}_txtLyDo`),
  },
  {
    make: 'Bootstrap 5 btn-check',
    file: 'T22-bootstrap-criteria-reasons',
    rows: '#bang-tieu-chi tbody tr',
    met: 'input[value=met]',
    notMet: 'input[value=notmet]',
    notApplicable: 'input[value=na]',
    reason: 'textarea',
    choose: (page: Page, code: string, which: 'Khong' | 'Kad') =>
      page.locator(`label[for=tc-${code.replace('.', '-')}-${which === 'Khong' ? 'not' : 'na'}]`).click(),
    reasonBox: (page: Page, code: string) => page.getByLabel(`Lý do tiêu chí ${code}`),
  },
];

for (const m of MAKES) {
  const map = {
    format: 'tusoi.formmap/1',
    id: `case-${m.file}`,
    title: { vi: m.make },
    match: ['http://127.0.0.1/*'],
    steps: CODES.map((c) => ({
      criterion: `pl4-${c}`,
      met: { rows: m.rows, row: c, cell: m.met },
      notMet: { rows: m.rows, row: c, cell: m.notMet },
      notApplicable: { rows: m.rows, row: c, cell: m.notApplicable },
      reason: { rows: m.rows, row: c, cell: m.reason },
    })),
  };
  const fill = (page: Page) =>
    page.evaluate(
      async ({ map, a }) => {
        const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
        return (await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(map), a as never))).summary.vi;
      },
      { map, a: draft },
    );
  const check = (page: Page) =>
    page.evaluate(
      ({ map, a }) => {
        const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
        return kit
          .checkForm(document, kit.parseFormMap(map), a as never)
          .map(({ code, field, message }) => ({ code, field, message }));
      },
      { map, a: draft },
    ) as Promise<Problem[]>;
  const checkOwn = (page: Page, pack: unknown) =>
    page.evaluate(
      ({ map, a, pack }) => {
        const kit = (window as never as { TusoiFormKit: Kit }).TusoiFormKit;
        return kit
          .checkForm(document, kit.parseFormMap(map), a as never, pack === null ? {} : { ownPack: pack })
          .map(({ code, field, message }) => ({ code, field, message }));
      },
      { map, a: ownDraft, pack },
    ) as Promise<Problem[]>;
  const open = async (page: Page, site: string) => {
    await page.goto(`${site}/${m.file}.html`);
    await page.addScriptTag({ content: await bundle });
    expect(await fill(page)).toBe('Đã điền 6/6');
  };

  test(`${m.make}: the draft as filled checks clean; K/AD chosen on the page is read back as K/AD`, async ({
    page,
    site,
  }) => {
    await open(page, site);
    expect(await check(page)).toEqual([]);
    await m.choose(page, '1.9', 'Kad');
    await m.reasonBox(page, '1.9').fill('Không thuộc phạm vi');
    const problems = await check(page);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('criteria.pl4-1.9');
    expect(problems[0]?.message.vi).toContain('trang ghi "K/AD", bản kiểm điểm là "Đảm bảo".');
    expect(problems[0]?.message.en).toContain('the page shows "K/AD", the draft says "Đảm bảo".');
  });

  test(`${m.make}: a reason changed or emptied on the page is told; an answer needing a reason without one is flagged`, async ({
    page,
    site,
  }) => {
    await open(page, site);
    await m.reasonBox(page, '1.1').fill('');
    await m.reasonBox(page, '2.3').fill('Lý do khác');
    await m.choose(page, '1.3', 'Khong');
    await m.choose(page, '1.9', 'Kad');
    const problems = await check(page);
    const at = (field: string) => problems.filter((p) => p.field === field);
    expect(at('criteria.pl4-1.1.reason')).toEqual([
      expect.objectContaining({
        code: 'DIFFERS_FROM_DRAFT',
        message: expect.objectContaining({
          vi: expect.stringContaining('(lý do): trang để trống, bản kiểm điểm là "Chậm nộp báo cáo".'),
        }),
      }),
    ]);
    expect(at('criteria.pl4-2.3.reason')[0]?.message.vi).toContain(
      'trang ghi "Lý do khác", bản kiểm điểm là "Không thuộc phạm vi trong quý".',
    );
    // Không đảm bảo with no reason: rubric-core's deduction-reason rule of the draft's pack.
    expect(at('criteria.pl4-1.3')[0]?.message.vi).toContain('trang ghi "Không đảm bảo", bản kiểm điểm là "Đảm bảo".');
    expect(at('criteria.pl4-1.3.reason')).toEqual([
      expect.objectContaining({
        code: 'EMPTY_REQUIRED',
        message: expect.objectContaining({
          vi: expect.stringMatching(/trang ghi "Không đảm bảo" mà chưa có lý do \(giảm .* điểm .*phải nêu căn cứ\)/),
        }),
      }),
    ]);
    // K/AD with no reason: rubric-core's K/AD rule.
    expect(at('criteria.pl4-1.9.reason')[0]?.message.vi).toContain(
      'trang ghi "K/AD" mà chưa có lý do (tiêu chí ghi "K/AD" phải nêu lý do',
    );
    expect(problems).toHaveLength(6);

    // Each reason written on the page: nothing is missing any more; 1.3 and 1.9 still differ from the draft.
    await m.reasonBox(page, '1.3').fill('Chậm tiến độ');
    await m.reasonBox(page, '1.9').fill('Không thuộc phạm vi');
    await m.reasonBox(page, '1.1').fill('Chậm nộp báo cáo');
    await m.reasonBox(page, '2.3').fill('Không thuộc phạm vi trong quý');
    expect((await check(page)).map((p) => `${p.code} ${p.field}`)).toEqual([
      'DIFFERS_FROM_DRAFT criteria.pl4-1.3',
      'DIFFERS_FROM_DRAFT criteria.pl4-1.9',
    ]);
  });

  test(`${m.make}: with the user's own pack (not built in), its rules judge the reasons; a pack rubric-core refuses is said, never used`, async ({
    page,
    site,
  }) => {
    await open(page, site);
    await m.choose(page, '1.3', 'Khong');
    await m.choose(page, '1.9', 'Kad');
    const reasons = (problems: Problem[]) =>
      problems
        .filter((p) => p.field.endsWith('.reason') || p.code === 'PACK_REFUSED')
        .map((p) => `${p.code} ${p.field}`);
    // Without the pack the content script cannot judge: the answers are compared, the reasons not.
    expect(reasons(await checkOwn(page, null))).toEqual([]);
    // The user's pack sent along: the same rules as the built-in one (a deduction from 1 point, a K/AD).
    const judged = await checkOwn(page, ownPack);
    expect(reasons(judged)).toEqual([
      'EMPTY_REQUIRED criteria.pl4-1.3.reason',
      'EMPTY_REQUIRED criteria.pl4-1.9.reason',
    ]);
    expect(judged.find((p) => p.field === 'criteria.pl4-1.3.reason')?.message.vi).toMatch(
      /trang ghi "Không đảm bảo" mà chưa có lý do \(giảm .* điểm .*phải nêu căn cứ\)/,
    );
    // Its own threshold, not the built-in one's: a reason from a 5-point deduction only, so 1.3 needs none.
    const lenient = { ...ownPack, general: { ...ownPack.general, deductionReasonMin: 5 } };
    expect(reasons(await checkOwn(page, lenient))).toEqual(['EMPTY_REQUIRED criteria.pl4-1.9.reason']);
    // A pack rubric-core refuses, or one for another draft: said (vi, then en), and no reason judged by it.
    const broken = await checkOwn(page, { ...ownPack, format: 'tusoi.pack/9' });
    expect(reasons(broken)).toEqual(['PACK_REFUSED criteria.pack']);
    expect(broken.find((p) => p.code === 'PACK_REFUSED')?.message.vi).toMatch(
      /^Không dùng được bảng thang điểm của bạn để xét lý do các tiêu chí \(format: .+\); chỉ so câu trả lời/,
    );
    expect(broken.find((p) => p.code === 'PACK_REFUSED')?.message.en).toMatch(/^Your scoring pack could not be used/);
    const other = await checkOwn(page, { ...ownPack, id: 'bang-khac' });
    expect(other.find((p) => p.code === 'PACK_REFUSED')?.message.vi).toContain(
      'bảng "bang-khac", bản kiểm điểm dùng "don-vi-x-quy-2026"',
    );
  });
}
