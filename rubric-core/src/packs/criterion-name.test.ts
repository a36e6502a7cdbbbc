import { describe, expect, it } from 'vitest';
import {
  criterionNumber,
  criterionShortName,
  SHORT_WORDING_MAX,
  shortWording,
  UNVERIFIED_VI,
  unverifiedNumber,
} from './criterion-name.js';
import { BUILTIN_PACKS_2 } from './quarterly-builtin.js';

describe('shortWording', () => {
  it('keeps a short first clause whole, without its full stop', () => {
    expect(shortWording('Tinh thần trách nhiệm.')).toBe('Tinh thần trách nhiệm');
    expect(shortWording('Nhóm tiêu chí 1')).toBe('Nhóm tiêu chí 1');
  });

  it('ends at the first ";", ":" or "." and says more was left out', () => {
    expect(
      shortWording('Gần gũi, sâu sát với cơ sở; thực hiện tốt việc giữ mối liên hệ với cấp uỷ và Nhân dân nơi cư trú.'),
    ).toBe('Gần gũi, sâu sát với cơ sở…');
    expect(shortWording('Kỷ luật: chấp hành nghiêm')).toBe('Kỷ luật…');
    // A number's dot is no end of clause; commas are not either.
    expect(shortWording('Mục 1.2 của phụ lục, đủ')).toBe('Mục 1.2 của phụ lục, đủ');
  });

  it('a wording that already ends in an ellipsis stays marked as cut', () => {
    expect(shortWording('Tinh thần đổi mới sáng tạo ...')).toBe('Tinh thần đổi mới sáng tạo…');
    expect(shortWording('Năng lực chuyên môn, nghiệp vụ…')).toBe('Năng lực chuyên môn, nghiệp vụ…');
  });

  it(`a long clause is cut at a word boundary to at most ${SHORT_WORDING_MAX} characters`, () => {
    const long =
      'Chủ động, nghiêm túc thực hiện tự phê bình và phê bình, có tinh thần cầu thị và tiếp thu phản biện, góp ý.';
    const s = shortWording(long);
    expect(s).toBe('Chủ động, nghiêm túc thực hiện tự phê bình và…');
    expect(Array.from(s.slice(0, -1)).length).toBeLessThanOrEqual(SHORT_WORDING_MAX);
    // Exactly at the limit: whole.
    const at = 'ă'.repeat(SHORT_WORDING_MAX);
    expect(shortWording(at)).toBe(at);
    // One word longer than the limit: cut by letters, never inside a letter.
    expect(shortWording('ắ'.repeat(SHORT_WORDING_MAX + 5))).toBe(`${'ắ'.repeat(SHORT_WORDING_MAX)}…`);
    // Decomposed input (combining tone marks) is composed first: the same words as the composed text.
    expect(shortWording(long.normalize('NFD'))).toBe(s);
  });
});

describe('criterionShortName', () => {
  it('number from the id, the opening words in quotes; en uses the gloss when there is one', () => {
    const c = {
      id: 'own-2.1',
      vi: 'Trung thực, khách quan khi báo cáo; không né tránh.',
      en: 'Honest reporting; no evasion.',
    };
    expect(criterionShortName(c, 'vi')).toBe('2.1 "Trung thực, khách quan khi báo cáo…"');
    expect(criterionShortName(c, 'en')).toBe('2.1 "Honest reporting…"');
    // Without a gloss, en shows the Vietnamese wording (it is the text of the table).
    expect(criterionShortName({ id: c.id, vi: c.vi }, 'en')).toBe('2.1 "Trung thực, khách quan khi báo cáo…"');
  });

  it('an id without a number is named by its wording alone; a repeated number is not said twice', () => {
    expect(criterionShortName({ id: 'honesty', vi: 'Trung thực' }, 'vi')).toBe('"Trung thực"');
    expect(criterionShortName({ id: 'c-3.2', vi: 'Tiêu chí 3.2: Đoàn kết nội bộ' }, 'vi')).toBe(
      '3.2 "Đoàn kết nội bộ"',
    );
    expect(criterionShortName({ id: 'c-3.2', vi: '3.2. Đoàn kết nội bộ' }, 'vi')).toBe('3.2 "Đoàn kết nội bộ"');
    // A longer number that starts like it is not a repeat.
    expect(criterionShortName({ id: 'c-3', vi: '30 ngày không vi phạm' }, 'vi')).toBe('3 "30 ngày không vi phạm"');
  });

  it('a criterion without verified wording says so, in the language asked, with its gloss if any', () => {
    const placeholder = { id: 'pl4-1.9', vi: 'Tiêu chí 1.9 (nguyên văn chưa được xác minh)' };
    expect(criterionShortName(placeholder, 'vi')).toBe('1.9 (nguyên văn chưa được xác minh)');
    expect(criterionShortName(placeholder, 'en')).toBe('1.9 (wording not verified)');
    const glossed = { ...placeholder, id: 'pl2-1.1', vi: 'Tiêu chí 1.1 (nguyên văn chưa được xác minh)' };
    expect(
      criterionShortName({ ...glossed, en: 'Item 1.1 (topic gloss, not the text): loyalty and ideology' }, 'en'),
    ).toBe('1.1 (wording not verified; gloss "loyalty and ideology")');
  });

  it('no built-in criterion is named by its id, in either language', () => {
    for (const pack of BUILTIN_PACKS_2)
      for (const item of pack.general.groups.flatMap((g) => g.items))
        for (const lang of ['vi', 'en'] as const) {
          const name = criterionShortName(item, lang);
          expect(name).not.toContain(item.id);
          expect(name.length).toBeGreaterThan(0);
        }
  });
});

describe('criterionNumber', () => {
  it("is the id's numeric tail, dotted parts and all; none without a digit at the end", () => {
    expect(criterionNumber('pl4-1.10')).toBe('1.10');
    expect(criterionNumber('c-3')).toBe('3');
    expect(criterionNumber('own-2.1.4')).toBe('2.1.4');
    expect(criterionNumber('honesty')).toBeUndefined();
    // A digit inside the id is not its number.
    expect(criterionNumber('k2-honesty')).toBeUndefined();
    // A trailing dot is no part of a number.
    expect(criterionNumber('pl4-1.')).toBeUndefined();
  });
});

describe('unverifiedNumber', () => {
  it('reads the number of the built-in placeholder only, exactly as written', () => {
    expect(unverifiedNumber(`Tiêu chí 1.9 (${UNVERIFIED_VI})`)).toBe('1.9');
    expect(unverifiedNumber(`Tiêu chí 2 (${UNVERIFIED_VI})`)).toBe('2');
    // Real wording, a placeholder with words after it, or another spelling is not a placeholder.
    expect(unverifiedNumber('Tiêu chí 1.9: Trung thực')).toBeUndefined();
    expect(unverifiedNumber(`Tiêu chí 1.9 (${UNVERIFIED_VI}) thêm`)).toBeUndefined();
    expect(unverifiedNumber('Tiêu chí 1.9 (nguyên văn chưa xác minh)')).toBeUndefined();
  });

  it("every built-in placeholder criterion gives its id's number", () => {
    let seen = 0;
    for (const pack of BUILTIN_PACKS_2)
      for (const item of pack.general.groups.flatMap((g) => g.items)) {
        const n = unverifiedNumber(item.vi);
        if (n === undefined) continue;
        seen++;
        expect(n).toBe(criterionNumber(item.id));
      }
    expect(seen).toBeGreaterThan(0);
  });
});
