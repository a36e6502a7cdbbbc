import { describe, expect, it } from 'vitest';
import { cohortFromCsv, itemsFromCsv } from './csv.js';
import { TusoiInputError } from './errors.js';
import { PL4_PACK } from './packs/builtin.js';
import { applyQuota } from './quota.js';

function problems(text: string): string[] {
  try {
    itemsFromCsv(text, PL4_PACK);
  } catch (e) {
    if (e instanceof TusoiInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
}

describe('itemsFromCsv', () => {
  it('reads a semicolon sheet with BOM, CRLF, decimal comma and đảm bảo / không đảm bảo', () => {
    const csv =
      '\uFEFFMã;Nội dung;Điểm\r\npl4-1.1;Có quan điểm …;Đảm bảo\r\npl4-1.2;…;Không đảm bảo\r\npl4-k;Kết quả;62,5\r\n;;\r\n';
    expect(itemsFromCsv(csv, PL4_PACK)).toEqual({ 'pl4-1.1': true, 'pl4-1.2': false, 'pl4-k': 62.5 });
  });

  it('reads a comma sheet with quoted fields and a quoted decimal comma', () => {
    const csv = 'id,text,points\npl4-k,"Kết quả, ""năm""","63,25"\npl4-3,x,2\n';
    expect(itemsFromCsv(csv, PL4_PACK)).toEqual({ 'pl4-k': 63.25, 'pl4-3': 2 });
  });

  it('names the row and column of every problem', () => {
    expect(problems('mã;điểm\npl4-zz;1\npl4-k;nhiều\npl4-3;2\npl4-3;2\n')).toEqual([
      'row 2, column A (mã)',
      'row 3, column B (điểm)',
      'row 5, column A (mã)',
    ]);
  });

  it('needs a header with an id and a points column', () => {
    expect(problems('a;b\n1;2\n')).toEqual(['row 1']);
  });
});

describe('cohortFromCsv', () => {
  it('reads an Excel export: BOM, semicolons, level codes or names, decimal commas, one group without a chi bộ column', () => {
    const text =
      '\uFEFFHọ và tên;Mức đề xuất;Tổng điểm\r\nNguyễn Văn A;HTXSNV;95,5\r\nTrần Thị B;Hoàn thành tốt nhiệm vụ;80\r\n;;\r\n';
    expect(cohortFromCsv(text)).toEqual({
      format: 'tusoi.cohort/1',
      members: [
        { id: 'Nguyễn Văn A', group: 'chi-bo', level: 'HTXSNV', total: 95.5 },
        { id: 'Trần Thị B', group: 'chi-bo', level: 'HTTNV', total: 80 },
      ],
    });
  });

  it('keeps groups apart, and the result goes straight to applyQuota', () => {
    const text = 'name,group,level,total\nA,cb1,HTXSNV,95\nB,cb1,HTXSNV,94\nC,cb1,HTTNV,80\nD,cb2,HTXSNV,90\n';
    const cohort = cohortFromCsv(text);
    expect(cohort.members.map((m) => m.group)).toEqual(['cb1', 'cb1', 'cb1', 'cb2']);
    const result = applyQuota(cohort);
    expect(result.groups.cb1?.htxsnv).toBe(2);
  });

  it('names the row and column of every problem, in both languages', () => {
    const text = 'Họ và tên;Mức đề xuất;Tổng điểm\nA;Xuất sắc;90\nA;HTTNV;abc\n;HTNV;60\nB;HTNV;60\nB;HTNV;61\n';
    try {
      cohortFromCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TusoiInputError);
      const issues = (e as TusoiInputError).issues;
      expect(issues.map((i) => i.path)).toEqual([
        'row 2, column B (Mức đề xuất)',
        // The same person twice is a problem even when the first row had another.
        'row 3, column A (Họ và tên)',
        'row 3, column C (Tổng điểm)',
        'row 4, column A (Họ và tên)',
        'row 6, column A (Họ và tên)',
      ]);
      expect(issues[0]?.message.vi).toContain('"Xuất sắc" không phải là mức xếp loại');
      expect(issues[0]?.message.en).toContain('is not a level');
      expect(issues[4]?.message.en).toBe('"B" appears twice (first at row 5)');
    }
    expect(() => cohortFromCsv('a;b\n1;2')).toThrow(TusoiInputError);
  });
});
