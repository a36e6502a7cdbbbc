// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { builtinPack2, type Pack2 } from '@tusoi/rubric-core';
import annual from '@tusoi/rubric-core/examples/year-2026-staff/annual.json';
import q1 from '@tusoi/rubric-core/examples/year-2026-staff/q1.json';
import q2 from '@tusoi/rubric-core/examples/year-2026-staff/q2.json';
import q3 from '@tusoi/rubric-core/examples/year-2026-staff/q3.json';
import { afterEach, describe, expect, it } from 'vitest';
import { readYear, YearQuarters, YearResult } from './year-quarters';

afterEach(cleanup);

const A = annual as Record<string, unknown>;

describe('YearQuarters', () => {
  it('lists each quarter’s level, names the quarters with no draft, and gives the year with rubric-core’s reasons', () => {
    const view = render(<YearQuarters annual={A} quarters={[q1, q2, undefined, undefined]} lang="vi" />);
    const items = [...view.container.querySelectorAll('li[data-quarter]')].map((li) => li.textContent);
    expect(items[0]).toMatch(/^Quý I: Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\), [\d,]+ điểm/);
    expect(items[1]).toMatch(/^Quý II: Không hoàn thành nhiệm vụ \(KHTNV\)/);
    expect(items[2]).toBe('Quý III: chưa có bản kiểm điểm ');
    expect(view.getByTestId('missing-quarters').textContent).toBe('Chưa có bản kiểm điểm của quý: III, IV.');
    // One KHTNV quarter forbids an annual HTXSNV (Q26-35): the year is HTTNV, said with its reason.
    expect(view.getByTestId('year-level').getAttribute('data-level')).toBe('HTTNV');
    expect(view.getByTestId('year-total').textContent).toContain('95/100');
    expect(view.container.textContent).toContain('Quý 2 xếp loại Không hoàn thành nhiệm vụ');
  });

  it('a quarter not rated (Q26-30, whichever case) is listed as such, not as missing data, and rates no part of the year', () => {
    for (const unrated of [{ sickOrMaternityMonths: 2 }, { underInvestigation: true }]) {
      const view = render(
        <YearQuarters annual={A} quarters={[q1, { ...q2, unrated }, undefined, undefined]} lang="vi" />,
      );
      const second = view.container.querySelector('li[data-quarter="2"]');
      expect(second?.textContent).toBe('Quý II: chưa xếp loại (nghỉ, đi học, mới bổ nhiệm hoặc đang bị kiểm tra) ');
      expect(second?.getAttribute('data-level')).toBe('');
      // Quarter II's KHTNV no longer counts: the year is not held down by it.
      expect(view.container.textContent).not.toContain('Quý 2 xếp loại Không hoàn thành nhiệm vụ');
      cleanup();
    }
  });

  it('a quarter whose stored draft could not be read is said so (vi and en), not listed as having no draft', () => {
    const vi = render(
      <YearQuarters annual={A} quarters={[q1, undefined, undefined, undefined]} unreadable={[2]} lang="vi" />,
    );
    const items = [...vi.container.querySelectorAll('li[data-quarter]')].map((li) => li.textContent);
    expect(items[1]).toBe('Quý II: có bản đã lưu nhưng không đọc được (xem thông báo ở trên) ');
    expect(items[2]).toBe('Quý III: chưa có bản kiểm điểm ');
    expect(vi.getByTestId('missing-quarters').textContent).toBe('Chưa có bản kiểm điểm của quý: III, IV.');
    cleanup();
    const en = render(
      <YearQuarters annual={A} quarters={[q1, undefined, undefined, undefined]} unreadable={[2]} lang="en" />,
    );
    const enItems = [...en.container.querySelectorAll('li[data-quarter]')].map((li) => li.textContent);
    expect(enItems[1]).toContain('a stored draft exists but could not be read');
    expect(en.getByTestId('missing-quarters').textContent).toBe('No self-review yet for quarter: III, IV.');
  });

  it('with a half-typed annual draft, the year is read from the quarters alone and says so', () => {
    const all = readYear(A, [q1, q2, q3, undefined]);
    expect(all.missing).toEqual([4]);
    expect(all.quartersOnly).toBe(false);
    const half = readYear({ format: 'tusoi.assessment/1', period: { year: 2026 }, subject: { kind: 'staff' } }, [
      q1,
      q2,
      q3,
      undefined,
    ]);
    expect(half.quartersOnly).toBe(true);
    expect(half.result?.reasons.some((r) => r.rule === 'Q26-35')).toBe(true);
    expect(half.issues.map((i) => i.path)).toContain('scores');
    // No total of its own: the score line is left out rather than shown as 0.
    const view = render(
      <YearQuarters
        annual={{ format: 'tusoi.assessment/1', period: { year: 2026 }, subject: { kind: 'staff' } }}
        quarters={[q1, q2, q3, undefined]}
        lang="vi"
      />,
    );
    expect(view.queryByTestId('year-total')).toBeNull();
    expect(view.container.textContent).toContain('chỉ tính từ các quý');
  });

  it('a quarter that cannot be rated yet is said so and left out of the year; no quarter at all gives the annual draft’s issues', () => {
    const broken = { ...q3, taskList: [] };
    const y = readYear(A, [q1, undefined, broken, undefined]);
    expect(y.perQuarter[2]?.result).toBeNull();
    expect(y.result?.reasons.find((r) => r.rule === 'Q26-33')?.message.vi).not.toContain('Q3');
    const view = render(
      <YearQuarters
        annual={{ format: 'tusoi.assessment/1', period: { year: 2026 }, subject: { kind: 'staff' } }}
        quarters={[undefined, undefined, undefined, undefined]}
        lang="en"
      />,
    );
    expect(view.getByTestId('missing-quarters').textContent).toBe('No self-review yet for quarter: I, II, III, IV.');
    expect(view.getByTestId('year-level').getAttribute('data-level')).toBe('invalid');
  });

  it('two KHTNV quarters in a row: one year result (HTTNV), the Q26-36 flag and a proposal above it warned of', () => {
    // The reviewer's case: Q1 HTXSNV, Q2 and Q3 KHTNV, an annual 30 + 68 with 20/20/20/8/0 tasks.
    const q3k = { ...q2, period: { year: 2026, quarter: 3 } };
    const own = {
      format: 'tusoi.assessment/1',
      period: { year: 2026 },
      subject: { kind: 'staff', name: (q1 as { subject: { name?: string } }).subject.name },
      scores: { general: 30, results: 68 },
      tasks: { assigned: 20, completed: 20, onTimeWithQuality: 20, exceeded: 8, late: 0 },
      proposedLevel: 'HTXSNV',
    };
    const y = readYear(own, [q1, q2, q3k, undefined]);
    expect(y.result?.level).toBe('HTTNV');
    expect(y.result?.flags?.map((f) => f.rule)).toEqual(['Q26-36']);
    expect(y.checks.map((c) => c.code)).toContain('PROPOSED_ABOVE_RESULT');
    const view = render(<YearResult reading={y} checks={y.checks} lang="vi" />);
    expect(view.getByTestId('level').getAttribute('data-level')).toBe('HTTNV');
    const flag = view.getByTestId('flags').querySelector('li');
    expect(flag?.getAttribute('data-rule')).toBe('Q26-36');
    expect(flag?.textContent).toContain('xem xét thay thế, điều chuyển');
    expect(flag?.textContent).toContain('không tự động');
    expect(view.getByTestId('warnings').textContent).toContain('cao hơn mức theo quy định (HTTNV)');
    expect(view.getByTestId('checks').querySelector('[data-code="PROPOSED_ABOVE_RESULT"]')).not.toBeNull();
    // English, the same flag in its own words.
    const en = render(<YearResult reading={y} lang="en" testIdPrefix="en-" />);
    expect(en.getByTestId('en-flags').textContent).toContain('never automatic');
    // Without the run of two, no flag and no section for it.
    const one = readYear(own, [q1, q2, undefined, undefined]);
    expect(one.result?.flags).toBeUndefined();
    const oneView = render(<YearResult reading={one} lang="vi" testIdPrefix="one-" />);
    expect(oneView.queryByTestId('one-flags')).toBeNull();
  });

  it('read from the quarters alone, the year names what the annual draft still lacks', () => {
    const y = readYear({ format: 'tusoi.assessment/1', period: { year: 2026 }, subject: { kind: 'staff' } }, [
      q1,
      q2,
      undefined,
      undefined,
    ]);
    const view = render(<YearResult reading={y} lang="vi" />);
    expect(view.container.textContent).toContain('chỉ tính từ các quý');
    expect(view.getByTestId('annual-issues').textContent).toMatch(/\S/);
  });
});

