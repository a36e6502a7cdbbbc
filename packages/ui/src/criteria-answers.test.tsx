// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { builtinPack2, type Pack2 } from '@tusoi/rubric-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, CriteriaAnswers } from './criteria-answers';
import type { AnswerValue } from './quarterly-issues';

afterEach(cleanup);

const VATM = builtinPack2('q2026-vatm-09a') as Pack2;
const CAND = builtinPack2('q2026-cand-kpi') as Pack2;
const KTC = builtinPack2('q2026-ktc-axis-caps') as Pack2;

function setup(pack: Pack2, items: Record<string, AnswerValue>, kind: 'staff' | 'leader' = 'staff') {
  const calls: [string, Answer | undefined][] = [];
  const view = render(
    <CriteriaAnswers pack={pack} kind={kind} items={items} lang="vi" onAnswer={(id, a) => calls.push([id, a])} />,
  );
  const row = (id: string) => view.container.querySelector(`[data-criterion="${id}"]`) as HTMLElement;
  return { calls, view, row };
}

describe('CriteriaAnswers', () => {
  it('shows each criterion of the kind as a labelled radio group, in the form’s words, never its id', () => {
    const { view, row } = setup(VATM, {});
    // Staff answer the 15 criteria of Phụ lục 4; the leaders’ groups are not shown.
    expect(view.container.querySelectorAll('[data-criterion]')).toHaveLength(15);
    const first = within(row('pl4-1.1'));
    for (const name of ['Đảm bảo', 'Không đảm bảo', 'K/AD']) expect(first.getByRole('radio', { name })).toBeTruthy();
    expect(row('pl4-1.1').querySelector('legend')?.textContent).toMatch(/^Tiêu chí 1\.1: .+\(tối đa 2\)$/);
    expect(view.container.textContent).not.toMatch(/pl4-|pl2-|notApplicable|notMet/);
    // Radios of one criterion share a name, so the arrow keys move between them.
    const names = new Set([...row('pl4-1.1').querySelectorAll('input[type=radio]')].map((r) => r.getAttribute('name')));
    expect(names.size).toBe(1);
  });

  it('K/AD asks for a reason, required, with rubric-core’s message beside the box; typing it sets the answer', () => {
    const { calls, row, view } = setup(VATM, { 'pl4-1.2': { answer: 'notApplicable' } });
    const box = row('pl4-1.2').querySelector('textarea') as HTMLTextAreaElement;
    expect(box).toBeTruthy();
    expect(box.required).toBe(true);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = view.container.querySelector(`#${box.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toContain('phải nêu lý do');
    // In both languages, Vietnamese first, each half marked with its language (as the frame's errors).
    const [vi, en] = [...(error?.querySelectorAll('[lang]') ?? [])];
    expect(vi?.getAttribute('lang')).toBe('vi');
    expect(vi?.textContent).toContain('phải nêu lý do');
    expect(en?.getAttribute('lang')).toBe('en');
    expect(en?.textContent).toMatch(/reason/i);
    expect(error?.textContent?.indexOf(' / ')).toBe(vi?.textContent?.length);
    expect(within(row('pl4-1.2')).getByText(/Lý do \(bắt buộc\)/)).toBeTruthy();
    fireEvent.input(box, { target: { value: 'Không thuộc phạm vi công việc' } });
    expect(calls.at(-1)).toEqual(['pl4-1.2', { answer: 'notApplicable', reason: 'Không thuộc phạm vi công việc' }]);
    // No box where the answer is "Đảm bảo".
    expect(row('pl4-1.1').querySelector('textarea')).toBeNull();
  });

  it('choosing an answer sets it; "Đảm bảo" drops the reason of another answer', () => {
    const { calls, row } = setup(VATM, { 'pl4-1.3': { answer: 'notMet', reason: 'Chậm nộp' } });
    fireEvent.click(within(row('pl4-1.3')).getByRole('radio', { name: 'K/AD' }));
    expect(calls.at(-1)).toEqual(['pl4-1.3', { answer: 'notApplicable', reason: 'Chậm nộp' }]);
    fireEvent.click(within(row('pl4-1.3')).getByRole('radio', { name: 'Đảm bảo' }));
    expect(calls.at(-1)).toEqual(['pl4-1.3', { answer: 'met' }]);
  });

  it('the pack says when a deduction needs a reason: VATM from 1 point, CAND never; CAND allows no K/AD', () => {
    const vatm = setup(VATM, { 'pl4-1.1': { answer: 'notMet' } });
    expect((vatm.row('pl4-1.1').querySelector('textarea') as HTMLTextAreaElement).required).toBe(true);
    cleanup();
    const cand = setup(CAND, { 'pl4-1.1': { answer: 'notMet' } });
    expect(cand.row('pl4-1.1').querySelector('textarea')).toBeNull();
    expect(within(cand.row('pl4-1.1')).queryByRole('radio', { name: 'K/AD' })).toBeNull();
  });

  it('a range criterion takes points ("12,5" or "12.5"); a small deduction needs no reason, a large one does', () => {
    const small = setup(KTC, { 'ktc-1': { answer: 'notMet' } });
    const points = small.row('ktc-1').querySelector('input[name="criteria.items.ktc-1.points"]') as HTMLInputElement;
    fireEvent.input(points, { target: { value: '12,5' } });
    expect(small.calls.at(-1)).toEqual(['ktc-1', { answer: 'notMet', points: 12.5 }]);
    fireEvent.input(points, { target: { value: '12.5' } });
    expect(small.calls.at(-1)).toEqual(['ktc-1', { answer: 'notMet', points: 12.5 }]);
    cleanup();
    const half = setup(KTC, { 'ktc-1': { answer: 'notMet', points: 12.5 } });
    expect(half.row('ktc-1').querySelector('textarea')).toBeNull();
    cleanup();
    const large = setup(KTC, { 'ktc-1': { answer: 'notMet', points: 11 } });
    const box = large.row('ktc-1').querySelector('textarea') as HTMLTextAreaElement;
    expect(box.required).toBe(true);
    expect(large.view.container.textContent).toContain('phải nêu căn cứ');
  });

  it('leaders answer their own 17 criteria; English words in English', () => {
    const view = render(<CriteriaAnswers pack={VATM} kind="leader" items={{}} lang="en" onAnswer={() => undefined} />);
    expect(view.container.querySelectorAll('[data-criterion]')).toHaveLength(17);
    expect(screen.getAllByRole('radio', { name: 'Met' })).toHaveLength(17);
  });
});
