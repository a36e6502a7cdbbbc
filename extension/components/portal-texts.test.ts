import type { PreviewRow } from '@tusoi/form-kit';
import { builtinPack2 } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import {
  missingColumns,
  notOnPageText,
  periodWarning,
  portalTexts,
  problemCriterion,
  problemsText,
  taskPreview,
  taskTableText,
  willText,
} from './portal-texts';

const row = (field: string): PreviewRow => ({ field: field as PreviewRow['field'], label: field, found: 'input' });

describe('willText: why a preview row writes nothing', () => {
  it('a score of a draft rubric-core refused says the draft has errors, not that it has none', () => {
    for (const lang of ['vi', 'en'] as const) {
      const p = portalTexts(lang);
      expect(willText(row('scores.total'), undefined, lang, false, true)).toBe(p.draftUnscored);
      expect(willText(row('scores.general'), undefined, lang, false, true)).toBe(p.draftUnscored);
      // A scorable draft with nothing for the field, and a field that is not a score, stay as they were.
      expect(willText(row('scores.total'), undefined, lang, false, false)).toBe(p.draftHasNone);
      expect(willText(row('subject.unit'), undefined, lang, false, true)).toBe(p.draftHasNone);
      // A value the draft has but the page lacks a box for is told as such.
      expect(willText(row('scores.total'), undefined, lang, true, true)).toBe(p.boxNotFound);
    }
    expect(portalTexts('vi').draftUnscored).toMatch(/^Bản kiểm điểm còn lỗi/);
  });
});

describe('problemCriterion: the criterion a check problem concerns, in its pack’s words', () => {
  const pack = builtinPack2('q2026-vatm-09a');
  it('names the answer, reason and points problems of a criterion the pack holds, never by its id', () => {
    for (const field of ['criteria.pl4-1.1', 'criteria.pl4-1.1.reason', 'criteria.pl4-1.1.points']) {
      const vi = problemCriterion(field, pack, 'vi');
      expect(vi, field).toMatch(/^Tiêu chí 1\.1: Có quan điểm/);
      expect(vi).not.toContain('pl4-');
    }
    expect(problemCriterion('criteria.pl4-1.1', pack, 'en')).toMatch(/^Criterion 1\.1/);
  });
  it('nothing for other fields, a criterion the pack lacks, the pack itself, or no pack', () => {
    expect(problemCriterion('scores.total', pack, 'vi')).toBeNull();
    expect(problemCriterion('criteria.pl4-9.9', pack, 'vi')).toBeNull();
    expect(problemCriterion('criteria.pack', pack, 'vi')).toBeNull();
    expect(problemCriterion('criteria.pl4-1.1', undefined, 'vi')).toBeNull();
    expect(problemCriterion('tasks.1.axis', pack, 'vi')).toBeNull();
  });
});

