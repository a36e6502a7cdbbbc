import { builtinPack2, groupsFor } from '@tusoi/rubric-core';
import { describe, expect, it } from 'vitest';
import { judgeProposal, whyNotLevel } from './proposal';

const draft = {
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general: 27, results: 62.5 },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 4, late: 0 },
  proposedLevel: 'HTXSNV',
} as const;

describe('whyNotLevel', () => {
  it('names the failed condition of the rules with its citation: 89.5 points are under the 90 of HTXSNV', () => {
    expect(whyNotLevel(draft as never, 'HTXSNV')?.vi).toBe(
      'Theo quy định: Tổng điểm 89,5 chưa đạt 90 điểm (mức Hoàn thành xuất sắc nhiệm vụ cần từ 90 điểm) (QĐ 366-QĐ/TW, Điều 11, khoản 1).',
    );
  });
  it('says nothing when the rules give the level (90 points, tasks exceeded): the lock is the page’s own', () => {
    expect(whyNotLevel({ ...draft, scores: { general: 27.5, results: 62.5 } } as never, 'HTXSNV')).toBeNull();
    expect(whyNotLevel(draft as never, 'HTTNV')).toBeNull();
  });
  it('says nothing for a draft the rules cannot classify yet', () => {
    expect(whyNotLevel({ proposedLevel: 'HTXSNV' } as never, 'HTXSNV')).toBeNull();
  });
});

describe('the proposal of an annual draft judged with its quarters (classifyYear)', () => {
  const PACK = 'q2026-vatm-09a';
  // A staff quarter scored by the built-in pack, every criterion met; `unfinished`: a task not done (KHTNV, Q26-17).
  const quarter = (n: number, unfinished = false) => ({
    format: 'tusoi.assessment/2',
    period: { year: 2026, quarter: n },
    subject: { kind: 'staff' },
    criteria: {
      pack: PACK,
      items: Object.fromEntries(
        groupsFor(builtinPack2(PACK) as never, 'staff').flatMap((g) => g.items.map((i) => [i.id, { answer: 'met' }])),
      ),
    },
    frame: { id: 'K2' },
    taskList: [
      { name: 'SP1', axis: 'T1', weight: 65, components: { A: 100, B: 100, C: 100, D: 100 }, completed: true },
      { name: 'SP2', axis: 'T1', weight: 5, components: { A: 100, B: 100, C: 100, D: 100 }, completed: !unfinished },
    ],
  });
  const annual = {
    format: 'tusoi.assessment/1',
    period: { year: 2026 },
    subject: { kind: 'staff' },
    scores: { general: 30, results: 60 },
    tasks: { assigned: 20, completed: 20, onTimeWithQuality: 20, exceeded: 8, late: 0 },
  } as const;
  const page = { general: 30, results: 68, level: 'HTXSNV' } as const;

  it('alone, 98 points with 8/20 exceeded allow HTXSNV: nothing is said', () => {
    expect(judgeProposal(annual as never, page)).toBeNull();
    expect(judgeProposal(annual as never, page, [])).toBeNull();
  });
  it('with quarters II and III KHTNV the year is HTTNV: the page’s HTXSNV is above it, with the year’s reason (Q26-35)', () => {
    const said = judgeProposal(annual as never, page, [quarter(1), quarter(2, true), quarter(3, true)]);
    expect(said?.vi).toMatch(
      /^Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ" cao hơn mức theo quy định \(HTTNV\)\. Theo quy định: /,
    );
    expect(said?.vi).toContain(
      'Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ: không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm',
    );
    expect(said?.en).toContain('Quarter(s) 2, 3 rated KHTNV');
    // HTTNV on the page is what the year gives: nothing to say.
    expect(judgeProposal(annual as never, { ...page, level: 'HTTNV' }, [quarter(2, true)])).toBeNull();
    // Quarters that all hold: HTXSNV stands.
    expect(judgeProposal(annual as never, page, [quarter(1), quarter(2)])).toBeNull();
  });
  it('whyNotLevel gives the year’s reason for a locked HTXSNV too; a quarter that is not of the year says nothing', () => {
    const a = { ...annual, scores: { general: 30, results: 68 } };
    expect(whyNotLevel(a as never, 'HTXSNV')).toBeNull();
    expect(whyNotLevel(a as never, 'HTXSNV', [quarter(1), quarter(2, true)])?.vi).toContain(
      'Quý 2 xếp loại Không hoàn thành nhiệm vụ',
    );
    const other = { ...quarter(1), period: { year: 2025, quarter: 1 } };
    expect(judgeProposal(annual as never, page, [other])).toBeNull();
  });
  it('quarters scored by the user’s own pack are judged with it; without it the year cannot be read and nothing is said', () => {
    const own = { ...(builtinPack2(PACK) as object), id: 'don-vi-x-quy' } as never;
    const onOwn = (q: ReturnType<typeof quarter>) => ({ ...q, criteria: { ...q.criteria, pack: 'don-vi-x-quy' } });
    const quarters = [onOwn(quarter(1)), onOwn(quarter(2, true)), onOwn(quarter(3, true))];
    expect(judgeProposal(annual as never, page, quarters, [own])?.vi).toContain(
      'Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ',
    );
    expect(
      whyNotLevel({ ...annual, scores: { general: 30, results: 68 } } as never, 'HTXSNV', quarters, [own])?.vi,
    ).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
    expect(judgeProposal(annual as never, page, quarters)).toBeNull();
  });
});
