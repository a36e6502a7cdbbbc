// Pages that draw their form again after a change (test/field-cases/R19a–c): a plain "state →
// render()" page replacing the whole form on input/change, a React-like page of controlled inputs
// (a hand-written reconciler building every element anew from its state, in a microtask), and a
// Vue-like page whose criterion and task rows are drawn again on a click or change. The simple
// fields, the criterion rows (Đảm bảo / Không đảm bảo / K/AD and the reason) and the task rows are
// filled, read back from the live elements, checked and undone; the page's own state is the truth.
import type { Page } from '@playwright/test';
import { browserTest, kitBundle } from './browser';
import { startCases } from './case-server';
import { expect } from './kit-fixture';

type W = { TusoiFormKit: typeof import('../src/index'); probe: () => unknown; __undo?: () => Promise<unknown> };
type Undone = { message: { vi: string; en: string }; restored: string[]; left: { key: string; why: string }[] };
type State = {
  hoTen: string;
  donVi: string;
  diemChung: string;
  diemKQ: string;
  xepLoai: string;
  tc: Record<string, string>;
  lyDo: Record<string, string>;
  nv: Record<string, string>[];
};

const bundle = kitBundle(true);
const test = browserTest(startCases).extend<{ site: string }>({ site: async ({ server }, use) => use(server) });

const CODES = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '2.2', '2.3', '2.4', '3'];
const NAMES = [
  'Chính trị tư tưởng',
  'Chấp hành',
  'Đạo đức lối sống',
  'Kỷ luật',
  'Đoàn kết',
  'Không tham nhũng',
  'Nêu gương',
  'Học tập',
  'Kê khai tài sản',
  'Liên hệ nơi cư trú',
  'Năng lực chuyên môn',
  'Khả năng đáp ứng',
  'Thái độ công tác',
  'Đổi mới sáng tạo',
  'Tự phê bình và phê bình',
];
const PACK = CODES.map((c, i) => ({ id: `q-${c}`, vi: NAMES[i] as string }));
const DRAFT = {
  subject: { name: 'Nguyễn Văn A', unit: 'Phòng Tổ chức' },
  scores: { general: 27.5, results: 62.5 },
  proposedLevel: 'HTTNV',
  criteria: {
    pack: 'x',
    items: Object.fromEntries(
      CODES.map((c) => [
        `q-${c}`,
        c === '1.2'
          ? { answer: 'notMet', reason: 'Chậm nộp báo cáo' }
          : c === '2.3'
            ? { answer: 'notApplicable', reason: 'Không thuộc phạm vi trong quý' }
            : { answer: 'met' },
      ]),
    ),
  },
  taskList: [
    { name: 'Báo cáo quý', weight: 40, axis: 'T1', components: { A: 100, B: 90, C: 100, D: 80 }, completed: true },
    { name: 'Đề án số hoá', weight: 30, axis: 'T2', components: { A: 80, B: 85, C: 70, D: 90 }, completed: true },
  ],
};
// What each page's answers are called in its own state.
const ANSWERS: Record<string, [string, string, string]> = {
  'R19a-rerender-plain': ['D', 'K', 'N'],
  'R19b-rerender-reconciler': ['dat', 'khong', 'kad'],
  'R19c-rerender-vuelike': ['D', 'K', 'N'],
};

async function open(page: Page, site: string, file: string) {
  await page.goto(`${site}/${file}.html`);
  await page.addScriptTag({ content: await bundle });
}
const probe = (page: Page) => page.evaluate(() => (window as never as W).probe()) as Promise<State>;
const detectFill = (page: Page, draft: unknown = DRAFT) =>
  page.evaluate(
    async ({ draft, criteria }) => {
      const w = window as never as W;
      const kit = w.TusoiFormKit;
      const d = kit.detectForm(document, location.href, criteria as never);
      if (!d) return null;
      const map = kit.parseFormMap(d.map);
      const r = await kit.fillForm(document, kit.planFromMap(map, draft as never));
      w.__undo = r.undo;
      return {
        steps: map.steps.length,
        summary: r.summary,
        status: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, v.status])),
        problems: kit.checkForm(document, map, draft as never).map((p) => `${p.field}: ${p.message.vi}`),
      };
    },
    { draft, criteria: PACK },
  );
const undo = (page: Page) => page.evaluate(() => (window as never as W).__undo?.()) as Promise<Undone>;