describe('taskPreview, missingColumns, periodWarning: the quarterly parts of a preview', () => {
  const table = { rows: '#nv tr', cells: { name: 'td:nth-child(2)', A: 'td:nth-child(3)', B: 'td:nth-child(4)' } };
  const tasks: Parameters<typeof missingColumns>[1] = [
    { name: 'Một', components: { A: 100, B: 90 }, axis: 'T1', completed: true },
    { name: 'Hai', components: { A: 80, B: 70 }, axis: 'T2', completed: false },
  ];
  const planned = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      { key: `tasks.${i + 1}.name`, at: i * 3, now: '', will: tasks[i]?.name ?? '' },
      { key: `tasks.${i + 1}.A`, at: i * 3 + 1, now: '', will: '100' },
      { key: `tasks.${i + 1}.B`, at: i * 3 + 2, now: '5', will: null },
    ]).flat();
  it('one line per task row the page has, each cell by its name and what it will hold', () => {
    const t = taskPreview([{ tasks: table }], planned(2), tasks, 'vi');
    expect(t.lines).toEqual([
      'Nhiệm vụ 1 — tên: “Một”; A (khối lượng): “100”; B (chất lượng): Trang không có lựa chọn nào khớp, không ghi',
      'Nhiệm vụ 2 — tên: “Hai”; A (khối lượng): “100”; B (chất lượng): Trang không có lựa chọn nào khớp, không ghi',
    ]);
  });
  it('rows the page lacks: what to do without a map; with the add button, that it is pressed', () => {
    expect(taskPreview([{ tasks: table }], planned(1), tasks, 'vi').notes[0]).toMatch(
      /^Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 2 nhiệm vụ \(chưa ghi nhiệm vụ 2\): hãy thêm 1 dòng trên trang/,
    );
    expect(taskPreview([{ tasks: { ...table, add: { label: '+ Thêm' } } }], planned(1), tasks, 'vi').notes[0]).toBe(
      'Trang có 1 dòng nhiệm vụ, Tự Soi sẽ bấm nút thêm dòng của trang để thêm 1. Bấm nút của trang là chạy mã của chính trang, Tự Soi không xem được bên trong; nếu trang định gửi biểu mẫu hoặc gửi dữ liệu đi, Tự Soi ngừng bấm và báo.',
    );
    expect(taskPreview([{ tasks: table }], planned(1), tasks, 'en').notes[0]).toMatch(
      /^The page has 1 task row, the draft has 2 tasks/,
    );
  });
  it("a detected table's own add-row button: named, pressed one row at a time, undo keeps the rows; or why none is pressed and what to do", () => {
    const own = [{ rows: table.rows, button: '+ Thêm sản phẩm' }];
    expect(taskPreview([{ tasks: table }], planned(1), tasks, 'vi', own).notes[0]).toBe(
      'Trang có 1 dòng nhiệm vụ, Tự Soi sẽ bấm nút «+ Thêm sản phẩm» của trang để thêm 1 dòng (từng dòng một, đọc lại sau mỗi lần bấm). Hoàn tác xoá nội dung đã điền nhưng giữ các dòng đã thêm (Tự Soi không bấm nút xoá). Bấm nút của trang là chạy mã của chính trang, Tự Soi không xem được bên trong; nếu trang định gửi biểu mẫu hoặc gửi dữ liệu đi, Tự Soi ngừng bấm và báo.',
    );
    expect(taskPreview([{ tasks: table }], planned(1), tasks, 'en', own).notes[0]).toMatch(
      /^The page has 1 task row; Tự Soi will press the page’s “\+ Thêm sản phẩm” button to add 1 row \(one at a time/,
    );
    const refused = {
      vi: 'Không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng.',
      en: 'Not pressing a submit button “Thêm dòng”: Tự Soi never submits, deletes or confirms for the user.',
    };
    expect(
      taskPreview([{ tasks: table }], planned(1), tasks, 'vi', [{ rows: table.rows, why: refused }]).notes[0],
    ).toBe(
      'Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 2 nhiệm vụ: Không bấm nút gửi/nộp biểu mẫu «Thêm dòng»: Tự Soi không bao giờ gửi, xoá hay xác nhận thay người dùng. Hãy tự thêm 1 dòng trên trang rồi bấm “Điền biểu mẫu” lại.',
    );
    // Another table's button is not this one's; a map's own `add` is said as before.
    expect(
      taskPreview([{ tasks: table }], planned(1), tasks, 'vi', [{ rows: '#khac tr', button: '+' }]).notes[0],
    ).toMatch(/^Trang có 1 dòng nhiệm vụ, bản kiểm điểm có 2 nhiệm vụ \(chưa ghi nhiệm vụ 2\): hãy thêm 1 dòng/);
    expect(taskTableText({ add: undefined }, 2, 'vi', '+ Thêm sản phẩm')).toBe(
      '2 nhiệm vụ, mỗi nhiệm vụ một dòng; trang thiếu dòng thì bấm nút thêm dòng của trang («+ Thêm sản phẩm»)',
    );
  });
  it('tasks in rows the fill adds are listed too, each marked as an added row, and the add note still counts them', () => {
    const added = [
      ...planned(1),
      { key: 'tasks.2.name', at: -1, now: null, will: 'Hai', added: true as const },
      { key: 'tasks.2.A', at: -2, now: null, will: '80', added: true as const },
    ];
    const own = [{ rows: table.rows, button: '+ Thêm sản phẩm' }];
    const t = taskPreview([{ tasks: table }], added, tasks, 'vi', own);
    expect(t.lines).toEqual([
      'Nhiệm vụ 1 — tên: “Một”; A (khối lượng): “100”; B (chất lượng): Trang không có lựa chọn nào khớp, không ghi',
      'Nhiệm vụ 2 (dòng sẽ thêm) — tên: “Hai”; A (khối lượng): “80”',
    ]);
    expect(t.notes[0]).toMatch(
      /^Trang có 1 dòng nhiệm vụ, Tự Soi sẽ bấm nút «\+ Thêm sản phẩm» của trang để thêm 1 dòng/,
    );
    expect(taskPreview([{ tasks: table }], added, tasks, 'en', own).lines[1]).toBe(
      'Task 2 (row to be added) — name: “Hai”; A (volume): “80”',
    );
  });
  it('tasks not on the page: a form map without a task table, or (no map) a task table not recognised and what to do', () => {
    const n = { fields: [], criteria: [], tasks: 5 } as never;
    expect(notOnPageText(n, 'vi')).toBe(
      'Chưa tìm thấy trên trang: 5 nhiệm vụ (bản đồ biểu mẫu không có bảng nhiệm vụ).',
    );
    expect(notOnPageText(n, 'vi', false, true)).toBe(
      'Chưa tìm thấy trên trang: 5 nhiệm vụ (Tự Soi chưa nhận ra bảng nhiệm vụ trên trang: hãy tự điền các dòng nhiệm vụ trên trang, hoặc nhập bản đồ biểu mẫu của cổng ở trang Cài đặt → Bản đồ biểu mẫu).',
    );
    expect(notOnPageText(n, 'en', false, true)).toMatch(
      /^Not found on the page: 5 tasks \(Tự Soi did not recognise the task table/,
    );
  });
  it('names the columns the draft has values for and the table lacks; none when it has them; nothing without a table', () => {
    expect(missingColumns([{ tasks: table }], tasks, 'vi')).toBe(
      'Bảng nhiệm vụ trên trang không có cột: trục, hoàn thành (các giá trị này không ghi).',
    );
    const full = { ...table, cells: { ...table.cells, axis: 'td:nth-child(5)', completed: 'td:nth-child(6)' } };
    expect(missingColumns([{ tasks: full }], tasks, 'vi')).toBe('');
    // A flag no task sets (exceeded) asks for no column.
    expect(missingColumns([{ tasks: full }], [{ ...tasks[1], exceeded: false }] as never, 'vi')).toBe('');
    expect(missingColumns([], tasks, 'vi')).toBe('');
    expect(taskPreview([], planned(2), tasks, 'vi')).toEqual({ lines: [], notes: [] });
  });
  it('warns of a page period the fill keeps, Vietnamese first; nothing when the page agrees or is empty', () => {
    const kept = [{ key: 'period.quarter', at: 0, now: 'Quý I', will: 'Quý III', kept: true as const }];
    expect(periodWarning(kept, { year: 2026, quarter: 3 }, 'vi')).toBe(
      'Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang chọn “Quý I”, bản kiểm điểm là “Quý III/2026”. Tự Soi không đổi kỳ đánh giá của trang; hãy chọn đúng kỳ trên trang, hoặc mở bản kiểm điểm của kỳ trang đang chọn.',
    );
    expect(periodWarning(kept, { year: 2026, quarter: 3 }, 'en')).toMatch(
      /^The review period on the page differs from the draft: the page has “Quý I”, the draft is “Quý III\/2026”\./,
    );
    expect(periodWarning([{ ...kept[0], kept: undefined } as never], { quarter: 3 }, 'vi')).toBe('');
    expect(periodWarning(undefined, { quarter: 3 }, 'vi')).toBe('');
    expect(willText(row('period.quarter'), kept[0], 'vi')).toBe('Giữ lựa chọn của trang, không ghi (Quý I)');
  });
  it('names the year once where the page’s option carries it, and a year field the fill keeps', () => {
    const withYear = [{ key: 'period.quarter', at: 0, now: 'Quý III/2025', will: 'Quý III/2026', kept: true as const }];
    expect(periodWarning(withYear, { year: 2026, quarter: 3 }, 'vi')).toMatch(
      /^Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang chọn “Quý III\/2025”, bản kiểm điểm là “Quý III\/2026”\. /,
    );
    const year = [
      { key: 'period.quarter', at: 0, now: 'Quý III', will: 'Quý III' },
      { key: 'period.year', at: 1, now: '2025', will: '2026', kept: true as const },
    ];
    expect(periodWarning(year, { year: 2026, quarter: 3 }, 'vi')).toMatch(
      /^Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang chọn “2025”, bản kiểm điểm là “2026”\. /,
    );
    // A year typed in a text box is "đang ghi", not "đang chọn".
    expect(
      periodWarning([year[0], { ...year[1], typed: true as const }] as never, { year: 2026, quarter: 3 }, 'vi'),
    ).toMatch(/^Kỳ đánh giá trên trang khác bản kiểm điểm: trang đang ghi “2025”, bản kiểm điểm là “2026”\. /);
    expect(periodWarning(year, { year: 2026, quarter: 3 }, 'en')).toMatch(
      /^The review period on the page differs from the draft: the page has “2025”, the draft is “2026”\. /,
    );
    const both = [
      { key: 'period.quarter', at: 0, now: 'Quý II', will: 'Quý III', kept: true as const },
      { key: 'period.year', at: 1, now: '2025', will: '2026', kept: true as const },
    ];
    expect(periodWarning(both, { year: 2026, quarter: 3 }, 'vi')).toMatch(
      /trang đang chọn “Quý II, 2025”, bản kiểm điểm là “Quý III\/2026”\. /,
    );
  });
});

