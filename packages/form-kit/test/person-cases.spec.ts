// Forms read as a person reads them: pages written by a reviewer new to the project (T10 on),
// each a case where the kit once said something a person looking at the page would not.
import { expect, open, test, type W } from './kit-fixture';

const detectAndFill = (page: import('@playwright/test').Page, draft: unknown) =>
  page.evaluate(async (draft) => {
    const w = window as never as W;
    const kit = w.TusoiFormKit;
    const detection = kit.detectForm(document, location.href);
    if (!detection) return null;
    const r = await kit.fillForm(document, kit.planFromMap(detection.map, draft as never));
    w.__undo = r.undo;
    return {
      map: detection.map,
      preview: detection.preview.map((p) => [p.field, p.via]),
      summary: r.summary.vi,
      problems: kit.checkForm(document, detection.map, draft as never).map((p) => p.message.vi),
    };
  }, draft);

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
  expect(r?.preview).toContainEqual(['subject.cell', 'cell']);
  expect(await page.locator('select[name$=ddlChiBo]').inputValue()).toBe('3');
  expect(r?.problems).toEqual([]);
  // Another cell chosen by hand: the difference names both cells by the text a person sees.
  await page.selectOption('select[name$=ddlChiBo]', '13');
  const problems = await page.evaluate(
    ({ map, draft }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map((p) => p.message.vi),
    { map: r?.map, draft },
  );
  expect(problems).toEqual(['"Chi bộ": trang ghi "Chi bộ 13", bản nháp là "Chi bộ 3".']);
  // A draft that names the option by its value (as a form map's list may) is the same choice.
  await page.selectOption('select[name$=ddlChiBo]', '3');
  const byValue = await page.evaluate(
    ({ map, draft }) =>
      (window as never as W).TusoiFormKit.checkForm(document, map as never, draft as never).map((p) => p.message.vi),
    { map: r?.map, draft: { ...draft, subject: { ...draft.subject, cell: '3' } } },
  );
  expect(byValue).toEqual([]);
});
