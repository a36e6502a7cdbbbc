import { TusoiInputError } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { parseExport } from '@/lib/store';
import { changedSince, exportedCounts, fileIssuesText } from './options-page';

function problems(file: unknown, lang: 'vi' | 'en'): string[] {
  try {
    parseExport(file);
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    // The first block is the page's language; the bullet lines of that block.
    const [first = ''] = fileIssuesText(e.issues, lang).split('\n\n');
    return first.split('\n').filter((l) => l.startsWith('• '));
  }
  throw new Error('the file was accepted');
}

describe('fileIssuesText', () => {
  it('names each missing field of an unrelated file in plain words, once each', () => {
    const vi = problems({ hello: 'world' }, 'vi');
    expect(vi).toEqual([
      '• Tệp: đây không phải loại tệp Tự Soi cần ở ô này',
      '• Tệp: thiếu trường bắt buộc “ngày xuất”',
      '• Tệp: thiếu trường bắt buộc “danh sách bản kiểm điểm”',
      '• Tệp: thiếu trường bắt buộc “danh sách bảng thang điểm”',
      '• Tệp: thiếu trường bắt buộc “cài đặt”',
      '• Tệp: có trường lạ “hello” không thuộc định dạng (có thể gõ sai tên)',
    ]);
    expect(new Set(vi).size).toBe(vi.length);
  });

  it('names the missing fields of a self-review in the file, never by key', () => {
    const vi = problems({ format: 'tusoi.backup', version: 99, drafts: [{ x: 1 }] }, 'vi');
    for (const name of ['mã nhận diện', 'người kiểm điểm', 'kỳ kiểm điểm', 'ngày tạo', 'ngày sửa lần cuối']) {
      expect(vi).toContain(`• Bản kiểm điểm thứ 1: thiếu trường bắt buộc “${name}”`);
    }
    expect(vi.filter((l) => /đây không phải loại tệp/.test(l))).toHaveLength(1);
    expect(new Set(vi).size).toBe(vi.length);
    expect(vi.every((l) => !/thiếu trường bắt buộc$/.test(l))).toBe(true);
    const text = vi.join('\n');
    for (const key of ['exportedAt', 'periodKey', 'createdAt', 'updatedAt', 'tusoi.']) expect(text).not.toContain(key);
    const en = problems({ format: 'tusoi.backup', drafts: [{ x: 1 }] }, 'en');
    expect(en).toContain('• Self-review no. 1: required field “date created” is missing');
    expect(en).toContain('• File: required field “export date” is missing');
  });

  it('names the missing fields of a scoring pack or a form map in plain words, never by key', () => {
    const issues = [
      { code: 'missing', path: 'kinds', message: { vi: 'thiếu', en: 'missing' } },
      { code: 'missing', path: 'general', message: { vi: 'thiếu', en: 'missing' } },
      { code: 'missing', path: 'match', message: { vi: 'thiếu', en: 'missing' } },
      { code: 'missing', path: 'steps', message: { vi: 'thiếu', en: 'missing' } },
    ] as const;
    const vi = fileIssuesText(issues as never, 'vi');
    for (const name of ['đối tượng áp dụng', 'nhóm tiêu chí chung', 'địa chỉ trang áp dụng', 'các bước điền'])
      expect(vi).toContain(`thiếu trường bắt buộc “${name}”`);
    for (const key of ['kinds', 'general', 'match', 'steps']) expect(vi).not.toContain(`“${key}”`);
  });
});

/** An export holding one draft, with `draft` over the ordinary fields. */
const withDraft = (draft: Record<string, unknown> = {}, data: Record<string, unknown> = {}) => ({
  format: 'tusoi.export/1',
  exportedAt: '2026-11-30T13:17:48.309Z',
  drafts: [
    {
      id: 'a',
      person: 'Nguyễn Văn A',
      periodKey: '2026',
      createdAt: 1,
      updatedAt: 2,
      rev: 3,
      data: {
        assessment: { format: 'tusoi.assessment/1', period: { year: 2026 }, subject: { kind: 'staff' } },
        ...data,
      },
      ...draft,
    },
  ],
  packs: [],
  formmaps: [],
  settings: {},
});

