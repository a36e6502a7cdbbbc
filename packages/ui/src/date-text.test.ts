import { describe, expect, it } from 'vitest';
import { readDate, showDate } from './date-text';

describe('readDate: dates typed day first, stored ISO', () => {
  it.each([
    ['02/05/1980', '1980-05-02'],
    ['2/5/1980', '1980-05-02'],
    ['02-05-1980', '1980-05-02'],
    ['02.05.1980', '1980-05-02'],
    [' 1980-05-02 ', '1980-05-02'],
    ['29/02/2000', '2000-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads an empty box as no date', () => {
    expect(readDate('  ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['31/02/1980', '29/02/1900', '00/05/1980', '02/13/1980', '1980-02-30'])(
    'refuses the impossible day %s, in both languages, once',
    (text) => {
      const r = readDate(text);
      expect(r).toMatchObject({ ok: false, kind: 'impossible' });
      if (r.ok) return;
      expect(r.error.vi).toMatch(/^Không có ngày \d\d\/\d\d\/\d{4} trên lịch\. Ngày đã lưu không đổi\.$/);
      expect(r.error.en).toMatch(/in the calendar/);
      expect(r.error.vi).not.toMatch(/YYYY/);
    },
  );

  it.each(['02/05/80', '02/05', 'hôm qua', '1980/05/02'])('says %s is not a date yet', (text) => {
    const r = readDate(text);
    expect(r).toMatchObject({ ok: false, kind: 'incomplete' });
    if (!r.ok) expect(r.error.vi).toContain('02/05/1980');
  });
});

describe('showDate', () => {
  it('shows ISO as dd/mm/yyyy and anything else as stored', () => {
    expect(showDate('1980-05-02')).toBe('02/05/1980');
    expect(showDate(undefined)).toBe('');
    expect(showDate('5/2/1980')).toBe('5/2/1980');
  });
});
