import type { BrowserContext, Page } from '@playwright/test';
import { quarterlyRowsDraft } from '@tusoi/demo-portal/drafts';
import { expect, test } from './fixtures';
import { besideOwnPage, status } from './panel';

// A quarterly draft (tusoi.assessment/2) holds no scores of its own: rubric-core's classification
// gives them (here 27,9 + 67,6 = 95,5; tasks 29,3 / 14,1 / 10 / 9,6 / 4,6). They are filled and
// checked on quarterly forms nobody here wrote: a reviewer's page (with its own form map) and a
// page of another make whose total and task points the page computes itself.

const ORIGIN = 'http://127.0.0.1:4391';
const assessment = quarterlyRowsDraft();

// The reviewer's form map, as handed out (its criterion rows, task table and "+"), with the task
// points cell added for the "Điểm" column.
const criteria = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3',
];
const at = (row: string, cell: string) => ({ rows: '#tieu-chi tbody tr', row, cell });
const REVIEWER_MAP = {
  format: 'tusoi.formmap/1',
  id: 'cong-thu-quy-2',
  title: { vi: 'Cổng thử: phiếu quý' },
  match: [`${ORIGIN}/quy-thu.html`],
  steps: [
    { field: 'subject.name', locator: { label: 'Họ và tên' } },
    { field: 'scores.general', locator: { name: 'diem_chung' } },
    { field: 'scores.results', locator: { name: 'diem_kq' } },
    { field: 'scores.total', locator: { name: 'tong' } },
    {
      field: 'proposedLevel',
      locator: { name: 'xl' },
      values: { HTXSNV: '1', HTTNV: '2', HTNV: '3', KHTNV: '4' },
    },
    ...criteria.map((code) => ({
      criterion: `pl4-${code}`,
      met: at(code, 'input[value=db]'),
      notMet: at(code, 'input[value=kdb]'),
      notApplicable: at(code, 'input[value=kad]'),
      reason: at(code, 'input.ld'),
    })),
    {
      tasks: {
        rows: '#nhiem-vu tbody tr',
        cells: {
          name: '[data-cot=ten]',
          axis: '[data-cot=truc]',
          weight: '[data-cot=trongSo]',
          A: '[data-cot=A]',
          B: '[data-cot=B]',
          C: '[data-cot=C]',
          D: '[data-cot=D]',
          exceeded: '[data-cot=vuot]',
          points: '[data-cot=diem]',
        },
        values: {
          axis: { T1: '1', T2: '2', T3: '3', T4: '4', T5: '5', T6: '6' },
          exceeded: { true: 'Có', false: 'Không' },
        },
        decimal: ',',
        add: { css: '#them-nv' },
      },
    },
  ],
};

const OTHER_MAP = {
  format: 'tusoi.formmap/1',
  id: 'cong-tu-tinh',
  title: { vi: 'Cổng tự tính tổng' },
  match: [`${ORIGIN}/quy-tu-tinh.html`],
  steps: [
    { field: 'subject.name', locator: { name: 'ho_ten' } },
    { field: 'scores.general', locator: { name: 'g' } },
    { field: 'scores.results', locator: { name: 'r' } },
    { field: 'scores.total', locator: { name: 't' } },
    {
      field: 'proposedLevel',
      locator: { name: 'muc' },
      values: { HTXSNV: 'XS', HTTNV: 'T', HTNV: 'HT', KHTNV: 'K' },
    },
  ],
};

/** Each column's width of the page's tables, as laid out. */
const columnWidths = (form: Page) =>
  form.evaluate(() =>
    [...document.querySelectorAll('table')].map((t) => [
      t.getBoundingClientRect().width,
      ...[...(t.querySelector('tr')?.children ?? [])].map((c) => c.getBoundingClientRect().width),
    ]),
  );

/** The draft and the two maps imported; the page open beside the panel. */
const setUp = (context: BrowserContext, extensionId: string, path: string, draft: unknown = assessment) =>
  besideOwnPage(context, extensionId, {
    origin: ORIGIN,
    path,
    draft,
    maps: [REVIEWER_MAP, OTHER_MAP],
    index: 'quy-thu.html',
    viewport: { width: 1100, height: 1000 },
  });

