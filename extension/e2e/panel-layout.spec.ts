import type { Page } from '@playwright/test';
import { axe } from './axe';
import { expect, SHOTS, test } from './fixtures';
import { plain, visibleTexts } from './panel';

// Each test types a whole review into the panel, one keystroke at a time in places.
test.describe.configure({ timeout: 180_000 });

const panelUrl = (id: string) => `chrome-extension://${id}/sidepanel.html`;
const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;

/** The page scrolls sideways (the issue's 582 px content in a 400 px panel). */
const sideways = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/**
 * Every control shown (select, input, textarea, button) lies wholly inside the viewport's width:
 * a control cut off at the edge is as bad as sideways scroll, and scrollWidth alone does not see it
 * when a parent clips it. Returns the ones that do not, with their edges.
 */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('select, input, textarea, button')) {
      const r = el.getBoundingClientRect();
      // Not rendered (a closed section, a hidden file input): nothing to cut.
      if (r.width <= 1 || r.height <= 1 || el.closest('details:not([open]) > :not(summary)')) continue;
      // The control's own box, or its text wider than the box (a select's chosen option cut off).
      const clipped = el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TEXTAREA' && el.tagName !== 'INPUT';
      if (r.left < -0.5 || r.right > width + 0.5 || clipped)
        out.push(
          `${el.tagName.toLowerCase()}[${el.getAttribute('name') ?? el.dataset.action ?? el.textContent?.trim().slice(0, 20)}] ${Math.round(r.left)}–${Math.round(r.right)} of ${width}${clipped ? ` (content ${el.scrollWidth} > ${el.clientWidth})` : ''}`,
        );
    }
    return out;
  });

/** The fill button is inside the viewport, not covered, without scrolling to it. */
async function fillButtonInView(page: Page) {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-action="fill"]');
    if (!button) return 'missing';
    const r = button.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && hit !== null && button.contains(hit) ? 'visible' : `hidden at ${JSON.stringify(r)}`;
  });
}

async function fullDraft(page: Page) {
  const set = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
  await set('subject.name', 'Nguyễn Thị Phương Thảo (Phó Trưởng phòng Tổ chức cán bộ)');
  await set('subject.birthDate', '1980-05-12');
  await set('subject.unit', 'Phòng Tổ chức cán bộ, Sở Nội vụ tỉnh');
  await set('subject.cell', 'Chi bộ Văn phòng Sở');
  await set('review.strengths', 'Hoàn thành tốt các nhiệm vụ được giao; chủ động tham mưu. '.repeat(4));
  for (const i of [0, 1]) {
    await page.locator('[data-add="review.shortcomings"]').click();
    await set(`review.shortcomings.${i}.text`, `Hạn chế số ${i + 1}: chậm báo cáo định kỳ`);
    await set(`review.shortcomings.${i}.cause`, 'Khối lượng công việc lớn');
  }
  await page.locator('[data-add="priorShortcomings"]').click();
  await set('priorShortcomings.0.text', 'Chưa tham gia đủ sinh hoạt chi bộ');
  await page.locator('[name="priorShortcomings.0.status"]').selectOption('fixed');
  await set('priorShortcomings.0.progress', '100');
  await page.locator('[data-add="review.suggestedIssues"]').click();
  await set('review.suggestedIssues.0.issue', 'Việc phối hợp giữa các phòng');
  await set('review.collectiveResponsibility', 'Cùng chịu trách nhiệm về chậm tiến độ của phòng.');
  await set('review.direction', 'Lập kế hoạch tuần, báo cáo đúng hạn.');
  await set('scores.general', '27,5');
  await set('scores.results', '62,5');
  for (const [f, v] of [
    ['assigned', '12'],
    ['completed', '12'],
    ['onTimeWithQuality', '11'],
    ['exceeded', '2'],
    ['late', '1'],
  ])
    await set(`tasks.${f}`, v as string);
  await page.locator('[data-add="findings.discipline"]').click();
  await page.locator('[name="proposedLevel"]').selectOption('HTTNV');
  await page.locator('[data-section="self-check"] > summary').click();
  await page.locator('[name="selfCheck.I-1"]').check();
  await page.locator('[name="selfCheck.II-3"]').check();
  await expect(page.getByTestId('noted-count')).toHaveText('(2 đã đánh dấu)');
}

