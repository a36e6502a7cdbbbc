import { describe, expect, it } from 'vitest';
import { choiceAliases, levelOf, pickChoice, pickOption, quarterOf, samePeriod, yearOf } from './choices';

const levels = [
  { value: '4', text: 'Không hoàn thành nhiệm vụ (KHTNV)' },
  { value: '3', text: 'Hoàn thành nhiệm vụ (HTNV)' },
  { value: '2', text: 'Hoàn thành tốt nhiệm vụ (HTTNV)' },
  { value: '1', text: 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)' },
];

describe('pickOption', () => {
  it('matches a level by code, name or bracketed code exactly, never by "contains" (HTNV is not KHTNV)', () => {
    expect(pickOption(levels, choiceAliases('proposedLevel', 'HTNV'))).toBe(1);
    expect(pickOption(levels, choiceAliases('proposedLevel', 'Hoàn thành nhiệm vụ'))).toBe(1);
    expect(pickOption(levels, choiceAliases('proposedLevel', 'KHTNV'))).toBe(0);
  });

  it('matches short names, value codes and numbers only as values', () => {
    const short = ['Xuất sắc', 'Tốt', 'Hoàn thành', 'Không hoàn thành'].map((text) => ({ text, value: 'on' }));
    expect(pickOption(short, choiceAliases('proposedLevel', 'HTNV'))).toBe(2);
    expect(pickOption(short, choiceAliases('proposedLevel', 'KHTNV'))).toBe(3);
    const codes = [
      { text: 'Hoàn thành tốt', value: 'HoanThanhTot' },
      { text: 'Hoàn thành', value: 'HoanThanh' },
    ];
    expect(pickOption(codes, ['HoanThanh'])).toBe(1);
    const numbered = [
      { text: 'Mức một', value: '1' },
      { text: '2', value: 'x' },
    ];
    expect(pickOption(numbered, ['2'])).toBe(-1);
    expect(pickOption(numbered, ['1'])).toBe(0);
  });

  it('says when an alias names several options, and when none', () => {
    expect(
      pickOption(
        [
          { text: 'Có', value: 'a' },
          { text: 'có', value: 'b' },
        ],
        ['Có'],
      ),
    ).toBe(-2);
    expect(pickOption(levels, ['Khác'])).toBe(-1);
  });

  it('reads a quarter as "3", "III", "Quý 3" or "Quý III"', () => {
    expect(choiceAliases('period.quarter', '3')).toEqual(['3', '3', 'III', 'Quý 3', 'Quý III']);
    const q = ['I', 'II', 'III', 'IV'].map((r) => ({ text: `Quý ${r}`, value: r }));
    expect(pickOption(q, choiceAliases('period.quarter', '3'))).toBe(2);
  });
});

describe('levelOf', () => {
  it('names a level only by an exact code or name', () => {
    expect(levelOf('Hoàn thành tốt nhiệm vụ')).toBe('HTTNV');
    expect(levelOf('htxsnv')).toBe('HTXSNV');
    expect(levelOf('Không hoàn thành')).toBe('KHTNV');
    expect(levelOf('Hoàn thành tốt nhiệm vụ được giao')).toBeNull();
  });
  it('reads a short name as a level only where a level is asked for', () => {
    expect(choiceAliases('subject.note', 'Tốt')).toEqual(['Tốt']);
    expect(choiceAliases('proposedLevel', 'Tốt')).toContain('HTTNV');
  });
});

describe('quarterOf: a quarter as portals write it', () => {
  it('reads "Quý"/"Q" with a Roman or Arabic quarter, alone or followed by its year or dates', () => {
    const cases: [string, number, number | undefined][] = [
      ['3', 3, undefined],
      ['III', 3, undefined],
      ['Quý 3', 3, undefined],
      ['Quý III', 3, undefined],
      ['quy iii', 3, undefined],
      ['Q3', 3, undefined],
      ['Q.3', 3, undefined],
      ['Quý III/2026', 3, 2026],
      ['Quý III năm 2026', 3, 2026],
      ['Quý 3 - 2026', 3, 2026],
      ['Quý 3 – 2026', 3, 2026],
      ['Q3/2026', 3, 2026],
      ['Quý III (01/07–30/09/2026)', 3, 2026],
      ['Quý I (01/01/2026 - 31/03/2026)', 1, 2026],
      ['Quý IV/2025', 4, 2025],
      ['Quý II', 2, undefined],
      ['Quý I', 1, undefined],
      ['  Quý   IV  ', 4, undefined],
    ];
    for (const [text, quarter, year] of cases)
      expect(quarterOf(text), text).toEqual(year === undefined ? { quarter } : { quarter, year });
  });
  it('never reads "Quý 10", a year, "Quý V", "IIII" or a quarter inside other words as a quarter', () => {
    for (const text of [
      'Quý 10',
      '2026',
      '2025',
      'Quý 5',
      'Quý V',
      'IIII',
      'Quý',
      '',
      'Quý 3 của Đảng ủy',
      '-- Chọn --',
      '12',
    ])
      expect(quarterOf(text), text).toBeNull();
  });
  it('tells I, II, III and IV apart (Roman and Arabic)', () => {
    expect(['Quý I', 'Quý II', 'Quý III', 'Quý IV'].map((t) => quarterOf(t)?.quarter)).toEqual([1, 2, 3, 4]);
    expect(['Quý 1/2026', 'Quý 2/2026', 'Quý 3/2026', 'Quý 4/2026'].map((t) => quarterOf(t)?.quarter)).toEqual([
      1, 2, 3, 4,
    ]);
  });
  it('yearOf takes the last year a text names, never a day or a month', () => {
    expect(yearOf('Năm 2026')).toBe(2026);
    expect(yearOf('01/12/2025 - 28/02/2026')).toBe(2026);
    expect(yearOf('Quý III')).toBeUndefined();
    expect(yearOf('12026')).toBeUndefined();
  });
});

