import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { TusoiInputError } from '../errors.js';
import { LEVEL_NAMES } from '../levels.js';
import { formatNumber } from '../message.js';
import { builtinPack2 } from '../packs/quarterly-builtin.js';
import { groupsFor } from '../packs/quarterly-pack.js';
import type { Assessment } from '../schemas/assessment.js';
import { EXAMPLE_DRAFTS } from '../test-support/drafts.js';
import { make } from '../test-support/make.js';
import { answers, OWN_QUARTER_PACK, quarter, task } from '../test-support/quarter.js';
import { classifyYear, quarterSummary } from '../year.js';
import { buildReviewDocument, type DocumentInput, formFor } from './build.js';
import { DOCX_MIME, renderDocx, renderDocxBlob } from './docx.js';
import { blockText } from './model.js';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The .docx read back: word/document.xml's paragraphs as text, in order, and the raw parts. */
async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
  );
  return { xml, styles, paragraphs, text: paragraphs.join('\n') };
}

/** Finds each string in order; returns the first one missing (or out of order), or null. */
function missingInOrder(text: string, wanted: readonly string[]): string | null {
  let at = 0;
  for (const w of wanted) {
    const i = text.indexOf(w, at);
    if (i < 0) return w;
    at = i + w.length;
  }
  return null;
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Headings of the form and every text of the draft, in the order the form puts them. */
function expectedOrder(input: DocumentInput): string[] {
  const a = input.assessment as Assessment;
  const form = formFor(a.subject.kind, a.period.quarter);
  const r = a.review ?? {};
  const period = a.period.quarter ? `Quý ${a.period.quarter}, Năm ${a.period.year}` : `Năm ${a.period.year}`;
  const shortcomings = (r.shortcomings ?? []).flatMap((s) => [s.text, s.cause, s.responsibility, s.remedy]);
  const prior = (a.priorShortcomings ?? []).flatMap((p) => [p.text, p.cause, p.responsibility, p.remedy]);
  const suggested = (r.suggestedIssues ?? []).flatMap((s) => [s.issue, s.explanation]);
  const selfNotes = Object.values(a.selfCheck ?? {}).map((e) => e.note);
  const tasks = (input.taskList ?? []).flatMap((t) => [t.task, t.deadline, t.status, t.product, t.progress, t.note]);
  const notes = Object.values(input.notes ?? {});
  const person = [a.subject.name, a.subject.unit, a.subject.cell];
  const level = a.proposedLevel ? [LEVEL_NAMES[a.proposedLevel].vi] : [];
  const seq =
    form === 'quarterly'
      ? [
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          'BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN',
          period,
          ...person,
          'I. Tự đánh giá kết quả thực hiện nhiệm vụ',
          ...lines(r.strengths),
          ...shortcomings,
          ...prior,
          ...suggested,
          ...lines(r.collectiveResponsibility),
          ...lines(r.direction),
          ...tasks,
          'II. Tự đề xuất xếp loại mức chất lượng',
          ...notes,
          'Tổng điểm',
          ...level,
          'CÁ NHÂN TỰ ĐÁNH GIÁ',
          '(Ký, ghi rõ họ tên)',
          'III. Nhận xét, đánh giá của cấp có thẩm quyền',
          'XÁC NHẬN CỦA CHI BỘ',
          ...selfNotes,
        ]
      : [
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          form === '01'
            ? 'BÁO CÁO KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CỦA TẬP THỂ'
            : 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
          period,
          ...person,
          'A. NỘI DUNG KIỂM ĐIỂM',
          'I. Ưu điểm, kết quả đạt được',
          ...lines(r.strengths),
          ...(form === '01' ? [] : selfNotes),
          'II. Hạn chế, khuyết điểm và nguyên nhân',
          ...shortcomings,
          'III. Kết quả khắc phục những hạn chế, khuyết điểm',
          ...prior,
          'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
          ...suggested,
          'V. ',
          ...lines(r.collectiveResponsibility),
          'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
          ...lines(r.direction),
          'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
          'I. Đánh giá theo các nhóm tiêu chí',
          ...notes,
          'Tổng điểm',
          'II. Đề xuất xếp loại mức chất lượng',
          ...level,
          form === '01' ? 'T/M TẬP THỂ' : 'NGƯỜI TỰ KIỂM ĐIỂM',
          '(Ký, ghi rõ họ tên)',
          ...(form === '01' ? selfNotes : []),
        ];
  return seq.filter((s): s is string => s !== undefined && s !== '');
}

const examplesDir = new URL('../../examples/', import.meta.url);
const EXAMPLE_FILES = readdirSync(examplesDir).filter((f) => /^\d\d-.*\.json$/.test(f));

describe('review document', () => {
  it('the example drafts cover every subject kind, annual and quarterly', () => {
    const kinds = new Set(EXAMPLE_DRAFTS.map((d) => (d.input.assessment as Assessment).subject.kind));
    expect([...kinds].sort()).toEqual(
      ['collective', 'leader', 'leader-central', 'leadership-collective', 'member-outside', 'staff'].sort(),
    );
    const forms = new Set(
      EXAMPLE_DRAFTS.map((d) => {
        const a = d.input.assessment as Assessment;
        return formFor(a.subject.kind, a.period.quarter);
      }),
    );
    expect([...forms].sort()).toEqual(['01', '02A', '02B', '02C', 'quarterly']);
  });

  for (const { id, input } of EXAMPLE_DRAFTS) {
    it(`${id}: the .docx read back holds every heading and every text of the draft, in order`, async () => {
      const doc = buildReviewDocument(input);
      const back = await readBack(await renderDocx(doc));
      expect(missingInOrder(back.text, expectedOrder(input))).toBeNull();
    });
  }

  it('the renderer drops nothing: every text of every block is in the .docx, in block order', async () => {
    for (const { input } of EXAMPLE_DRAFTS) {
      const doc = buildReviewDocument(input);
      const back = await readBack(await renderDocx(doc));
      const pieces = doc.blocks.flatMap((b) => blockText(b).split(/[\n\t]/)).filter((s) => s.trim() !== '');
      expect(missingInOrder(back.text, pieces)).toBeNull();
    }
  });

  it('A4, Times New Roman, tables kept whole (rows never split, rows keep with the next)', async () => {
    const input = EXAMPLE_DRAFTS[0]?.input as DocumentInput;
    const back = await readBack(await renderDocx(buildReviewDocument(input)));
    expect(back.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(back.styles).toContain('w:ascii="Times New Roman"');
    expect(back.styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(back.xml).toContain('<w:cantSplit/>');
    expect(back.xml).toContain('<w:keepNext/>');
    expect(back.paragraphs[0]).toBe('CHI BỘ PHÒNG TỔ CHỨC CÁN BỘ');
    expect(back.text).toContain('Hà Nội, ngày 15 tháng 12 năm 2025');
  });

  it('the Blob for a browser download holds the same bytes, typed as .docx', async () => {
    const doc = buildReviewDocument(EXAMPLE_DRAFTS[1]?.input as DocumentInput);
    const blob = await renderDocxBlob(doc);
    expect(blob.type).toBe(DOCX_MIME);
    const back = await readBack(new Uint8Array(await blob.arrayBuffer()));
    expect(back.text).toContain('(Đảng viên không làm việc trong hệ thống chính trị)');
  });

  it("a leader's document shows the counts of the units led", () => {
    const doc = buildReviewDocument(EXAMPLE_DRAFTS.find((d) => d.id === 'leader-annual')?.input as DocumentInput);
    const texts = doc.blocks.map(blockText);
    const i = texts.indexOf('Các đơn vị trực tiếp lãnh đạo, phụ trách:');
    expect(i).toBeGreaterThan(0);
    expect(texts[i + 1]).toContain('12\t12\t11\t4\t1');
  });

  it('the proposed level is ticked, the others are not', () => {
    const doc = buildReviewDocument(EXAMPLE_DRAFTS[0]?.input as DocumentInput);
    const texts = doc.blocks.map(blockText);
    expect(texts).toContain('☒ Hoàn thành tốt nhiệm vụ');
    expect(texts).toContain('☐ Hoàn thành xuất sắc nhiệm vụ');
    expect(texts.filter((t) => t.startsWith('☒'))).toHaveLength(1);
  });

  it('a pack-scored draft shows each criterion, the reason for one not met, and the computed totals', () => {
    const doc = buildReviewDocument(EXAMPLE_DRAFTS[0]?.input as DocumentInput);
    const table = doc.blocks.find((b) => b.kind === 'table' && b.columns[1]?.title === 'Tiêu chí');
    const text = table ? blockText(table) : '';
    expect(text).toContain('Không đảm bảo (0)\tChưa tham gia đủ buổi sinh hoạt chuyên đề tháng 9.');
    // 14 of 15 binary criteria × 2 = 28; results 62.5.
    expect(text).toContain('Cộng nhóm tiêu chí chung\t30\t28');
    expect(text).toContain('Tổng điểm\t100\t90,5');
  });

  it('a prior shortcoming in progress shows its share; a blank section gets dots to write on', () => {
    const doc = buildReviewDocument(EXAMPLE_DRAFTS[0]?.input as DocumentInput);
    const texts = doc.blocks.map(blockText);
    expect(texts).toContain('- Kết quả khắc phục: Đang khắc phục (mức độ khắc phục: 60%)');
    const bare = buildReviewDocument({
      assessment: {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'staff' },
        scores: { general: 20, results: 40 },
        tasks: { assigned: 1, completed: 1, onTimeWithQuality: 1, exceeded: 0, late: 0 },
      },
    });
    const i = bare.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('II. Hạn chế'));
    expect(blockText(bare.blocks[i + 1] as never)).toMatch(/^…+$/);
    expect(bare.blocks.map(blockText)).toContain('Họ và tên: ……………………………     Ngày sinh: ……………………………');
  });

  it('every example assessment of rubric-core (no texts) still makes a document', async () => {
    expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(27);
    for (const file of EXAMPLE_FILES) {
      const assessment = JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8'));
      const doc = buildReviewDocument({ assessment });
      const back = await readBack(await renderDocx(doc));
      expect(back.text, file).toContain('NỘI DUNG');
    }
    // 27 renders: slow on a loaded machine; speed is measured in the bench, not here.
  }, 60_000);

  it('an invalid assessment is refused with a bilingual error naming the field', () => {
    const call = () => buildReviewDocument({ assessment: { format: 'tusoi.assessment/1', period: { year: 2025 } } });
    expect(call).toThrow(TusoiInputError);
    expect(call).toThrow(/subject/);
  });
});

const draft = (id: string) => {
  const found = EXAMPLE_DRAFTS.find((d) => d.id === id);
  if (found === undefined) throw new Error(id);
  return found.input;
};

/** The issues a call throws, as `path: vi / en` lines (empty when it does not throw). */
function issuesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof TusoiInputError)
      return error.issues.map((i) => `${i.path}: ${i.message.vi} / ${i.message.en}`);
    throw error;
  }
  return [];
}

