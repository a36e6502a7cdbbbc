import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { TusoiDB } from './db';
import {
  ConflictError,
  type Draft,
  ImportConflictError,
  LockedError,
  StaleError,
  Store,
  type StoreEvent,
} from './store';

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
    expect(store.db.verno).toBe(5);
    // The list's index is built from the drafts on the first read.
    expect((await store.listSummaries()).map((x) => [x.id, x.person, x.periodKey])).toEqual([
      ['b', 'Lê C', '2025'],
      ['a', 'Trần Thị B', '2025-Q2'],
    ]);
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
      priorShortcomings: [{ text: 'Chậm báo cáo', responsibility: 'Cá nhân' }],
    });
    // Not pre-marked "not fixed": the next period's status is the person's to answer.
    expect(next.data.assessment.priorShortcomings).toEqual([{ text: 'Chậm báo cáo', responsibility: 'Cá nhân' }]);
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

  it('keeps the user’s own quarterly pack (tusoi.pack/2, checked by parsePack2), exported and imported again; a bad one is refused by path', async () => {
    const { builtinPack2 } = await import('@tusoi/rubric-core');
    const own = { ...builtinPack2('q2026-vatm-09a'), id: 'don-vi-x-quy' };
    const store = freshStore();
    const record = await store.importPack(own);
    expect(record.pack).toEqual(own);
    expect((await store.listPacks()).map((p) => p.id)).toEqual(['don-vi-x-quy']);
    const file = await store.exportAll();
    await store.deleteAll();
    await store.importAll(JSON.parse(JSON.stringify(file)));
    expect((await store.listPacks()).map((p) => p.pack)).toEqual([own]);
    // A /2 pack whose K/AD rule is not one rubric-core knows: refused, nothing stored.
    const bad = { ...own, id: 'hong', general: { ...own.general, notApplicable: { allowed: true, rule: 'doan' } } };
    await expect(store.importPack(bad)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'general.notApplicable.rule' })],
    });
    expect((await store.listPacks()).map((p) => p.id)).toEqual(['don-vi-x-quy']);
    const badFile = { ...file, packs: [{ id: 'hong', pack: bad, importedAt: 1 }] };
    await expect(store.importAll(JSON.parse(JSON.stringify(badFile)))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'packs[0].pack.general.notApplicable.rule' })],
    });
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

// Two pages of the extension (two side panels, or a panel and the options page) on one database.
function twoPages() {
  const name = `pages-${Date.now()}-${n++}`;
  return [new Store(new TusoiDB(name)), new Store(new TusoiDB(name))] as const;
}
const heard = (store: Store, kind: StoreEvent['kind']) =>
  new Promise<void>((resolve) => {
    const stop = store.onChange((e) => {
      if (e.kind === kind) {
        stop();
        resolve();
      }
    });
  });
const edit = (d: Draft, change: Record<string, unknown>): Draft => ({
  ...d,
  data: { ...d.data, assessment: { ...d.data.assessment, ...change } },
});

