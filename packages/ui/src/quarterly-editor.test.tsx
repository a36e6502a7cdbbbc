// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import q01 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { setIn } from './edit';
import { liveResult } from './live-result';
import { QuarterlyEditor } from './quarterly-editor';
import { ResultView } from './result-view';

afterEach(cleanup);

/** The editor with its live result, as the side panel and the playground hold them. */
function Harness({ start }: { start: Record<string, unknown> }) {
  const [a, setA] = useState(start);
  const live = liveResult(a, []);
  return (
    <>
      <QuarterlyEditor a={a} lang="vi" set={(p, v) => setA((s) => setIn(s, p, v))} live={live} />
      <ResultView result={live.result} issues={live.issues} lang="vi" />
      <output data-testid="json">{JSON.stringify(a)}</output>
    </>
  );
}

const stored = (c: HTMLElement) => JSON.parse(c.querySelector('[data-testid="json"]')?.textContent ?? '{}');

describe('QuarterlyEditor', () => {
  it('the worked example TC-1: each task’s points and the level come from rubric-core, and follow an edit', () => {
    const view = render(<Harness start={structuredClone(q01) as Record<string, unknown>} />);
    const c = view.container as HTMLElement;
    expect([...c.querySelectorAll('[data-testid="task-points"]')].map((e) => e.textContent)).toEqual([
      'Điểm nhiệm vụ: 29,3',
      'Điểm nhiệm vụ: 14,1',
      'Điểm nhiệm vụ: 10',
      'Điểm nhiệm vụ: 9,6',
      'Điểm nhiệm vụ: 4,6',
    ]);
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
    expect(view.getByTestId('total').textContent).toContain('97,6/100');
    // B of the first task from 95 to 100 %: (15 + 50 + 15 + 20)% × 30 = 30.
    fireEvent.input(c.querySelector('[name="taskList.0.components.B"]') as HTMLInputElement, {
      target: { value: '100' },
    });
    expect(c.querySelector('[data-testid="task-points"]')?.textContent).toBe('Điểm nhiệm vụ: 30');
    expect(view.getByTestId('total').textContent).toContain('98,3/100');
  });

  it('a K/AD without a reason stops the rating beside the criterion; its reason lets it through', () => {
    const view = render(<Harness start={structuredClone(q01) as Record<string, unknown>} />);
    const c = view.container as HTMLElement;
    const row = c.querySelector('[data-criterion="pl4-1.2"]') as HTMLElement;
    fireEvent.click(within(row).getByRole('radio', { name: 'K/AD' }));
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('invalid');
    expect(row.querySelector('.field-error')?.textContent).toContain('phải nêu lý do');
    fireEvent.input(row.querySelector('textarea') as HTMLTextAreaElement, {
      target: { value: 'Không thuộc phạm vi công việc trong quý' },
    });
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
    expect(row.querySelector('.field-error')).toBeNull();
    expect(stored(c).criteria.items['pl4-1.2']).toEqual({
      answer: 'notApplicable',
      reason: 'Không thuộc phạm vi công việc trong quý',
    });
  });

  it('a new quarterly draft (/1) becomes tusoi.assessment/2 with the pack chosen; three tasks give a level', () => {
    const view = render(
      <Harness
        start={{ format: 'tusoi.assessment/1', period: { year: 2026, quarter: 3 }, subject: { kind: 'staff' } }}
      />,
    );
    const c = view.container as HTMLElement;
    fireEvent.change(c.querySelector('[name="criteria.pack"]') as HTMLSelectElement, {
      target: { value: 'q2026-vatm-09a' },
    });
    expect(stored(c).format).toBe('tusoi.assessment/2');
    for (const row of c.querySelectorAll<HTMLElement>('[data-criterion]'))
      fireEvent.click(within(row).getByRole('radio', { name: 'Đảm bảo' }));
    const add = within(c).getByRole('button', { name: 'Thêm nhiệm vụ' });
    const type = (name: string, value: string) =>
      fireEvent.input(c.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } });
    for (const [i, w] of ['30', '25,5', '14.5'].entries()) {
      fireEvent.click(add);
      type(`taskList.${i}.name`, `Nhiệm vụ số ${i + 1}`);
      type(`taskList.${i}.weight`, w);
      for (const k of ['A', 'B', 'C', 'D']) type(`taskList.${i}.components.${k}`, '100');
      fireEvent.click(c.querySelector(`[name="taskList.${i}.completed"]`) as HTMLInputElement);
    }
    expect(view.getByTestId('weight-total').textContent).toBe('Tổng trọng số: 70/70 (đủ 70)');
    // Full marks, no task exceeded: HTTNV (HTXSNV needs 30 % exceeded).
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTTNV');
    expect(view.getByTestId('total').textContent).toContain('100/100');
    fireEvent.click(c.querySelector('[name="taskList.0.exceeded"]') as HTMLInputElement);
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTXSNV');
  });

  it('adjusted frame weights: the total follows each weight; an adjustment out of range gives rubric-core’s error and no level; Đặt lại restores', () => {
    const view = render(<Harness start={structuredClone(q01) as Record<string, unknown>} />);
    const c = view.container as HTMLElement;
    const type = (name: string, value: string) =>
      fireEvent.input(c.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } });
    expect(view.getByTestId('total').textContent).toContain('97,6/100');
    // K2 (15/50/15/20) moved to 25/40/15/20: the weights within ±10 pp, the sum 100 %.
    type('frame.A', '25');
    expect(view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 110%');
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('invalid');
    expect(c.querySelector('[data-testid="frame-error"]')?.textContent).toContain('phải đúng 100%');
    type('frame.B', '40');
    expect(view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 100%');
    expect(c.querySelector('[data-testid="frame-error"]')).toBeNull();
    expect(stored(c).frame).toEqual({ id: 'K2', A: 25, B: 40 });
    // 25/40/15/20 of A/B/C/D: 29,4 + 14,3 + 10 + 9,6 + 4,6 = 67,9; with 30 general → 97,9.
    expect(view.getByTestId('total').textContent).toContain('97,9/100');
    expect([...c.querySelectorAll('[data-testid="task-points"]')].map((e) => e.textContent)[0]).toBe(
      'Điểm nhiệm vụ: 29,4',
    );
    expect(view.getByTestId('level').getAttribute('data-level')).not.toBe('invalid');
    // A past +10 pp (and B to keep 100 %): rubric-core names A; no level.
    type('frame.A', '26');
    type('frame.B', '39');
    expect(view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 100%');
    const errors = [...c.querySelectorAll('[data-testid="frame-error"]')].map((e) => e.textContent);
    // A and B each named once (the live result says the same as the frame weighed alone).
    expect(errors).toHaveLength(2);
    expect(errors[1]).toContain('tỷ trọng B = 39% lệch khung K2 (50%)');
    expect(errors[0]?.match(/tỷ trọng A/g)).toHaveLength(1);
    expect(errors[0]).toContain('tỷ trọng A = 26% lệch khung K2 (15%) quá 10 điểm phần trăm');
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('invalid');
    expect(view.queryByTestId('total')).toBeNull();
    fireEvent.click(within(c).getByRole('button', { name: 'Đặt lại' }));
    expect(stored(c).frame).toEqual({ id: 'K2' });
    expect(view.getByTestId('total').textContent).toContain('97,6/100');
  });
});