/** A word's width in em in Times New Roman, rounded up by letter class (marks dropped: they take no width). */
function ems(word: string): number {
  let sum = 0;
  for (const ch of word.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (/[mwMW]/.test(ch)) sum += 0.94;
    else if (/[A-ZĐ]/.test(ch)) sum += 0.72;
    else if (/[./,:;'-]/.test(ch)) sum += 0.33;
    else sum += 0.5;
  }
  return sum;
}

describe('the document input is checked as a whole', () => {
  const quarterly = draft('staff-quarterly-tasks');

  it('a task row without `task` (or with an unknown key) is refused, naming the row, in both languages', () => {
    const taskList = [...(quarterly.taskList ?? []).slice(0, 1), { name: 'x' } as never];
    const issues = issuesOf(() => buildReviewDocument({ ...quarterly, taskList }));
    expect(issues).toContain('taskList[1].task: thiếu trường bắt buộc / required field is missing');
    expect(issues.some((i) => i.startsWith('taskList[1].name: trường không có trong định dạng'))).toBe(true);
    expect(issuesOf(() => buildReviewDocument({ ...quarterly, taskList: 'x' as never }))).toEqual([
      'taskList: phải là một mảng (nhận "x") / must be an array (got "x")',
    ]);
    expect(
      issuesOf(() => buildReviewDocument({ ...quarterly, taskList: [{ task: 'a', deadline: 5 } as never] })),
    ).toEqual(['taskList[0].deadline: phải là một chuỗi ký tự (nhận 5) / must be a string (got 5)']);
  });

  it('an unknown top-level key is refused; wrapper and assessment problems come together', () => {
    const issues = issuesOf(() =>
      buildReviewDocument({
        assessment: { ...(quarterly.assessment as object), period: { year: 'x' } },
        taskLists: [],
        notes: { a: 1 },
      } as never),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^taskLists: trường không có trong định dạng .* \/ field is not part of the format/),
        expect.stringMatching(/^notes\.a: phải là một chuỗi ký tự/),
        expect.stringMatching(/^period\.year: /),
      ]),
    );
    expect(issuesOf(() => buildReviewDocument([] as never)).length).toBeGreaterThan(0);
  });

  it('impossible or malformed dates are refused; real ones (29 February of a leap year) are printed', () => {
    for (const date of ['2026-02-31', '2026-13-01', '5/7/2026', '2025-02-29', '2026-04-31', '']) {
      const issues = issuesOf(() => buildReviewDocument({ ...quarterly, date }));
      expect(issues.length, date).toBeGreaterThan(0);
      expect(
        issues.every((i) => i.startsWith('date: ngày')),
        issues.join('\n'),
      ).toBe(true);
    }
    expect(issuesOf(() => buildReviewDocument({ ...quarterly, date: '2026-02-31' }))).toEqual([
      'date: ngày không có thật trên lịch / the date does not exist in the calendar',
    ]);
    const placeDate = (date: string) => {
      const head = buildReviewDocument({ ...quarterly, place: 'Hà Nội', date }).blocks[0];
      return head?.kind === 'letterhead' ? head.placeDate : '';
    };
    expect(placeDate('2028-02-29')).toBe('Hà Nội, ngày 29 tháng 2 năm 2028');
    expect(placeDate('2026-12-31')).toBe('Hà Nội, ngày 31 tháng 12 năm 2026');
  });

  it('`place` must be a line of text', () => {
    expect(issuesOf(() => buildReviewDocument({ ...quarterly, place: 12 as never }))).toEqual([
      'place: phải là một chuỗi ký tự (nhận 12) / must be a string (got 12)',
    ]);
    expect(issuesOf(() => buildReviewDocument({ ...quarterly, place: 'x'.repeat(201) }))[0]).toMatch(/^place: quá dài/);
  });

  it('text typed in decomposed form (NFD) comes out composed (NFC), in the model and in the .docx', async () => {
    const d = (s: string) => s.normalize('NFD');
    const a = quarterly.assessment as Assessment;
    const input: DocumentInput = {
      assessment: {
        ...a,
        subject: { ...a.subject, name: d('Nguyễn Thị Hường'), cell: d('Chi bộ Phòng Tổ chức') },
        review: { strengths: d('Hoàn thành nhiệm vụ được giao.') },
      },
      place: d('Thừa Thiên Huế'),
      date: '2026-07-05',
      taskList: [{ task: d('Rà soát hồ sơ đảng viên'), status: d('Đã hoàn thành') }],
    };
    expect(d('Hường')).not.toBe('Hường');
    const doc = buildReviewDocument(input);
    const texts = JSON.stringify(doc);
    expect(texts).toBe(texts.normalize('NFC'));
    const back = await readBack(await renderDocx(doc));
    for (const s of [
      'Nguyễn Thị Hường',
      'CHI BỘ PHÒNG TỔ CHỨC',
      'Thừa Thiên Huế, ngày 5 tháng 7 năm 2026',
      'Rà soát hồ sơ đảng viên',
    ])
      expect(back.text).toContain(s);
    expect(back.xml).toBe(back.xml.normalize('NFC'));
  });

  it('the header names the organisation by the subject: never "CHI BỘ" for a committee or leadership collective', () => {
    const left = (input: DocumentInput) => {
      const doc = buildReviewDocument(input);
      const head = doc.blocks[0];
      return { left: head?.kind === 'letterhead' ? head.left[0] : '', text: doc.blocks.map(blockText).join('\n') };
    };
    const leadership = draft('leadership-collective-annual');
    const a = leadership.assessment as Assessment;
    const committee = left({
      ...leadership,
      assessment: { ...a, subject: { kind: 'leadership-collective', name: 'Ban Thường vụ Đảng ủy Khối' } },
    });
    expect(committee.left).not.toMatch(/CHI BỘ/);
    expect(committee.left).toMatch(/^…+$/);
    expect(committee.text).toContain('Tên tổ chức ở đầu trang để trống');
    expect(left(draft('collective-annual')).left).toMatch(/^…+$/);
    const named = left({
      ...leadership,
      assessment: { ...a, subject: { ...a.subject, cell: 'Đảng ủy Khối các cơ quan tỉnh' } },
    });
    expect(named.left).toBe('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH');
    expect(named.text).not.toContain('Tên tổ chức ở đầu trang để trống');
    // A person's document keeps the cell line to fill in: the person's cell confirms it.
    const member = draft('member-outside-annual');
    const m = member.assessment as Assessment;
    expect(left({ ...member, assessment: { ...m, subject: { ...m.subject, cell: undefined } } }).left).toBe(
      'CHI BỘ …………',
    );
  });

  it('the quarterly task table gives the task name the room: no word of a row is wider than its column', () => {
    // A4 text width 165 mm; table text 13 pt (4.59 mm per em), cell padding 2 × 80 twips (2.8 mm);
    // advance widths of Times New Roman, rounded up by class (bold headers 5 % wider).
    const input: DocumentInput = {
      ...quarterly,
      taskList: [
        {
          task: 'Tham mưu triển khai Nghị quyết số 57-NQ/TW về chuyển đổi số',
          deadline: '15/12/2026',
          status: 'Đã hoàn thành',
          product: 'Báo cáo số 12-BC/ĐU',
          progress: 'Đúng hạn',
          note: 'Phối hợp',
        },
      ],
    };
    const table = buildReviewDocument(input).blocks.find(
      (b) => b.kind === 'table' && b.columns[1]?.title === 'Nội dung nhiệm vụ, công việc',
    );
    if (table?.kind !== 'table') throw new Error('no task table');
    const em = (13 / 72) * 25.4;
    const room = (width: number) => (165 * width) / 100 - 2.8;
    table.columns.forEach((c, i) => {
      const words = [
        ...c.title.split(/\s+/).map((w) => ems(w) * 1.05 * em),
        ...table.rows.flatMap((r) => (r.cells[i] ?? '').split(/\s+/).map((w) => ems(w) * em)),
      ];
      expect(Math.max(...words), `${c.title}: ${c.width}%`).toBeLessThanOrEqual(room(c.width));
    });
    const task = table.columns[1]?.width ?? 0;
    expect(task).toBeGreaterThanOrEqual(33);
    expect(table.columns.every((c, i) => i === 1 || c.width < task)).toBe(true);
    expect(table.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
  });
});

