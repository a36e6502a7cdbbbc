import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect } from './fixtures';

// The side panel, opened as a tab beside a portal page, and the ordinary draft of the field
// cases: name "Nguyễn Văn A", general 27.5, results 62.5, level HTTNV.

/** What a draft holds beyond the defaults. */
export interface DraftValues {
  readonly general?: string;
  readonly results?: string;
  readonly direction?: string;
  readonly quarter?: string;
  readonly level?: string;
}

/** Writes the ordinary draft in the side panel at `panel`. */
export async function writeDraft(panel: Page, id: string, values: DraftValues = {}): Promise<void> {
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Bản kiểm điểm mới' }).click();
  const set = (name: string, value: string) => panel.locator(`[name="${name}"]`).fill(value);
  await set('subject.name', 'Nguyễn Văn A');
  await set('subject.unit', 'Phòng Tổ chức');
  await set('subject.cell', 'Chi bộ Văn phòng');
  await set('review.strengths', 'Hoàn thành tốt nhiệm vụ.');
  await panel.locator('[data-add="review.shortcomings"]').click();
  await set('review.shortcomings.0.text', 'Chậm báo cáo');
  await set('review.direction', values.direction ?? 'Lập lịch tuần.');
  await set('scores.general', values.general ?? '27.5');
  await set('scores.results', values.results ?? '62.5');
  for (const [f, v] of [
    ['assigned', '10'],
    ['completed', '10'],
    ['onTimeWithQuality', '10'],
    ['exceeded', '1'],
    ['late', '0'],
  ] as const)
    await set(`tasks.${f}`, v);
  if (values.quarter) await panel.locator('[name="period.quarter"]').selectOption(values.quarter);
  await panel.locator('[name="proposedLevel"]').selectOption(values.level ?? 'HTTNV');
  await expect(panel.locator('[name="proposedLevel"]')).toHaveValue(values.level ?? 'HTTNV');
  // The ordinary draft's result by the rules is HTTNV: seen, the draft is saved and scored.
  if (!values.level) await expect(panel.getByTestId('level')).toHaveAttribute('data-level', 'HTTNV');
}

/** A portal page with the side panel beside it, holding the draft; the portal page in front. */
export async function beside(
  context: BrowserContext,
  extensionId: string,
  url: string,
  values: DraftValues = {},
): Promise<{ form: Page; panel: Page }> {
  const form = await context.newPage();
  await form.goto(url);
  const panel = await context.newPage();
  await writeDraft(panel, extensionId, values);
  await form.bringToFront();
  return { form, panel };
}

/** The panel's status line. */
export const status = (panel: Page) => panel.getByTestId('portal-status');

/** A number written either way ("27,5", "27.5", "27,50") as a number. */
export function num(text: unknown): number {
  const s = String(text).trim();
  return Number(s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s);
}

/** What a single-page form recorded as sent (window.received), once it has. */
export async function pageReceived(form: Page): Promise<Record<string, unknown>> {
  await form.waitForFunction(() => (window as unknown as { received?: unknown }).received !== undefined);
  return form.evaluate(() => (window as unknown as { received: Record<string, unknown> }).received);
}

/** Submits a form that posts to the portal's /submit and returns what the portal received. */
export async function postedBy(form: Page, click: () => Promise<void>): Promise<Record<string, string>> {
  await Promise.all([form.waitForURL(/\/submit$/), click()]);
  return JSON.parse((await form.locator('#received').textContent()) ?? '{}');
}

/**
 * The status after an undo that restored every field it wrote: "Đã hoàn tác." or, when the
 * report counts them, "Đã hoàn tác N/N." (never n/N with n < N).
 */
export const UNDONE_ALL = /^Đã hoàn tác(?: (\d+)\/\1)?\.$/;

/**
 * "Đã điền n/n" (every field the form has held), then, when the draft holds fields the form has no
 * place for, the sentence naming them (and the task values its table has no column for): n/n alone
 * never claims the whole draft went in; and the form's fields the draft leaves empty, named.
 */
export const filledAll = (n: number | string) =>
  new RegExp(
    `^Đã điền ${n}/${n}(?:\\. Chưa tìm thấy trên trang: [^]+?\\.)?(?:\\.? Bảng nhiệm vụ trên trang không có cột: [^]+?\\.)?(?: Bản kiểm điểm chưa có nội dung cho: [^]+\\.)?$`,
  );

/** Opens the header's overflow menu (⋯), where pick mode and the document actions live, if it is closed. */
export async function openMore(panel: Page): Promise<void> {
  if (!(await panel.locator('[name="pickField"]').isVisible())) await panel.locator('.more > summary').click();
  await expect(panel.locator('[name="pickField"]')).toBeVisible();
}

/** Every text a user can see or hear on the page: text, labels, titles, placeholders, options. */
export const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    // All text, shown or folded away (closed sections, screen-reader-only text): stricter than what is painted.
    const out: string[] = [document.body.textContent ?? ''];
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label],[title],[placeholder],option,summary'))
      out.push(
        el.getAttribute('aria-label') ?? '',
        el.getAttribute('title') ?? '',
        el.getAttribute('placeholder') ?? '',
        el.textContent ?? '',
      );
    return out.join('\n');
  });