describe('readYear with quarters scored by the user’s own pack', () => {
  // The user's own quarterly table: the built-in 09A under another id (as imported into the extension).
  const own = { ...(builtinPack2('q2026-vatm-09a') as Pack2), id: 'don-vi-x-quy' };
  const onOwn = (q: Record<string, unknown>) => ({
    ...q,
    criteria: { ...(q.criteria as Record<string, unknown>), pack: own.id },
  });
  const quarters = [onOwn(q1), onOwn(q2), onOwn(q3), undefined];

  it('rolls them into the same year as the built-in quarters give, each quarter rated', () => {
    const builtin = readYear(A, [q1, q2, q3, undefined]);
    const y = readYear(A, quarters, [own]);
    expect(y.issues).toEqual([]);
    expect(y.quartersOnly).toBe(false);
    expect(y.result?.level).toBe(builtin.result?.level);
    expect(y.result?.year?.quarters.map((q) => [q.quarter, q.level, q.total])).toEqual(
      builtin.result?.year?.quarters.map((q) => [q.quarter, q.level, q.total]),
    );
    expect(y.perQuarter.slice(0, 3).every((q) => q.result !== null)).toBe(true);
  });

  it('without the pack the quarters are not rated (each says which pack it lacks) and none goes into the year', () => {
    const y = readYear(A, quarters, []);
    expect(y.perQuarter.slice(0, 3).map((q) => q.result)).toEqual([null, null, null]);
    expect(y.perQuarter[0]?.issues.map((i) => i.path)).toEqual(['criteria.pack']);
    expect(y.result?.year?.quarters ?? []).toEqual([]);
  });
});