describe('a quarterly assessment’s own task list (tusoi.assessment/2 taskList)', () => {
  it('is printed as the quarter’s task table: every task, in order, with its axis, weight, components and result', async () => {
    const dir = new URL('../../examples/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^q0\d.*\.json$/.test(f));
    let seen = 0;
    for (const file of files) {
      const assessment = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Assessment & {
        taskList?: { name: string; weight?: number; completed: boolean }[];
      };
      const list = assessment.taskList ?? [];
      if (list.length === 0) continue;
      seen++;
      const { text } = await readBack(await renderDocx(buildReviewDocument({ assessment })));
      expect(
        missingInOrder(
          text,
          list.map((t) => t.name),
        ),
        file,
      ).toBeNull();
      expect(text, file).toContain('Sản phẩm, nhiệm vụ');
      const first = list[0];
      if (first?.weight !== undefined) expect(text, file).toContain(String(first.weight).replace('.', ','));
      expect(text, file).toContain(first?.completed ? 'Hoàn thành' : 'Chưa hoàn thành');
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('a quarter not rated (Q26-30)', () => {
  const text = (doc: ReturnType<typeof buildReviewDocument>) =>
    doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [blockText(b)] : b.kind === 'heading' ? [b.text] : []));

  it('says so under the proposal, with each case that holds in rubric-core’s words; a rated quarter does not', async () => {
    const a = quarter({
      period: { year: 2026, quarter: 2 },
      unrated: { sickOrMaternityMonths: 2, underInvestigation: true, trainingMonths: 1 },
    });
    expect(classify(a).decision).toBe('unrated');
    const doc = buildReviewDocument({ assessment: a });
    const t = text(doc);
    const at = t.indexOf('2. Tự đề xuất xếp loại mức chất lượng');
    expect(t.slice(at + 1, at + 4)).toEqual([
      'Kết quả: chưa xếp loại quý này.',
      'Nghỉ ốm hoặc nghỉ thai sản từ 02 tháng trở lên trong quý: chưa xếp loại tại thời điểm quý; không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi.',
      'Đang kiểm tra dấu hiệu vi phạm: chưa xếp loại tại thời điểm đánh giá quý; xử lý theo kết luận của cấp có thẩm quyền.',
    ]);
    // 1 month of training is no case of Q26-30: not named.
    expect(t.join('\n')).not.toContain('Đào tạo, bồi dưỡng tập trung');
    const back = await readBack(await renderDocx(doc));
    expect(back.text).toContain('Kết quả: chưa xếp loại quý này.');
    expect(back.text).toContain('không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi');

    const rated = text(buildReviewDocument({ assessment: { ...a, unrated: { trainingMonths: 1 } } }));
    expect(rated.join('\n')).not.toContain('chưa xếp loại');
  });
});

describe('a quarter’s task table names each axis as the pack does', () => {
  const axisColumn = (a: Assessment, packs?: DocumentInput['packs']) => {
    const doc = buildReviewDocument({ assessment: a, ...(packs ? { packs } : {}) });
    const table = doc.blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.title === 'Trục'));
    if (table?.kind !== 'table') throw new Error('no task table');
    const at = table.columns.findIndex((c) => c.title === 'Trục');
    return table.rows.map((r) => r.cells[at]);
  };
  it('"Trục 1" (the pack’s name, before its colon), never the id "T1"; no axis, an empty cell', () => {
    const a = quarter({
      taskList: [task(35, [100, 100, 100, 100]), task(35, [100, 100, 100, 100], { axis: 'T4' })],
    });
    expect(axisColumn(a)).toEqual(['Trục 1', 'Trục 4']);
    const named = builtinPack2('q2026-vatm-09a')?.results.axes?.[3]?.vi ?? '';
    expect(named.startsWith('Trục 4: ')).toBe(true);
    // A task without an axis: the cell is empty.
    expect(axisColumn(quarter({ taskList: [task(70, [100, 100, 100, 100], { axis: undefined })] }))).toEqual(['']);
  });
});

describe('a quarter scored by the user’s own tusoi.pack/2, given in `packs`', () => {
  const own = { ...(builtinPack2('q2026-vatm-09a') as NonNullable<ReturnType<typeof builtinPack2>>), id: 'don-vi-x' };
  const a = quarter();
  const onOwn = { ...a, criteria: { ...a.criteria, pack: 'don-vi-x' } } as Assessment;
  const tables = (doc: ReturnType<typeof buildReviewDocument>) => doc.blocks.filter((b) => b.kind === 'table');
  it('gets the same score table as the built-in pack it copies; without it, no criteria table is claimed', () => {
    const builtin = tables(buildReviewDocument({ assessment: a }));
    expect(tables(buildReviewDocument({ assessment: onOwn, packs: [own] }))).toEqual(builtin);
    expect(tables(buildReviewDocument({ assessment: onOwn }))).not.toEqual(builtin);
  });
  it('a pack of no known format, or a bad field, is refused by its path', () => {
    const paths = (packs: unknown[]) => {
      try {
        buildReviewDocument({ assessment: onOwn, packs: packs as never });
      } catch (e) {
        if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
        throw e;
      }
      return [];
    };
    expect(paths([{ ...own, format: 'tusoi.pack/9' }])).toEqual(['packs[0].format']);
    expect(paths([{ ...own, kinds: 'staff' }])).toEqual(['packs[0].kinds']);
  });
});

describe('a quarter’s weight frame in the document', () => {
  const note = (a: Assessment) =>
    buildReviewDocument({ assessment: a })
      .blocks.filter((b) => b.kind === 'paragraph' && blockText(b).startsWith('Khung tỷ trọng: '))
      .map(blockText);

  it('names the frame with its weights; an adjusted frame carries the adjusted weights and the frame’s own', async () => {
    const pack = builtinPack2('q2026-vatm-09a') as NonNullable<ReturnType<typeof builtinPack2>>;
    const k2 = pack.results.frames?.find((f) => f.id === 'K2')?.vi ?? '?';
    expect(note(quarter())).toEqual([`Khung tỷ trọng: ${k2} (A 15%, B 50%, C 15%, D 20%).`]);
    const adjusted = quarter({ frame: { id: 'K2', A: 25, B: 40 } });
    expect(note(adjusted)).toEqual([
      `Khung tỷ trọng: ${k2}, tỷ trọng điều chỉnh A 25%, B 40%, C 15%, D 20% (khung: A 15%, B 50%, C 15%, D 20%).`,
    ]);
    const { text } = await readBack(await renderDocx(buildReviewDocument({ assessment: adjusted })));
    expect(text).toContain('tỷ trọng điều chỉnh A 25%, B 40%');
    // No frame named: the pack's default frame (K2 for VATM) is the one used, and said.
    expect(note(quarter({ frame: undefined }))).toEqual([`Khung tỷ trọng: ${k2} (A 15%, B 50%, C 15%, D 20%).`]);
  });

  it('a pack that does not weigh tasks by frame names none', () => {
    const cand = quarter({ criteria: { pack: 'q2026-cand-kpi', items: {} }, frame: undefined });
    expect(note(cand)).toEqual([]);
  });
});

describe('a quarter scored by a tusoi.pack/2: the general criteria with their answers', () => {
  const table = (doc: ReturnType<typeof buildReviewDocument>) => {
    const t = doc.blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.title === 'Tự đánh giá'));
    if (t?.kind !== 'table') throw new Error('no quarterly score table');
    return t;
  };
  const row = (t: ReturnType<typeof table>, text: string) => t.rows.find((r) => r.cells[1]?.startsWith(text));

  it('renders a K/AD row with its reason, a not-met row with its reason, and the pack’s totals', async () => {
    const a = quarter({
      criteria: {
        pack: 'q2026-vatm-09a',
        items: answers('q2026-vatm-09a', 'staff', {
          'pl4-2.3': { answer: 'notApplicable', reason: 'Không phụ trách công tác này' },
          'pl4-1.2': { answer: 'notMet', reason: 'Chậm báo cáo tháng 8' },
        }),
      },
    });
    const doc = buildReviewDocument({ assessment: a });
    const t = table(doc);
    const pack = builtinPack2('q2026-vatm-09a') as NonNullable<ReturnType<typeof builtinPack2>>;
    const items = groupsFor(pack, 'staff').flatMap((g) => g.items);
    // Every criterion of the staff groups is a row, K/AD ones included.
    for (const item of items) expect(row(t, item.vi), item.id).toBeDefined();
    const na = items.find((i) => i.id === 'pl4-2.3');
    const notMet = items.find((i) => i.id === 'pl4-1.2');
    expect(row(t, na?.vi ?? '?')?.cells.slice(3)).toEqual(['K/AD', 'Không phụ trách công tác này']);
    expect(row(t, notMet?.vi ?? '?')?.cells.slice(3)).toEqual(['Không đảm bảo', 'Chậm báo cáo tháng 8']);
    const r = classify(a);
    const totals = t.rows.filter((x) => x.kind === 'total').map((x) => x.cells[3]);
    expect(totals).toEqual([r.score.general, r.score.results, r.score.total].map((n) => formatNumber(n, 'vi')));
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && blockText(b).startsWith('K/AD: '))).toBe(true);
    // And the reason reaches the .docx.
    const { text } = await readBack(await renderDocx(doc));
    expect(text).toContain('Không phụ trách công tác này');
  });

  it('without a K/AD answer there is no K/AD note; an unfinished draft shows its rows with blank totals', () => {
    const full = buildReviewDocument({ assessment: quarter() });
    expect(full.blocks.some((b) => b.kind === 'paragraph' && blockText(b).startsWith('K/AD: '))).toBe(false);
    const unfinished = quarter({ taskList: [task(30, [100, 100, 100, 100])] }); // weights add to 30, not 70
    expect(() => classify(unfinished)).toThrow(TusoiInputError);
    const t = table(buildReviewDocument({ assessment: unfinished }));
    expect(t.rows.filter((x) => x.kind === 'total').map((x) => x.cells[3])).toEqual(['', '', '']);
    expect(t.rows.filter((x) => x.kind === undefined).length).toBeGreaterThan(0);
  });
});

