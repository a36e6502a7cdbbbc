import type { PreviewRow } from '@tusoi/form-kit';
import { describe, expect, it } from 'vitest';
import { portalTexts, willText } from './portal-texts';

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
