import { startPortal } from '@tusoi/demo-portal/server';
import { builtinPack } from '@tusoi/rubric-core';
import { expect, test } from './fixtures';
import { beside, filledAll, status } from './panel';

// The check compares each criterion's answer on the page (Đảm bảo / Không đảm bảo) with the draft's,
// through the built extension: none on the form as filled, the one a person changed afterwards found.

let portal: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
});
test.afterAll(() => portal.close());

test('bang-diem-quy.html: a criterion answered on the page unlike the draft is a problem of the check, beside its row', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bang-diem-quy.html`);
  await panel.locator('[name="pack"]').selectOption('qd366-pl4-staff-example');
  const pack = builtinPack('qd366-pl4-staff-example');
  if (!pack) throw new Error('no pack');
  for (const section of pack.general.sections)
    for (const c of section.criteria)
      await panel.locator(`[name="criteria.items.${c.id}"]`).selectOption(c.id === 'pl4-2.3' ? 'not' : 'met');
  await panel.locator('[name="notes.pl4-2.3"]').fill('Chưa hoàn thành khoá bồi dưỡng');
  await panel.locator('[name="criteria.items.pl4-k"]').fill('62,5');
  await expect(panel.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await form.bringToFront();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status(panel)).toHaveText(filledAll(18));
  const check = async () => {
    await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
    await expect(status(panel)).toHaveText(/vấn đề trên biểu mẫu|Không thấy lỗi nào trên biểu mẫu/);
  };
  await check();
  await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');
  // A person then presses "Đảm bảo" on row 2.3, where the draft says not met.
  await form.locator('#bang tr', { hasText: '2.3' }).getByRole('button', { name: 'Đảm bảo', exact: true }).click();
  await check();
  const problems = panel.getByTestId('form-problems');
  await expect(problems.locator('li')).toHaveCount(1);
  await expect(problems.locator('li').first()).toHaveAttribute('data-code', 'DIFFERS_FROM_DRAFT');
  await expect(problems).toContainText('trang ghi "Đảm bảo", bản kiểm điểm là "Không đảm bảo"');
  await expect(problems).toContainText('2.3');
  await expect(form.locator('tusoi-note[data-code=DIFFERS_FROM_DRAFT]')).toHaveCount(1);
});