/** Quarter n of 2026; `unfinished`: a 5-point task left undone for no stated cause (KHTNV, Q26-17). */
const yearQuarter = (n: number, unfinished = false) =>
  quarter({
    period: { year: 2026, quarter: n },
    ...(unfinished
      ? { taskList: [task(65, [100, 100, 100, 100]), task(5, [100, 100, 100, 100], { completed: false })] }
      : {}),
  });

describe('an annual review with its quarters: the year’s result (classifyYear)', () => {
  const q = yearQuarter;
  // 30 + 68 with 8/20 exceeded: HTXSNV alone; quarters II and III KHTNV rule that out (Q26-35).
  const annual = (extra: Partial<Assessment> = {}): Assessment => ({
    ...make('staff', 30, 68, [20, 20, 20, 8, 0]),
    period: { year: 2026 },
    ...extra,
  });
  const texts = (doc: ReturnType<typeof buildReviewDocument>) =>
    doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [blockText(b)] : b.kind === 'heading' ? [b.text] : []));

  it('shows the level, total, reasons and flag the year gives, before the proposal; the .docx carries them', async () => {
    const quarters = [q(1), q(2, true), q(3, true)];
    const a = annual({ proposedLevel: 'HTXSNV' });
    expect(classify(a).level).toBe('HTXSNV');
    const year = classifyYear([...quarters, a]);
    expect(year.level).toBe('HTTNV');
    const doc = buildReviewDocument({ assessment: a, quarters });
    const t = texts(doc);
    const at = t.indexOf('Kết quả xếp loại cả năm theo các quý');
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(t.indexOf('II. Đề xuất xếp loại mức chất lượng'));
    expect(t[at + 1]).toBe('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    const q35 = year.reasons.find((r) => r.rule === 'Q26-35');
    expect(t).toContain(`- ${q35?.message.vi.replace(/\.$/, '')} (${q35?.cite}).`);
    expect(t.join('\n')).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
    expect(t.join('\n')).toContain('Q1: HTXSNV; Q2: KHTNV; Q3: KHTNV');
    // Two KHTNV quarters in a row: the flag, with its rule.
    expect(t.some((x) => x.endsWith('(Q26-36).'))).toBe(true);
    // The person's proposal stays as written.
    expect(t).toContain('☒ Hoàn thành xuất sắc nhiệm vụ');
    const { text } = await readBack(await renderDocx(doc));
    expect(text).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(text).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
  });

  it('without quarters (or with none given) the document is as before, with no year block', () => {
    const a = annual();
    expect(buildReviewDocument({ assessment: a, quarters: [] })).toEqual(buildReviewDocument({ assessment: a }));
    expect(texts(buildReviewDocument({ assessment: a }))).not.toContain('Kết quả xếp loại cả năm theo các quý');
  });

  it('quarters that all hold the year give the annual level; bad quarters and a quarterly review are refused by path', () => {
    const t = texts(buildReviewDocument({ assessment: annual(), quarters: [q(1), q(2)] }));
    expect(t).toContain('Mức theo quy định: Hoàn thành xuất sắc nhiệm vụ (HTXSNV); tổng điểm 98.');
    const paths = (input: DocumentInput) => {
      try {
        buildReviewDocument(input);
      } catch (e) {
        if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
        throw e;
      }
      return [];
    };
    expect(paths({ assessment: annual(), quarters: [q(1), quarter({ period: { year: 2027, quarter: 2 } })] })).toEqual([
      'quarters[1].period.year',
    ]);
    expect(paths({ assessment: q(1), quarters: [q(2)] })).toEqual(['quarters']);
  });

  const why = { vi: '“Nhiệm vụ được giao”: không phải số', en: '“Tasks assigned”: not a number' };
  it('names a quarter that could not be read in the year section, Vietnamese then English; the .docx says it', async () => {
    const doc = buildReviewDocument({
      assessment: annual(),
      quarters: [q(1), q(3)],
      unreadableQuarters: [{ quarter: 2, why }],
    });
    const t = texts(doc);
    const vi = t.findIndex((x) => x.startsWith('Không đọc được bản kiểm điểm đã lưu của quý II/2026'));
    expect(vi).toBeGreaterThan(t.indexOf('Kết quả xếp loại cả năm theo các quý'));
    expect(vi).toBeLessThan(t.indexOf('II. Đề xuất xếp loại mức chất lượng'));
    expect(t[vi]).toContain('(“Nhiệm vụ được giao”: không phải số)');
    expect(t[vi + 1]).toMatch(
      /^The stored self-review of quarter II\/2026 \(“Tasks assigned”: not a number\) could not be read/,
    );
    const { text } = await readBack(await renderDocx(doc));
    expect(text).toContain('Không đọc được bản kiểm điểm đã lưu của quý II/2026');
    expect(text).toContain('The stored self-review of quarter II/2026');
  });

  it('with every quarter unreadable the section still names them (no year is made); a quarter twice is named once', () => {
    const t = texts(
      buildReviewDocument({
        assessment: annual(),
        unreadableQuarters: [{ quarter: 4 }, { quarter: 1, why }, { quarter: 4 }],
      }),
    );
    expect(t).toContain('Kết quả xếp loại cả năm theo các quý');
    expect(t.some((x) => x.startsWith('Mức theo quy định'))).toBe(false);
    expect(t.find((x) => x.startsWith('Không đọc được'))).toContain(
      'quý I/2026 (“Nhiệm vụ được giao”: không phải số), IV/2026:',
    );
    // Without any, the document is as before.
    expect(buildReviewDocument({ assessment: annual(), unreadableQuarters: [] })).toEqual(
      buildReviewDocument({ assessment: annual() }),
    );
  });

  it('refuses unreadable quarters on a quarterly review, and a quarter outside 1–4, by path', () => {
    const paths = (input: DocumentInput) => {
      try {
        buildReviewDocument(input);
      } catch (e) {
        if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
        throw e;
      }
      return [];
    };
    expect(paths({ assessment: q(1), unreadableQuarters: [{ quarter: 2 }] })).toEqual(['unreadableQuarters']);
    expect(paths({ assessment: annual(), unreadableQuarters: [{ quarter: 5 }] })).toEqual([
      'unreadableQuarters[0].quarter',
    ]);
    expect(paths({ assessment: annual(), unreadableQuarters: [{ quarter: 0 }] })).toEqual([
      'unreadableQuarters[0].quarter',
    ]);
  });
});

