import { describe, expect, it } from 'vitest';
import { TusoiDB } from './db';
import { Store } from './store';
import {
  isQuarterlyYear,
  type QuarterDraft,
  quarterDraftsOf,
  quartersKey,
  readQuarterDrafts,
  unreadableQuartersText,
  yearInputs,
} from './year-drafts';

const row = (id: string, person: string, periodKey: string, updatedAt = 1) => ({ id, person, periodKey, updatedAt });
const annual = (name?: string, year = 2026) => ({
  period: { year },
  subject: { kind: 'staff', ...(name ? { name } : {}) },
});

describe('the quarters an annual draft pulls in', () => {
  it('is an annual draft of a year from the first quarterly year on, never a quarter or an earlier year', () => {
    expect(isQuarterlyYear(annual('A'), 2026)).toBe(true);
    expect(isQuarterlyYear(annual('A', 2025), 2026)).toBe(false);
    expect(isQuarterlyYear({ period: { year: 2026, quarter: 1 } }, 2026)).toBe(false);
    expect(isQuarterlyYear({ period: {} }, 2026)).toBe(false);
  });

  it('finds the latest draft of each quarter of the same person and year (the list is newest first), by trimmed name', () => {
    const list = [
      row('q2-new', 'Trần Thị Thử ', '2026-Q2', 9),
      row('self', 'Trần Thị Thử', '2026'),
      row('q2-old', 'Trần Thị Thử', '2026-Q2', 3),
      row('q1', 'Trần Thị Thử', '2026-Q1'),
      row('other', 'Người Khác', '2026-Q3'),
      row('q4-2027', 'Trần Thị Thử', '2027-Q4'),
    ];
    const found = quarterDraftsOf(list, 'self', annual(' Trần Thị Thử'));
    expect(found.map((s) => s?.id)).toEqual(['q1', 'q2-new', undefined, undefined]);
    expect(quartersKey(found)).toBe('q1@1,q2-new@9,-,-');
    // A draft with no name pulls in nobody's quarters.
    expect(quarterDraftsOf(list, 'self', annual())).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('the quarters the year is rolled from', () => {
  it('keeps the quarters read that have a result, in order; none read gives none', () => {
    const q = (n: number) => ({ period: { year: 2026, quarter: n } });
    const rated = { result: { level: 'HTTNV' } };
    const unrated = { result: null };
    expect(yearInputs([q(1), undefined, q(3), q(4)], [rated, unrated, unrated, rated])).toEqual([q(1), q(4)]);
    expect(yearInputs([undefined, undefined, undefined, undefined], [unrated, unrated, unrated, unrated])).toEqual([]);
  });
});

describe('quarters whose stored draft cannot be read', () => {
  const ok = (q: number): QuarterDraft => ({ data: { assessment: { period: { year: 2026, quarter: q } } } });
  const found = [{ id: 'q1' }, { id: 'q2' }, undefined, { id: 'q4' }];

  it('a draft the store flags unreadable, or whose reading throws, is left out and named; the others are read', async () => {
    const drafts: Record<string, QuarterDraft> = {
      q1: ok(1),
      q2: {
        data: { assessment: {} },
        unreadable: [{ message: { vi: 'dạng không đọc được', en: 'unreadable shape' } }],
      },
    };
    const read = await readQuarterDrafts(found, async (id) => {
      if (id === 'q4') throw new Error('corrupt record');
      return drafts[id];
    });
    expect(read.quarters).toEqual([ok(1).data.assessment, undefined, undefined, undefined]);
    expect(read.unreadable).toEqual([
      { quarter: 2, why: { vi: 'dạng không đọc được', en: 'unreadable shape' } },
      { quarter: 4, why: { vi: 'không đọc được', en: 'cannot be read' } },
    ]);
    const text = unreadableQuartersText(read, 2026);
    expect(text?.vi).toMatch(
      /^Không đọc được bản kiểm điểm đã lưu của quý II\/2026 \(dạng không đọc được\), IV\/2026 \(không đọc được\): /,
    );
    expect(text?.en).toMatch(
      /^The stored self-review of quarter II\/2026 \(unreadable shape\), IV\/2026 \(cannot be read\) could not be read/,
    );
  });

  it('a reason about one field names that field in words (vi, en), not its path', async () => {
    const read = await readQuarterDrafts([{ id: 'q1' }, undefined, undefined, undefined], async () => ({
      data: { assessment: {} },
      unreadable: [
        {
          path: 'data.assessment.taskList',
          message: { vi: 'phải là một mảng (nhận Object)', en: 'must be an array (got Object)' },
        },
      ],
    }));
    expect(read.unreadable).toEqual([
      {
        quarter: 1,
        why: {
          vi: 'Nhiệm vụ, sản phẩm trong quý: phải là một mảng (nhận Object)',
          en: 'Tasks (products) of the quarter: must be an array (got Object)',
        },
      },
    ]);
  });

  it('a quarter with no draft is not unreadable: nothing to say when all found are read', async () => {
    const read = await readQuarterDrafts([{ id: 'q1' }, undefined, undefined, undefined], async () => ok(1));
    expect(read.unreadable).toEqual([]);
    expect(unreadableQuartersText(read, 2026)).toBeNull();
  });

  it('through the real store: a stored draft of a junk shape is named, and stays as it was stored', async () => {
    const db = new TusoiDB(`year-drafts-${Date.now()}`);
    const store = new Store(db);
    const d = await store.createDraft('staff', 2026);
    const record = { ...(await db.drafts.get(d.id)), data: { assessment: { priorShortcomings: 'abc' } } };
    await db.drafts.put(record as never);
    const read = await readQuarterDrafts([undefined, { id: d.id }, undefined, undefined], (id) => store.getDraft(id));
    expect(read.unreadable.map((u) => u.quarter)).toEqual([2]);
    expect(read.quarters).toEqual([undefined, undefined, undefined, undefined]);
    expect(await db.drafts.get(d.id)).toEqual(record);
  });
});
