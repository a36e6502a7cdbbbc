// Tom Select and Choices.js boxes (the real libraries, from node_modules, on pages T19 and T20): the
// box follows only a person's clicks, so the fill opens it and clicks the option; a field is filled
// only when the select the form sends and the box a person sees both show the choice. Single and
// multiple boxes, one in a table row; check and undo too.
import { detectAndFill, expect, fill, open, type probe, test, undo, type W } from './kit-fixture';

type Seen = {
  select: Record<string, string[]>;
  box: Record<string, string[]>;
  seen: { change: unknown[]; submitted: number };
};
const read = (page: Parameters<typeof probe>[0]) =>
  page.evaluate(() => (window as never as W).probe()) as Promise<Seen>;

const PLAN = [
  { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Thị Hồng Nhung' },
  { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'HTTNV' },
  { key: 'units', locator: { label: 'Đơn vị phối hợp' }, value: 'Ban Tổ chức; Ủy ban Kiểm tra' },
  { key: 'residence', locator: { label: 'Tổ dân phố cư trú' }, value: 'Tổ dân phố 57' },
  { key: 'unit.row', locator: { table: 'nhan_su', row: 'NV01', column: 'Đơn vị công tác' }, value: 'Chi bộ Kiểm tra' },
];
const BEFORE = {
  select: { xep_loai: [''], phoi_hop: [], don_vi_1: ['cb02'], to_dan_pho: [''] },
  box: { xep_loai: [], phoi_hop: [], don_vi_1: ['Chi bộ Phòng Tổ chức'], to_dan_pho: [] },
};

for (const [code, lib, file] of [
  ['T19', 'Tom Select', 'T19-tom-select'],
  ['T20', 'Choices.js', 'T20-choices'],
] as const) {
  test(`${code} ${lib}: single, multiple and table-row boxes filled by their own clicks; select and box both read back; undo gives back the earlier choices`, async ({
    page,
    site,
  }) => {
    await open(page, site, file);
    expect(await read(page)).toMatchObject(BEFORE);
    const { results, summary } = await fill(page, PLAN);
    expect(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.status]))).toEqual({
      'subject.name': 'held',
      proposedLevel: 'held',
      units: 'held',
      residence: 'held',
      'unit.row': 'held',
    });
    expect(summary.vi).toBe('Đã điền 5/5');
    expect(results.proposedLevel).toMatchObject({ ok: true, status: 'held', readBack: 'HTTNV' });
    expect(results.units).toMatchObject({ ok: true, status: 'held', readBack: 'tc\nkt' });
    const after = await read(page);
    expect(after.select).toEqual({
      xep_loai: ['HTTNV'],
      phoi_hop: ['tc', 'kt'],
      don_vi_1: ['cb03'],
      to_dan_pho: ['tdp57'],
    });
    // What a person sees: the box shows the Vietnamese names of the chosen options.
    expect(after.box.xep_loai).toEqual(['Hoàn thành tốt nhiệm vụ']);
    expect([...(after.box.phoi_hop ?? [])].sort()).toEqual(['Ban Tổ chức', 'Ủy ban Kiểm tra']);
    expect(after.box.don_vi_1).toEqual(['Chi bộ Kiểm tra']);
    // Option 57 of 60, beyond the 50 Tom Select draws: found by typing its words, which do not stay.
    expect(after.box.to_dan_pho).toEqual(['Tổ dân phố 57']);
    expect(
      await page
        .locator('.ts-control input, input.choices__input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean)),
    ).toEqual([]);
    // The page heard the changes as from a person; nothing was sent, no list left open.
    expect(after.seen.change.length).toBeGreaterThanOrEqual(5);
    expect(after.seen.submitted).toBe(0);
    expect(await page.locator('.ts-dropdown:visible, .choices__list--dropdown.is-active').count()).toBe(0);

    const u = await undo(page);
    expect(u.message.vi).toBe('Đã hoàn tác 5/5.');
    expect(await read(page)).toMatchObject({ ...BEFORE, seen: { submitted: 0 } });
  });

  test(`${code} ${lib}: a box whose list takes no click is reported not filled (Vietnamese first), and its select is left as the box shows it`, async ({
    page,
    site,
  }) => {
    await open(page, site, file, '?stuck=1');
    const { results, summary } = await fill(page, PLAN.slice(0, 2));
    expect(results.proposedLevel).toMatchObject({ ok: false, status: 'not-held' });
    expect(results.proposedLevel?.message).toEqual({
      vi: '"Đề xuất xếp loại": ô chọn của trang không nhận lựa chọn, vẫn hiện "trống"; chưa điền.',
      en: '"Đề xuất xếp loại": the page\'s choice box did not take the choice; it still shows "trống"; not filled.',
    });
    expect(summary.vi).toMatch(/^Đã điền 1\/2; chưa điền được: "Đề xuất xếp loại": ô chọn của trang không nhận/);
    // Never written behind the box: the form would send what the person does not see.
    expect((await read(page)).select.xep_loai).toEqual(['']);
  });

  test(`${code} ${lib}: a select set behind its box is found by check, and a fill makes the box show it`, async ({
    page,
    site,
  }) => {
    await open(page, site, file, '?drift=1');
    const map = {
      format: 'tusoi.formmap/1',
      id: file,
      title: { vi: lib },
      match: [`${site}/*`],
      steps: [{ field: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' } }],
    };
    const draft = { proposedLevel: 'HTNV' };
    const check = () =>
      page.evaluate(
        ({ map, draft }) => {
          const kit = (window as never as W).TusoiFormKit;
          return kit.checkForm(document, map as never, draft as never).map((p) => [p.code, p.message.vi]);
        },
        { map, draft },
      );
    expect(await check()).toEqual([
      [
        'BOX_DIFFERS',
        '"Đề xuất xếp loại": ô chọn trên trang hiện "trống", nhưng biểu mẫu sẽ gửi "Hoàn thành nhiệm vụ".',
      ],
    ]);
    const { summary } = await fill(page, [
      { key: 'proposedLevel', locator: { label: 'Đề xuất xếp loại' }, value: 'HTNV' },
    ]);
    expect(summary.vi).toBe('Đã điền 1/1');
    expect(await read(page)).toMatchObject({
      select: { xep_loai: ['HTNV'] },
      box: { xep_loai: ['Hoàn thành nhiệm vụ'] },
    });
    expect(await check()).toEqual([]);
  });

  test(`${code} ${lib}: the level box and the unit box of the table row are detected out of the box (each box once, by its select), filled, checked; a choice a person makes afterwards in the box is kept by undo`, async ({
    page,
    site,
  }) => {
    await open(page, site, file);
    const draft = { subject: { name: 'Nguyễn Thị Hồng Nhung', unit: 'Chi bộ Kiểm tra' }, proposedLevel: 'HTXSNV' };
    const r = await detectAndFill(page, draft);
    // The box's own text box and list are not fields of their own: no "several fields" for the column.
    expect(r?.preview).toEqual([
      ['subject.name', 'Họ và tên', 'label-for'],
      ['subject.unit', 'Đơn vị công tác', 'column'],
      ['proposedLevel', 'Đề xuất xếp loại', 'options'],
    ]);
    expect(r?.summary).toBe('Đã điền 3/3');
    expect(r?.problems).toEqual([]);
    expect((await read(page)).box).toMatchObject({
      xep_loai: ['Hoàn thành xuất sắc nhiệm vụ'],
      don_vi_1: ['Chi bộ Kiểm tra'],
    });
    // A person opens the box and picks another level with the mouse.
    const box = page
      .locator('#xep_loai')
      .locator(
        'xpath=following-sibling::div[contains(@class,"ts-wrapper")] | ancestor::div[contains(@class,"choices")]',
      );
    await box.locator('.ts-control, .choices__inner').first().click();
    await box.locator('[data-value="HTNV"]:is([data-selectable], [data-choice])').click();
    expect(await read(page)).toMatchObject({
      select: { xep_loai: ['HTNV'] },
      box: { xep_loai: ['Hoàn thành nhiệm vụ'] },
    });
    const u = await undo(page);
    expect(u.message.vi).toBe('Đã hoàn tác 2/3. "Đề xuất xếp loại": đã được sửa sau khi điền, giữ nguyên.');
    expect(await read(page)).toMatchObject({
      select: { xep_loai: ['HTNV'], don_vi_1: ['cb02'] },
      box: { xep_loai: ['Hoàn thành nhiệm vụ'], don_vi_1: ['Chi bộ Phòng Tổ chức'] },
    });
  });
}
