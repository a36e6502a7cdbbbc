import { TusoiInputError } from '@tusoi/rubric-core';
import { blockText } from '@tusoi/rubric-core/document';
import { describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/store';
import year2026q1 from '../e2e/year-2026/q1-staff-htxsnv.json';
import { documentIssuesText, draftDocument } from './document-actions';

// The annual draft's document carries the year the panel shows, from the quarters it is rolled from.
const q1 = year2026q1 as unknown as { period: unknown; taskList: Record<string, unknown>[] };
const quarter = (n: number, unfinished = false) => ({
  ...q1,
  period: { year: 2026, quarter: n },
  taskList: q1.taskList.map((t, i) => (unfinished && i === q1.taskList.length - 1 ? { ...t, completed: false } : t)),
});
const annual = (kind = 'staff'): Draft => ({
  id: 'y',
  person: 'Trần Thị Thử',
  periodKey: '2026',
  createdAt: 1,
  updatedAt: 1,
  rev: 0,
  data: {
    assessment: {
      format: 'tusoi.assessment/1',
      period: { year: 2026 },
      subject: { kind, name: 'Trần Thị Thử' },
      scores: { general: 30, results: 68 },
      tasks: { assigned: 20, completed: 20, onTimeWithQuality: 20, exceeded: 8, late: 0 },
      ...(kind === 'leader'
        ? { ledUnits: { assigned: 4, completed: 4, onTimeWithQuality: 4, exceeded: 0, late: 0 } }
        : {}),
    },
  },
});
const lines = (d: Draft, quarters: unknown[]) =>
  draftDocument(d, [], quarters).doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [blockText(b)] : []));

describe('draftDocument with the year’s quarters', () => {
  it('an annual draft with quarters II and III KHTNV: the year’s HTTNV and its reason (Q26-35); alone, no year', () => {
    const year = lines(annual(), [quarter(1), quarter(2, true), quarter(3, true)]);
    expect(year).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    expect(year.join('\n')).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
    expect(lines(annual(), []).join('\n')).not.toContain('Mức theo quy định');
  });

  it('quarters that do not make a year with the draft (another kind): nothing made, the problem named by its field', () => {
    let issues: readonly { path: string }[] = [];
    try {
      draftDocument(annual('leader'), [], [quarter(1)]);
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      issues = e.issues;
    }
    expect(issues.map((i) => i.path)).toEqual(['assessment.subject.kind']);
    const text = documentIssuesText(issues as never, 'vi');
    expect(text).toMatch(/^Chưa tạo được bản kiểm điểm, cần bổ sung: “[^”]+”: đối tượng "leader" khác "staff"/);
    expect(text).not.toContain('assessment.');
  });

  it('a quarter that could not be read is named in the document (Vietnamese, then English), with the store’s reason', () => {
    const why = { vi: `“Nhiệm vụ được giao”: ${'x'.repeat(600)}`, en: '“Tasks assigned”: not a number' };
    const made = draftDocument(annual(), [], [quarter(1), quarter(3)], [{ quarter: 2, why }]).doc.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [blockText(b)] : [],
    );
    const at = made.findIndex((l) => l.startsWith('Không đọc được bản kiểm điểm đã lưu của quý II/2026 (“Nhiệm vụ'));
    expect(at).toBeGreaterThan(-1);
    // A reason too long for a line of the document is cut, never refused.
    expect(made[at]).toContain('…)');
    expect(made[at + 1]).toContain('The stored self-review of quarter II/2026 (“Tasks assigned”: not a number)');
    expect(lines(annual(), [quarter(1)]).join('\n')).not.toContain('Không đọc được');
  });
});
