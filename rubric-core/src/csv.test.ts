import { describe, expect, it } from 'vitest';
import { itemsFromCsv } from './csv.js';
import { TusoiInputError } from './errors.js';
import { PL4_PACK } from './packs/builtin.js';

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
