import type { Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// Portal pages that draw their form again after each change (form-kit field cases R19a–c): a
// plain "state → render()" page replacing the whole form on input/change, a React-like page of
// controlled inputs (every element built anew from its own state), a Vue-like page whose criterion
// and task rows are drawn again on a click or change. No map: detected, previewed, filled through
// the redraws, checked and undone from the panel; the page's own state is what it would send.

const ORIGIN = 'http://127.0.0.1:5431';
const assessment = quarterlyRowsDraft();
const CODES = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'];
// Each page's words for Đảm bảo / Không đảm bảo / K/AD in its own state; whether it has a total it computes.
const PAGES = {
  'R19a-rerender-plain.html': { answers: ['D', 'K', 'N'], total: true },
  'R19b-rerender-reconciler.html': { answers: ['dat', 'khong', 'kad'], total: true },
  'R19c-rerender-vuelike.html': { answers: ['D', 'K', 'N'], total: false },
} as const;

type State = {
  hoTen: string;
  tc: Record<string, string>;
  lyDo: Record<string, string>;
  nv: Record<string, string>[];
  xepLoai: string;
};
const probe = (form: Page) => form.evaluate(() => (window as never as { probe: () => State }).probe());

for (const [path, page] of Object.entries(PAGES)) {
  test(`${path}: "Đồng ý và điền" fills every field, criterion row and task row through the redraws; the status counts what the page holds; "Hoàn tác" puts back all of it`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await besideOwnPage(context, extensionId, {
      origin: ORIGIN,
      path,
      draft: assessment,
      maps: [],
    });
    await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
    await expect(panel.getByTestId('preview')).toBeVisible();
    await panel.getByRole('button', { name: 'Đồng ý và điền' }).click();
    const said = status(panel);
    await expect(said).toHaveText(/^Đã điền \d+\/\d+/);
    const text = (await said.textContent()) ?? '';
    expect(text).not.toContain('không làm được');
    const [, held, all] = /^Đã điền (\d+)\/(\d+)/.exec(text) ?? [];
    // Name, 15 rows, 2 reasons, 5 tasks' cells, 2 scores, level: all held; a read-only total the page
    // computes is the one field not filled, named with why.
    expect(Number(held)).toBeGreaterThanOrEqual(1 + 15 + 2 + 5 * 6 + 2 + 1);
    if (page.total) {
      expect(Number(all)).toBe(Number(held) + 1);
      expect(text).toContain('; chưa điền được: "Tổng điểm": trang khoá (chỉ đọc), không điền.');
    } else expect(held).toBe(all);

    const [met, notMet, kad] = page.answers;
    const s = await probe(form);
    expect(s.hoTen).toBe('Nguyễn Văn A');
    expect(s.tc).toEqual(Object.fromEntries(CODES.map((c) => [c, c === '1.1' ? notMet : c === '2.3' ? kad : met])));
    expect(s.lyDo).toEqual({ '1.1': 'Chậm nộp báo cáo', '2.3': 'Không thuộc phạm vi trong quý' });
    expect(s.nv.map((t) => t.ten)).toEqual(assessment.taskList.map((t: { name: string }) => t.name));
    expect(s.xepLoai).not.toBe('');

    // The check reads the redrawn page: nothing differs from the draft.
    await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
    await expect(said).toHaveText('Không thấy lỗi nào trên biểu mẫu.');

    await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
    await expect(said).toHaveText(/^Đã hoàn tác (\d+)\/\1\./);
    const after = await probe(form);
    expect([after.hoTen, after.xepLoai]).toEqual(['', '']);
    expect(after.tc).toEqual({});
    expect(after.lyDo).toEqual({});
    expect(after.nv.every((t) => Object.values(t).every((v) => v === ''))).toBe(true);
  });
}
