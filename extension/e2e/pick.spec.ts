import type { Page } from '@playwright/test';
import { startPortal } from '@tusoi/demo-portal/server';
import { expect, SHOTS, test } from './fixtures';
import { beside, openMore, status, UNDONE_ALL } from './panel';

// Pick mode cannot hurt: the click that picks never reaches the page, buttons that send, reset
// or delete cannot be picked, and Esc, "Huỷ" and a timeout end it without changing the page.

let portal: { url: string; close: () => void };
// A second origin that the e2e build has no host permission for (localhost is granted, 127.0.0.2 is not).
let other: { url: string; close: () => void };
test.beforeAll(async () => {
  portal = await startPortal();
  other = await startPortal(0, '127.0.0.2');
});
test.afterAll(() => {
  portal.close();
  other.close();
});

/** Records every pointer, mouse, key and submit event the page's own listeners see. */
async function spy(form: Page) {
  await form.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'keydown', 'submit'])
      document.addEventListener(type, () => seen.push(type), true);
  });
}
const seen = (form: Page) => form.evaluate(() => (window as unknown as { seen: string[] }).seen);

/**
 * "Điền biểu mẫu" after a pick: what detection finds beside the picked field is shown first (the
 * preview lists both), then accepted; the fill then writes them all.
 */
async function fillPicked(panel: Page) {
  const preview = panel.getByTestId('preview');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect
    .poll(async () => (await preview.count()) > 0 || /^Đã điền/.test((await status(panel).textContent()) ?? ''))
    .toBe(true);
  if ((await preview.count()) > 0) await preview.getByRole('button', { name: 'Đồng ý và điền' }).click();
}
/** "Đã điền n/n": every field tried held (the pick and what detection added). */
const ALL_HELD =
  /^Đã điền (\d+)\/\1(?:\. Chưa tìm thấy trên trang: [\s\S]+?\.)?(?: Bản kiểm điểm chưa có nội dung cho: [\s\S]+\.)?$/;

async function startPick(panel: Page, field: string) {
  await openMore(panel);
  await panel.locator('[name="pickField"]').selectOption(field);
  await panel.getByRole('button', { name: 'Chọn trường này trên trang' }).click();
  await expect(status(panel)).toContainText('Bấm vào ô trên trang');
}

test('the pick list names draft fields in Vietnamese, never by internal keys', async ({ context, extensionId }) => {
  const { panel } = await beside(context, extensionId, `${portal.url}/cong-khac.html`);
  await openMore(panel);
  const texts = await panel.locator('[name="pickField"] option').allTextContents();
  expect(texts).toContain('Họ và tên / tên tập thể');
  expect(texts).toContain('Đề xuất xếp loại');
  expect(texts).toContain('Nhóm tiêu chí chung');
  expect(texts.filter((t) => /[a-z]+\.[a-z]+|^[a-z][A-Za-z]+$/.test(t))).toEqual([]);
});

test('a pick click on a page button does not run the page’s handler; the button group is picked', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/dat-khong-dat.html`);
  await spy(form);
  await startPick(panel, 'proposedLevel');
  const banner = form.locator('tusoi-pick');
  await expect(banner).toHaveCount(1);
  await form.screenshot({ path: `${SHOTS}pick-banner.png` });
  await form.locator('[data-copy=desktop]').getByRole('button', { name: 'Tốt', exact: true }).click();
  await expect(status(panel)).toContainText('Đã gắn: Đề xuất xếp loại');
  await expect(status(panel)).toContainText('4 nút');
  // The page saw none of it: no listener ran, its state and classes are unchanged.
  expect(await seen(form)).toEqual([]);
  expect(
    await form.evaluate(() => (window as unknown as { copies: { desktop: { level: unknown } } }).copies.desktop.level),
  ).toBeNull();
  await expect(form.locator('.bg-blue-600')).toHaveCount(0);
  await expect(banner).toHaveCount(0);
  // Pick mode is over: the next click is the page's again.
  await form.locator('[data-copy=desktop]').getByRole('button', { name: 'Tốt', exact: true }).click();
  expect(
    await form.evaluate(() => (window as unknown as { copies: { desktop: { level: unknown } } }).copies.desktop.level),
  ).toBe('HTTNV');
});

test('a button whose caption lies ("Hoàn tất" that clears the form) cannot be picked and never runs', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-aspnet.html`);
  await form.fill('#MainContent_txtUuDiem', 'Đã viết tay');
  await startPick(panel, 'review.strengths');
  await form.locator('#MainContent_btnHoanTat').click();
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn nút gửi');
  expect(await form.evaluate(() => (window as unknown as { cleared?: number }).cleared)).toBeUndefined();
  await expect(form.locator('#MainContent_txtUuDiem')).toHaveValue('Đã viết tay');
  // Still picking: an unlabelled-by-for field in a table-layout row can be picked.
  await form.locator('#MainContent_txtUuDiem').click();
  await expect(status(panel)).toHaveText('Đã gắn: Ưu điểm, kết quả đạt được → ô có tên “ctl00$MainContent$txtUuDiem”');
});

