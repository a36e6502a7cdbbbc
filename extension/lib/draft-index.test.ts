import { describe, expect, it, vi } from 'vitest';
import { type DraftRecord, TusoiDB } from './db';
import { type DraftSummary, headOf, type IndexEntry, summariesOf } from './draft-index';
import { type LockSettings, open, unlockKey } from './lock';
import { type Draft, EXPORT_FORMAT, LockedError, Store } from './store';

let n = 0;
const FAST = 1_000;
const PASS = 'mật khẩu dài';
const dbName = () => `index-${Date.now()}-${n++}`;
const twoPages = () => {
  const name = dbName();
  return [new Store(new TusoiDB(name)), new Store(new TusoiDB(name))] as const;
};

const named = (d: Draft, name: string): Draft => ({
  ...d,
  data: { ...d.data, assessment: { ...d.data.assessment, subject: { kind: 'staff', name } } },
});

/** The list as the index record holds it on disk (opened with the passphrase when sealed); undefined when absent. */
async function onDisk(store: Store): Promise<DraftSummary[] | undefined> {
  const index = await store.db.lists.get('drafts');
  if (index === undefined) return undefined;
  let names = index.names;
  if (index.sealed !== undefined) {
    expect(index.names).toBeUndefined();
    const key = await unlockKey((await store.setting<LockSettings>('lock')) as LockSettings, PASS);
    names = await open(key, index.sealed);
  }
  return summariesOf(index.meta, names ?? {}) ?? undefined;
}

