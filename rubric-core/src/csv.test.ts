import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, cohortFromCsv, columnLetter, decodeCsv, itemsFromCsv } from './csv.js';
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

  it('reads cells copied from Excel (tab-separated), decimal commas and a comma inside a name unquoted', () => {
    const text =
      'Họ và tên\tChi bộ\tMức đề xuất\tTổng điểm\r\nNguyễn Văn A, trưởng phòng\tCB1\tHTXSNV\t95,5\r\nTrần Thị B\tCB1\tHTTNV\t80\r\n';
    expect(cohortFromCsv(text).members).toEqual([
      { id: 'Nguyễn Văn A, trưởng phòng', group: 'CB1', level: 'HTXSNV', total: 95.5 },
      { id: 'Trần Thị B', group: 'CB1', level: 'HTTNV', total: 80 },
    ]);
    // A row with more cells than the header names tabs, not commas.
    expect(() => cohortFromCsv('Họ và tên\tMức đề xuất\tTổng điểm\nA\tHTNV\t60\tx\n')).toThrow(/dấu tab/);
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

describe('CSV hygiene, as a library', () => {
  const codes = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues.map((i) => [i.code, i.path]);
      throw e;
    }
    return [];
  };

  it('rows with more fields than the header, two level columns, an open quote', () => {
    expect(codes(() => cohortFromCsv('name,level,total\nA,HTTNV,80,5\n'))).toEqual([['csv-extra-fields', 'row 2']]);
    expect(codes(() => cohortFromCsv('name;Xếp loại;Đề xuất;total\nA;HTTNV;HTTNV;80\n'))).toEqual([
      ['csv-ambiguous-column', 'row 1'],
    ]);
    expect(codes(() => cohortFromCsv('name;level;total\nA;HTTNV;"80\n'))).toEqual([['csv-quote', 'row 2']]);
    expect(codes(() => itemsFromCsv('mã;điểm;points\npl4-k;1;1\n', PL4_PACK))).toEqual([
      ['csv-ambiguous-column', 'row 1'],
    ]);
  });

  it('reads per-group rates and refuses a bad or conflicting one, and an empty group', () => {
    const cohort = cohortFromCsv('name;group;level;total;rate\nA;g;HTXSNV;95;25%\nB;g;HTTNV;80;0,25\nC;h;HTTNV;80;\n');
    expect(cohort.groups).toEqual({ g: { rate: 0.25 } });
    expect(
      codes(() =>
        cohortFromCsv(
          'name;group;level;total;rate\nA;g;HTXSNV;95;30%\nB;g;HTTNV;80;20\nC;g;HTTNV;80;25\nD;;HTTNV;80;\n',
        ),
      ),
    ).toEqual([
      ['not-allowed', 'row 2, column E (rate)'],
      ['rate-conflict', 'row 4, column E (rate)'],
      ['missing', 'row 5, column B (group)'],
    ]);
    expect(codes(() => cohortFromCsv('name;level;total\nA;HTTNV;100,5\nB;HTTNV;80,1234567\n'))).toEqual([
      ['max-value', 'row 2, column C (total)'],
      ['decimals', 'row 3, column C (total)'],
    ]);
  });

  it('items: binary criteria take 0 or max; words for met / not met', () => {
    const binary = PL4_PACK.general.sections[0]?.criteria[0];
    expect(binary?.mode).toBe('binary');
    const id = binary?.id as string;
    expect(itemsFromCsv(`mã;điểm\n${id};x\n`, PL4_PACK)).toEqual({ [id]: true });
    expect(codes(() => itemsFromCsv(`mã;điểm\n${id};0,5\n`, PL4_PACK))).toEqual([
      ['binary-value', 'row 2, column B (điểm)'],
    ]);
  });

  it('decodes UTF-8 with a BOM; refuses a BOM over bytes that are not that encoding, and control bytes', () => {
    const text = 'mã;điểm\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    expect(codes(() => decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0x41])))).toEqual([['csv-encoding', '']]);
    // Not UTF-8, and a control byte: not clearly Vietnamese text.
    expect(codes(() => decodeCsv(Uint8Array.from([0x61, 0x01, 0xe0])))).toEqual([['csv-encoding', '']]);
  });

  it('column letters follow Excel', () => {
    expect([0, 25, 26, 33, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AH',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('CSV headers: the alias table is the one home', () => {
  const issuesOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof TusoiInputError) return e.issues;
      throw e;
    }
    return [];
  };

  it('every header of CSV_COLUMNS is accepted, in any case', () => {
    for (const name of CSV_COLUMNS.cohort.name.headers)
      for (const level of CSV_COLUMNS.cohort.level.headers)
        for (const total of CSV_COLUMNS.cohort.total.headers) {
          if (new Set([name, level, total]).size < 3) continue;
          const cohort = cohortFromCsv(`${name.toUpperCase()};${level};${total}\nA;HTTNV;80`);
          expect(cohort.members, `${name} ${level} ${total}`).toEqual([
            { id: 'A', group: 'chi-bo', level: 'HTTNV', total: 80 },
          ]);
        }
    for (const id of CSV_COLUMNS.items.id.headers)
      for (const points of CSV_COLUMNS.items.points.headers) {
        expect(Object.keys(itemsFromCsv(`${id};${points}\n`, PL4_PACK))).toEqual([]);
      }
  });

  it('csv-header names each missing column with every header it accepts, and only the missing ones', () => {
    const [issue] = issuesOf(() => cohortFromCsv('Họ và tên;Xếp loại\nA;HTTNV'));
    expect(issue?.code).toBe('csv-header');
    for (const h of CSV_COLUMNS.cohort.total.headers) {
      expect(issue?.message.vi).toContain(`"${h}"`);
      expect(issue?.message.en).toContain(`"${h}"`);
    }
    // "Xếp loại" was accepted as the level column: the message does not ask for one.
    expect(issue?.message.vi).not.toContain('mức đề xuất');
    expect(issue?.message.en).toContain('total');
    const [items] = issuesOf(() => itemsFromCsv('Mã;Ghi chú\nA;1', PL4_PACK));
    expect(items?.code).toBe('csv-header');
    expect(items?.message.en).toContain('"giá trị"');
    expect(items?.message.en).not.toContain('criterion id');
  });
});

describe('CSV from bytes', () => {
  it('cohortFromCsv and itemsFromCsv take a Uint8Array through the decoder (Windows-1258 too)', () => {
    const text = 'Họ và tên,Mức đề xuất,Tổng điểm\nNguyễn Văn A,HTXSNV,95\n';
    const utf8 = new TextEncoder().encode(text);
    expect(cohortFromCsv(utf8)).toEqual(cohortFromCsv(text));
    // "Hà" in Windows-1258: H, à = 0xE0.
    const legacy = Uint8Array.from([
      ...new TextEncoder().encode('name,level,total\r\nH'),
      0xe0,
      ...new TextEncoder().encode(',HTXSNV,95\r\n'),
    ]);
    expect(cohortFromCsv(legacy).members[0]?.id).toBe('Hà');
  });

  it('anything else is refused with a typed issue, not a TypeError', () => {
    expect(() => cohortFromCsv(42 as never)).toThrow(TusoiInputError);
    expect(() => cohortFromCsv(new ArrayBuffer(2) as never)).toThrow(/Uint8Array/);
  });
});