test('the reviewer’s quarterly page: the preview names each criterion and what it chooses, the scores are the classification’s, filled, checked (a total typed wrong is flagged without widening the tables), undone', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await setUp(context, extensionId, 'quy-thu.html');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  // An imported map on this page for the first time: said so, not "not in the list".
  await expect(preview).toContainText(
    'Bản đồ biểu mẫu “Cổng thử: phiếu quý” dùng lần đầu trên trang này. Tự Soi sẽ điền như sau; chưa có gì được ghi:',
  );
  await expect(preview).not.toContainText('chưa có trong danh sách');
  // Each criterion row by its code and words, with the answer and the reason the fill writes.
  const row = (id: string) => preview.locator(`tr[data-field="criteria.${id}"]`);
  await expect(row('pl4-1.1').locator('th')).toHaveText(/^Tiêu chí 1\.1\b/);
  await expect(row('pl4-1.1').locator('th')).not.toContainText('Bảng thang điểm');
  await expect(row('pl4-1.1').locator('[data-col="will"]')).toHaveText('Không đảm bảo; lý do: “Chậm nộp báo cáo”');
  await expect(row('pl4-1.2').locator('[data-col="will"]')).toHaveText('Đảm bảo');
  await expect(row('pl4-2.3').locator('[data-col="will"]')).toHaveText('K/AD; lý do: “Không thuộc phạm vi trong quý”');
  // The scores as the classification gives them, in the page's decimal comma.
  for (const [field, text] of [
    ['scores.general', '27,9'],
    ['scores.results', '67,6'],
    ['scores.total', '95,5'],
  ])
    await expect(preview.locator(`tr[data-field="${field}"] [data-col="will"]`)).toHaveText(text);
  await expect(form.locator('#tong')).toHaveValue('');

  await preview.locator('[data-action="accept"]').click();
  // Name, 3 scores, level, 15 criteria, 2 reasons, 5 tasks × 9 cells: all held; no score said
  // missing from the draft (what the map has no box for is named, as ever).
  await expect(status(panel)).toHaveText(
    'Đã điền 67/67. Chưa tìm thấy trên trang: Đơn vị công tác; Quý; Khung tỷ trọng. Bảng nhiệm vụ trên trang không có cột: trọng tâm, mức, hoàn thành (các giá trị này không ghi).',
  );
  await expect(form.locator('#diem_chung')).toHaveValue('27,9');
  await expect(form.locator('#diem_kq')).toHaveValue('67,6');
  await expect(form.locator('#tong')).toHaveValue('95,5');
  await expect(form.locator('#xl')).toHaveValue('1');
  expect(await form.locator('[data-cot=diem]').evaluateAll((l) => l.map((e) => (e as HTMLInputElement).value))).toEqual(
    ['29,3', '14,1', '10', '9,6', '4,6'],
  );

  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');

  // The person changes the page: a criterion, a task's B, the total typed wrong.
  const before = await columnWidths(form);
  await form.locator('input[name=tc_1_5][value=kdb]').check();
  await form.locator('#tong').fill('99');
  await form.locator('input[name=nv2_B]').fill('80');
  expect(await columnWidths(form)).toEqual(before);
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const problems = panel.getByTestId('form-problems').locator('li');
  // 1.5 now "Không đảm bảo" with its reason box empty: rubric-core's pack asks a reason for it.
  await expect(problems).toHaveCount(4);
  await expect(panel.getByTestId('form-problems')).toContainText('Tổng điểm ghi 99 nhưng hai nhóm cộng lại là 95,5.');
  await expect(panel.getByTestId('form-problems')).toContainText('trang ghi "Không đảm bảo" mà chưa có lý do');
  await expect(panel.getByTestId('form-problems')).not.toContainText('Chưa nhập');
  await expect(form.locator('tusoi-note[data-code=TOTAL_MISMATCH]')).toHaveCount(1);
  await expect(form.locator('tusoi-note')).toHaveCount(4);
  // The notes in the criteria and task tables take no room in them: every column keeps its width.
  expect(await columnWidths(form)).toEqual(before);
  // ... each is readable by its outlined field (its words, or a marker with them on hover) and is
  // the field's description, and none covers a control or label of another field.
  const placed = await form.evaluate(() => {
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, label')];
    return [...document.querySelectorAll('tusoi-note')].map((n) => {
      const field = document.querySelector(`[aria-describedby~="${n.id}"]`) as Element;
      const parts = [...(n.shadowRoot?.children ?? [])]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1);
      const words = n.shadowRoot?.lastElementChild?.getBoundingClientRect() as DOMRect;
      const marker = n.shadowRoot?.querySelector('[title]');
      const own = (c: Element) =>
        c === field || (c instanceof HTMLLabelElement && (c.control === field || c.contains(field)));
      return {
        inCell: !!field.closest('td'),
        seen:
          n.getAttribute('data-shape') === 'marker'
            ? marker?.getAttribute('title') === n.shadowRoot?.textContent
            : words.width > 20 && words.height > 5,
        covers: controls.filter((c) => !own(c) && parts.some((r) => meet(r, c.getBoundingClientRect()))).length,
      };
    });
  });
  expect(placed.filter((p) => p.inCell)).toHaveLength(3);
  for (const p of placed) expect(p).toMatchObject({ seen: true, covers: 0 });

  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toContainText('Đã hoàn tác');
  await expect(form.locator('tusoi-note')).toHaveCount(0);
  await expect(form.locator('#diem_chung')).toHaveValue('');
  await expect(form.locator('#diem_kq')).toHaveValue('');
  // The total the person typed after the fill is theirs: kept, and said so.
  await expect(form.locator('#tong')).toHaveValue('99');
  await expect(status(panel)).toContainText('Tổng điểm');
  expect(await columnWidths(form)).toEqual(before);
});

