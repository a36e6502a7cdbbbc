// The review period (quarter and year) on portal pages of several makes, in real Chromium: a
// WebForms select whose options carry the year, Bootstrap radios with a year select, an old table
// with text boxes, a box typed as its example shows. Detected as a person meets the page; the
// preview, the fill's statuses and the check say what the page has against the draft.
import type { Page } from '@playwright/test';
import { expect, open, probe, test, type W } from './kit-fixture';

const draft = { subject: { name: 'Nguyễn Văn A' }, period: { year: 2026, quarter: 3 } };

/** Detects, previews, fills and checks the page: what a user reads at each step. */
const run = (page: Page, d: unknown = draft) =>
  page.evaluate(async (d) => {
    const kit = (window as never as W).TusoiFormKit;
    const detection = kit.detectForm(document, location.href);
    if (!detection) return null;
    const plan = kit.planFromMap(detection.map, d as never);
    const planned = kit
      .plannedSteps(document, plan)
      .filter((s) => s.key.startsWith('period.'))
      .map((s) => ({ key: s.key, now: s.now, will: s.will, ...(s.kept ? { kept: true } : {}) }));
    const r = await kit.fillForm(document, plan);
    const period = Object.fromEntries(
      Object.entries(r.results)
        .filter(([k]) => k.startsWith('period.'))
        .map(([k, o]) => [k, { status: o.status, vi: o.message?.vi ?? '', en: o.message?.en ?? '' }]),
    );
    return {
      fields: detection.map.steps.flatMap((s) => ('field' in s ? [s.field] : [])),
      planned,
      summary: r.summary,
      period,
      problems: kit.checkForm(document, detection.map, d as never).map((p) => [p.message.vi, p.message.en]),
    };
  }, d);

test('P01 WebForms: an empty period select with "Quý III/2026" options gets the 2026 draft’s quarter, never 2025’s', async ({
  page,
  site,
}) => {
  await open(page, site, 'P01-period-webforms');
  const r = await run(page);
  expect(r?.fields).toEqual(['subject.name', 'period.quarter']);
  expect(r?.planned).toEqual([{ key: 'period.quarter', now: '-- Chọn kỳ đánh giá --', will: 'Quý III/2026' }]);
  expect(r?.summary.vi).toBe('Đã điền 2/2');
  expect(await probe(page)).toMatchObject({ ky: '15', kyShown: 'Quý III/2026' });
  expect(r?.problems).toEqual([]);
});

test('P01 WebForms: a page set to Quý III/2025 keeps it, and the preview, the fill and the check say 2025 against 2026', async ({
  page,
  site,
}) => {
  await open(page, site, 'P01-period-webforms', '?ky=11');
  const r = await run(page);
  expect(r?.planned).toEqual([{ key: 'period.quarter', now: 'Quý III/2025', will: 'Quý III/2026', kept: true }]);
  expect(r?.period['period.quarter']).toEqual({
    status: 'page-choice-kept',
    vi: '"Kỳ đánh giá:": trang đang chọn "Quý III/2025", bản kiểm điểm là "Quý III/2026"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu.',
    en: '"Kỳ đánh giá:": the page has "Quý III/2025" chosen, the draft has "Quý III/2026"; Tự Soi left the page\'s choice as it is, check it before saving.',
  });
  expect(await probe(page)).toMatchObject({ ky: '11' });
  expect(r?.problems).toEqual([
    [
      '"Quý": trang ghi "Quý III/2025", bản kiểm điểm là "Quý III/2026".',
      '"Quý": the page shows "Quý III/2025", the draft says "Quý III/2026".',
    ],
  ]);
});

test('P01 WebForms: the page on the draft’s own quarter and year is left as it is and agrees', async ({
  page,
  site,
}) => {
  await open(page, site, 'P01-period-webforms', '?ky=15');
  const r = await run(page);
  expect(r?.planned).toEqual([{ key: 'period.quarter', now: 'Quý III/2026', will: 'Quý III/2026' }]);
  expect(r?.period['period.quarter']?.status).toBe('held');
  expect(r?.problems).toEqual([]);
});

test('P01 WebForms: options worded "Quý 3 - 2026", "Quý III (01/07–30/09/2026)", "Q3/2026" give the 2026 draft its quarter; a page on 2025’s is said', async ({
  page,
  site,
}) => {
  for (const [kieu, mine, other] of [
    ['so', 'Quý 3 - 2026', 'Quý 3 - 2025'],
    ['ngay', 'Quý III (01/07–30/09/2026)', 'Quý III (01/07–30/09/2025)'],
    ['q', 'Q3/2026', 'Q3/2025'],
  ] as const) {
    await open(page, site, 'P01-period-webforms', `?kieu=${kieu}`);
    const r = await run(page);
    expect(r?.planned, kieu).toEqual([{ key: 'period.quarter', now: '-- Chọn kỳ đánh giá --', will: mine }]);
    expect(await probe(page), kieu).toMatchObject({ ky: '15', kyShown: mine });
    expect(r?.problems, kieu).toEqual([]);

    await open(page, site, 'P01-period-webforms', `?kieu=${kieu}&ky=11`);
    const kept = await run(page);
    expect(kept?.period['period.quarter']?.vi, kieu).toBe(
      `"Kỳ đánh giá:": trang đang chọn "${other}", bản kiểm điểm là "${mine}"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu.`,
    );
    expect(await probe(page), kieu).toMatchObject({ ky: '11' });
    expect(kept?.problems[0]?.[0], kieu).toBe(`"Quý": trang ghi "${other}", bản kiểm điểm là "Quý III/2026".`);
  }
});