/** The stored draft, read straight from the extension's database. */
async function storedDraft(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const req = indexedDB.open('tusoi');
    const db: IDBDatabase = await new Promise((ok) => {
      req.onsuccess = () => ok(req.result);
    });
    const rows: { data: { assessment: Record<string, unknown> } }[] = await new Promise((ok) => {
      const r = db.transaction('drafts').objectStore('drafts').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows[0]?.data.assessment ?? {};
  });
}

const at = (a: unknown, name: string) =>
  name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], a);

for (const width of [320, 360, 400, 480]) {
  test(`at ${width} px: one column, no sideways scroll, "Điền biểu mẫu" in view on a new and a full draft`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 720 });
    await page.goto(panelUrl(extensionId));
    const shot = (step: string) => page.screenshot({ path: `${SHOTS}panel-${width}-${step}.png` });
    await shot('1-empty');
    await page.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
    await expect(page.locator('[data-action="fill"]')).toBeVisible();
    expect(await fillButtonInView(page)).toBe('visible');
    let size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await cutOff(page), 'new draft').toEqual([]);
    // "Đối tượng": every choice's words fit in the closed select (none cut off), at every width.
    const kinds = await page
      .locator('[name="subject.kind"] option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(kinds.length).toBeGreaterThanOrEqual(6);
    for (const kind of [...kinds.filter((k) => k !== 'staff'), 'staff']) {
      await page.locator('[name="subject.kind"]').selectOption(kind);
      const fit = await page.locator('[name="subject.kind"]').evaluate((el) => {
        const select = el as HTMLSelectElement;
        const style = getComputedStyle(select);
        const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = ctx.measureText(select.selectedOptions[0]?.text ?? '').width;
        // The room left beside the padding and the drop-down arrow.
        const room =
          select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
        return { text, room };
      });
      expect(fit.text, `${kind} choice cut off`).toBeLessThanOrEqual(fit.room);
      expect(await cutOff(page), kind).toEqual([]);
    }
    // The form's full name for the choice is written out beside the select.
    await expect(page.getByTestId('form-name')).toHaveText(
      'Viết theo Mẫu 2B – Cá nhân không giữ chức vụ lãnh đạo, quản lý',
    );
    await shot('2-new-draft');

    await fullDraft(page);
    // The widest content: a scoring pack's table, with a reason under a criterion not met.
    await page.locator('[name="pack"]').selectOption('qd366-pl4-staff-example');
    await expect(page.getByTestId('level')).toHaveAttribute('data-level', 'invalid');
    await page.locator('[name="criteria.items.pl4-2.3"]').selectOption('not');
    await page.locator('[name="notes.pl4-2.3"]').fill('Chưa hoàn thành khoá bồi dưỡng');
    await page.locator('[name="criteria.items.pl4-k"]').fill('62,5');
    await page.locator('[name="criteria.items.pl4-2.3"]').scrollIntoViewIfNeeded();
    size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await fillButtonInView(page)).toBe('visible');
    await shot('2b-pack-table');
    await page.locator('[name="pack"]').selectOption('');
    await page.locator('[name="scores.general"]').fill('27,5');
    await page.locator('[name="scores.results"]').fill('62,5');
    await expect(page.getByTestId('live-level')).toHaveText(/^(HTXSNV|HTTNV|HTNV|KHTNV)$/);
    for (const [y, step] of [
      [0, '3-full-top'],
      [1500, '4-full-middle'],
      [1e6, '5-full-bottom'],
    ] as const) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      expect(await fillButtonInView(page)).toBe('visible');
      size = await sideways(page);
      expect(size.scrollWidth, step).toBeLessThanOrEqual(size.clientWidth);
      expect(await cutOff(page), step).toEqual([]);
      await shot(step);
    }
    await page.screenshot({ path: `${SHOTS}panel-${width}-6-full-page.png`, fullPage: true });

    // The overflow menu and the history stay inside the panel too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.more > summary').click();
    await expect(page.getByRole('button', { name: 'Chọn trường này trên trang' })).toBeVisible();
    size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await cutOff(page), 'more menu').toEqual([]);
    await shot('7-more-menu');
    await page.locator('.more > summary').click();
    await page.locator('[data-action="history"]').click();
    await expect(page.getByTestId('history')).toBeVisible();
    size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await cutOff(page), 'history').toEqual([]);
    // The last change is read whole on every row (not cut off with "…").
    const metas = await page
      .locator('.history-meta')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth })));
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.filter((m) => m.cut)).toEqual([]);
    await shot('8-history');
    // A draft with its data still missing beside it: the widest badge ("Chưa đủ dữ liệu") still leaves every row's date whole.
    await page.locator('[data-action="new"]').click();
    await expect(page.locator('[data-action="fill"]')).toBeVisible();
    await page.locator('[data-action="history"]').click();
    await expect(page.locator('.history-row')).toHaveCount(2);
    await expect(page.locator('.history-row .level-badge').filter({ hasText: 'Chưa đủ dữ liệu' })).toHaveCount(1);
    const rows = await page.locator('.history-row').evaluateAll((els) =>
      els.map((row) => {
        const meta = row.querySelector('.history-meta') as HTMLElement;
        const date = row.querySelector('.history-date') as HTMLElement;
        const badge = row.querySelector('.level-badge') as HTMLElement;
        const [m, d, b, r] = [meta, date, badge, row].map((el) => el.getBoundingClientRect()) as DOMRect[];
        return {
          date: date.textContent,
          badge: badge.textContent,
          // The date lies wholly inside the part of the line that is shown, and so does the badge.
          dateWhole: (d as DOMRect).left >= (m as DOMRect).left && (d as DOMRect).right <= (m as DOMRect).right + 0.5,
          metaCut: meta.scrollWidth > meta.clientWidth,
          badgeInside: (b as DOMRect).right <= (r as DOMRect).right + 0.5,
        };
      }),
    );
    for (const row of rows) {
      expect(row.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(row, `${row.badge}: date cut`).toMatchObject({ dateWhole: true, metaCut: false, badgeInside: true });
    }
    size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await cutOff(page), 'history, not rated').toEqual([]);
    await shot('9-history-not-rated');
  });
}