describe('QuarterlyEditor follows the language setting (frames and axes named by rubric-core’s pack, vi or en)', () => {
  // Vietnamese tone and vowel marks, once decomposed, and đ.
  const VI_MARK = /[\u0300-\u0303\u0306\u0309\u031B\u0323đ]/iu;
  const vietnamese = (t: string) => VI_MARK.test(t.normalize('NFD'));
  const draft = () => ({ ...(structuredClone(q01) as Record<string, unknown>), frame: { id: 'K2', A: 20, B: 45 } });
  const shown = (lang: 'vi' | 'en') => {
    const view = render(<QuarterlyEditor a={draft()} lang={lang} set={() => undefined} />);
    const c = view.container as HTMLElement;
    const text = (sel: string) => [...c.querySelectorAll(sel)].map((e) => e.textContent ?? '');
    return {
      legend: text('[data-testid="frame-weights"] legend')[0],
      summary: text('[data-testid="frame-weights"] summary')[0],
      frames: text('select[name="frame.id"] option'),
      taskFrames: text('select[name="taskList.0.frame"] option'),
      axes: text('select[name="taskList.0.axis"] option'),
      source: text('.q-source')[0],
    };
  };

  it('English: the line under the frame weights names the frame in English, with rubric-core’s ±10 pp; no Vietnamese in frames or axes', () => {
    const en = shown('en');
    expect(en.legend).toBe(
      'Weights A, B, C, D of Frame 2 - Safety/compliance/operations/engineering (each weight may move by ±10 percentage points)',
    );
    expect(en.summary).toBe('Component weights: A 20% · B 45% · C 15% · D 20% (adjusted)');
    expect(en.frames).toEqual([
      'Frame 2 - Safety/compliance/operations/engineering (default)',
      'Frame 1 - Management, advisory, Party and mass-organisation work (A 25% · B 35% · C 20% · D 20%)',
      'Frame 2 - Safety/compliance/operations/engineering (A 15% · B 50% · C 15% · D 20%)',
      'Frame 3 - Projects/investment/construction/project finance (A 20% · B 30% · C 35% · D 15%)',
      'Frame 4 - Science and technology/innovation/digital transformation/improvement (A 15% · B 30% · C 20% · D 35%)',
    ]);
    expect(en.taskFrames.slice(1)).toEqual(en.frames.slice(1).map((f) => f.replace(/ \(A .*$/, '')));
    expect(en.axes).toHaveLength(7);
    expect(en.axes[1]).toBe('Axis 1: Socio-economic development goals and assigned political tasks');
    expect(en.source).toMatch(/\(grade C\)$/);
    for (const line of [en.legend, en.summary, ...en.frames, ...en.taskFrames, ...en.axes])
      expect(vietnamese(line ?? ''), line).toBe(false);
  });

  it('Vietnamese: the same lines in Vietnamese, numbers with a decimal comma', () => {
    const vi = shown('vi');
    expect(vi.legend).toBe(
      'Tỷ trọng A, B, C, D của Khung 2 - An toàn/tuân thủ/khai thác/kỹ thuật (mỗi tỷ trọng được điều chỉnh ±10 điểm phần trăm)',
    );
    expect(vi.summary).toBe('Tỷ trọng thành phần: A 20% · B 45% · C 15% · D 20% (đã điều chỉnh)');
    expect(vi.frames[1]).toBe('Khung 1 - Quản lý, tham mưu, công tác Đảng, Đoàn thể (A 25% · B 35% · C 20% · D 20%)');
    expect(vi.taskFrames[2]).toBe('Khung 2 - An toàn/tuân thủ/khai thác/kỹ thuật');
    expect(vi.axes[1]).toBe('Trục 1: Thực hiện mục tiêu phát triển kinh tế - xã hội và nhiệm vụ chính trị được giao');
    expect(vi.source).toMatch(/\(mức tin cậy C\)$/);
  });
});