test('P02 Bootstrap: empty radios and year select get Quý III and 2026', async ({ page, site }) => {
  await open(page, site, 'P02-period-bootstrap');
  const r = await run(page);
  expect(r?.fields).toEqual(['subject.name', 'period.quarter', 'period.year']);
  expect(r?.planned).toEqual([
    { key: 'period.quarter', now: '', will: 'Quý III' },
    { key: 'period.year', now: 'Chọn năm...', will: '2026' },
  ]);
  expect(r?.summary.vi).toBe('Đã điền 3/3');
  expect(await probe(page)).toEqual({ nam: '2026', quy: '3' });
  expect(r?.problems).toEqual([]);
});

test('P02 Bootstrap: a page on 2025 keeps its year and says it; a page on another quarter keeps it too', async ({
  page,
  site,
}) => {
  await open(page, site, 'P02-period-bootstrap', '?nam=2025&quy=2');
  const r = await run(page);
  expect(r?.planned).toEqual([
    { key: 'period.quarter', now: 'Quý II', will: 'Quý III', kept: true },
    { key: 'period.year', now: '2025', will: '2026', kept: true },
  ]);
  expect(r?.period['period.year']).toEqual({
    status: 'page-choice-kept',
    vi: '"Năm đánh giá": trang đang chọn "2025", bản kiểm điểm là "2026"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu.',
    en: '"Năm đánh giá": the page has "2025" chosen, the draft has "2026"; Tự Soi left the page\'s choice as it is, check it before saving.',
  });
  expect(r?.period['period.quarter']?.vi).toBe(
    '"Quý": trang đang chọn "Quý II", bản kiểm điểm là "Quý III"; Tự Soi không đổi lựa chọn này của trang, hãy xem lại trước khi lưu.',
  );
  expect(r?.summary.vi).toContain('trang đang chọn "2025", bản kiểm điểm là "2026"');
  expect(await probe(page)).toEqual({ nam: '2025', quy: '2' });
  expect(r?.problems).toEqual([
    [
      '"Quý": trang ghi "Quý II", bản kiểm điểm là "Quý III/2026".',
      '"Quý": the page shows "Quý II", the draft says "Quý III/2026".',
    ],
    ['"Năm": trang ghi "2025", bản kiểm điểm là "2026".', '"Năm": the page shows "2025", the draft says "2026".'],
  ]);
});

test('P03 old table: empty text boxes get "III" (the box’s example "I-IV") and "2026"; a box holding "3" is the draft’s quarter', async ({
  page,
  site,
}) => {
  await open(page, site, 'P03-period-table');
  const r = await run(page);
  expect(r?.fields).toEqual(['subject.name', 'period.quarter', 'period.year']);
  expect(r?.planned).toEqual([
    { key: 'period.quarter', now: '', will: 'III' },
    { key: 'period.year', now: '', will: '2026' },
  ]);
  expect(r?.summary.vi).toBe('Đã điền 3/3');
  expect(await probe(page)).toEqual({ quy: 'III', nam: '2026' });
  expect(r?.problems).toEqual([]);

  await open(page, site, 'P03-period-table', '?quy=3&nam=2025');
  const kept = await run(page);
  expect(kept?.planned).toEqual([
    { key: 'period.quarter', now: '3', will: '3' },
    { key: 'period.year', now: '2025', will: '2026', kept: true },
  ]);
  expect(kept?.period['period.quarter']?.status).toBe('held');
  expect(kept?.period['period.year']).toEqual({
    status: 'page-choice-kept',
    vi: '"Năm:": trang đang ghi "2025", bản kiểm điểm là "2026"; Tự Soi không đổi nội dung này của trang, hãy xem lại trước khi lưu.',
    en: '"Năm:": the page has "2025" written, the draft has "2026"; Tự Soi left the page\'s entry as it is, check it before saving.',
  });
  expect(await probe(page)).toEqual({ quy: '3', nam: '2025' });
  expect(kept?.problems).toEqual([
    ['"Năm": trang ghi "2025", bản kiểm điểm là "2026".', '"Năm": the page shows "2025", the draft says "2026".'],
  ]);
});

test('P03 old table: a box holding another quarter ("II") is named by the check and kept by the fill', async ({
  page,
  site,
}) => {
  await open(page, site, 'P03-period-table', '?quy=II&nam=2026');
  const r = await run(page);
  expect(r?.period['period.quarter']?.status).toBe('page-choice-kept');
  expect(r?.period['period.year']?.status).toBe('held');
  expect(await probe(page)).toEqual({ quy: 'II', nam: '2026' });
  expect(r?.problems).toEqual([
    [
      '"Quý": trang ghi "II", bản kiểm điểm là "Quý III/2026".',
      '"Quý": the page shows "II", the draft says "Quý III/2026".',
    ],
  ]);
});

test('P04 a period box with the example "VD: Quý I/2026" gets "Quý III/2026"; one holding "Quý 3/2026" agrees', async ({
  page,
  site,
}) => {
  await open(page, site, 'P04-period-textbox');
  const r = await run(page);
  expect(r?.fields).toEqual(['subject.name', 'period.quarter']);
  expect(r?.planned).toEqual([{ key: 'period.quarter', now: '', will: 'Quý III/2026' }]);
  expect(await probe(page)).toEqual({ ky: 'Quý III/2026' });
  expect(r?.problems).toEqual([]);

  await open(page, site, 'P04-period-textbox', '?ky=Quý 3/2026');
  const same = await run(page);
  expect(same?.period['period.quarter']?.status).toBe('held');
  expect(await probe(page)).toEqual({ ky: 'Quý 3/2026' });
  expect(same?.problems).toEqual([]);
});