test('a submit button cannot be picked (the reason is shown); the form is not sent; "Huỷ chọn" ends the pick', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-khac.html`);
  await spy(form);
  await startPick(panel, 'scores.total');
  await form.getByRole('button', { name: 'Lưu và gửi' }).click();
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn nút gửi, lưu hay hoàn tất');
  expect(form.url()).toBe(`${portal.url}/cong-khac.html`);
  expect(await seen(form)).toEqual([]);
  // Enter on the focused submit button is swallowed too: no keydown reaches the page, nothing is sent.
  await form.getByRole('button', { name: 'Lưu và gửi' }).focus();
  await form.keyboard.press('Enter');
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn nút gửi, lưu hay hoàn tất');
  expect(await seen(form)).toEqual([]);
  expect(form.url()).toBe(`${portal.url}/cong-khac.html`);
  await expect(status(panel)).toContainText('Bấm vào ô trên trang');
  await panel.getByRole('button', { name: 'Huỷ chọn' }).click();
  await expect(status(panel)).toHaveText('Đã thôi chọn trường; trang không bị thay đổi.');
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  expect(form.url()).toBe(`${portal.url}/cong-khac.html`);
});

test('Esc cancels a pick; nothing is mapped and the page is unchanged', async ({ context, extensionId }) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/cong-khac.html`);
  await startPick(panel, 'subject.name');
  await form.locator('h1').click();
  await expect(form.locator('tusoi-pick')).toContainText('Ở đây không có ô');
  await form.keyboard.press('Escape');
  await expect(status(panel)).toHaveText('Đã thôi chọn trường; trang không bị thay đổi.');
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  // Nothing was mapped: the form is still unknown, so the next fill previews it first.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('preview')).toBeVisible();
  await expect(form.locator('[name=f01]')).toHaveValue('');
});

test('unlabelled score cells and criteria rows can be picked', async ({ context, extensionId }) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/dai-hoc-quy.html`);
  await startPick(panel, 'scores.general');
  await form.locator('[name=tu_cham_chung]').click();
  await expect(status(panel)).toHaveText('Đã gắn: Nhóm tiêu chí chung → ô có tên “tu_cham_chung”');
  await form.goto(`${portal.url}/quy-09a.html`);
  await startPick(panel, 'scores.general');
  await form.locator('#tieu-chi tbody tr').nth(2).locator('td').nth(1).click();
  await expect(status(panel)).toContainText('Đã gắn: Nhóm tiêu chí chung → hàng / row: 1.3');
  // The radio of that row was not checked by the pick click.
  expect(await form.locator('#tieu-chi input:checked').count()).toBe(0);
});

test('a pending pick ends on its own after its time, removing its banner', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const form = await context.newPage();
  await form.goto(`${portal.url}/cong-khac.html`);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const started = Date.now();
  const result = await worker.evaluate(async (url) => {
    // The service worker's own `chrome` (the test file has no extension typings).
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const [tab] = await api.tabs.query({ url });
    if (tab?.id === undefined) throw new Error('no tab');
    const pick = { type: 'tusoi:pick', label: 'Họ và tên', timeoutMs: 1000 };
    // The portal script alone leaves a pick unanswered (pick mode is pick.js)...
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/portal.js'] });
    const alone = await api.tabs.sendMessage(tab.id, pick).then(
      (answer) => ({ answer }),
      (e: Error) => ({ error: e.message }),
    );
    // ...and beside pick.js (injected after it), its listener does not answer first.
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/pick.js'] });
    return { alone, both: await api.tabs.sendMessage(tab.id, pick) };
  }, `${portal.url}/cong-khac.html`);
  // Chromium: no listener answered, so the sender gets undefined (no pick was started).
  expect(result.alone).toEqual({ answer: undefined });
  expect(result.both).toEqual({ status: 'timeout' });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  // After the timeout the page's clicks are its own again.
  await form.locator('[name=f01]').click();
  await form.keyboard.type('x');
  await expect(form.locator('[name=f01]')).toHaveValue('x');
});

test('pick mode reaches a same-origin frame: its submit button is refused, its field is picked and filled', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/khung.html`);
  const frame = form.frameLocator('#khung');
  await startPick(panel, 'subject.name');
  await frame.getByRole('button', { name: 'Gửi' }).click();
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn nút gửi');
  expect(form.url()).toBe(`${portal.url}/khung.html`);
  await frame.locator('[name=ho_ten]').click();
  await expect(status(panel)).toHaveText('Đã gắn: Họ và tên / tên tập thể → ô có tên “ho_ten”');
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('');
  await fillPicked(panel);
  await expect(status(panel)).toHaveText(ALL_HELD);
  await expect(frame.locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
});

