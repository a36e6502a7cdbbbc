import { describe, expect, it } from 'vitest';
import { asciiFileName, documentFileName, MAX_STEM, sanitizeFileName } from './file-name.js';

describe('sanitizeFileName', () => {
  it('replaces every character Windows forbids, and control characters', () => {
    expect(sanitizeFileName('a<b>c:d"e/f\\g|h?i*j', 'docx')).toBe('a_b_c_d_e_f_g_h_i_j.docx');
    expect(sanitizeFileName('x\u0000y\u001fz\u007f', 'docx')).toBe('x_y_z_.docx');
  });

  it('drops trailing dots and spaces, collapses white space (tabs, new lines)', () => {
    expect(sanitizeFileName('Nguyễn Văn A. . ', 'docx')).toBe('Nguyễn Văn A.docx');
    expect(sanitizeFileName('  a \t\n b  ', 'docx')).toBe('a b.docx');
  });

  it('prefixes reserved device names, with or without an extension, in any case; leaves near misses', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM0', 'CON.tar']) {
      expect(sanitizeFileName(name, 'docx')).toBe(`_${name}.docx`);
    }
    for (const name of ['CONS', 'COM10', 'LPT', 'NULL', 'aCON']) {
      expect(sanitizeFileName(name, 'docx')).toBe(`${name}.docx`);
    }
  });

  it('cuts the stem at MAX_STEM code points and never inside a character', () => {
    expect(sanitizeFileName('a'.repeat(MAX_STEM), 'docx')).toBe(`${'a'.repeat(MAX_STEM)}.docx`);
    expect(sanitizeFileName('a'.repeat(MAX_STEM + 1), 'docx')).toBe(`${'a'.repeat(MAX_STEM)}.docx`);
    const emoji = sanitizeFileName(`${'a'.repeat(MAX_STEM - 1)}😀😀`, 'docx');
    expect(emoji).toBe(`${'a'.repeat(MAX_STEM - 1)}😀.docx`);
    // A cut that leaves a trailing space or dot removes it too.
    expect(sanitizeFileName(`${'a'.repeat(MAX_STEM - 1)} b`, 'docx')).toBe(`${'a'.repeat(MAX_STEM - 1)}.docx`);
  });

  it('keeps Vietnamese letters as one NFC character each; an empty or all-dots name becomes the fallback', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(sanitizeFileName(decomposed, 'docx')).toBe('Nguyễn.docx');
    expect(sanitizeFileName('', 'docx')).toBe('tai-lieu.docx');
    expect(sanitizeFileName(' . . ', 'docx', 'Bản kiểm điểm')).toBe('Bản kiểm điểm.docx');
  });
});

describe('documentFileName', () => {
  it('names the form, the period and the person', () => {
    expect(documentFileName({ form: '02B' }, { year: 2025 }, 'Nguyễn Văn A')).toBe(
      'Bản kiểm điểm Năm 2025 - Nguyễn Văn A.docx',
    );
    expect(documentFileName({ form: 'quarterly' }, { year: 2026, quarter: 2 }, ' Đỗ Thu Trang ')).toBe(
      'Bản tự đánh giá Quý 2 Năm 2026 - Đỗ Thu Trang.docx',
    );
    expect(documentFileName({ form: '01' }, { year: 2025 }, undefined)).toBe('Báo cáo kiểm điểm tập thể Năm 2025.docx');
  });

  it('a name with forbidden characters or a very long name still gives a valid file name', () => {
    expect(documentFileName({ form: '02A' }, { year: 2025 }, 'A/B: "C"?')).toBe(
      'Bản kiểm điểm Năm 2025 - A_B_ _C__.docx',
    );
    const long = documentFileName({ form: '02A' }, { year: 2025 }, 'x'.repeat(500));
    expect(Array.from(long.replace(/\.docx$/, ''))).toHaveLength(MAX_STEM);
  });
});

describe('asciiFileName', () => {
  it('writes a document name without diacritics, keeping every letter, space and the extension', () => {
    expect(asciiFileName('Bản kiểm điểm Năm 2025 - Nguyễn Thị Hồng Nhung.docx')).toBe(
      'Ban kiem diem Nam 2025 - Nguyen Thi Hong Nhung.docx',
    );
    expect(asciiFileName('Bản tự đánh giá Quý 2 Năm 2026 - Đỗ Thu Trang.docx')).toBe(
      'Ban tu danh gia Quy 2 Nam 2026 - Do Thu Trang.docx',
    );
    expect(asciiFileName('Báo cáo kiểm điểm tập thể Năm 2025.docx')).toBe('Bao cao kiem diem tap the Nam 2025.docx');
    // An ASCII name is kept as it is.
    expect(asciiFileName('_CON (1) a-b_c.docx')).toBe('_CON (1) a-b_c.docx');
  });

  it('every Vietnamese letter, each tone, both cases, composed (NFC) or not (NFD), becomes its base letter', () => {
    const bases = { a: 'aăâ', e: 'eê', i: 'i', o: 'oôơ', u: 'uư', y: 'y' };
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const [base, vowels] of Object.entries(bases)) {
      for (const vowel of vowels) {
        for (const tone of tones) {
          for (const form of ['NFC', 'NFD'] as const) {
            expect(asciiFileName(`${vowel}${tone}`.normalize(form))).toBe(base);
            expect(asciiFileName(`${vowel}${tone}`.toUpperCase().normalize(form))).toBe(base.toUpperCase());
          }
        }
      }
    }
    expect(asciiFileName('đĐ')).toBe('dD');
  });

  it('a character with no ASCII letter becomes _, one for each character; the result is printable ASCII', () => {
    expect(asciiFileName('Bản kiểm điểm Năm 2025 - 李明.docx')).toBe('Ban kiem diem Nam 2025 - __.docx');
    expect(asciiFileName('a😀b.docx')).toBe('a_b.docx');
    expect(asciiFileName('Ωß€.docx')).toBe('___.docx');
    expect(asciiFileName('Bản kiểm điểm Năm 2025 - Nguyễn Thị Hồng Nhung 李😀.docx')).toMatch(/^[\x20-\x7e]+$/);
  });
});
