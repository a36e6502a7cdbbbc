import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// "Điền biểu mẫu" twice, then "Hoàn tác lần điền": the page goes back to how it was before the
// first fill (the content script merges the second fill's record into the first's), the status
// "Đã hoàn tác N/N." is read back from the live fields, and a field the user typed in between the
// fills gets the user's value back. A Bootstrap 5 form (U01, detected, no map) with the panel opened
// again between the actions, and a React-like page that builds every element anew (R19b).

const ORIGIN = 'http://127.0.0.1:5431';
const base = quarterlyRowsDraft();
const assessment = { ...base, subject: { ...base.subject, cell: 'Chi bộ số 2' } };
type Values = Record<string, string>;
const probe = (form: Page) => form.evaluate(() => (window as never as { probe: () => Values }).probe());

/** The first fill: previewed, accepted; its status. */
async function firstFill(panel: Page): Promise<string> {
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
  await expect(status(panel)).toHaveText(/^Đã điền \d+\/\d+/);
  return (await status(panel).textContent()) ?? '';
}

test('U01 Bootstrap: fill, fill again (panel opened again between), undo: every field as before the first fill, "Đã hoàn tác 4/4." true, and nothing left to undo', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'U01-bootstrap-profile.html',
    draft: assessment,
    maps: [],
  });
  const before = await probe(form);
  expect(before).toEqual({ inputHoTen: 'Trần Thị B', inputChiBo: '', inputDonVi: 'Văn phòng', selXepLoai: '' });
  expect(await firstFill(panel)).toMatch(/^Đã điền 4\/4\b/);
  const filled = await probe(form);
  expect(filled).toEqual({
    inputHoTen: 'Nguyễn Văn A',
    inputChiBo: 'Chi bộ số 2',
    inputDonVi: 'Phòng Không lưu',
    selXepLoai: 'xs',
  });
  // The panel opened again: the accepted map is kept (no preview) and the page's record is the content script's.
  await panel.reload();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(/^Đã điền 4\/4/);
  await expect(panel.getByTestId('preview')).toHaveCount(0);
  await panel.reload();
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText('Đã hoàn tác 4/4.');
  expect(await probe(form)).toEqual(before);
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText('Không có gì để hoàn tác.');
  expect(await probe(form)).toEqual(before);
});

test('U01 Bootstrap: fill, the user types in "Đơn vị công tác", fill again, undo: the user’s text comes back, the other fields as before the first fill', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'U01-bootstrap-profile.html',
    draft: assessment,
    maps: [],
  });
  const before = await probe(form);
  await firstFill(panel);
  await form.getByLabel('Đơn vị công tác').fill('Phòng của tôi');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect.poll(async () => (await probe(form)).inputDonVi).toBe('Phòng Không lưu');
  await expect(status(panel)).toHaveText(/^Đã điền 4\/4/);
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText('Đã hoàn tác 4/4.');
  expect(await probe(form)).toEqual({ ...before, inputDonVi: 'Phòng của tôi' });
});

test('R19b React-like: fill, the user types a name, fill again, undo: the page’s own state holds the user’s name and is otherwise empty again; the status counts every field', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path: 'R19b-rerender-reconciler.html',
    draft: base,
    maps: [],
  });
  // Every field held but the total the page computes (read-only, never written): undo counts the held ones.
  const first = await firstFill(panel);
  const [, n] = /^Đã điền (\d+)\//.exec(first) ?? [];
  expect(Number(n)).toBeGreaterThan(40);
  await form.getByLabel('Họ và tên').fill('Tên tôi gõ');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect.poll(async () => (await probe(form)).hoTen).toBe('Nguyễn Văn A');
  await expect(status(panel)).toHaveText(new RegExp(`^Đã điền ${n}/`));
  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toHaveText(new RegExp(`^Đã hoàn tác ${n}/${n}\\.`));
  const after = (await probe(form)) as unknown as {
    hoTen: string;
    xepLoai: string;
    tc: Values;
    lyDo: Values;
    nv: Values[];
  };
  expect([after.hoTen, after.xepLoai]).toEqual(['Tên tôi gõ', '']);
  expect(after.tc).toEqual({});
  expect(after.lyDo).toEqual({});
  expect(after.nv.every((t) => Object.values(t).every((v) => v === ''))).toBe(true);
});
