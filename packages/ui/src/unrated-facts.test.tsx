// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { UNRATED_TEXT } from '@tusoi/rubric-core';
import q01 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { setIn } from './edit';
import { liveResult } from './live-result';
import { ResultView } from './result-view';
import { UnratedFacts } from './unrated-facts';

afterEach(cleanup);

/** The section with the draft's live result, as the side panel holds them. */
function Harness({ start, lang = 'vi' }: { start: Record<string, unknown>; lang?: 'vi' | 'en' }) {
  const [a, setA] = useState(start);
  const live = liveResult(a, []);
  return (
    <>
      <UnratedFacts a={a} lang={lang} set={(p, v) => setA((s) => setIn(s, p, v))} />
      <ResultView result={live.result} issues={live.issues} lang={lang} />
      <output data-testid="json">{JSON.stringify(a)}</output>
    </>
  );
}

const stored = (c: HTMLElement) => JSON.parse(c.querySelector('[data-testid="json"]')?.textContent ?? '{}');
const field = (c: HTMLElement, name: string) => c.querySelector(`[name="${name}"]`) as HTMLInputElement;
const reasons = (c: HTMLElement) => [...c.querySelectorAll('.tusoi-reasons li')].map((li) => li.textContent ?? '');
const start = () => structuredClone(q01) as Record<string, unknown>;

describe('UnratedFacts (Q26-30)', () => {
  it('2 months of sick leave: the quarter is not rated, with the case’s reason; emptied, the level returns and nothing is left', () => {
    const view = render(<Harness start={start()} />);
    const c = view.container as HTMLElement;
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
    fireEvent.input(field(c, 'unrated.sickOrMaternityMonths'), { target: { value: '2' } });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('unrated');
    expect(view.getByTestId('level').textContent).toBe('Kết quả: chưa xếp loại quý này');
    expect(reasons(c).some((r) => r.includes(UNRATED_TEXT.sickOrMaternity.vi))).toBe(true);
    expect(reasons(c).join(' ')).toContain('không dùng thời gian nghỉ hợp pháp làm căn cứ bất lợi');
    // Only what was typed is stored: no 0 for the cases left empty.
    expect(stored(c).unrated).toEqual({ sickOrMaternityMonths: 2 });

    fireEvent.input(field(c, 'unrated.sickOrMaternityMonths'), { target: { value: '' } });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
    expect('unrated' in stored(c)).toBe(false);
  });

  it('a quarter on leave with no criteria and no task list yet: not rated at once, no 0 shown as its score; its warning says so', () => {
    const { criteria: _c, taskList: _t, frame: _f, ...bare } = start();
    const view = render(<Harness start={bare} />);
    const c = view.container as HTMLElement;
    // Without a case, the quarter asks for its data: no result yet.
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('invalid');
    expect(c.textContent).toContain('chưa có danh sách nhiệm vụ của quý');
    fireEvent.input(field(c, 'unrated.sickOrMaternityMonths'), { target: { value: '3' } });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('unrated');
    expect(view.queryByTestId('total')).toBeNull();
    expect(c.textContent).toContain('điểm 0 ghi trong kết quả không phải điểm của quý');
    expect(c.textContent).not.toContain('0/100');
  });

  it('the boundaries are rubric-core’s: 1,9 months of training rates the quarter, 2 does not; under 1 month in a first post does not', () => {
    const view = render(<Harness start={start()} />);
    const c = view.container as HTMLElement;
    const level = () => view.getByTestId('level').getAttribute('data-level');
    fireEvent.input(field(c, 'unrated.trainingMonths'), { target: { value: '1,9' } });
    expect(stored(c).unrated).toEqual({ trainingMonths: 1.9 });
    expect(level()).toBe('HTXSNV');
    fireEvent.input(field(c, 'unrated.trainingMonths'), { target: { value: '2' } });
    expect(level()).toBe('unrated');
    fireEvent.input(field(c, 'unrated.trainingMonths'), { target: { value: '' } });
    fireEvent.input(field(c, 'unrated.firstAppointedMonths'), { target: { value: '1' } });
    expect(level()).toBe('HTXSNV');
    fireEvent.input(field(c, 'unrated.firstAppointedMonths'), { target: { value: '0,5' } });
    expect(level()).toBe('unrated');
    expect(reasons(c).some((r) => r.includes(UNRATED_TEXT.firstAppointed.vi))).toBe(true);
    // 0 typed is a fact (0 months in the post), kept as typed.
    fireEvent.input(field(c, 'unrated.firstAppointedMonths'), { target: { value: '0' } });
    expect(stored(c).unrated).toEqual({ firstAppointedMonths: 0 });
    expect(level()).toBe('unrated');
  });

  it('the check box: checked is a fact (true), unchecked removes it (never stored as false)', () => {
    const view = render(<Harness start={start()} />);
    const c = view.container as HTMLElement;
    const box = field(c, 'unrated.underInvestigation');
    fireEvent.click(box);
    expect(stored(c).unrated).toEqual({ underInvestigation: true });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('unrated');
    expect(reasons(c).some((r) => r.includes(UNRATED_TEXT.underInvestigation.vi))).toBe(true);
    fireEvent.click(box);
    expect('unrated' in stored(c)).toBe(false);
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
  });

  it.each([
    ['4', 'Số lớn nhất là 3.', 'The largest allowed is 3.'],
    ['-1', 'Số nhỏ nhất là 0.', 'The smallest allowed is 0.'],
    ['abc', '“abc” không phải là số', '“abc” is not a number'],
  ])('"%s" is refused in both languages, naming the field; the stored value stays', (text, vi, en) => {
    const view = render(<Harness start={{ ...start(), unrated: { sickOrMaternityMonths: 2 } }} />);
    const c = view.container as HTMLElement;
    const input = field(c, 'unrated.sickOrMaternityMonths');
    fireEvent.input(input, { target: { value: text } });
    const error = view.getByTestId('number-error');
    const viHalf = error.querySelector('[lang="vi"]')?.textContent ?? '';
    const enHalf = error.querySelector('[lang="en"]')?.textContent ?? '';
    expect(viHalf).toContain('Số tháng nghỉ ốm hoặc nghỉ thai sản trong quý: ');
    expect(viHalf).toContain(vi);
    expect(viHalf).toContain('Giá trị đã lưu không đổi.');
    expect(enHalf).toContain('Months of sick or maternity leave in the quarter: ');
    expect(enHalf).toContain(en);
    expect(enHalf).toContain('The saved value is unchanged.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(stored(c).unrated).toEqual({ sickOrMaternityMonths: 2 });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('unrated');
  });

  it('help is rubric-core’s text of each case and Q26-30’s sources; a /1 draft becomes /2 on its first fact', () => {
    const view = render(<Harness start={{ ...start(), format: 'tusoi.assessment/1' }} lang="en" />);
    const c = view.container as HTMLElement;
    const text = c.querySelector('[data-testid="unrated-facts"]')?.textContent ?? '';
    for (const k of ['training', 'sickOrMaternity', 'firstAppointed', 'underInvestigation'] as const)
      expect(text).toContain(UNRATED_TEXT[k].en);
    expect(text).toContain('lawful leave is never held against the person');
    expect(text).toContain('Q26-30: HD 03-HD/TVĐU');
    expect(text).toContain('Đ21.6a–d');
    expect(stored(c).format).toBe('tusoi.assessment/1');
    fireEvent.input(field(c, 'unrated.trainingMonths'), { target: { value: '3' } });
    expect(stored(c).format).toBe('tusoi.assessment/2');
    expect(stored(c).unrated).toEqual({ trainingMonths: 3 });
  });
});