/** A draft key such as `scores.general`. */
const KEY =
  /\b(scores|subject|review|tasks|criteria|findings|period|ledUnits|confidenceVote|priorShortcomings|selfCheck|socioEconomicTargets)\.[a-zA-Z]/;
/** Fails when `text` holds a key, a format id, a storage word or raw JSON (`where` names the place). */
export function plain(text: string, where: string) {
  expect(text.match(KEY)?.[0] ?? null, `${where}: a key`).toBeNull();
  expect(text.match(/tusoi\.\w+\/\d/)?.[0] ?? null, `${where}: a format id`).toBeNull();
  expect(text.match(/IndexedDB/)?.[0] ?? null, `${where}: a storage word`).toBeNull();
  // A key in parentheses after its words: "cần có điểm (scores)".
  expect(
    text.match(/\((scores|criteria|tasks|taskList|ledUnits|subject|review|findings|[a-z]+[A-Z][a-zA-Z]*)\)/)?.[0] ??
      null,
    `${where}: a key in parentheses`,
  ).toBeNull();
  expect(text.match(/[{[]\s*"[^"]*"\s*:/)?.[0] ?? null, `${where}: raw JSON`).toBeNull();
  // A fill step's code or status ("click-3: not-found"), or a key before its reason ("scores — …").
  expect(text.match(/\bclick-\d+|\bnot-(found|held)\b/)?.[0] ?? null, `${where}: a step code`).toBeNull();
  expect(
    text.match(/\b(scores|tasks|subject|review|criteria|notes)(\.[\w-]+)* —/)?.[0] ?? null,
    `${where}: a key`,
  ).toBeNull();
}

/** Imports one JSON file on the options page (`import`: a backup holding one draft; any other, e.g. `importMap`: one file) and waits for its success message. */
export async function importFile(options: Page, input: string, value: unknown) {
  await options.locator(`[name="${input}"]`).setInputFiles({
    name: 'file.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
  await expect(options.getByTestId('options-message')).toHaveText(
    input === 'import' ? /^Đã nhập 1 bản kiểm điểm/ : 'Xong',
  );
}

/** A page of e2e/pages, or a form-kit field case (its file name starts with its id, e.g. "T22-"). */
export function ownPage(name: string): string {
  const dir = /^[A-Z]\d+[a-z]?-/.test(name) ? '../../packages/form-kit/test/field-cases/' : './pages/';
  return readFileSync(new URL(`${dir}${name}`, import.meta.url), 'utf8');
}

/**
 * One draft (with the user's own packs and form maps) imported on the options page; then the page
 * `path` of `origin`, served from {@link ownPage} (`index` for the bare origin), opened with the
 * side panel beside it, the draft shown in the panel and the portal page in front.
 */
export async function besideOwnPage(
  context: BrowserContext,
  extensionId: string,
  o: {
    origin: string;
    path: string;
    draft: unknown;
    maps: readonly unknown[];
    packs?: readonly unknown[];
    index?: string;
    viewport?: { width: number; height: number };
  },
): Promise<{ form: Page; panel: Page }> {
  await context.route(`${o.origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: ownPage(new URL(route.request().url()).pathname.slice(1) || (o.index ?? '')),
    }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importFile(options, 'import', {
    format: 'tusoi.export/1',
    exportedAt: '2026-10-01T00:00:00.000Z',
    drafts: [{ id: 'q-3', person: '', periodKey: '', createdAt: 1, updatedAt: 1, data: { assessment: o.draft } }],
    packs: o.packs ?? [],
    settings: {},
  });
  for (const map of o.maps) await importFile(options, 'importMap', map);
  await options.close();
  const form = await context.newPage();
  if (o.viewport) await form.setViewportSize(o.viewport);
  await form.goto(`${o.origin}/${o.path}`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('Nguyễn Văn A');
  await form.bringToFront();
  return { form, panel };
}

/**
 * A new annual draft of `person`'s 2026 in the side panel at `panel`: 30 + 68, tasks 20/20/20/8/0.
 * It waits for the new, empty draft first: the panel may open on another draft of the person, and
 * typing before the new one shows would edit that one.
 */
export async function newAnnualDraft(panel: Page, extensionId: string, person: string): Promise<void> {
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('[data-action="history"]').click();
  await panel.locator('[data-action="new"]').first().click();
  await expect(panel.locator('[name="subject.name"]')).toHaveValue('');
  await expect(panel.locator('[name="scores.general"]')).toBeVisible();
  const set = (name: string, value: string) => panel.locator(`[name="${name}"]`).fill(value);
  await set('subject.name', person);
  await set('period.year', '2026');
  await set('scores.general', '30');
  await set('scores.results', '68');
  for (const [f, v] of [
    ['assigned', '20'],
    ['completed', '20'],
    ['onTimeWithQuality', '20'],
    ['exceeded', '8'],
    ['late', '0'],
  ] as const)
    await set(`tasks.${f}`, v);
}

/** Presses "Tải bản Word" in the header's overflow menu (⋯) and gives the download it starts. */
export async function downloadWord(panel: Page): Promise<Download> {
  await panel.locator('.more > summary').click();
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Tải bản Word' }).click(),
  ]);
  return download;
}

/** The paragraphs of a downloaded .docx as plain text (each `<w:p>`'s runs joined; table cells are paragraphs too). */
export async function docxParagraphs(download: Download): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}
