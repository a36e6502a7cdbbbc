import { describe, expect, it } from 'vitest';
import { TusoiDB } from './db';
import { Store } from './store';

let n = 0;

describe('Store.listSummaries (the history list)', () => {
  it('gives name, period and last change of every draft, newest change first, matching the drafts', async () => {
    const store = new Store(new TusoiDB(`summaries-${n++}`));
    const a = await store.createDraft('staff', 2025);
    const b = await store.createDraft('staff', 2025, 2);
    await new Promise((r) => setTimeout(r, 5));
    const renamed = await store.saveDraft({
      ...a,
      data: { assessment: { ...a.data.assessment, subject: { kind: 'staff', name: 'Trần Thị B' } } },
    });
    const summaries = (await store.listSummaries()).map(({ rev: _rev, ...s }) => s);
    expect(summaries).toEqual([
      { id: a.id, person: 'Trần Thị B', periodKey: '2025', updatedAt: renamed.updatedAt },
      { id: b.id, person: '', periodKey: '2025-Q2', updatedAt: b.updatedAt },
    ]);
    const full = await store.listDrafts();
    expect(full.map(({ id, person, periodKey, updatedAt }) => ({ id, person, periodKey, updatedAt }))).toEqual(
      summaries,
    );
  });

  it('is empty for no drafts, and reads sealed drafts through the open lock', async () => {
    const store = new Store(new TusoiDB(`summaries-${n++}`));
    expect(await store.listSummaries()).toEqual([]);
    const d = await store.createDraft('staff', 2026);
    await store.saveDraft({
      ...d,
      data: { assessment: { ...d.data.assessment, subject: { kind: 'staff', name: 'Lê Văn C' } } },
    });
    await store.enableLock('mật khẩu', 1_000);
    const [only] = await store.listSummaries();
    expect(only).toMatchObject({ id: d.id, person: 'Lê Văn C', periodKey: '2026' });
  });
});
