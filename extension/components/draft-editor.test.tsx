import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { BUILTIN_PACKS } from '@tusoi/rubric-core';
import q01 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import { describe, expect, it } from 'vitest';
import { nextPeriodAssessment } from '@/lib/next-period';
import { DraftEditor } from './draft-editor';

const input = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement | null;

describe('DraftEditor: the 2026 quarterly review', () => {
  it('a quarter of 2026 gets the quarterly editor; a 2025 quarter and a year keep the annual one', () => {
    const quarter = render(
      <DraftEditor
        assessment={{ format: 'tusoi.assessment/1', period: { year: 2026, quarter: 2 }, subject: { kind: 'staff' } }}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={() => {}}
      />,
    );
    expect(screen.getByTestId('quarterly-editor')).toBeTruthy();
    // Still /1: its group totals stay editable until a quarterly pack makes it /2.
    expect(input('scores.general')).not.toBeNull();
    quarter.unmount();
    for (const period of [{ year: 2025, quarter: 2 }, { year: 2026 }]) {
      const view = render(
        <DraftEditor
          assessment={{ period, subject: { kind: 'staff' } }}
          packs={BUILTIN_PACKS}
          lang="vi"
          set={() => {}}
        />,
      );
      expect(screen.queryByTestId('quarterly-editor')).toBeNull();
      view.unmount();
    }
  });

  it('a /2 quarter: answers and tasks in the quarterly editor, no group totals or counts to type twice', () => {
    const changes: [readonly (string | number)[], unknown][] = [];
    render(
      <DraftEditor
        assessment={q01 as Record<string, unknown>}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={(p, v) => changes.push([p, v])}
      />,
    );
    expect(input('scores.general')).toBeNull();
    expect(input('tasks.assigned')).toBeNull();
    expect(input('findings.degradationConcluded')).not.toBeNull();
    fireEvent.input(input('taskList.4.weight') as HTMLInputElement, { target: { value: '5,5' } });
    expect(changes.at(-1)?.[0]).toEqual(['taskList']);
    const list = changes.at(-1)?.[1] as { weight: number }[] | undefined;
    expect(list?.[4]?.weight).toBe(5.5);
  });

  it('a shortcoming carried with no status is shown unanswered, with rubric-core’s request for an answer; an answered one is not', () => {
    const a = {
      ...nextPeriodAssessment({
        ...(q01 as Record<string, unknown>),
        review: { shortcomings: [{ text: 'Chậm báo cáo' }] },
      }),
    };
    const view = render(<DraftEditor assessment={a} packs={BUILTIN_PACKS} lang="vi" set={() => {}} />);
    const status = document.querySelector('[name="priorShortcomings.0.status"]') as HTMLSelectElement;
    expect(status.value).toBe('');
    expect(status.selectedOptions[0]?.textContent).toBe('— chưa trả lời —');
    expect(screen.getByTestId('prior-unanswered').textContent).toContain('chưa ghi kết quả khắc phục');
    view.unmount();
    render(
      <DraftEditor
        assessment={{ ...a, priorShortcomings: [{ text: 'Chậm báo cáo', status: 'fixed' }] }}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={() => {}}
      />,
    );
    expect(screen.queryByTestId('prior-unanswered')).toBeNull();
  });

  it('Q26-30 has its own section in a quarter only, closed until the draft holds a fact of it; a typed fact is set at its path, emptied it is removed', () => {
    const changes: [readonly (string | number)[], unknown][] = [];
    const section = () => document.querySelector('[data-section="unrated"]') as HTMLDetailsElement | null;
    const view = render(
      <DraftEditor
        assessment={q01 as Record<string, unknown>}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={(p, v) => changes.push([p, v])}
      />,
    );
    expect(section()?.open).toBe(false);
    expect(section()?.querySelector('summary')?.textContent).toBe('Trường hợp chưa xếp loại');
    for (const name of ['trainingMonths', 'sickOrMaternityMonths', 'firstAppointedMonths'])
      expect(input(`unrated.${name}`)?.value).toBe('');
    expect(input('unrated.underInvestigation')?.checked).toBe(false);
    fireEvent.input(input('unrated.sickOrMaternityMonths') as HTMLInputElement, { target: { value: '2' } });
    expect(changes).toEqual([[['unrated', 'sickOrMaternityMonths'], 2]]);
    fireEvent.input(input('unrated.sickOrMaternityMonths') as HTMLInputElement, { target: { value: '' } });
    expect(changes.at(-1)).toEqual([['unrated', 'sickOrMaternityMonths'], undefined]);
    view.unmount();

    render(
      <DraftEditor
        assessment={{ ...(q01 as Record<string, unknown>), unrated: { sickOrMaternityMonths: 2 } }}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={() => {}}
      />,
    );
    expect(section()?.open).toBe(true);
    expect(input('unrated.sickOrMaternityMonths')?.value).toBe('2');
    cleanup();
    // A year has no quarter to leave unrated.
    render(
      <DraftEditor
        assessment={{ period: { year: 2026 }, subject: { kind: 'staff' } }}
        packs={BUILTIN_PACKS}
        lang="vi"
        set={() => {}}
      />,
    );
    expect(section()).toBeNull();
    expect(input('unrated.sickOrMaternityMonths')).toBeNull();
  });
});