test('a draft rubric-core refuses (K/AD without a reason): its scores are said to wait for the error, not to be missing; nothing else changes', async ({
  context,
  extensionId,
}) => {
  const items = { ...assessment.criteria.items, 'pl4-2.3': { answer: 'notApplicable' } };
  const broken = { ...assessment, criteria: { ...assessment.criteria, items } };
  const { form, panel } = await setUp(context, extensionId, 'quy-thu.html', broken);
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  for (const field of ['scores.general', 'scores.results', 'scores.total'])
    await expect(preview.locator(`tr[data-field="${field}"] [data-col="will"]`)).toHaveText(
      'Bản kiểm điểm còn lỗi nên chưa tính được điểm, không ghi',
    );
  await preview.locator('[data-action="accept"]').click();
  // The fill says which scores wait, and the draft's first problem (the K/AD row's missing reason).
  await expect(status(panel)).toContainText(
    'Bản kiểm điểm còn lỗi nên chưa tính được điểm, không ghi: Nhóm tiêu chí chung; Nhóm tiêu chí về kết quả thực hiện nhiệm vụ; Tổng điểm',
  );
  await expect(status(panel)).toContainText('pl4-2.3');
  await expect(status(panel)).not.toContainText('Bản kiểm điểm chưa có nội dung cho: Nhóm tiêu chí chung');
  await expect(form.locator('#tong')).toHaveValue('');
  await expect(form.locator('#diem_chung')).toHaveValue('');
});