describe('one truth across pages', () => {
  it('the lock turned on in another page: this page cannot write with no key, nothing is lost', async () => {
    const [panel, options] = twoPages();
    const d = await withDraft(panel);
    const told = heard(panel, 'lock');
    await options.enableLock('mật khẩu dài', FAST);
    await told;
    expect(await panel.lockState()).toBe('locked');
    await expect(panel.saveDraft(edit(d, { proposedLevel: 'HTNV' }))).rejects.toBeInstanceOf(StaleError);
    // Nothing plain was written over the sealed draft; the other page still reads it.
    expect((await panel.db.drafts.get(d.id))?.sealed).toBeDefined();
    expect((await options.getDraft(d.id))?.data.assessment).toEqual(d.data.assessment);
    await panel.unlock('mật khẩu dài');
    const fresh = (await panel.getDraft(d.id)) as Draft;
    await panel.saveDraft(edit(fresh, { proposedLevel: 'HTNV' }));
    expect((await options.getDraft(d.id))?.data.assessment.proposedLevel).toBe('HTNV');
  });

  it('the lock turned off in another page: a stale key never seals again', async () => {
    const [panel, options] = twoPages();
    await panel.enableLock('mật khẩu dài', FAST);
    const d = await withDraft(panel);
    await options.unlock('mật khẩu dài');
    await options.disableLock();
    await expect(panel.saveDraft(edit(d, { proposedLevel: 'HTNV' }))).rejects.toBeInstanceOf(StaleError);
    expect(await panel.lockState()).toBe('none');
    const raw = await panel.db.drafts.get(d.id);
    expect(raw?.sealed).toBeUndefined();
    expect(raw?.data?.assessment).toEqual(d.data.assessment);
  });

  it('delete everything in another page: the next keystroke does not bring the draft back', async () => {
    const [panel, options] = twoPages();
    const d = await withDraft(panel);
    const told = heard(panel, 'all');
    await options.deleteAll();
    await told;
    await expect(panel.saveDraft(edit(d, { proposedLevel: 'HTNV' }))).rejects.toThrow(StaleError);
    expect(await panel.db.drafts.count()).toBe(0);
    expect(await panel.db.lists.count()).toBe(0);
  });

  it('two pages editing different fields of one draft: both edits are kept', async () => {
    const [a, b] = twoPages();
    const d = await withDraft(a);
    const inB = (await b.getDraft(d.id)) as Draft;
    await a.saveDraft(edit(d, { proposedLevel: 'HTNV' }));
    const savedB = await b.saveDraft(edit(inB, { review: { strengths: 'Tận tụy' } }), inB);
    expect(savedB.data.assessment).toMatchObject({ proposedLevel: 'HTNV', review: { strengths: 'Tận tụy' } });
    expect((await a.getDraft(d.id))?.data.assessment).toEqual(savedB.data.assessment);
    expect(savedB.rev).toBe(d.rev + 2);
  });

  it('two pages changing the same field: a conflict, nothing overwritten', async () => {
    const [a, b] = twoPages();
    const d = await withDraft(a);
    const inB = (await b.getDraft(d.id)) as Draft;
    const savedA = await a.saveDraft(edit(d, { proposedLevel: 'HTNV' }));
    const attempt = b.saveDraft(edit(inB, { proposedLevel: 'HTXSNV', review: { strengths: 'x' } }), inB);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e) => e)) as ConflictError;
    expect(error.conflicts).toEqual([{ path: 'assessment.proposedLevel', ours: 'HTXSNV', theirs: 'HTNV' }]);
    expect(error.merged.assessment).toMatchObject({ review: { strengths: 'x' } });
    expect((await a.getDraft(d.id))?.data.assessment).toEqual(savedA.data.assessment);
  });
});

describe('sealing', () => {
  it('a 99,000-character part A.I with the lock on is saved and reads back whole', async () => {
    const store = freshStore();
    await store.enableLock('mật khẩu dài', FAST);
    const d = await withDraft(store);
    const text = 'Ưu điểm nổi bật: hoàn thành nhiệm vụ được giao. '.repeat(2100).slice(0, 99_000);
    await store.saveDraft(edit(d, { review: { strengths: text } }));
    const back = await new Store(store.db).getDraft(d.id).catch((e) => e);
    expect(back).toBeInstanceOf(LockedError);
    expect((await store.getDraft(d.id))?.data.assessment.review).toEqual({ strengths: text });
  });

  it('a lock set before the first draft: no plaintext of the name or the review in any table', async () => {
    const store = freshStore();
    await store.enableLock('mật khẩu dài', FAST);
    const d = await withDraft(store);
    await store.saveDraft(edit(d, { review: { strengths: 'Tận tụy với công việc' } }));
    const everything = JSON.stringify(await Promise.all(store.db.tables.map((t) => t.toArray())));
    expect(everything).not.toContain('Nguyễn');
    expect(everything).not.toContain('Tận tụy');
    expect(everything).not.toContain('bồi dưỡng');
    expect((await store.listSummaries()).map((s) => s.person)).toEqual(['Nguyễn Văn A']);
  });
});