/** The frame of khung-khac-nguon.html (another origin), with a spy on its own document's events. */
async function foreignFrame(form: Page) {
  const frame = form.frames().find((f) => f.url().includes('khung-noi-dung.html'));
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[name=ho_ten]');
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const type of ['pointerdown', 'mousedown', 'click', 'submit'])
      document.addEventListener(type, () => seen.push(type), true);
  });
  return frame;
}

test('pick mode in a frame of another origin the user granted: picked there, the frame’s page never sees the click, then filled', async ({
  context,
  extensionId,
}) => {
  const frameOrigin = portal.url.replace('127.0.0.1', 'localhost');
  const { form, panel } = await beside(
    context,
    extensionId,
    `${portal.url}/khung-khac-nguon.html?nguon=${encodeURIComponent(frameOrigin)}`,
  );
  const frame = await foreignFrame(form);
  await startPick(panel, 'subject.name');
  await expect(status(panel)).not.toContainText('Không chọn được');
  // Its send button cannot be picked, and is not pressed.
  await form.frameLocator('#khung').getByRole('button', { name: 'Gửi' }).click();
  await expect(form.frameLocator('#khung').locator('tusoi-pick')).toContainText('Không chọn nút gửi');
  await form.frameLocator('#khung').locator('[name=ho_ten]').click();
  await expect(status(panel)).toHaveText('Đã gắn: Họ và tên / tên tập thể → ô có tên “ho_ten”');
  expect(await frame.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  // The pick ended everywhere: no banner left on the page or in the frame.
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  await expect(form.frameLocator('#khung').locator('tusoi-pick')).toHaveCount(0);
  await expect(form.frameLocator('#khung').locator('[name=ho_ten]')).toHaveValue('');
  await fillPicked(panel);
  await expect(status(panel)).toHaveText(ALL_HELD);
  await expect(form.frameLocator('#khung').locator('[name=ho_ten]')).toHaveValue('Nguyễn Văn A');
});

test('pick mode beside a frame of another origin not granted: the panel and the page say why it cannot pick there, and the frame never gets the click', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(
    context,
    extensionId,
    `${portal.url}/khung-khac-nguon.html?nguon=${encodeURIComponent(other.url)}`,
  );
  const frame = await foreignFrame(form);
  await spy(form);
  await startPick(panel, 'subject.name');
  await expect(status(panel)).toContainText(
    `Không chọn được trong khung (iframe) của trang khác chưa được phép: ${other.url}.`,
  );
  await expect(panel.getByTestId('portal-help')).toContainText('Cho phép Tự Soi điền trên cổng này');
  // A click over the frame lands on the cover: the banner says why; the frame's page saw nothing.
  const box = await form.locator('#khung').boundingBox();
  if (!box) throw new Error('no frame box');
  await form.mouse.click(box.x + box.width / 2, box.y + 40);
  await expect(form.locator('tusoi-pick')).toContainText('Không chọn được trong khung này');
  expect(await frame.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  expect(await seen(form)).toEqual([]);
  await form.keyboard.press('Escape');
  await expect(status(panel)).toHaveText('Đã thôi chọn trường; trang không bị thay đổi.');
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  // Pick mode is over: the frame takes clicks again.
  await form.frameLocator('#khung').locator('[name=ho_ten]').click();
  expect(await frame.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('click');
});

type Probe = { value: string; shown: string; seen: { change: string[]; opened: number } };
const probe = (form: Page) => form.evaluate(() => (window as unknown as { probe: () => Probe }).probe());

for (const [widget, query, box, container] of [
  ['Select2', '', '.select2-selection__rendered', '.select2-container'],
  ['Chosen', '?widget=chosen', '.chosen-single span', '.chosen-container'],
] as const)
  test(`a ${widget} box picks the real select behind it; the fill sets that select and the box shows the level; undo puts both back`, async ({
    context,
    extensionId,
  }) => {
    const { form, panel } = await beside(context, extensionId, `${portal.url}/o-chon-nang-cao.html${query}`);
    await spy(form);
    await startPick(panel, 'proposedLevel');
    // Pointing at the box outlines the whole box a person sees (not the hidden select).
    await form.locator(box).hover();
    const outline = await form.locator('tusoi-pick .box').boundingBox();
    const seenBox = await form.locator(container).first().boundingBox();
    expect(outline && seenBox && Math.round(outline.width - seenBox.width)).toBe(0);
    expect(outline && seenBox && Math.round(outline.y - seenBox.y)).toBe(0);
    await form.locator(box).click();
    // Bound to the select the form sends (by its name), not to the box's <span>.
    await expect(status(panel)).toHaveText('Đã gắn: Đề xuất xếp loại → ô có tên “xep_loai”');
    // The widget never opened: the click was the pick's.
    expect(await seen(form)).toEqual([]);
    expect((await probe(form)).seen.opened).toBe(0);
    await fillPicked(panel);
    await expect(status(panel)).toHaveText(ALL_HELD);
    // The page's own select, its change listener and the box a person sees all hold the draft's level.
    expect(await probe(form)).toEqual({
      value: '2',
      shown: 'Hoàn thành tốt nhiệm vụ',
      seen: { change: ['2'], opened: 0 },
    });
    await expect(form.locator(box)).toHaveText('Hoàn thành tốt nhiệm vụ');
    // Undo puts the select back, and the box a person sees follows it.
    await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
    await expect(status(panel)).toHaveText(UNDONE_ALL);
    await expect(form.locator(box)).toHaveText('-- Chọn --');
    expect(await probe(form)).toMatchObject({ value: '', shown: '-- Chọn --', seen: { change: ['2', ''] } });
  });

test('a score box among twin rows (same aria-label, no name) is picked by its row; the saved map fills that row only, after a reload and in another row order', async ({
  context,
  extensionId,
}) => {
  const scores = () => form.evaluate(() => (window as unknown as { scores: () => Record<string, string> }).scores());
  const { form, panel } = await beside(context, extensionId, `${portal.url}/o-chon-nang-cao.html`);
  await startPick(panel, 'scores.general');
  await form.locator('#tieu-chi tbody tr').nth(2).getByRole('textbox').click();
  await expect(status(panel)).toHaveText('Đã gắn: Nhóm tiêu chí chung → ô trong bảng, dòng “1.3”');
  expect(await scores()).toEqual({ '1.1': '', '1.2': '', '1.3': '', '1.4': '' });
  // The page draws its rows afresh: the map saved by the pick finds the third row again.
  await form.reload();
  await fillPicked(panel);
  await expect(status(panel)).toHaveText(ALL_HELD);
  expect(await scores()).toEqual({ '1.1': '', '1.2': '', '1.3': '27,5', '1.4': '' });
  // Rows drawn in reverse order: the row is known by its code, not its place (1.3 is now second).
  await form.goto(`${portal.url}/o-chon-nang-cao.html?dao=1`);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // (The status already said "Đã điền 1/1" before this fill: the page itself is waited for.)
  await expect.poll(scores).toEqual({ '1.4': '', '1.3': '27,5', '1.2': '', '1.1': '' });
  await expect(status(panel)).toHaveText(ALL_HELD);
  await expect(form.locator('#tieu-chi tbody tr').nth(1).getByRole('textbox')).toHaveValue('27,5');
});

test('a text box among twin div rows (a), b), c), same aria-label) is picked by the row’s code and fills that row only', async ({
  context,
  extensionId,
}) => {
  const notes = () => form.evaluate(() => (window as unknown as { notes: () => string[] }).notes());
  const { form, panel } = await beside(context, extensionId, `${portal.url}/o-chon-nang-cao.html`);
  await startPick(panel, 'review.strengths');
  await form.locator('#nhan-xet .muc').nth(1).getByRole('textbox').click();
  await expect(status(panel)).toHaveText('Đã gắn: Ưu điểm, kết quả đạt được → ô trong bảng, dòng “b”');
  await form.reload();
  await fillPicked(panel);
  await expect.poll(notes).toEqual(['', 'Hoàn thành tốt nhiệm vụ.', '']);
  await expect(status(panel)).toHaveText(ALL_HELD);
});

test('a field picked on an unknown table-layout form is added to what detection finds: the preview shows both, the fill fills all', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/bang-trai-phai.html`);
  const probe = () => form.evaluate(() => (window as unknown as { probe: () => Record<string, unknown> }).probe());
  await startPick(panel, 'subject.cell');
  await form.locator('#ctl00_MainContent_txtChucVu').click();
  await expect(status(panel)).toContainText('Đã gắn: Chi bộ');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  // Detection's fields and the pick, side by side: the pick decides its own field.
  for (const field of ['subject.name', 'scores.general', 'scores.results', 'proposedLevel', 'subject.cell'])
    await expect(preview.locator(`tr[data-field="${field}"]`)).toHaveCount(1);
  await expect(preview.locator('tr[data-field="subject.cell"]')).toContainText('Bạn đã chọn trên trang');
  await preview.getByRole('button', { name: 'Đồng ý và điền' }).click();
  // 7 written and read back (the picked one among them); the two the page locks are named, not counted as filled.
  await expect(status(panel)).toContainText(/^Đã điền 7\/9; chưa điền được: "Đơn vị công tác:": [^"]+"Tổng điểm:"/);
  expect(await probe()).toMatchObject({
    txtHoTen: 'Nguyễn Văn A',
    txtChucVu: 'Chi bộ Văn phòng',
    txtDonVi: 'Sở Nội vụ',
    txtDiemChung: '27,5',
    txtDiemKetQua: '62,5',
    txtTongDiem: '90',
    txtUuDiem: 'Hoàn thành tốt nhiệm vụ.',
    txtHanChe: '1. Chậm báo cáo',
    ddlXepLoai: 'Hoàn thành tốt nhiệm vụ',
  });
  // Accepted once: the next fill uses the same whole map at once, without a preview.
  await form.reload();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  // (The status already said so before this fill: the page itself is waited for.)
  await expect
    .poll(probe)
    .toMatchObject({ txtHoTen: 'Nguyễn Văn A', txtChucVu: 'Chi bộ Văn phòng', txtDiemChung: '27,5' });
  await expect(status(panel)).toContainText(/^Đã điền 7\/9;/);
  await expect(preview).toHaveCount(0);
});

test('a fill started while a pick is pending ends the pick first and says so; the fill’s own presses reach the page', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/dat-khong-dat.html`);
  const level = () =>
    form.evaluate(() => (window as unknown as { copies: { desktop: { level: unknown } } }).copies.desktop.level);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toBeVisible();
  await startPick(panel, 'proposedLevel');
  await expect(form.locator('tusoi-pick')).toHaveCount(1);
  await preview.getByRole('button', { name: 'Đồng ý và điền' }).click();
  // The pick ended before anything was pressed: its banner is gone, nothing was mapped, and the level is chosen.
  await expect(status(panel)).toContainText(/^Đã thôi chọn trường đang chờ \(không gắn gì\)[\s\S]+ Đã điền/);
  await expect(status(panel)).not.toContainText('Đã gắn');
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  expect(await level()).toBe('HTTNV');
  // A check started during a pick does the same; the pick's own "cancelled" line never replaces the check's.
  await startPick(panel, 'scores.general');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toContainText(/^Đã thôi chọn trường đang chờ[\s\S]+\. \S/);
  await expect(form.locator('tusoi-pick')).toHaveCount(0);
  await expect(panel.locator('[data-action="pick-cancel"]')).toHaveCount(0);
});