describe('an annual review carrying its quarters inside (assessment.quarters): the same year section', () => {
  const q = yearQuarter;
  const annual = (extra: Partial<Assessment> = {}): Assessment => ({
    ...make('staff', 30, 68, [20, 20, 20, 8, 0]),
    format: 'tusoi.assessment/2',
    period: { year: 2026 },
    ...extra,
  });
  // Quarters I–III as files would give them, and the same quarters as the annual file writes them.
  const files = [q(1), q(2, true), q(3, true)];
  const written = files.map((x) => quarterSummary(x.period.quarter as number, classify(x)));
  /** The blocks of the year section: its heading up to part II. */
  const section = (doc: ReturnType<typeof buildReviewDocument>) => {
    const from = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Kết quả xếp loại cả năm theo các quý');
    const to = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'II. Đề xuất xếp loại mức chất lượng');
    return from === -1 ? [] : doc.blocks.slice(from, to);
  };
  const paths = (input: DocumentInput) => {
    try {
      buildReviewDocument(input);
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
      throw e;
    }
    return [];
  };

  it('lists each quarter’s level and total, the year’s level, the cited reasons and the Q26-36 flag', () => {
    expect(written.map((x) => x.level)).toEqual(['HTXSNV', 'KHTNV', 'KHTNV']);
    const blocks = section(buildReviewDocument({ assessment: annual({ quarters: written }) }));
    const t = blocks.map(blockText);
    expect(t[0]).toBe('Kết quả xếp loại cả năm theo các quý');
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '97,6'],
      ['2', 'Không hoàn thành nhiệm vụ (KHTNV)', '100'],
      ['3', 'Không hoàn thành nhiệm vụ (KHTNV)', '100'],
    ]);
    expect(t).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    const year = classifyYear([annual({ quarters: written })]);
    const q35 = year.reasons.find((r) => r.rule === 'Q26-35');
    expect(q35?.cite).toBeTruthy();
    expect(t).toContain(`- ${q35?.message.vi.replace(/\.$/, '')} (${q35?.cite}).`);
    const flag = year.flags?.find((f) => f.code === 'CONSECUTIVE_KHTNV');
    expect(t).toContain(`- ${flag?.message.vi.replace(/\.$/, '')} (Q26-36).`);
    expect(t.at(-1)).toContain('các quý 1, 2, 3 đã có');
  });

  it('one KHTNV quarter raises no flag; the quarters not in a row raise none either', () => {
    const t = section(buildReviewDocument({ assessment: annual({ quarters: written.slice(0, 2) }) })).map(blockText);
    expect(t.some((x) => x.endsWith('(Q26-36).'))).toBe(false);
    expect(t).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    // Quarters I and III KHTNV, II HTXSNV: two KHTNV quarters, not consecutive.
    const gap = [
      { ...(written[1] as (typeof written)[number]), quarter: 1 },
      { ...(written[0] as (typeof written)[number]), quarter: 2 },
      { ...(written[2] as (typeof written)[number]), quarter: 3 },
    ];
    const g = section(buildReviewDocument({ assessment: annual({ quarters: gap }) })).map(blockText);
    expect(g.join('\n')).toContain('Quý 1, 3 xếp loại Không hoàn thành nhiệm vụ');
    expect(g.some((x) => x.endsWith('(Q26-36).'))).toBe(false);
  });

  it('the quarters as files beside it ({assessment, quarters}) give the very same section', () => {
    const embedded = section(buildReviewDocument({ assessment: annual({ quarters: written }) }));
    const wrapper = section(buildReviewDocument({ assessment: annual(), quarters: files }));
    expect(embedded.length).toBeGreaterThan(4);
    expect(embedded).toEqual(wrapper);
    // And with an unrated quarter and Q4 (integrated by default: said under the table).
    const unrated = q(4, false);
    const q4 = { ...unrated, unrated: { trainingMonths: 3 } } as Assessment;
    const w4 = quarterSummary(4, classify(q4));
    expect(w4.unrated).toBe(true);
    const e2 = section(buildReviewDocument({ assessment: annual({ quarters: [...written.slice(0, 1), w4] }) }));
    const f2 = section(buildReviewDocument({ assessment: annual(), quarters: [files[0], q4] }));
    expect(e2).toEqual(f2);
    const table = e2.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells[1])).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)',
      'Chưa xếp loại',
    ]);
    expect(e2.map(blockText).some((x) => x.startsWith('- Quý IV không xếp loại riêng'))).toBe(true);
  });

  it('an annual review without quarters has no section; a quarterly one carrying quarters is refused', () => {
    expect(section(buildReviewDocument({ assessment: annual() }))).toEqual([]);
    expect(section(buildReviewDocument({ assessment: annual({ quarters: [] }) }))).toEqual([]);
    expect(paths({ assessment: { ...q(1), quarters: written } })).toEqual(['quarters']);
  });

  it('quarters that cannot be read are named by their path in the assessment, never a document', () => {
    const first = written[0] as (typeof written)[number];
    expect(paths({ assessment: annual({ quarters: [first, { ...first }] }) })).toEqual(['quarters[1].quarter']);
    // A rated quarter marked not rated: its level and its total are both refused (a year never weighs either).
    expect(paths({ assessment: annual({ quarters: [{ ...first, unrated: true }] }) })).toEqual([
      'quarters[0].level',
      'quarters[0].total',
    ]);
    expect(paths({ assessment: annual({ quarters: [{ quarter: 5, level: 'HTXSNV' }] }) })).toEqual([
      'quarters[0].quarter',
    ]);
    // Both forms at once: which to take is not guessed.
    expect(paths({ assessment: annual({ quarters: written }), quarters: files })).toEqual(['assessment.quarters']);
  });
});

