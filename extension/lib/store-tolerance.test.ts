import { describe, expect, it } from 'vitest';
import { TusoiDB } from './db';
import { ImportConflictError, Store } from './store';

// The second review of "nothing lost": one bad record never hides the others, a closing page's
// last edit is made ready synchronously, an import answer is given to what was shown.

let n = 0;
const freshStore = () => new Store(new TusoiDB(`tolerance-${Date.now()}-${n++}`));

describe('bad stored records, lock off', () => {
  it('a sealed record with no lock set, and a broken revision, are each one unreadable draft', async () => {
    const store = freshStore();
    const good = await store.createDraft('staff', 2025);
    const sealed = { iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' };
    await store.db.drafts.bulkPut([
      { id: 's', person: '', periodKey: '', createdAt: 1, updatedAt: Date.now() + 1000, rev: 1, sealed },
      {
        id: 'r',
        person: 'B',
        periodKey: '2025',
        createdAt: 1,
        updatedAt: 1,
        rev: 'x' as unknown as number,
        data: good.data,
      },
    ]);
    // Written behind the list's back: the list is rebuilt, each bad record one unreadable line.
    const list = await store.listSummaries();
    expect(list.map((d) => d.id).sort()).toEqual([good.id, 'r', 's'].sort());
    expect(
      list
        .filter((d) => d.unreadable)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['r', 's']);
    // The rebuilt list is read as it is next time, and a write to the good draft keeps it.
    expect(await store.listSummaries()).toEqual(list);
    await store.saveDraft({ ...good, data: { assessment: { ...good.data.assessment, proposedLevel: 'HTNV' } } });
    expect((await store.listSummaries()).map((d) => d.id).sort()).toEqual([good.id, 'r', 's'].sort());
    expect((await store.getDraft('s'))?.unreadable?.[0]?.code).toBe('sealed-no-lock');
    expect((await store.getDraft('r'))?.unreadable?.[0]?.code).toBe('bad-rev');
    expect((await store.getDraft(good.id))?.unreadable).toBeUndefined();
  });
});

describe('a closing page', () => {
  it('prepares its last edit synchronously, sealed with the lock on, and the write lands', async () => {
    const store = freshStore();
    await store.enableLock('mật khẩu dài', 1000);
    const d = await store.createDraft('staff', 2025);
    const next = { ...d, data: { assessment: { ...d.data.assessment, subject: { kind: 'staff', name: 'Bí Mật' } } } };
    const write = store.prepareNow(next, d);
    expect(JSON.stringify(write)).not.toContain('Bí Mật');
    expect((await store.writePrepared(write)).kind).toBe('written');
    expect((await store.getDraft(d.id))?.person).toBe('Bí Mật');
    const kept = store.keepNow({ 'assessment.review.direction': 'giữ lại' });
    expect(kept).not.toContain('giữ lại');
    expect(await store.openKept(kept)).toEqual({ 'assessment.review.direction': 'giữ lại' });
    store.lock();
    expect(await store.openKept(kept)).toBeUndefined();
    // Locked in this page: nothing is made ready in the clear.
    expect(() => store.keepNow({ x: 'rõ' })).toThrow(/locked/);
    expect(() => store.prepareNow(next, d)).toThrow(/locked/);
  });
});

describe('import answers', () => {
  it('a "replace" given to a question whose dates changed since is asked again, nothing written', async () => {
    const store = freshStore();
    const d = await store.createDraft('staff', 2025);
    const old = JSON.parse(JSON.stringify(await store.exportAll()));
    const later = await store.saveDraft({
      ...d,
      data: { assessment: { ...d.data.assessment, proposedLevel: 'HTNV' } },
    });
    const asked = (await store.importAll(old).catch((e) => e)) as ImportConflictError;
    const seen = new Map(asked.newer.map((x) => [x.id, x.storedAt]));
    await new Promise((ok) => setTimeout(ok, 5));
    await store.saveDraft({ ...later, data: { assessment: { ...later.data.assessment, proposedLevel: 'HTTNV' } } });
    await expect(store.importAll(old, 'replace', seen)).rejects.toBeInstanceOf(ImportConflictError);
    expect((await store.getDraft(d.id))?.data.assessment.proposedLevel).toBe('HTTNV');
    const again = (await store.importAll(old).catch((e) => e)) as ImportConflictError;
    const outcome = await store.importAll(old, 'replace', new Map(again.newer.map((x) => [x.id, x.storedAt])));
    expect(outcome).toEqual({ drafts: 1, packs: 0, replaced: 1, copies: 0, kept: 0, held: 0 });
    expect((await store.getDraft(d.id))?.data.assessment.proposedLevel).toBeUndefined();
  });
});