test('nut-chu.html: level pills drawn as bare spans are detected by their heading and can be picked as a group; the fill chooses the draft’s level there', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await beside(context, extensionId, `${portal.url}/nut-chu.html`);
  type Probe = { level: string | null; level2: string | null; clicks: string[]; sent: boolean; deleted: boolean };
  const probe = () => form.evaluate(() => (window as unknown as { probe: () => Probe }).probe());
  // Out of the box: "Đề xuất xếp loại" is the span pills under that heading, not the button group "Tự nhận mức (nút)".
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const row = panel.getByTestId('preview').locator('tr[data-field="proposedLevel"]');
  await expect(row.locator('td').first()).toHaveText('Đề xuất xếp loại');
  await expect(row.locator('[data-col="will"]')).toHaveText('Hoàn thành tốt nhiệm vụ');
  await panel.getByRole('button', { name: 'Huỷ' }).click();
  // Picked by a click on one pill: the group is bound, and the page never saw the click.
  await startPick(panel, 'proposedLevel');
  await form.locator('#levels .pill').nth(3).click();
  await expect(status(panel)).toHaveText(/^Đã gắn: Đề xuất xếp loại → 4 nút \/ buttons: Hoàn thành xuất sắc/);
  expect(await probe()).toMatchObject({ level: null, clicks: [] });
  await fillPicked(panel);
  await expect(status(panel)).toHaveText(ALL_HELD);
  expect(await probe()).toMatchObject({
    level: 'Hoàn thành tốt nhiệm vụ',
    level2: null,
    clicks: ['levels:2'],
    sent: false,
    deleted: false,
  });
});