/** The list the drafts themselves give (each read whole). */
async function fromDrafts(store: Store): Promise<DraftSummary[]> {
  return (await store.listDrafts())
    .map(({ id, person, periodKey, updatedAt, rev, importedAt, unreadable }) => ({
      id,
      person,
      periodKey,
      updatedAt,
      rev,
      ...(importedAt !== undefined ? { importedAt } : {}),
      ...(unreadable ? { unreadable: true as const } : {}),
    }))
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

/** The index exists and says exactly what the drafts say. */
async function expectConsistent(store: Store) {
  const disk = await onDisk(store);
  expect(disk, 'index record present').toBeDefined();
  expect(disk).toEqual(await fromDrafts(store));
}

async function three(store: Store) {
  const out: Draft[] = [];
  for (const name of ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C']) {
    const d = await store.createDraft('staff', 2025);
    out.push(await store.saveDraft(named(d, name)));
  }
  return out;
}

describe('the list index: one record, kept with every write', () => {
  it('writes: each save updates it in the same transaction; the list is read from it alone', async () => {
    const store = new Store(new TusoiDB(dbName()));
    expect(await store.listSummaries()).toEqual([]);
    const [a] = await three(store);
    await store.saveDraft(named(a as Draft, 'Nguyễn Văn An'));
    await expectConsistent(store);
    // Reading the list touches no draft.
    const whole = vi.spyOn(store.db.drafts, 'toArray');
    const get = vi.spyOn(store.db.drafts, 'get');
    const list = await store.listSummaries();
    expect(whole).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    expect(list.map((s) => s.person).sort()).toEqual(['Lê Văn C', 'Nguyễn Văn An', 'Trần Thị B']);
    // Newest change first.
    expect(list.map((s) => s.updatedAt)).toEqual(list.map((s) => s.updatedAt).sort((x, y) => y - x));
  });

  it('delete: the draft leaves the index (its name too, sealed or not)', async () => {
    const store = new Store(new TusoiDB(dbName()));
    const [a, b] = await three(store);
    await store.deleteDraft((a as Draft).id);
    await expectConsistent(store);
    await store.enableLock(PASS, FAST);
    await store.deleteDraft((b as Draft).id);
    await expectConsistent(store);
    expect((await onDisk(store))?.map((s) => s.person)).toEqual(['Lê Văn C']);
  });

  it('import and "keep both": imported drafts are in it, the copy marked with the day it came in', async () => {
    for (const locked of [false, true]) {
      const store = new Store(new TusoiDB(dbName()));
      if (locked) await store.enableLock(PASS, FAST);
      const [a] = await three(store);
      const file = await store.exportAll();
      await store.saveDraft(named(a as Draft, 'Nguyễn Văn A (mới)'));
      await store.importAll(
        {
          ...file,
          drafts: [
            ...file.drafts,
            { ...(file.drafts[0] as (typeof file.drafts)[0]), id: 'from-file', person: 'Phạm D', updatedAt: 5 },
          ],
        },
        'keep-both',
      );
      await expectConsistent(store);
      const list = await store.listSummaries();
      expect(list).toHaveLength(5);
      const copies = list.filter((s) => s.importedAt !== undefined);
      expect(copies.map((s) => s.person)).toEqual(['Nguyễn Văn A']);
      expect(list.find((s) => s.person === 'Nguyễn Văn A (mới)')?.importedAt).toBeUndefined();
      // The mark survives an edit and an export → import.
      const copy = (await store.getDraft(copies[0]?.id as string)) as Draft;
      await store.saveDraft({ ...copy, data: { ...copy.data, notes: { x: 'y' } } });
      await expectConsistent(store);
      const again = await store.exportAll();
      expect(again.drafts.find((d) => d.id === copy.id)?.importedAt).toBe(copy.importedAt);
      await store.deleteAll();
      await store.importAll(again);
      expect((await store.listSummaries()).filter((s) => s.importedAt !== undefined)).toHaveLength(1);
    }
  });

  it('lock on and off: the index is rewritten in the lock’s transaction, sealed as one blob, then in the clear', async () => {
    const [panel, options] = twoPages();
    await three(panel);
    await options.enableLock(PASS, FAST);
    const index = await options.db.lists.get('drafts');
    expect(index?.sealed).toBeDefined();
    expect(JSON.stringify(index)).not.toContain('Nguyễn');
    await expectConsistent(options);
    // Another page opens the lock: the list is one decrypt, no draft is read.
    await panel.unlock(PASS);
    const whole = vi.spyOn(panel.db.drafts, 'toArray');
    expect((await panel.listSummaries()).map((s) => s.person).sort()).toEqual([
      'Lê Văn C',
      'Nguyễn Văn A',
      'Trần Thị B',
    ]);
    expect(whole).not.toHaveBeenCalled();
    await options.disableLock();
    const plain = await options.db.lists.get('drafts');
    expect(plain?.sealed).toBeUndefined();
    expect(Object.values(plain?.names ?? {}).map((x) => x[0])).toContain('Trần Thị B');
    await expectConsistent(options);
  });

  it('two pages renaming two drafts with the lock on: both names reach the sealed index', async () => {
    const [a, b] = twoPages();
    await a.enableLock(PASS, FAST);
    const [d1, d2] = await three(a);
    await b.unlock(PASS);
    await b.listSummaries(); // b now knows the blob a wrote
    await a.saveDraft(named(d1 as Draft, 'Đổi ở trang A'));
    // b's copy of the blob is older than the stored one: it seals its change on the new blob.
    await b.saveDraft(named((await b.getDraft((d2 as Draft).id)) as Draft, 'Đổi ở trang B'));
    await expectConsistent(a);
    expect((await onDisk(a))?.map((s) => s.person).sort()).toEqual(['Lê Văn C', 'Đổi ở trang A', 'Đổi ở trang B']);
  });

  it('rebuild: a missing, damaged or unopenable index is rebuilt from the drafts; an unreadable draft is marked', async () => {
    const store = new Store(new TusoiDB(dbName()));
    const [a] = await three(store);
    // Missing (an older version, or a write that could not keep it).
    await store.db.lists.delete('drafts');
    expect(await onDisk(store)).toBeUndefined();
    expect((await store.listSummaries()).map((s) => s.person).sort()).toEqual([
      'Lê Văn C',
      'Nguyễn Văn A',
      'Trần Thị B',
    ]);
    await expectConsistent(store);
    // A draft written without its line (count differs), of a shape the panel cannot edit.
    await store.db.drafts.put({
      id: 'junk',
      person: 'Junk',
      periodKey: '2024',
      createdAt: 1,
      updatedAt: 1,
      rev: 1,
      data: { assessment: { priorShortcomings: 'abc' } },
    });
    const list = await store.listSummaries();
    expect(list.find((s) => s.id === 'junk')).toMatchObject({ person: 'Junk', unreadable: true });
    await expectConsistent(store);
    // Sealed with a key that does not open it: rebuilt with the current one.
    await store.db.drafts.delete('junk');
    await store.enableLock(PASS, FAST);
    const index = (await store.db.lists.get('drafts')) ?? ({} as never);
    await store.db.lists.put({ ...index, sealed: { iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' } });
    const fresh = new Store(store.db);
    await fresh.unlock(PASS);
    expect(await fresh.listSummaries()).toHaveLength(3);
    await expectConsistent(fresh);
    // A revision written behind the index's back: the next save sees the index disagree and drops it, never writing a wrong line.
    const raw = await fresh.db.drafts.get((a as Draft).id);
    await fresh.db.drafts.put({ ...(raw as DraftRecord), rev: 99 });
    await expect(
      fresh.saveDraft(named((await fresh.getDraft((a as Draft).id)) as Draft, 'Sau')),
    ).resolves.toBeDefined();
    expect(await fresh.db.lists.get('drafts')).toBeUndefined();
    expect((await fresh.listSummaries()).find((s) => s.id === (a as Draft).id)?.person).toBe('Sau');
    await expectConsistent(fresh);
  });

  it('delete everything removes the index; a write prepared at close keeps it', async () => {
    const store = new Store(new TusoiDB(dbName()));
    const [a] = await three(store);
    const prepared = store.prepareNow(named(a as Draft, 'Viết khi đóng'), a as Draft);
    expect(prepared).not.toBeNull();
    expect((await store.writePrepared(prepared)).kind).toBe('written');
    await expectConsistent(store);
    expect((await store.listSummaries()).find((s) => s.id === (a as Draft).id)?.person).toBe('Viết khi đóng');
    await store.deleteAll();
    expect(await store.db.lists.count()).toBe(0);
    expect(await store.listSummaries()).toEqual([]);
  });

  it('a write sealed synchronously for a close keeps the sealed index (names sealed, never in the clear); unknown names: rebuilt', async () => {
    const store = new Store(new TusoiDB(dbName()));
    await store.enableLock(PASS, FAST);
    const [a, b] = (await three(store)) as [Draft, Draft];
    await store.listSummaries();
    const prepared = store.prepareNow(named(a, 'Đổi tên khi đóng'), a);
    expect(JSON.stringify(prepared)).not.toContain('Đổi tên');
    expect((await store.writePrepared(prepared)).kind).toBe('written');
    await expectConsistent(store);
    expect((await store.listSummaries()).find((s) => s.id === a.id)?.person).toBe('Đổi tên khi đóng');
    // A page that has not opened the sealed names yet cannot seal them at once: the index is dropped, then rebuilt whole.
    const fresh = new Store(store.db);
    await fresh.unlock(PASS);
    expect((await fresh.writePrepared(fresh.prepareNow(named(b, 'Tên mới'), b))).kind).toBe('written');
    expect(await fresh.db.lists.get('drafts')).toBeUndefined();
    expect((await fresh.listSummaries()).find((s) => s.id === b.id)?.person).toBe('Tên mới');
    await expectConsistent(fresh);
  });

  it('an export from this version imports into an empty store with its list', async () => {
    const store = new Store(new TusoiDB(dbName()));
    await store.importAll({
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      drafts: [
        {
          id: 'x',
          person: 'Đỗ E',
          periodKey: '2025',
          createdAt: 1,
          updatedAt: 2,
          rev: 3,
          importedAt: 2,
          data: {
            assessment: {
              format: 'tusoi.assessment/1',
              period: { year: 2025 },
              subject: { kind: 'staff', name: 'Đỗ E' },
            },
          },
        },
      ],
      packs: [],
      settings: {},
    });
    await expectConsistent(store);
  });
});

/** Drafts written straight to the table (their times chosen); the index is rebuilt by the next read. */
async function putDrafts(store: Store, rows: readonly { id: string; name: string; at: number }[]) {
  await store.db.drafts.bulkPut(
    rows.map((r) => ({
      id: r.id,
      person: r.name,
      periodKey: '2025',
      createdAt: r.at,
      updatedAt: r.at,
      rev: 1,
      data: {
        assessment: { format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff', name: r.name } },
      },
    })),
  );
  await store.db.lists.delete('drafts');
}

describe('the list’s first screen, read before the whole list', () => {
  const entry = (id: string, at: number): IndexEntry => ({
    id,
    person: id,
    periodKey: '2025',
    meta: { updatedAt: at, rev: 1 },
  });

  it('headOf: the lines read, in the whole list’s order, less those tied with the first line not read', () => {
    const read = [entry('b', 9), entry('a', 9), entry('c', 8), entry('d', 7), entry('e', 7)];
    // Nothing left unread: every line, ties ordered by id.
    expect(headOf(read, undefined).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // An unread draft also changed at 7 may come before d or e in the whole list: they wait for it.
    expect(headOf(read, 7).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(headOf(read, 6).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // All tied with the next one: nothing is certain to come first.
    expect(headOf([entry('x', 5), entry('y', 5)], 5)).toEqual([]);
  });

  it('listHead: the start of listSummaries exactly, whether that is all of it, and the newest draft opened', async () => {
    const store = new Store(new TusoiDB(dbName()));
    await putDrafts(
      store,
      Array.from({ length: 30 }, (_, i) => ({
        id: `d${String(i).padStart(2, '0')}`,
        name: `Đảng viên ${i}`,
        at: 1000 + i,
      })),
    );
    const { head, whole, first } = await store.listHead(10);
    expect(whole).toBe(false);
    expect(head).toEqual((await store.listSummaries()).slice(0, 10));
    expect(head[0]).toMatchObject({ id: 'd29', person: 'Đảng viên 29' });
    expect(first).toEqual(await store.getDraft('d29'));
    // Fewer drafts than asked for: all of them, the whole list.
    const small = new Store(new TusoiDB(dbName()));
    await putDrafts(small, [
      { id: 'x', name: 'X', at: 5 },
      { id: 'y', name: 'Y', at: 6 },
    ]);
    const all = await small.listHead(10);
    expect(all.whole).toBe(true);
    expect(all.head).toEqual(await small.listSummaries());
    // No drafts: nothing, and no draft to open.
    expect(await new Store(new TusoiDB(dbName())).listHead(10)).toEqual({ head: [], whole: true });
    // Exactly as many as asked for: the whole list too (one more was asked for, to know).
    expect((await small.listHead(2)).whole).toBe(true);
    expect((await small.listHead(1)).whole).toBe(false);
  });

  it('listHead: ties at the cut are left for the whole list; still its exact start', async () => {
    const store = new Store(new TusoiDB(dbName()));
    // Six drafts changed at the same moment straddle the first five read.
    await putDrafts(store, [
      { id: 'a', name: 'A', at: 50 },
      { id: 'b', name: 'B', at: 40 },
      ...['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => ({ id, name: id, at: 30 })),
    ]);
    const { head, whole } = await store.listHead(5);
    expect(whole).toBe(false);
    expect(head.map((s) => s.id)).toEqual(['a', 'b']);
    expect(head).toEqual((await store.listSummaries()).slice(0, 2));
  });

  it('listHead: the draft it opens is checked (a junk one is unreadable, never edited); sealed drafts need the key', async () => {
    const store = new Store(new TusoiDB(dbName()));
    await putDrafts(store, [{ id: 'ok', name: 'Nguyễn Văn A', at: 1 }]);
    await store.db.drafts.put({
      id: 'junk',
      person: 'Junk',
      periodKey: '2024',
      createdAt: 2,
      updatedAt: 2,
      rev: 1,
      data: { assessment: { priorShortcomings: 'abc' } },
    });
    const read = await store.listHead(10);
    expect(read.first?.id).toBe('junk');
    expect(read.first?.unreadable?.length).toBeGreaterThan(0);
    expect(read.head[0]).toMatchObject({ id: 'junk', unreadable: true });
    // With the lock on, a page without the key reads nothing; with it, the names come out of the seal.
    await store.db.drafts.delete('junk');
    await store.enableLock(PASS, FAST);
    const other = new Store(store.db);
    await expect(other.listHead(10)).rejects.toBeInstanceOf(LockedError);
    await other.unlock(PASS);
    const sealed = await other.listHead(10);
    expect(sealed.head).toEqual(await other.listSummaries());
    expect(sealed.head[0]).toMatchObject({ id: 'ok', person: 'Nguyễn Văn A', periodKey: '2025' });
    expect(sealed.first?.data.assessment).toMatchObject({ subject: { name: 'Nguyễn Văn A' } });
  });
});
