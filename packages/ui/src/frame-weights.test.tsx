// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { builtinPack2, type Pack2 } from '@tusoi/rubric-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FrameWeights } from './frame-weights';
import type { FrameValue } from './quarterly-issues';

afterEach(cleanup);

const VATM = builtinPack2('q2026-vatm-09a') as Pack2;

function setup(frame: FrameValue | undefined, pack = VATM) {
  const calls: (FrameValue | undefined)[] = [];
  const view = render(<FrameWeights pack={pack} frame={frame} lang="vi" onChange={(f) => calls.push(f)} />);
  const c = view.container as HTMLElement;
  const field = (k: string) => c.querySelector(`[name="frame.${k}"]`) as HTMLInputElement;
  const errors = () => [...c.querySelectorAll('[data-testid="frame-error"]')].map((e) => e.textContent);
  return { calls, view, c, field, errors };
}

describe('FrameWeights', () => {
  it('shows the default frame’s own weights and their sum; typing one stores it with the frame’s id', () => {
    const { calls, field, view, errors } = setup(undefined);
    // VATM's default frame is K2: 15/50/15/20.
    expect(['A', 'B', 'C', 'D'].map((k) => field(k).value)).toEqual(['15', '50', '15', '20']);
    expect(view.getByLabelText('A. Khối lượng (%) · khung 15%')).toBe(field('A'));
    expect(view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 100%');
    expect(errors()).toEqual([]);
    fireEvent.input(field('A'), { target: { value: '20,5' } });
    expect(calls.at(-1)).toEqual({ id: 'K2', A: 20.5 });
  });

  it('the live sum follows the weights; a sum not 100 and a weight past ±10 pp give rubric-core’s own words, vi then en', () => {
    const off = setup({ id: 'K2', A: 20 });
    expect(off.view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 105%');
    expect(off.errors()).toEqual([
      'A + B + C + D của khung = 105%, phải đúng 100% / the frame\u2019s A + B + C + D = 105%, must be exactly 100% '.replace(
        '\u2019',
        "'",
      ),
    ]);
    // The English half is marked as English for screen readers.
    expect(off.c.querySelector('[data-testid="frame-error"] [lang="en"]')?.textContent).toContain('must be exactly');
    cleanup();
    const far = setup({ id: 'K2', A: 26, B: 39 });
    expect(far.view.getByTestId('frame-sum').textContent).toBe('Tổng A + B + C + D: 100%');
    const [a, b] = far.errors();
    expect(a).toContain('tỷ trọng A = 26% lệch khung K2 (15%) quá 10 điểm phần trăm');
    expect(a).toContain('weight A = 26% is more than 10 pp from frame K2 (15%)');
    expect(b).toContain('tỷ trọng B = 39% lệch khung K2 (50%) quá 10 điểm phần trăm');
    expect(far.errors()).toHaveLength(2);
    // Each error is read with its own field; a field within range is not marked.
    const described = far.field('A').getAttribute('aria-describedby') ?? '';
    expect(far.c.querySelector(`[id="${described}"]`)?.textContent).toContain('tỷ trọng A');
    expect(far.field('A').getAttribute('aria-invalid')).toBe('true');
    expect(far.field('C').getAttribute('aria-invalid')).toBeNull();
  });

  it('boundaries: exactly ±10 pp holds; 10,01 pp does not', () => {
    // K2 A 15 → 25, B 50 → 40: both exactly 10 pp, sum 100.
    expect(setup({ id: 'K2', A: 25, B: 40 }).errors()).toEqual([]);
    cleanup();
    const over = setup({ id: 'K2', A: 25.01, B: 39.99 });
    expect(over.errors()).toHaveLength(2);
    expect(over.errors()[0]).toContain('tỷ trọng A = 25,01%');
  });

  it('"Đặt lại" goes back to the frame: the chosen frame stays, a default frame leaves nothing', () => {
    const chosen = setup({ id: 'K1', A: 30, B: 30 });
    expect(chosen.field('A').value).toBe('30');
    expect(chosen.view.container.textContent).toContain('(đã điều chỉnh)');
    fireEvent.click(within(chosen.c).getByRole('button', { name: 'Đặt lại' }));
    expect(chosen.calls.at(-1)).toEqual({ id: 'K1' });
    cleanup();
    // Emptying the only adjusted weight is a reset too.
    const one = setup({ id: 'K1', A: 30 });
    fireEvent.input(one.field('A'), { target: { value: '' } });
    expect(one.calls.at(-1)).toEqual({ id: 'K1' });
  });

  it('keyboard and screen reader: a disclosure (open when adjusted), one labelled group, a live sum', () => {
    const closed = setup(undefined);
    const details = closed.c.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Tỷ trọng thành phần: A 15% · B 50% · C 15% · D 20%');
    cleanup();
    const open = setup({ id: 'K3', C: 30 });
    expect((open.c.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    const group = within(open.c).getByRole('group', { name: /^Tỷ trọng A, B, C, D của Khung 3/ });
    expect(group.querySelector('legend')?.textContent).toContain('±10 điểm phần trăm');
    expect(open.view.getByTestId('frame-sum').getAttribute('aria-live')).toBe('polite');
  });

  it('a pack without frames shows nothing', () => {
    const cand = builtinPack2('q2026-cand-kpi') as Pack2;
    expect(setup(undefined, cand).c.querySelector('details')).toBeNull();
  });

  it('the draft’s own problems under `frame` show too, each message once', () => {
    const extra = { vi: 'phải nhiều nhất 2 chữ số thập phân', en: 'at most 2 decimals' };
    const sum = { vi: 'A + B + C + D của khung = 105%, phải đúng 100%', en: 'x' };
    const calls: (FrameValue | undefined)[] = [];
    const view = render(
      <FrameWeights
        pack={VATM}
        frame={{ id: 'K2', A: 20 }}
        lang="vi"
        onChange={(f) => calls.push(f)}
        issues={
          new Map([
            ['frame.C', [extra]],
            ['frame', [sum]],
          ])
        }
      />,
    );
    const errors = [...view.container.querySelectorAll('[data-testid="frame-error"]')].map((e) => e.textContent);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('phải nhiều nhất 2 chữ số thập phân / at most 2 decimals');
    expect(errors[1]?.match(/phải đúng 100%/g)).toHaveLength(1);
  });
});
