import { describe, expect, it } from 'vitest';
import { parseRequest } from './messages';

describe('content-script messages', () => {
  it('accepts our requests and nothing else', () => {
    expect(parseRequest({ type: 'tusoi:undo' })).toEqual({ type: 'tusoi:undo' });
    expect(
      parseRequest({ type: 'tusoi:fill', plan: [{ key: 'a', locator: { label: 'Họ và tên' }, value: 'x' }] })?.type,
    ).toBe('tusoi:fill');
    expect(parseRequest({ type: 'tusoi:pick', label: 'Họ và tên', timeoutMs: 60_000 })).toEqual({
      type: 'tusoi:pick',
      label: 'Họ và tên',
      timeoutMs: 60_000,
    });
    // The origins of granted frames, which the page's pick leaves uncovered.
    expect(parseRequest({ type: 'tusoi:pick', label: 'Họ và tên', open: ['http://localhost:8080'] })).toEqual({
      type: 'tusoi:pick',
      label: 'Họ và tên',
      open: ['http://localhost:8080'],
    });
    expect(parseRequest({ type: 'tusoi:pick-cancel' })?.type).toBe('tusoi:pick-cancel');
    expect(parseRequest({ type: 'tusoi:frames' })?.type).toBe('tusoi:frames');
    // Detection may carry the draft's pack criteria (id and wording) and nothing else.
    const criteria = [{ id: 'pl4-1.1', vi: 'Có quan điểm, bản lĩnh chính trị vững vàng' }];
    expect(parseRequest({ type: 'tusoi:detect', criteria })).toEqual({ type: 'tusoi:detect', criteria });
    expect(parseRequest({ type: 'tusoi:detect' })).toEqual({ type: 'tusoi:detect' });
    for (const bad of [
      null,
      'tusoi:undo',
      { type: 'tusoi:fill' },
      { type: 'tusoi:fill', plan: [{ key: 'a', locator: { xpath: '//input' } }] },
      { type: 'tusoi:undo', extra: 1 },
      { type: 'other' },
      { type: 'tusoi:pick' },
      { type: 'tusoi:pick', label: 'x'.repeat(201) },
      { type: 'tusoi:pick', label: 'Họ và tên', timeoutMs: 10 },
      { type: 'tusoi:pick', label: 'Họ và tên', timeoutMs: 1e9 },
      { type: 'tusoi:frames', origins: [] },
      { type: 'tusoi:pick', label: 'Họ và tên', open: 'http://localhost:8080' },
      { type: 'tusoi:pick', label: 'Họ và tên', open: Array.from({ length: 21 }, (_, i) => `http://h${i}`) },
      { type: 'tusoi:detect', criteria: [{ id: 'pl4-1.1' }] },
      { type: 'tusoi:detect', criteria: [{ id: 'a', vi: 'b', max: 2 }] },
      { type: 'tusoi:detect', criteria: Array.from({ length: 501 }, (_, i) => ({ id: `c${i}`, vi: 'x' })) },
    ]) {
      expect(parseRequest(bad)).toBeNull();
    }
  });

  it('a fill step may keep the page’s choice (its review period) and offer an axis by its title; nothing else rides along', () => {
    const step = { key: 'tasks.1.axis', locator: { rows: 'tr', row: 1, cell: 'td' }, value: 'T1' };
    const plan = [
      { key: 'period.quarter', locator: { name: 'quy' }, value: '3', keepChosen: true },
      { ...step, aliases: ['Trục 1: Thực hiện mục tiêu', 'Trục 1', '1'] },
    ];
    expect(parseRequest({ type: 'tusoi:fill', plan })).toEqual({ type: 'tusoi:fill', plan });
    for (const bad of [
      { ...step, keepChosen: false },
      { ...step, aliases: 'Trục 1' },
      { ...step, aliases: [1] },
      { ...step, aliases: Array.from({ length: 11 }, (_, i) => `Trục ${i}`) },
      { ...step, aliases: ['x'.repeat(501)] },
    ])
      expect(parseRequest({ type: 'tusoi:fill', plan: [bad] })).toBeNull();
  });
  it('a row step of a detected map asks for the table’s own add-row button (`own: true`); nothing else rides along', () => {
    const row = { key: 'tasks.2', locator: { rows: '#nv tr', row: 2, cell: '' } };
    const plan = [
      { ...row, addRow: { own: true } },
      { ...row, addRow: { press: { css: '#them' } } },
    ];
    expect(parseRequest({ type: 'tusoi:fill', plan })).toEqual({ type: 'tusoi:fill', plan });
    for (const bad of [{ own: false }, { own: 'yes' }, { find: true }])
      expect(parseRequest({ type: 'tusoi:fill', plan: [{ ...row, addRow: bad }] })).toBeNull();
  });
  it('a check may carry the user’s own tusoi.pack/2 (its outline here; rubric-core checks it whole in the row code)', () => {
    const check = { type: 'tusoi:check', map: {}, draft: {}, lang: 'vi' };
    const pack = { format: 'tusoi.pack/2', id: 'don-vi-x', general: { groups: [] } };
    expect(parseRequest({ ...check, pack })).toEqual({ ...check, pack });
    for (const bad of [
      { format: 'tusoi.pack/1', id: 'x' },
      { format: 'tusoi.pack/2' },
      { format: 'tusoi.pack/2', id: '' },
      { format: 'tusoi.pack/2', id: 'x'.repeat(201) },
      'tusoi.pack/2',
      null,
    ])
      expect(parseRequest({ ...check, pack: bad }), JSON.stringify(bad)).toBeNull();
  });
});