describe('an annual review whose quarters were scored by the user’s own tusoi.pack/2', () => {
  // The unit's own quarterly table: VATM 09A under its own id and title, K/AD counted as full marks.
  const own = OWN_QUARTER_PACK;
  const onOwn = (n: number, unfinished = false, items = answers('q2026-vatm-09a', 'staff')): Assessment => {
    const q = yearQuarter(n, unfinished);
    return { ...q, criteria: { pack: own.id, items } };
  };
  // Q1: one K/AD (2 points, full marks under this pack) and one not met → 28 + 67,6; Q2 KHTNV (a
  // task unfinished); Q3 all met.
  const q1Items = answers('q2026-vatm-09a', 'staff', {
    'pl4-1.2': { answer: 'notMet', reason: 'Chậm kê khai' },
    'pl4-1.10': { answer: 'notApplicable', reason: 'Không thuộc phạm vi' },
  });
  const quarters = [onOwn(1, false, q1Items), onOwn(2, true), onOwn(3)];
  const annual: Assessment = { ...make('staff', 30, 68, [20, 20, 20, 8, 0]), period: { year: 2026 } };

  it('rolls each quarter as its own pack scores it; the .docx names each quarter’s level and total', async () => {
    const each = quarters.map((q) => classify(q, { pack: own }));
    expect(each.map((r) => [r.level, r.score.total])).toEqual([
      ['HTXSNV', 95.6],
      ['KHTNV', 100],
      ['HTXSNV', 97.6],
    ]);
    // Under the built-in's rescaling Q1's general group would be 27,9, not 28: the own pack is the one used.
    expect(each[0]?.score.general).toBe(28);
    const doc = buildReviewDocument({ assessment: annual, packs: [own], quarters });
    const table = doc.blocks.find(
      (b) => b.kind === 'table' && b.columns[0]?.title === 'Quý' && b.columns[1]?.title === 'Mức xếp loại của quý',
    );
    expect(table?.kind === 'table' ? table.rows.map((r) => r.cells) : []).toEqual([
      ['1', 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '95,6'],
      ['2', 'Không hoàn thành nhiệm vụ (KHTNV)', '100'],
      ['3', 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', '97,6'],
    ]);
    const { text } = await readBack(await renderDocx(doc));
    expect(text).toContain('Kết quả xếp loại cả năm theo các quý');
    expect(text).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    expect(text).toContain('Q1: HTXSNV; Q2: KHTNV; Q3: HTXSNV');
    // The same year as classifyYear with the pack given for every input.
    expect(classifyYear([...quarters, annual], { packs: [own] }).level).toBe('HTTNV');
  });

  it('without the pack the quarters cannot be scored: refused by each quarter’s path, never a year', () => {
    try {
      buildReviewDocument({ assessment: annual, quarters });
      expect.unreachable();
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      expect(e.issues.map((i) => i.path)).toEqual([
        'quarters[0].criteria.pack',
        'quarters[1].criteria.pack',
        'quarters[2].criteria.pack',
      ]);
    }
  });
});