for (const file of Object.keys(ANSWERS)) {
  test(`${file}: every field, criterion row and task cell is filled through the page's redraws, read back from the live elements; check is clean; undo puts every one back`, async ({
    page,
    site,
  }) => {
    await open(page, site, file);
    const [met, notMet, kad] = ANSWERS[file] as [string, string, string];
    const r = await detectFill(page);
    expect(r).not.toBeNull();
    const status = r?.status ?? {};
    // Name, unit, 15 rows, 2 reasons, 2 tasks' cells, 2 scores, level: all held; a total the page
    // computes (read-only) is left to it, and said so.
    const total = file === 'R19c-rerender-vuelike' ? {} : { 'scores.total': 'locked' };
    expect(Object.fromEntries(Object.entries(status).filter(([, s]) => !s.startsWith('held')))).toEqual(total);
    const n = Object.keys(status).length;
    const held = n - Object.keys(total).length;
    expect(held).toBeGreaterThanOrEqual(2 + 15 + 2 + 2 * 6 + 2 + 1);
    expect(r?.summary.vi).toBe(
      held === n
        ? `Đã điền ${n}/${n}`
        : `Đã điền ${held}/${n}; chưa điền được: "Tổng điểm": trang khoá (chỉ đọc), không điền.`,
    );
    expect(r?.problems).toEqual([]);
    // The page's own state holds the draft, not just the elements the fill wrote into.
    const s = await probe(page);
    expect([s.hoTen, s.donVi, s.xepLoai]).toEqual(['Nguyễn Văn A', 'Phòng Tổ chức', 'tot']);
    expect(Number(s.diemChung.replace(',', '.'))).toBe(27.5);
    expect(Number(s.diemKQ.replace(',', '.'))).toBe(62.5);
    expect(s.tc).toEqual(Object.fromEntries(CODES.map((c) => [c, c === '1.2' ? notMet : c === '2.3' ? kad : met])));
    expect(s.lyDo).toEqual({ '1.2': 'Chậm nộp báo cáo', '2.3': 'Không thuộc phạm vi trong quý' });
    expect(s.nv.slice(0, 2).map((t) => [t.ten, t.trongSo, t.A, t.D])).toEqual([
      ['Báo cáo quý', '40', '100', '80'],
      ['Đề án số hoá', '30', '80', '90'],
    ]);

    const u = await undo(page);
    expect(u.left).toEqual([]);
    expect(u.message.vi).toMatch(/^Đã hoàn tác (\d+)\/\1\./);
    const after = await probe(page);
    expect([after.hoTen, after.donVi, after.diemChung, after.diemKQ, after.xepLoai]).toEqual(['', '', '', '', '']);
    expect(after.tc).toEqual({});
    expect(after.lyDo).toEqual({});
    expect(after.nv.every((t) => Object.values(t).every((v) => v === ''))).toBe(true);
  });
}

test('R19a: a step whose element the page replaced mid-write is never the end of the fill: the select, written last, is read back from the new element, and the fields written before it stay undoable', async ({
  page,
  site,
}) => {
  await open(page, site, 'R19a-rerender-plain');
  const r = await page.evaluate(async () => {
    const w = window as never as W;
    const report = await w.TusoiFormKit.fillForm(document, [
      { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
      { key: 'proposedLevel', locator: { name: 'xepLoai' }, value: 'Hoàn thành tốt nhiệm vụ' },
      { key: 'subject.unit', locator: { label: 'Đơn vị công tác' }, value: 'Phòng Tổ chức' },
    ] as never);
    w.__undo = report.undo;
    return { summary: report.summary.vi, status: Object.values(report.results).map((x) => x.status) };
  });
  expect(r.summary).toBe('Đã điền 3/3');
  expect(r.status).toEqual(['held', 'held', 'held']);
  expect((await probe(page)).xepLoai).toBe('tot');
  const u = await undo(page);
  expect(u.restored.sort()).toEqual(['proposedLevel', 'subject.name', 'subject.unit']);
  const s = await probe(page);
  expect([s.hoTen, s.donVi, s.xepLoai]).toEqual(['', '', '']);
});

test('R19c: a field that throws when read (an unexpected error) is named with its error, the steps after it still run, and undo puts back every field written', async ({
  page,
  site,
}) => {
  await open(page, site, 'R19c-rerender-vuelike');
  await page.evaluate(() => {
    Object.defineProperty(document.getElementById('donVi'), 'maxLength', {
      get() {
        throw new Error('trang hỏng');
      },
    });
  });
  const r = await page.evaluate(async () => {
    const w = window as never as W;
    const report = await w.TusoiFormKit.fillForm(document, [
      { key: 'subject.name', locator: { label: 'Họ và tên' }, value: 'Nguyễn Văn A' },
      { key: 'subject.unit', locator: { label: 'Đơn vị công tác' }, value: 'Phòng Tổ chức' },
      { key: 'proposedLevel', locator: { name: 'xepLoai' }, value: 'Hoàn thành tốt nhiệm vụ' },
    ] as never);
    w.__undo = report.undo;
    return { summary: report.summary, status: Object.values(report.results).map((x) => x.status) };
  });
  expect(r.status).toEqual(['held', 'error', 'held']);
  expect(r.summary.vi).toBe('Đã điền 2/3; chưa điền được: "Đơn vị công tác": lỗi bất ngờ (Error: trang hỏng).');
  expect(r.summary.en).toBe('Filled 2/3; not filled: "Đơn vị công tác": unexpected error (Error: trang hỏng).');
  const u = await undo(page);
  expect(u.restored.sort()).toEqual(['proposedLevel', 'subject.name']);
  const s = await probe(page);
  expect([s.hoTen, s.xepLoai]).toEqual(['', '']);
});
