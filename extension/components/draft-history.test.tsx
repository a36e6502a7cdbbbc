import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '@/lib/store';
import { DraftHistory, fold, periodLabel, searchDrafts } from './draft-history';

const many = (count: number): DraftSummary[] =>
  Array.from({ length: count }, (_x, i) => ({
    id: `d${i}`,
    person: i === 4321 ? 'Nguyễn Thị Đào' : `Đảng viên ${i}`,
    periodKey: i % 2 ? '2025' : '2025-Q3',
    updatedAt: 1_700_000_000_000 - i,
    rev: 1,
  }));

describe('history search', () => {
  it('folds tone marks, đ and case; every word must match name or period', () => {
    expect(fold('Nguyễn Thị Đào')).toBe('nguyen thi dao');
    expect(periodLabel('2025-Q3', 'vi')).toBe('Quý III/2025');
    expect(periodLabel('2025', 'en')).toBe('Year 2025');
    expect(periodLabel('', 'vi')).toBe('—');
    const rows = many(10).map((summary) => ({
      summary,
      text: fold(`${summary.person} ${periodLabel(summary.periodKey, 'vi')}`),
    }));
    expect(searchDrafts(rows, '').length).toBe(10);
    expect(searchDrafts(rows, 'dang vien 3').map((d) => d.id)).toEqual(['d3']);
    expect(searchDrafts(rows, 'quý iii').length).toBe(5);
    expect(searchDrafts(rows, 'khong co')).toEqual([]);
  });
});

describe('history search: quarters by roman numeral', () => {
  const rows = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025'].map((periodKey, i) => {
    const summary: DraftSummary = { id: `q${i}`, person: 'Lê Văn Tư', periodKey, updatedAt: i, rev: 1 };
    return { summary, text: fold(`${summary.person} ${periodKey} ${periodLabel(periodKey, 'vi')}`) };
  });
  const ids = (q: string) => searchDrafts(rows, q).map((d) => d.id);
  it('"Quý II" finds quarter II only, not III; "I" not IV; with or without the year and accents', () => {
    expect(ids('Quý II')).toEqual(['q1']);
    expect(ids('quy ii')).toEqual(['q1']);
    expect(ids('Quý II/2025')).toEqual(['q1']);
    expect(ids('quý iii')).toEqual(['q2']);
    expect(ids('Quý I')).toEqual(['q0']);
    expect(ids('iv')).toEqual(['q3']);
    // Other words still match anywhere (a name's start, tone marks folded).
    expect(ids('le van').length).toBe(5);
    expect(ids('năm 2025')).toEqual(['q4']);
  });
});

describe('DraftHistory', () => {
  it('renders only the rows in view of 10,000, finds one by name, and opens it', () => {
    const opened: string[] = [];
    render(
      <DraftHistory
        summaries={many(10_000)}
        currentId="d0"
        lang="vi"
        levelOf={(d) => (d.id === 'd0' ? 'HTTNV' : undefined)}
        onSelect={(id) => opened.push(id)}
      />,
    );
    expect(screen.getByTestId('history-count').textContent).toBe('10000 bản');
    const rendered = document.querySelectorAll('.history-row').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
    expect(document.querySelector('[aria-current="true"] .level-badge')?.textContent).toBe('HTTNV');
    expect(document.querySelector('[aria-posinset="1"]')?.getAttribute('aria-setsize')).toBe('10000');
    fireEvent.input(screen.getByLabelText('Tìm theo tên hoặc kỳ'), { target: { value: 'nguyen thi dao' } });
    expect(screen.getByTestId('history-count').textContent).toBe('1 bản');
    fireEvent.click(screen.getByText('Nguyễn Thị Đào'));
    expect(opened).toEqual(['d4321']);
  });

  it('while only the first lines are read: claims no count and no search result until the whole list is in', () => {
    const all = many(10_000);
    const props = { currentId: 'd0', lang: 'vi' as const, levelOf: () => null, onSelect: () => {} };
    const view = render(<DraftHistory summaries={all.slice(0, 20)} partial {...props} />);
    // The first lines are shown; their count is not the list's.
    expect(screen.getByTestId('history-count').textContent).toBe('Đang đọc các bản kiểm điểm…');
    expect(document.querySelector('.history-row')?.textContent).toContain('Đảng viên 0');
    expect(document.querySelector('[aria-posinset="1"]')?.getAttribute('aria-setsize')).toBe('-1');
    expect(document.querySelector('.history-list')?.getAttribute('aria-busy')).toBe('true');
    // A search over 20 of 10,000 would say "none match" of a draft that is there: it waits instead.
    fireEvent.input(screen.getByLabelText('Tìm theo tên hoặc kỳ'), { target: { value: 'nguyen thi dao' } });
    expect(screen.getByTestId('history-count').textContent).toBe('Đang đọc các bản kiểm điểm…');
    expect(document.querySelectorAll('.history-row')).toHaveLength(0);
    view.rerender(<DraftHistory summaries={all} {...props} />);
    expect(screen.getByTestId('history-count').textContent).toBe('1 bản');
    expect(document.querySelector('.history-list')?.getAttribute('aria-busy')).toBeNull();
    expect(screen.getByText('Nguyễn Thị Đào')).toBeTruthy();
  });

  it('tells a copy kept by "Giữ cả hai" from the draft beside it (the day it came in), and marks an unreadable one', () => {
    const stored = {
      id: 'a',
      person: 'Nguyễn Văn A',
      periodKey: '2025',
      updatedAt: Date.UTC(2026, 10, 30, 11),
      rev: 3,
    };
    const copy = {
      ...stored,
      id: 'b',
      updatedAt: Date.UTC(2026, 10, 12, 11),
      rev: 1,
      importedAt: Date.UTC(2026, 10, 30, 12),
    };
    const junk = { id: 'c', person: 'Lê C', periodKey: '2024', updatedAt: 1, rev: 1, unreadable: true as const };
    render(
      <DraftHistory
        summaries={[stored, copy, junk]}
        currentId="a"
        lang="vi"
        levelOf={() => null}
        onSelect={() => {}}
      />,
    );
    const rows = [...document.querySelectorAll('.history-row')].map((r) => r.textContent ?? '');
    expect(rows[0]).not.toContain('bản nhập');
    expect(rows[0]).toMatch(/sửa 30\/11\/2026 \d\d:\d\d/);
    expect(rows[1]).toContain('Nguyễn Văn A (bản nhập ngày 30/11/2026)');
    expect(rows[1]).toMatch(/sửa 12\/11\/2026 \d\d:\d\d/);
    expect(rows[2]).toContain('Lê C (không đọc được)');
    expect(screen.getAllByTestId('history-copy')).toHaveLength(1);
  });
});

describe('DraftHistory level badges', () => {
  it('shows a level, the levels the competent level decides between, "Chưa xếp loại" (a quarter not rated) or "Chưa đủ dữ liệu"; never other text', () => {
    const rows: DraftSummary[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      person: `Người ${id}`,
      periodKey: '2026',
      updatedAt: 10 - i,
      rev: 1,
    }));
    const said: Record<string, string | null> = { a: 'HTTNV', b: 'HTNV/KHTNV', c: 'unrated', d: '<b>x</b>/HTNV' };
    render(
      <DraftHistory summaries={rows} currentId={null} lang="vi" levelOf={(d) => said[d.id]} onSelect={() => {}} />,
    );
    const badges = [...document.querySelectorAll('.history-row .level-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['HTTNV', 'HTNV/KHTNV', 'Chưa xếp loại', 'Chưa đủ dữ liệu']);
  });
});
