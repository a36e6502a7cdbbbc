import { TusoiInputError } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { parseExport } from '@/lib/store';
import { fileIssuesText } from './options-page';

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
