import { describe, expect, it } from 'vitest';
import { choiceAliases, levelOf, pickOption } from './choices';

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
