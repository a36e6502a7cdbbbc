import { describe, expect, it } from 'vitest';
import { TusoiInputError } from '../errors.js';
import { type CatalogueFile, indicatorCatalogue, parseCatalogueFile, searchIndicators } from './catalogue.js';

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('indicator catalogue', () => {
  const catalogue = indicatorCatalogue();

  it('has 27 indicators in 3 groups of 9, ids I-1 … III-9', () => {
    expect(catalogue).toHaveLength(27);
    for (const group of ['I', 'II', 'III']) {
      expect(ids(catalogue.filter((i) => i.group === group))).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${group}-${n}`),
      );
    }
  });

  it('carries the reference statuses and never shows unverified wording as official', () => {
    const count = (s: string) => catalogue.filter((i) => i.status === s).length;
    expect([count('V2'), count('V1'), count('ASM'), count('PART'), count('UNV')]).toEqual([3, 10, 2, 3, 9]);
    for (const item of catalogue) {
      expect(item.verified).toBe(false);
      expect(item.label.vi.length).toBeGreaterThan(10);
      expect(item.textSource.kind).toBe('reference');
      expect(item.sources.length).toBeGreaterThan(0);
      if (item.status === 'UNV') expect(item.textVi).toBeNull();
      else expect(item.textVi).not.toMatch(/\[|\*/);
    }
    expect(catalogue.find((i) => i.id === 'II-9')?.label.vi).toContain('không phải văn bản gốc');
  });

  it('an organisation’s catalogue file fills and corrects wording, and its source is shown', () => {
    const file: CatalogueFile = parseCatalogueFile({
      format: 'tusoi.catalogue/1',
      source: { citation: 'Nghị quyết 04-NQ/TW, bản lưu tại Văn phòng Tỉnh uỷ X', url: 'https://example.org/nq04.pdf' },
      items: {
        'I-8': { textVi: 'Văn bản chính thức của I-8.' },
        'I-1': { textVi: 'Sửa I-1.', glossEn: 'Fixed gloss' },
      },
    });
    const later: CatalogueFile = {
      ...file,
      source: { citation: 'Bản sau' },
      items: { 'I-1': { textVi: 'Sửa lần hai.' } },
    };
    const shown = indicatorCatalogue([file, later]);
    const i8 = shown.find((i) => i.id === 'I-8');
    expect(i8).toMatchObject({
      textVi: 'Văn bản chính thức của I-8.',
      verified: true,
      textSource: { kind: 'catalogue', citation: file.source.citation },
    });
    expect(i8?.label.vi).toContain('Văn phòng Tỉnh uỷ X');
    expect(shown.find((i) => i.id === 'I-1')).toMatchObject({
      textVi: 'Sửa lần hai.',
      glossEn: 'Fixed gloss',
      textSource: { citation: 'Bản sau' },
    });
    expect(shown.find((i) => i.id === 'I-2')?.textSource.kind).toBe('reference');
  });

  it('rejects a bad catalogue file naming each problem', () => {
    try {
      parseCatalogueFile({ format: 'tusoi.catalogue/1', source: { citation: 'x' }, items: { 'IV-1': { textVi: '' } } });
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(TusoiInputError);
      expect((e as TusoiInputError).issues.map((i) => i.path)).toEqual([
        'source.citation',
        'items.IV-1',
        'items.IV-1.textVi',
      ]);
    }
  });
});

describe('searchIndicators', () => {
  it.each([
    ['chính trị hoá', ['III-5']], // the source prints "hóa"
    ['phụ họa', ['I-2']], // the source prints "phụ hoạ"
    ['phu hoa', ['I-2']], // no diacritics: ignores them
    ['phai nhat ly tuong', ['I-1']],
    ['“đa nguyên, đa đảng”', ['III-1']], // curly quotes
    ['văn học-nghệ thuật', ['III-8']], // en dash in the source
    ['Marx - Lenin', ['I-1', 'I-3', 'III-1']],
    ['III-6', ['III-6']],
    ['mạng xã hội', ['III-4']],
    ['social networks', ['III-4']],
  ])('%s → %j', (query, expected) => {
    expect(ids(searchIndicators(query))).toEqual(expected);
  });

  it('matches NFD input like NFC', () => {
    expect(ids(searchIndicators('thờ ơ, vô cảm'.normalize('NFD')))).toEqual(['II-5']);
  });

  it('a query with diacritics does not ignore them', () => {
    expect(ids(searchIndicators('phải nhạt'))).toEqual([]);
  });

  it('finds UNV items by topic and an empty query lists all', () => {
    expect(ids(searchIndicators('tham ô'))).toEqual(['II-7']);
    expect(searchIndicators('  ')).toHaveLength(27);
  });
});

describe('searchIndicators fallback', () => {
  it('matches all words when no indicator has the phrase', () => {
    expect(ids(searchIndicators('niềm tin lý tưởng'))).toEqual(['I-1']);
  });
});
