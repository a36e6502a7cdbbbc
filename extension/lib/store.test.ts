import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TusoiDB } from './db';
import { Store } from './store';

let n = 0;
const freshStore = () => new Store(new TusoiDB(`test-${Date.now()}-${n++}`));
const FAST = 1_000; // PBKDF2 iterations for tests; the extension uses DEFAULT_ITERATIONS

async function withDraft(store: Store) {
  const d = await store.createDraft('staff', 2025);
  return store.saveDraft({
    ...d,
    data: {
      assessment: {
        ...d.data.assessment,
        subject: { kind: 'staff', name: 'Nguyễn Văn A' },
        scores: { general: 27, results: 60 },
      },
      // A reason for a criterion not met: as sensitive as the draft, exported and sealed with it.
      notes: { 'pl4-2.3': 'Chưa hoàn thành khoá bồi dưỡng' },
    },
  });
}

describe('database migration', () => {
  it('upgrades version 1 drafts to version 2 without losing anything', async () => {
    const name = `migrate-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ drafts: 'id, personName, year', settings: 'key' });
    await v1.table('drafts').bulkAdd([
      {
        id: 'a',
        personName: 'Trần Thị B',
        year: 2025,
        quarter: 2,
        updatedAt: 1000,
        assessment: { format: 'tusoi.assessment/1', subject: { kind: 'staff', name: 'Trần Thị B' } },
      },
      { id: 'b', personName: 'Lê C', year: 2025, updatedAt: 2000, assessment: { format: 'tusoi.assessment/1' } },
    ]);
    await v1.table('settings').put({ key: 'lang', value: 'en' });
    v1.close();

    const store = new Store(new TusoiDB(name));
    const drafts = await store.listDrafts();
    expect(drafts.map((d) => [d.id, d.person, d.periodKey, d.createdAt])).toEqual([
      ['b', 'Lê C', '2025', 2000],
      ['a', 'Trần Thị B', '2025-Q2', 1000],
    ]);
    expect(drafts[1]?.data.assessment).toEqual({
      format: 'tusoi.assessment/1',
      subject: { kind: 'staff', name: 'Trần Thị B' },
    });
    expect(await store.setting('lang')).toBe('en');
    expect(store.db.verno).toBe(3);
    expect(await store.db.drafts.where('[person+periodKey]').equals(['Lê C', '2025']).count()).toBe(1);
  });
});

describe('drafts', () => {
  it('saves every change and indexes the draft by person and period', async () => {
    const store = freshStore();
    const d = await withDraft(store);
    expect(d.person).toBe('Nguyễn Văn A');
    expect((await store.getDraft(d.id))?.data.assessment).toMatchObject({ scores: { general: 27, results: 60 } });
  });

  it('starts the next period with this period’s shortcomings as prior shortcomings, not fixed', async () => {
    const store = freshStore();
    const d = await withDraft(store);
    const withShortcoming = await store.saveDraft({
      ...d,
      data: {
        assessment: {
          ...d.data.assessment,
          period: { year: 2025, quarter: 4 },
          review: { shortcomings: [{ text: 'Chậm báo cáo', responsibility: 'Cá nhân' }] },
        },
        notes: { 'pl4-2.3': 'Lý do của kỳ này' },
      },
    });
    const next = await store.nextPeriod(withShortcoming);
    expect(next.data.assessment).toMatchObject({
      period: { year: 2026, quarter: 1 },
      subject: { name: 'Nguyễn Văn A' },
      priorShortcomings: [{ text: 'Chậm báo cáo', status: 'not-fixed', responsibility: 'Cá nhân' }],
    });
    expect(next.data.assessment.scores).toBeUndefined();
    // Reasons for criteria not met belong to their period.
    expect(next.data.notes).toBeUndefined();
    expect((await store.listDrafts()).map((x) => x.periodKey).sort()).toEqual(['2025-Q4', '2026-Q1']);
  });
});

describe('export, import, delete', () => {
  it('export → delete all → import gives identical data', async () => {
    const store = freshStore();
    await withDraft(store);
    await store.importPack({ ...(await import('@tusoi/rubric-core')).BUILTIN_PACKS[3], id: 'imported-pl4' });
    await store.setSetting('lang', 'en');
    const before = await store.exportAll();
    await store.deleteAll();
    expect(await store.listDrafts()).toEqual([]);
    await store.importAll(JSON.parse(JSON.stringify(before)));
    const after = await store.exportAll();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(after.drafts[0]?.data.notes).toEqual({ 'pl4-2.3': 'Chưa hoàn thành khoá bồi dưỡng' });
  });

  it('a bad import changes nothing and says why', async () => {
    const store = freshStore();
    await withDraft(store);
    const before = await store.exportAll();
    const good = JSON.parse(JSON.stringify(before));
    const bad = {
      ...good,
      drafts: [...good.drafts, { ...good.drafts[0], id: 'x', data: { assessment: {}, extra: 1 } }],
    };
    await expect(store.importAll(bad)).rejects.toThrow(/drafts\[1\]\.data\.extra/);
    const badPack = { ...good, packs: [{ id: 'p', importedAt: 1, pack: { format: 'tusoi.pack/1' } }] };
    await expect(store.importAll(badPack)).rejects.toThrow(/packs\[0\]\.pack/);
    await expect(store.importAll({ format: 'something else' })).rejects.toThrow(/format/);
    expect({ ...(await store.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});

describe('lock', () => {
  it('seals drafts at rest; without the passphrase they are unreadable', async () => {
    const store = freshStore();
    const d = await withDraft(store);
    await store.enableLock('mật khẩu dài', FAST);
    const raw = await store.db.drafts.get(d.id);
    expect(raw?.data).toBeUndefined();
    expect(raw?.person).toBe('');
    expect(JSON.stringify(raw)).not.toContain('Nguyễn');
    expect(JSON.stringify(raw)).not.toContain('bồi dưỡng');
    const other = new Store(store.db);
    expect(await other.lockState()).toBe('locked');
    await expect(other.listDrafts()).rejects.toThrow(/locked/);
  });

  it('a wrong passphrase says so and destroys nothing; the right one opens identical data', async () => {
    const store = freshStore();
    const d = await withDraft(store);
    await store.enableLock('mật khẩu dài', FAST);
    const sealed = await store.db.drafts.toArray();
    const reopened = new Store(store.db);
    await expect(reopened.unlock('sai rồi')).rejects.toThrow(/Wrong passphrase/);
    expect(await store.db.drafts.toArray()).toEqual(sealed);
    await reopened.unlock('mật khẩu dài');
    expect(await reopened.getDraft(d.id)).toEqual({ ...d, updatedAt: expect.any(Number) });
    const edited = await reopened.saveDraft({
      ...d,
      data: { assessment: { ...d.data.assessment, proposedLevel: 'HTNV' } },
    });
    expect((await store.db.drafts.get(d.id))?.sealed).toBeDefined();
    await reopened.disableLock();
    expect((await store.db.drafts.get(d.id))?.data?.assessment).toEqual(edited.data.assessment);
    expect(await reopened.lockState()).toBe('none');
  });
});

describe('form maps', () => {
  it('saves only valid maps, exports and imports them, and a bad map in an import changes nothing', async () => {
    const { DEMO_MAPS } = await import('@tusoi/form-kit');
    const store = freshStore();
    await store.saveMap({ ...DEMO_MAPS[0], id: 'tinh-x' });
    await expect(store.saveMap({ ...DEMO_MAPS[0], id: 'x', match: [] })).rejects.toThrow();
    expect((await store.listMaps()).map((m) => m.id)).toEqual(['tinh-x']);
    const before = await store.exportAll();
    expect(before.formmaps?.map((m) => m.id)).toEqual(['tinh-x']);
    await store.deleteAll();
    await store.importAll(JSON.parse(JSON.stringify(before)));
    expect({ ...(await store.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    const bad = {
      ...JSON.parse(JSON.stringify(before)),
      formmaps: [{ id: 'y', savedAt: 1, map: { format: 'tusoi.formmap/1' } }],
    };
    await expect(store.importAll(bad)).rejects.toThrow(/formmaps\[0\]\.map/);
    expect((await store.listMaps()).map((m) => m.id)).toEqual(['tinh-x']);
  });
});