describe('imports validated to the bottom', () => {
  it('a draft of a junk shape is refused with its path; nothing changes', async () => {
    const store = freshStore();
    await withDraft(store);
    const before = await store.exportAll();
    const file = JSON.parse(JSON.stringify(before));
    file.drafts[0].id = 'other';
    file.drafts[0].data.assessment.priorShortcomings = 'abc';
    await expect(store.importAll(file)).rejects.toThrow(/drafts\[0\]\.data\.assessment\.priorShortcomings/);
    expect({ ...(await store.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('an older export never replaces newer work without asking; keep both, or replace', async () => {
    const store = freshStore();
    const d = await withDraft(store);
    const old = JSON.parse(JSON.stringify(await store.exportAll()));
    await store.saveDraft(edit(d, { proposedLevel: 'HTNV' }));
    const asked = await store.importAll(old).catch((e) => e);
    expect(asked).toBeInstanceOf(ImportConflictError);
    expect((asked as ImportConflictError).newer).toEqual([
      { id: d.id, person: 'Nguyễn Văn A', storedAt: expect.any(Number), importedAt: old.drafts[0].updatedAt },
    ]);
    expect((await store.getDraft(d.id))?.data.assessment.proposedLevel).toBe('HTNV');
    await store.importAll(old, 'keep-both');
    const all = await store.listDrafts();
    expect(all.map((x) => x.data.assessment.proposedLevel ?? null).sort()).toEqual(['HTNV', null]);
    await store.importAll(old, 'replace');
    expect((await store.getDraft(d.id))?.data.assessment.proposedLevel).toBeUndefined();
  });

  it('a save in the millisecond of the export, or after the clock was set back, is still newer than the export', async () => {
    const store = freshStore();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    try {
      const d = await withDraft(store);
      const old = JSON.parse(JSON.stringify(await store.exportAll()));
      // Same millisecond as the export.
      const saved = await store.saveDraft(edit(d, { proposedLevel: 'HTNV' }));
      expect(saved.updatedAt).toBeGreaterThan(old.drafts[0].updatedAt);
      expect(await store.importAll(old).catch((e) => e)).toBeInstanceOf(ImportConflictError);
      // The clock set back an hour: the next save is still later than the last.
      clock.mockReturnValue(1_800_000_000_000 - 3_600_000);
      const again = await store.saveDraft(edit(saved, { proposedLevel: 'HTTNV' }));
      expect(again.updatedAt).toBeGreaterThan(saved.updatedAt);
      expect(await store.importAll(old).catch((e) => e)).toBeInstanceOf(ImportConflictError);
      expect((await store.getDraft(d.id))?.data.assessment.proposedLevel).toBe('HTTNV');
    } finally {
      clock.mockRestore();
    }
  });

  it('an export from before revisions imports', async () => {
    const store = freshStore();
    await store.importAll({
      format: 'tusoi.export/1',
      exportedAt: '2025-12-01T00:00:00.000Z',
      drafts: [
        {
          id: 'old',
          person: 'Lê C',
          periodKey: '2025',
          createdAt: 1,
          updatedAt: 2,
          data: { assessment: { format: 'tusoi.assessment/1', period: { year: 2025 }, subject: { kind: 'staff' } } },
        },
      ],
      packs: [],
      settings: {},
    });
    expect((await store.getDraft('old'))?.rev).toBe(1);
  });

  it('one stored draft of a bad shape is listed as unreadable; the others still open', async () => {
    const store = freshStore();
    const good = await withDraft(store);
    await store.db.drafts.put({
      id: 'bad',
      person: 'x',
      periodKey: '2025',
      createdAt: 1,
      updatedAt: 1,
      data: { assessment: { format: 'tusoi.assessment/1', priorShortcomings: 'abc' } },
    });
    const list = await store.listDrafts();
    expect(list.find((x) => x.id === 'bad')?.unreadable?.[0]?.path).toBe('data.assessment.priorShortcomings');
    expect(list.find((x) => x.id === good.id)?.unreadable).toBeUndefined();
    expect((await store.exportAll()).skipped).toEqual(['bad']);
  });
});

describe('imports refuse __proto__, constructor and prototype keys; nothing stored changes', () => {
  it('a draft, a map or a pack holding one is refused with its path', async () => {
    const store = freshStore();
    const kept = await withDraft(store);
    const file = JSON.parse(
      JSON.stringify({ ...(await store.exportAll()), drafts: [] }).replace(
        '"drafts":[]',
        `"drafts":[{"id":"x","person":"P","periodKey":"2026","createdAt":1,"updatedAt":2,"rev":1,"data":{"assessment":{"format":"tusoi.assessment/1","period":{"year":2026},"subject":{"kind":"staff"},"selfCheck":{"__proto__":{"polluted":true}}}}}]`,
      ),
    );
    await expect(store.importAll(file)).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'unsafe-key', path: 'drafts[0].data.assessment.selfCheck.__proto__' })],
    });
    expect((await store.listDrafts()).map((d) => d.id)).toEqual([kept.id]);
    const map = JSON.parse(
      '{"format":"tusoi.formmap/1","id":"m","title":{"vi":"M","__proto__":{"x":1}},"match":["https://a.vn/*"],"steps":[]}',
    );
    await expect(store.saveMap(map)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'title.__proto__' })],
    });
    expect(await store.listMaps()).toEqual([]);
    await expect(store.importPack(JSON.parse('{"constructor":{"prototype":1}}'))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'constructor' })],
    });
    expect(await store.listPacks()).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
