import type { PreviewRow } from '@tusoi/form-kit';
import { builtinPack2 } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { portalTexts, problemCriterion, willText } from './portal-texts';

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