// The options page at the panel's narrowest widths: no sideways scroll, no button running off (the
// longest Vietnamese label, "Cho phép Tự Soi điền trên cổng này", wraps).
for (const width of [320, 360]) {
  test(`options page at ${width} px: no sideways scroll, every control inside`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(optionsUrl(extensionId));
    await expect(page.getByRole('button', { name: 'Cho phép Tự Soi điền trên cổng này' })).toBeVisible();
    const size = await sideways(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(await cutOff(page), 'options').toEqual([]);
    await page.screenshot({ path: `${SHOTS}options-${width}.png`, fullPage: true });
  });
}

test('at 360 px the header stays short: a new status replaces the old help, a long one is clamped with "Xem thêm"; undo with nothing filled says so', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.goto(panelUrl(extensionId));
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  const header = panel.locator('.panel-header');
  const status = panel.getByTestId('portal-status');
  // No portal page open: the permission help comes with its "Mở Cài đặt".
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(status).toContainText('Tự Soi chưa được phép đọc trang này');
  await expect(panel.getByRole('button', { name: 'Mở Cài đặt' })).toBeVisible();
  // A new status (the Word file of an empty draft cannot be made) replaces it, help and all.
  await panel.locator('.more > summary').click();
  await panel.getByRole('button', { name: 'Tải bản Word' }).click();
  await expect(status).toContainText('Chưa tạo được bản kiểm điểm');
  await expect(panel.getByRole('button', { name: 'Mở Cài đặt' })).toHaveCount(0);
  // Long: clamped to a few lines, the header stays short, and the whole text is one press away.
  const more = panel.getByRole('button', { name: 'Xem thêm' });
  await expect(more).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const clamped = (await header.boundingBox())?.height ?? 0;
  expect(clamped).toBeLessThanOrEqual(200);
  expect(await status.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await panel.screenshot({ path: `${SHOTS}panel-360-status-clamped.png` });
  await more.click();
  await expect(panel.getByRole('button', { name: 'Thu gọn' })).toHaveAttribute('aria-expanded', 'true');
  expect(await status.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  // Undo with nothing filled from this panel: "nothing to undo", not the permission message again.
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(status).toHaveText('Không có gì để hoàn tác.');
  await expect(panel.getByRole('button', { name: 'Mở Cài đặt' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /Xem thêm|Thu gọn/ })).toHaveCount(0);
});

test('every number field: "27,5" is 27.5 in the draft, shown with a decimal comma; "27,5,1" is refused beside the field and changes nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(panelUrl(extensionId));
  await page.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  // A centrally managed leader has every number the rules weigh (units led, vote, targets).
  await page.locator('[name="subject.kind"]').selectOption('leader-central');
  await page.locator('[data-add="priorShortcomings"]').click();
  await page.locator('[name="priorShortcomings.0.text"]').fill('Chậm báo cáo');
  await page.locator('[name="confidenceVote.held"]').check();
  await page.locator('[name="socioEconomicTargets.applicable"]').check();

  // What "27,5" means in each field: a share shown in % is stored as 0.275; a count refuses a fraction.
  const SHARES = ['priorShortcomings.0.progress', 'confidenceVote.lowShare'];
  const COUNTS = /^(period\.year|ledUnits\.\w+|tasks\.\w+|socioEconomicTargets\.missed)$/;
  const DECIMALS = ['scores.general', 'scores.results'];
  const names = await page
    .locator('.draft-editor input[inputmode="decimal"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
  expect(names, names.join(' ')).toHaveLength(13);
  const year = new Date().getFullYear();
  const expectedOf = (name: string) =>
    name === 'period.year' ? year : SHARES.includes(name) ? 0.275 : COUNTS.test(name) ? 3 : 27.5;
  for (const name of names) {
    expect(SHARES.includes(name) || DECIMALS.includes(name) || COUNTS.test(name), `${name} is classified`).toBe(true);
    const input = page.locator(`[name="${name}"]`);
    await input.selectText();
    await input.pressSequentially('27,5');
    const field = page.locator('.field', { has: input });
    if (COUNTS.test(name)) {
      // A count is a whole number (and a year from 2025): the fraction is refused beside the field.
      await expect(field.getByTestId('number-error')).toBeVisible();
      if (name !== 'period.year') await input.fill('3');
    } else await expect(field.getByTestId('number-error')).toHaveCount(0);
  }
  // Saved in order: the last field's value in the store means every earlier one is there too.
  const lastName = names.at(-1) as string;
  await expect.poll(async () => at(await storedDraft(page), lastName)).toBe(expectedOf(lastName));
  const stored = await storedDraft(page);
  for (const name of names) expect(at(stored, name), name).toBe(expectedOf(name));
  await expect(page.locator('[name="scores.general"]')).toHaveValue('27,5');

  // The pack's points column takes the same input.
  await page.locator('[name="subject.kind"]').selectOption('staff');
  await page.locator('[name="pack"]').selectOption('qd366-pl4-staff-example');
  const points = page.locator('input[name="criteria.items.pl4-k"]');
  await points.pressSequentially('27,5');
  await expect.poll(async () => at(await storedDraft(page), 'criteria.items.pl4-k')).toBe(27.5);

  // "27,5,1": a message beside the field, and nothing in the draft changes.
  await page.locator('[name="pack"]').selectOption('');
  await page.locator('[name="scores.general"]').fill('27,5');
  await expect.poll(async () => at(await storedDraft(page), 'scores.general')).toBe(27.5);
  const before = await storedDraft(page);
  const general = page.locator('[name="scores.general"]');
  await general.fill('27,5,1');
  const error = page.locator('.field', { has: general }).getByTestId('number-error');
  await expect(error).toHaveText(
    '“27,5,1” không phải là số: gõ chữ số, dùng một dấu phẩy cho phần thập phân (ví dụ 27,5). Giá trị đã lưu không đổi.',
  );
  await expect(general).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SHOTS}panel-number-refused.png` });
  // Another edit is saved after it: had the refused text changed anything, it would be stored by now.
  await page.locator('[name="subject.name"]').fill('Sau khi gõ sai');
  await expect.poll(async () => at(await storedDraft(page), 'subject.name')).toBe('Sau khi gõ sai');
  expect({ ...(await storedDraft(page)), subject: null }).toEqual({ ...before, subject: null });
  // The refused text stays in the box for correction; the draft's value is still shown in the result.
  await expect(general).toHaveValue('27,5,1');
});

test('plain language: no key, format id, storage word or raw JSON anywhere on the panel or the options page (vi and en)', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(panelUrl(extensionId));
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  // A new draft cannot be rated yet: the reasons name fields by their labels.
  await expect(panel.getByTestId('issues')).toContainText('Điểm tự chấm');
  await expect(panel.getByTestId('issues')).toContainText('Nhiệm vụ được giao');
  // The reasons themselves (missing scores and task counts) are plain words too.
  plain(await visibleTexts(panel), 'panel, new draft (vi)');
  // "In" on a draft not yet complete: the ⋯ menu closes, the reason is on the status line, by labels.
  for (const [lang, print, said] of [
    ['en', 'Print', 'The document could not be made yet'],
    ['vi', 'In', 'Chưa tạo được bản kiểm điểm'],
  ] as const) {
    await panel.locator('[name="lang"]').selectOption(lang);
    await panel.locator('.more > summary').click();
    await panel.getByRole('button', { name: print, exact: true }).click();
    await expect(panel.getByTestId('portal-status')).toContainText(said);
    await expect(panel.getByTestId('portal-status')).toBeInViewport();
    plain(await visibleTexts(panel), `panel, document not made (${lang})`);
  }
  // No portal page is open: the browser's refusal becomes words the user can act on.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByTestId('portal-status')).toContainText(
    'Tự Soi chưa được phép đọc trang này: bấm “Mở Cài đặt”',
  );
  await expect(panel.getByRole('button', { name: 'Mở Cài đặt' })).toBeVisible();
  await fullDraft(panel);
  await panel.locator('[name="scores.general"]').fill('27,5,1');
  await panel.locator('.more > summary').click();
  for (const lang of ['vi', 'en'] as const) {
    if (lang === 'en') {
      await panel.locator('[name="lang"]').selectOption('en');
      await panel.locator('.more > summary').click();
    }
    plain(await visibleTexts(panel), `panel (${lang})`);
    await panel.screenshot({ path: `${SHOTS}panel-plain-${lang}.png`, fullPage: true });
    await panel.locator('[data-action="history"]').click();
    plain(await visibleTexts(panel), `history (${lang})`);
    await panel.locator('[data-action="history"]').click();
  }

  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.getByTestId('privacy')).toBeVisible();
  // A bad import names the part of the file, not its key path or format id.
  await options.locator('[name="import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"tusoi.pack/1","drafts":"x"}'),
  });
  // The panel left the language on English (one setting for both pages).
  await expect(options.getByTestId('options-message')).toContainText('Not imported');
  await expect(options.getByTestId('options-message')).toContainText('Self-review: must be an array');
  plain(await visibleTexts(options), 'options (en)');
  await options.screenshot({ path: `${SHOTS}options-en.png`, fullPage: true });
  await options.locator('[name="lang"]').selectOption('vi');
  await expect(options.getByRole('heading', { name: 'Tự Soi — Cài đặt' })).toBeVisible();
  await options.locator('[name="import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"tusoi.pack/1","drafts":"x"}'),
  });
  await expect(options.getByTestId('options-message')).toContainText('Không nhập được');
  await expect(options.getByTestId('options-message')).toContainText('Bản kiểm điểm: phải là một mảng');
  plain(await visibleTexts(options), 'options (vi)');
  await options.screenshot({ path: `${SHOTS}options-vi.png`, fullPage: true });
  // With the lock on, the options page explains what the disk may keep: in plain words too.
  await options.locator('[name="passphrase"]').fill('mật khẩu của tôi');
  await options.getByRole('button', { name: 'Bật khoá' }).click();
  await expect(options.getByTestId('disk-note')).toContainText('tệp dữ liệu của trình duyệt');
  plain(await visibleTexts(options), 'options, lock on (vi)');
  await options.locator('[name="lang"]').selectOption('en');
  await expect(options.getByTestId('disk-note')).toContainText('data files');
  plain(await visibleTexts(options), 'options, lock on (en)');
});

test('axe-core: no serious or critical violation on the panel (empty, full draft, history) or the options page', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(panelUrl(extensionId));
  await expect(panel.getByRole('button', { name: 'Bản kiểm điểm mới' })).toBeVisible();
  expect(await axe(panel), 'empty panel').toEqual([]);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await fullDraft(panel);
  await panel.locator('[name="scores.general"]').fill('27,5,1');
  await panel.locator('.more > summary').click();
  expect(await axe(panel), 'full draft').toEqual([]);
  await panel.locator('[data-action="history"]').click();
  expect(await axe(panel), 'history').toEqual([]);

  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.getByTestId('privacy')).toBeVisible();
  expect(await axe(options), 'options').toEqual([]);
});

test('keyboard: tab order follows the form, the level is announced politely, the history answers the arrow keys', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(panelUrl(extensionId));
  await page.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await page.locator('[name="subject.name"]').focus();
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.tagName === 'SUMMARY' ? `summary: ${el.textContent}` : (el as HTMLInputElement).name;
      }),
    );
  }
  expect(order).toEqual([
    'subject.birthDate',
    'subject.unit',
    'subject.cell',
    'summary: A. Kiểm điểm',
    'review.strengths',
  ]);
  const announce = page.getByTestId('level-announce');
  await expect(announce).toHaveAttribute('aria-live', 'polite');
  await expect(announce).toHaveText('Mức xếp loại hiện tại: Chưa đủ dữ liệu');
  for (const [name, value] of [
    ['scores.general', '25'],
    ['scores.results', '50'],
    ['tasks.assigned', '10'],
    ['tasks.completed', '10'],
    ['tasks.onTimeWithQuality', '10'],
    ['tasks.exceeded', '0'],
    ['tasks.late', '0'],
  ])
    await page.locator(`[name="${name}"]`).fill(value as string);
  await expect(announce).toHaveText('Mức xếp loại hiện tại: Hoàn thành tốt nhiệm vụ (HTTNV)');

  await page.locator('[data-action="history"]').click();
  await page.getByRole('button', { name: 'Tạo kỳ tiếp theo' }).click();
  await page.locator('[data-action="history"]').click();
  const rows = page.getByTestId('history').locator('.history-row');
  await expect(rows).toHaveCount(2);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[name="subject.name"]')).toBeVisible();
  await expect(page.locator('[data-action="history"]')).toContainText(String(new Date().getFullYear()));
});

test('the ⋯ menu closes on Esc (focus back on ⋯), on a click outside and after an action; a focused field never hides under the header', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 700 });
  await panel.goto(panelUrl(extensionId));
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  await panel.locator('[name="subject.name"]').fill('Nguyễn Văn A');
  const menu = panel.locator('.panel-header details.more');
  const summary = menu.locator('summary');
  const isOpen = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);

  await summary.click();
  expect(await isOpen()).toBe(true);
  await panel.keyboard.press('Escape');
  expect(await isOpen()).toBe(false);
  expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);

  await summary.click();
  expect(await isOpen()).toBe(true);
  await panel.locator('[name="subject.unit"]').click();
  expect(await isOpen()).toBe(false);
  // Fill is reachable again once the menu is closed.
  expect(await fillButtonInView(panel)).toBe('visible');

  await summary.click();
  await menu.locator('.more-menu button').last().click();
  await expect.poll(isOpen).toBe(false);

  // Shift+Tab back to a field that sits right under the sticky header: it is brought out from under it.
  for (const [field, next] of [
    ['subject.unit', 'subject.cell'],
    ['review.collectiveResponsibility', 'review.direction'],
  ]) {
    await panel.evaluate((name) => {
      const el = document.querySelector(`[name="${name}"]`) as HTMLElement;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12);
    }, field);
    await panel.locator(`[name="${next}"]`).focus({ preventScroll: true } as never);
    await panel.keyboard.press('Shift+Tab');
    const where = await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const header = document.querySelector('.panel-header') as HTMLElement;
      return {
        name: el.getAttribute('name'),
        field: el.getBoundingClientRect().top,
        header: header.getBoundingClientRect().bottom,
      };
    });
    expect(where.name).toBe(field);
    expect(where.field, `${field} under the header`).toBeGreaterThanOrEqual(where.header);
  }
});

test('options: each file input is a labelled Vietnamese button that opens the file picker (no "Choose File / No file chosen")', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  const buttons = options.getByText('Chọn tệp .json…');
  await expect(buttons).toHaveCount(3);
  for (const name of ['importPack', 'import', 'importMap']) {
    const input = options.locator(`[name="${name}"]`);
    // The browser's own control (English words) is out of sight; its label still names it.
    const box = await input.boundingBox();
    expect(box === null || box.width <= 1, `${name} hidden`).toBe(true);
    await expect(input).toHaveAccessibleName(/tệp|thang điểm|biểu mẫu|dữ liệu/);
  }
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), buttons.nth(1).click()]);
  expect(await chooser.element().getAttribute('name')).toBe('import');
});