describe('problemsText: a check says how many problems got a note beside their field', () => {
  it('never claims a note for a problem that got none', () => {
    expect(problemsText(4, 0, 'vi')).toBe(
      '4 vấn đề trên biểu mẫu; 0 được ghi chú cạnh trường, 4 không có ô để ghi chú (xem danh sách).',
    );
    expect(problemsText(2, 1, 'vi')).toBe(
      '2 vấn đề trên biểu mẫu; 1 được ghi chú cạnh trường, 1 không có ô để ghi chú (xem danh sách).',
    );
    expect(problemsText(3, 3, 'vi')).toBe('3 vấn đề trên biểu mẫu, đều được ghi chú cạnh trường.');
    expect(problemsText(4, 1, 'en')).toBe(
      '4 problems on the form; 1 noted beside its field, 3 with no field to note (see the list).',
    );
    expect(problemsText(1, 1, 'en')).toBe('1 problem on the form, noted beside its field.');
    // More notes than problems (a count read back wrong) is never said as more.
    expect(problemsText(2, 5, 'vi')).toBe('2 vấn đề trên biểu mẫu, đều được ghi chú cạnh trường.');
  });
});

describe('taskTableText: a draft with no tasks', () => {
  it('says nothing goes in the table, never "0 nhiệm vụ, mỗi nhiệm vụ một dòng"', () => {
    expect(taskTableText({ add: {} }, 0, 'vi')).toBe(
      'Bản kiểm điểm không có nhiệm vụ nào: Tự Soi không ghi gì vào bảng này',
    );
    expect(taskTableText({}, 0, 'en')).toBe('The draft has no tasks: Tự Soi writes nothing in this table');
    expect(taskTableText({}, 2, 'vi')).toBe('2 nhiệm vụ, mỗi nhiệm vụ một dòng');
  });
});
