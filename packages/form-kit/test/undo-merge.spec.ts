// Fill, fill again, undo, in real Chromium, as the extension's content script does it (the second
// fill is given the first's undo, form-kit's previousUndo): undo takes the page back to before the
// first fill, the status counts what it read back, and a field the user typed in between the fills
// gets the user's value back. On a Bootstrap 5 form (detected, no map) and on a React-like page whose
// reconciler builds every element anew from its state (R19b).
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = {
  TusoiFormKit: typeof import('../src/index');
  probe: () => Record<string, unknown>;
  __undo?: () => Promise<unknown>;
};
type Undone = { message: { vi: string }; restored: string[]; left: { key: string; why: string }[] };

const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

const DRAFT = {
  subject: { name: 'Nguyễn Văn A', unit: 'Phòng Tổ chức', cell: 'Chi bộ số 2' },
  proposedLevel: 'HTTNV',
};

async function open(page: Page, site: string, file: string) {
  await page.goto(`${site}/${file}.html`);
  await page.addScriptTag({ content: await bundle });
}
const probe = (page: Page) => page.evaluate(() => (window as never as W).probe());
// Detects the form and fills it, the undo kept on the page merged with the one before (as portal.content.ts).
const fill = (page: Page) =>
  page.evaluate(async (draft) => {
    const w = window as never as W;
    const kit = w.TusoiFormKit;
    const d = kit.detectForm(document, location.href);
    if (!d) return null;
    const r = await kit.fillForm(document, kit.planFromMap(kit.parseFormMap(d.map), draft as never), {
      ...(w.__undo ? { previousUndo: w.__undo as never } : {}),
    });
    w.__undo = r.undo;
    return r.summary.vi;
  }, DRAFT);
const undo = (page: Page) => page.evaluate(() => (window as never as W).__undo?.()) as Promise<Undone>;

test('U01 Bootstrap: fill, fill again, undo puts back what the page held before the first fill; "Đã hoàn tác 4/4." is true; a second undo has nothing', async ({
  page,
  site,
}) => {
  await open(page, site, 'U01-bootstrap-profile');
  const before = await probe(page);
  expect(before).toEqual({ inputHoTen: 'Trần Thị B', inputChiBo: '', inputDonVi: 'Văn phòng', selXepLoai: '' });
  expect(await fill(page)).toBe('Đã điền 4/4');
  expect(await fill(page)).toBe('Đã điền 4/4');
  expect(await probe(page)).toEqual({
    inputHoTen: 'Nguyễn Văn A',
    inputChiBo: 'Chi bộ số 2',
    inputDonVi: 'Phòng Tổ chức',
    selXepLoai: 'tot',
  });
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 4/4.');
  expect(await probe(page)).toEqual(before);
  expect((await undo(page)).message.vi).toBe('Không có gì để hoàn tác.');
});

test('U01 Bootstrap: fill, the user types in a field, fill again, undo: that field gets the user’s value back, the others what they held before the first fill', async ({
  page,
  site,
}) => {
  await open(page, site, 'U01-bootstrap-profile');
  const before = await probe(page);
  await fill(page);
  await page.getByLabel('Đơn vị công tác').fill('Phòng của tôi');
  await fill(page);
  expect((await probe(page)).inputDonVi).toBe('Phòng Tổ chức');
  const u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 4/4.');
  expect(await probe(page)).toEqual({ ...before, inputDonVi: 'Phòng của tôi' });
});

test('R19b React-like (every element built anew): fill, fill again, undo empties the page’s state as before the first fill; the user’s typing between fills comes back', async ({
  page,
  site,
}) => {
  await open(page, site, 'R19b-rerender-reconciler');
  const state = () => probe(page) as Promise<{ hoTen: string; donVi: string; xepLoai: string }>;
  const pick = (s: { hoTen: string; donVi: string; xepLoai: string }) => [s.hoTen, s.donVi, s.xepLoai];
  expect(pick(await state())).toEqual(['', '', '']);
  expect(await fill(page)).toBe('Đã điền 3/3');
  expect(await fill(page)).toBe('Đã điền 3/3');
  let u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  expect(pick(await state())).toEqual(['', '', '']);
  expect((await undo(page)).message.vi).toBe('Không có gì để hoàn tác.');

  await fill(page);
  await page.getByLabel('Đơn vị').fill('Phòng của tôi');
  expect((await state()).donVi).toBe('Phòng của tôi');
  await fill(page);
  expect(pick(await state())).toEqual(['Nguyễn Văn A', 'Phòng Tổ chức', 'tot']);
  u = await undo(page);
  expect(u.message.vi).toBe('Đã hoàn tác 3/3.');
  expect(pick(await state())).toEqual(['', 'Phòng của tôi', '']);
});