describe('fileIssuesText: every refusal names its field', () => {
  it('notes that are not text, a pack id that is not text, a bad revision and date', () => {
    expect(problems(withDraft({}, { notes: { x: [1, { y: null }] } }), 'vi')).toEqual([
      '• Bản kiểm điểm thứ 1 › ghi chú theo tiêu chí: phải là một chuỗi ký tự (nhận Array)',
    ]);
    expect(problems(withDraft({}, { packId: 12345 }), 'vi')).toEqual([
      '• Bản kiểm điểm thứ 1 › bảng thang điểm đã chọn: phải là chuỗi',
    ]);
    const rev = problems(withDraft({ rev: -5, updatedAt: 'hôm qua' }), 'vi');
    expect(rev).toContain('• Bản kiểm điểm thứ 1 › ngày sửa lần cuối: phải là một số (nhận "hôm qua")');
    expect(rev.some((l) => l.startsWith('• Bản kiểm điểm thứ 1 › số lần sửa: '))).toBe(true);
    expect(problems(withDraft({}, { notes: { x: 1 } }), 'en')[0]).toMatch(
      /^• Self-review no\. 1 › notes by criterion: /,
    );
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming where', () => {
    const proto = JSON.parse(
      JSON.stringify(withDraft()).replace('"subject"', '"selfCheck":{"__proto__":{"polluted":true}},"subject"'),
    );
    const vi = problems(proto, 'vi');
    expect(vi).toHaveLength(1);
    expect(vi[0]).toMatch(/^• Bản kiểm điểm thứ 1 › .+: có khoá “__proto__” không được phép trong dữ liệu$/);
    expect(problems(withDraft({}, { notes: JSON.parse('{"constructor":"x"}') }), 'en')).toEqual([
      '• Self-review no. 1 › notes by criterion: holds the key “constructor”, which data may not use',
    ]);
    const map = { format: 'tusoi.formmap/1', id: 'm', title: { vi: 'M' }, match: ['https://a.vn/*'], steps: [] };
    const file = { ...withDraft(), drafts: [], formmaps: [{ id: 'm', map: { ...map, prototype: 1 }, savedAt: 1 }] };
    expect(problems(file, 'vi')[0]).toContain('có khoá “prototype”');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('changedSince: why the import question is asked again', () => {
  it('gives the latest stored time of the drafts that changed after they were shown, else nothing', () => {
    const seen = new Map([
      ['a', 100],
      ['b', 200],
    ]);
    expect(changedSince([{ id: 'a', storedAt: 100 }], seen)).toBeUndefined();
    expect(
      changedSince(
        [
          { id: 'a', storedAt: 150 },
          { id: 'b', storedAt: 300 },
        ],
        seen,
      ),
    ).toBe(300);
    // A draft that newly became newer (not shown before) is asked about, not said to have changed.
    expect(changedSince([{ id: 'c', storedAt: 5 }], seen)).toBeUndefined();
  });
});

describe('exportedCounts: what the export says it holds is read back from the file’s text', () => {
  it('counts held fields and the drafts holding them', () => {
    const file = withDraft({ held: { 'assessment.review.strengths': 'của bảng đã đóng', 'notes.pl4-2.3': null } });
    expect(exportedCounts(JSON.stringify(file))).toEqual({ drafts: 1, packs: 0, formmaps: 0, held: 2, heldDrafts: 1 });
    expect(exportedCounts(JSON.stringify(withDraft()))).toMatchObject({ drafts: 1, held: 0, heldDrafts: 0 });
  });

  it('a text that would not import again is not counted as exported', () => {
    expect(() => exportedCounts(JSON.stringify(withDraft({ held: { 'review.x': 1 } })))).toThrow(TusoiInputError);
    expect(() => exportedCounts('{"format":')).toThrow();
  });

  it('a refused held value is named in plain words, in the draft it belongs to', () => {
    const error = (() => {
      try {
        parseExport(withDraft({ held: { 'assessment.priorShortcomings': 'abc' } }));
      } catch (e) {
        return e as TusoiInputError;
      }
    })();
    expect(fileIssuesText(error?.issues ?? [], 'vi')).toContain('• Bản kiểm điểm thứ 1 › trường đang chờ bạn chọn:');
  });
});

describe('fileIssuesText of a form map', () => {
  it('a step with a field not in the format is named by its number and field, with the allowed fields listed', async () => {
    const { parseFormMap } = await import('@tusoi/form-kit');
    const bad = {
      format: 'tusoi.formmap/1',
      id: 'cong-thu',
      title: { vi: 'Cổng thử' },
      match: ['https://cong.example.vn/quy/*'],
      steps: [
        { field: 'subject.name', locator: { label: 'Họ và tên' } },
        { field: 'total', locator: { name: 'tongDiem' } },
      ],
    };
    let issues: TusoiInputError['issues'] = [];
    try {
      parseFormMap(bad);
    } catch (e) {
      if (e instanceof TusoiInputError) issues = e.issues;
    }
    const [vi = ''] = fileIssuesText(issues, 'vi').split('\n\n');
    const line = vi.split('\n').find((l) => l.startsWith('• ')) ?? '';
    expect(line).toMatch(
      /^• Bước điền thứ 2 › trường của bản kiểm điểm: phải là .*"scores\.total".* \(nhận "total"\)$/,
    );
    expect(line).not.toContain('Object');
  });
});

describe('fileIssuesText of a quarterly pack', () => {
  it('a frame id used twice is named by the frame’s place, not only as “mã nhận diện”', async () => {
    const { builtinPack2, parsePack2 } = await import('@tusoi/rubric-core');
    const base = builtinPack2('q2026-vatm-09a');
    if (!base) throw new Error('no built-in pack');
    const frames = (base.results.frames ?? []).map((f, i) => (i === 2 ? { ...f, id: 'K1' } : f));
    let issues: TusoiInputError['issues'] = [];
    try {
      parsePack2({ ...base, id: 'cua-toi', results: { ...base.results, frames } });
    } catch (e) {
      if (e instanceof TusoiInputError) issues = e.issues;
    }
    expect(issues.map((i) => i.path)).toEqual(['results.frames[2].id']);
    const [vi = '', en = ''] = fileIssuesText(issues, 'vi').split('\n\n');
    expect(vi).toContain('• Tệp › khung tỷ trọng thứ 3 › mã nhận diện: mã "K1" bị trùng');
    expect(en).toContain('weight frame no. 3 ›');
  });
});