test('a page of another make that computes its own total: the groups written, the total left to the page and said so, checked against the draft, undone', async ({
  context,
  extensionId,
}) => {
  const { form, panel } = await setUp(context, extensionId, 'quy-tu-tinh.html');
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const preview = panel.getByTestId('preview');
  await expect(preview).toContainText('Bản đồ biểu mẫu “Cổng tự tính tổng” dùng lần đầu trên trang này');
  await expect(preview.locator('tr[data-field="scores.general"] [data-col="will"]')).toHaveText('27,9');
  await expect(preview.locator('tr[data-field="scores.total"] [data-col="will"]')).toHaveText(
    'trang tự tính, không điền',
  );
  await preview.locator('[data-action="accept"]').click();
  // The total the page computes is not written: named with why, never counted as filled.
  await expect(status(panel)).toContainText('Đã điền 4/5');
  await expect(status(panel)).toContainText('"Tổng điểm (tự tính)": trang tự tính, không điền.');
  await expect(form.locator('[name=g]')).toHaveValue('27,9');
  await expect(form.locator('[name=r]')).toHaveValue('67,6');
  // The page added them up itself, and that is the draft's total.
  await expect(form.locator('[name=t]')).toHaveValue('95,5');
  expect(await form.evaluate(() => (window as never as { sent?: boolean }).sent)).toBeUndefined();

  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  await expect(status(panel)).toHaveText('Không thấy lỗi nào trên biểu mẫu.');

  // The person raises the results to 70: the page's total follows, and both now differ from the draft.
  const before = await columnWidths(form);
  await form.locator('[name=r]').fill('70');
  await expect(form.locator('[name=t]')).toHaveValue('97,9');
  await panel.getByRole('button', { name: 'Kiểm tra biểu mẫu' }).click();
  const problems = panel.getByTestId('form-problems');
  await expect(problems).toContainText(
    '"Nhóm tiêu chí về kết quả thực hiện nhiệm vụ": trang ghi "70", bản kiểm điểm là "67,6".',
  );
  await expect(problems).toContainText('"Tổng điểm": trang ghi "97,9", bản kiểm điểm là "95,5".');
  await expect(problems).not.toContainText('Chưa nhập');
  // The summary table keeps its columns with the notes shown in it.
  expect(await columnWidths(form)).toEqual(before);

  await panel.getByRole('button', { name: 'Hoàn tác lần điền' }).click();
  await expect(status(panel)).toContainText('Đã hoàn tác');
  await expect(form.locator('[name=g]')).toHaveValue('');
  await expect(form.locator('[name=ho_ten]')).toHaveValue('');
  await expect(form.locator('[name=muc]')).toHaveValue('');
});

test('"Cho phép Tự Soi điền trên cổng này" always ends in a status: a bad address; headless, the browser never answers and that is said', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  // The page's clock, so that the wait for the browser's answer can be run through.
  await options.clock.install();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const say = options.locator('[data-testid="options-message"][data-at="portal"]');
  const allow = options.getByRole('button', { name: 'Cho phép Tự Soi điền trên cổng này' });
  await options.locator('[name="portalOrigin"]').fill('kiemdiem.tinh');
  await allow.click();
  await expect(say).toHaveText(/^Địa chỉ cổng không hợp lệ: .+ Not a valid portal address: /);
  // An origin this build holds no permission for: the browser is asked, and waited for, said at once.
  await options.locator('[name="portalOrigin"]').fill('http://127.0.0.2:4391');
  await allow.click();
  await expect(say).toHaveText(
    /^Đang chờ trình duyệt hỏi bạn có cho Tự Soi đọc và điền trên http:\/\/127\.0\.0\.2:4391/,
  );
  // Headless Chromium shows no prompt and never answers: after 30 s the page says so, nothing claimed.
  await options.clock.runFor(31_000);
  await expect(say).toHaveText(
    /^Trình duyệt chưa trả lời sau 30 giây, nên chưa có quyền nào cho http:\/\/127\.0\.0\.2:4391\./,
  );
  await expect(say).toContainText('The browser gave no answer after 30 seconds');
  await expect(say).not.toContainText('Đã cho phép');
  // An origin the browser already allows (this build's own): answered at once, read back, said allowed.
  await options.locator('[name="portalOrigin"]').fill('http://127.0.0.1:4391/trang');
  await allow.click();
  await expect(say).toHaveText(
    /^Đã cho phép: trình duyệt cho Tự Soi đọc và điền trên http:\/\/127\.0\.0\.1:4391 \(đã kiểm tra lại\)\./,
  );
});