describe('pickChoice: the draft quarter and year by meaning', () => {
  const opts = (texts: readonly string[]) => texts.map((text, i) => ({ text, value: `v${i}` }));
  const Q = 'period.quarter';
  it('finds a Q3 draft among "Quý III/2026", "Quý III năm 2026", "Quý 3 - 2026", "Q3/2026", "Quý III (dates)"', () => {
    const styles: ((r: string, n: number, y: number) => string)[] = [
      (r, _n, y) => `Quý ${r}/${y}`,
      (r, _n, y) => `Quý ${r} năm ${y}`,
      (_r, n, y) => `Quý ${n} - ${y}`,
      (_r, n, y) => `Q${n}/${y}`,
      (r, n, y) => `Quý ${r} (01/${String(3 * n - 2).padStart(2, '0')}–30/${y})`,
    ];
    for (const style of styles) {
      const options = opts(['-- Chọn --', ...['I', 'II', 'III', 'IV'].map((r, i) => style(r, i + 1, 2026))]);
      expect(pickChoice(options, Q, '3', ['Quý III/2026']), options[3]?.text).toBe(3);
      expect(pickChoice(options, Q, '2', ['Quý II/2026']), options[2]?.text).toBe(2);
      expect(pickChoice(options, Q, '4'), options[4]?.text).toBe(4);
    }
  });
  it('takes the option of the draft’s year where options name years; none of another year', () => {
    const both = opts(['Quý III/2025', 'Quý IV/2025', 'Quý I/2026', 'Quý III/2026']);
    expect(pickChoice(both, Q, '3', ['Quý III/2026'])).toBe(3);
    expect(pickChoice(both, Q, '3', ['Quý III/2025'])).toBe(0);
    // Only 2025 on offer: the 2026 draft's quarter is not there (never the 2025 one).
    expect(pickChoice(opts(['Quý III/2025', 'Quý IV/2025']), Q, '3', ['Quý III/2026'])).toBe(-1);
    // Without the draft's year, two years of the same quarter are ambiguous, never guessed.
    expect(pickChoice(both.slice(0, 1).concat(both.slice(3)), Q, '3')).toBe(-2);
  });
  it('never takes "Quý III" for II, "Quý 10" for 1, or a value "3" of another year', () => {
    expect(pickChoice(opts(['Quý III', 'Quý IV']), Q, '2')).toBe(-1);
    expect(pickChoice(opts(['Quý 10', 'Quý 11']), Q, '1')).toBe(-1);
    const byValue = [
      { text: 'Quý III/2025', value: '3' },
      { text: 'Quý III/2026', value: '7' },
    ];
    expect(pickChoice(byValue, Q, '3', ['Quý III/2026'])).toBe(1);
  });
  it('a list that is no quarter list is matched by its words, as before', () => {
    expect(pickChoice([{ text: 'Ba', value: '3' }], Q, '3')).toBe(0);
    expect(pickChoice([{ text: 'Quý III', value: 'III' }], Q, '3')).toBe(0);
  });
  it('a year: "2026" or "Năm 2026", never 2025 or a text holding the year among other words', () => {
    const Y = 'period.year';
    expect(pickChoice(opts(['-- Năm --', '2025', '2026', '2027']), Y, '2026')).toBe(2);
    expect(pickChoice(opts(['Năm 2025', 'Năm 2026']), Y, '2026')).toBe(1);
    expect(pickChoice(opts(['2024', '2025']), Y, '2026')).toBe(-1);
    expect(pickChoice([{ text: 'x', value: '2026' }], Y, '2026')).toBe(0);
  });
});

describe('samePeriod: the page’s period against the draft’s', () => {
  it('one quarter in any words; where both name a year, the same year', () => {
    expect(samePeriod('period.quarter', 'III', '3', ['Quý III/2026'])).toBe(true);
    expect(samePeriod('period.quarter', 'Quý 3/2026', '3', ['Quý III/2026'])).toBe(true);
    expect(samePeriod('period.quarter', 'Quý III/2025', '3', ['Quý III/2026'])).toBe(false);
    expect(samePeriod('period.quarter', 'Quý II', '3')).toBe(false);
    expect(samePeriod('period.quarter', 'Quý 3', '3')).toBe(true);
    expect(samePeriod('period.quarter', 'xyz', '3')).toBeNull();
  });
  it('a year by its digits ("Năm 2025" is not 2026); other fields are not periods', () => {
    expect(samePeriod('period.year', 'Năm 2025', '2026')).toBe(false);
    expect(samePeriod('period.year', '2026', '2026')).toBe(true);
    expect(samePeriod('period.year', '', '2026')).toBeNull();
    expect(samePeriod('subject.name', '2026', '2026')).toBeNull();
  });
});
