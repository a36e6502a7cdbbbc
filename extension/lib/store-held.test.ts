import { TusoiInputError } from '@tusoi/rubric-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DraftData, TusoiDB } from './db';
import { heldKey, pendingKey } from './kept';
import { type Draft, type ExportFile, Store } from './store';

// The values a same-field conflict holds back are the user's own text: "export everything"
// carries them, import restores them (checked like the rest of the file), "delete everything"
// deletes them, and the lock seals them like the drafts.

let n = 0;
const freshStore = () => new Store(new TusoiDB(`held-${Date.now()}-${n++}`));
const PASS = 'mật khẩu dài';
const FAST = 1_000;

type Review = { strengths?: string; direction?: string };
const withReview = (d: Draft, r: Review): Draft => ({
  ...d,
  data: {
    ...d.data,
    assessment: { ...d.data.assessment, review: { ...(d.data.assessment.review as Review), ...r } },
  } as DraftData,
});

/** A stored draft whose part A.I reads "của trang khác" while this machine holds "của bảng đã đóng" for it. */
async function withHeld(store: Store) {
  const d = await store.createDraft('staff', 2025);
  const saved = await store.saveDraft(withReview(d, { strengths: 'của trang khác', direction: 'gốc' }), d);
  expect(store.keepHeld(saved.id, { 'assessment.review.strengths': 'của bảng đã đóng' })).toBe(true);
  return saved;
}

beforeEach(() => localStorage.clear());

describe('held values', () => {
  it('are in the export beside their draft, and only while they differ from the stored value', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    const other = await store.createDraft('staff', 2026);
    // One that the store already holds waits for nothing: not exported as held.
    store.keepHeld(other.id, { 'assessment.subject.kind': 'staff' });
    const file = await store.exportAll();
    expect(file.drafts.find((x) => x.id === d.id)?.held).toEqual({
      'assessment.review.strengths': 'của bảng đã đóng',
    });
    expect(file.drafts.find((x) => x.id === other.id)).not.toHaveProperty('held');
  });

  it('export → delete everything → import restores them; the panel reads them back', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    const file = await store.exportAll();
    const deleted = await store.deleteAll();
    expect(deleted.held).toBe(1);
    expect(localStorage.getItem(heldKey(store.db.name, d.id))).toBeNull();
    expect(await store.heldValues()).toEqual(new Map());

    const outcome = await store.importAll(JSON.parse(JSON.stringify(file)));
    expect(outcome).toMatchObject({ drafts: 1, held: 1 });
    expect(await store.heldOf(d.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
    // The stored draft is the file's: the held value is still waiting beside it.
    expect((await store.getDraft(d.id))?.data.assessment.review).toEqual({
      strengths: 'của trang khác',
      direction: 'gốc',
    });
  });

  it('"delete everything" deletes them and every close-time edit kept on this machine, of this store only', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    localStorage.setItem(pendingKey(store.db.name, 'page-1'), '{"closing":true}');
    localStorage.setItem(`tusoi:pending:${store.db.name}`, '{}');
    localStorage.setItem(heldKey('another-store', d.id), 'x');
    expect((await store.deleteAll()).held).toBe(3);
    expect(Object.keys({ ...localStorage })).toEqual([heldKey('another-store', d.id)]);
  });

  it('deleting a draft deletes its held values, not another draft’s', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    const other = await withHeld(store);
    await store.deleteDraft(d.id);
    expect([...(await store.heldValues()).keys()]).toEqual([other.id]);
  });

  it('an import keeps the file’s held value for a copy kept beside a newer draft ("Giữ cả hai"), under the copy’s id', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    const file = JSON.parse(JSON.stringify(await store.exportAll())) as ExportFile;
    store.keepHeld(d.id, {});
    await store.saveDraft(withReview(d, { direction: 'mới hơn' }), d);
    const outcome = await store.importAll(file, 'keep-both');
    expect(outcome).toMatchObject({ copies: 1, held: 1 });
    const copy = (await store.listDrafts()).find((x) => x.id !== d.id) as Draft;
    expect(await store.heldOf(copy.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
    expect(await store.heldOf(d.id)).toBeUndefined();
    // "Giữ bản trên máy": the file's draft is not taken, nor its held values.
    localStorage.clear();
    expect(await store.importAll(file, 'keep-mine')).toMatchObject({ drafts: 0, held: 0 });
    expect(await store.heldValues()).toEqual(new Map());
  });

  it('an export without held values (earlier versions) still imports', async () => {
    const store = freshStore();
    const d = await store.createDraft('staff', 2025);
    const file = JSON.parse(JSON.stringify(await store.exportAll())) as ExportFile;
    expect(file.drafts[0]).not.toHaveProperty('held');
    await store.deleteAll();
    expect(await store.importAll(file)).toMatchObject({ drafts: 1, held: 0 });
    expect((await store.getDraft(d.id))?.id).toBe(d.id);
  });

  it.each([
    ['a path that is no field of the draft', { 'review.strengths': 'x' }, 'drafts[0].held.review.strengths'],
    ['a path through __proto__', { 'assessment.__proto__.x': 'x' }, 'drafts[0].held.assessment.__proto__.x'],
    ['an empty path part', { 'assessment..x': 'x' }, 'drafts[0].held.assessment..x'],
    [
      'a value of the wrong shape',
      { 'assessment.priorShortcomings': 'abc' },
      'drafts[0].held.assessment.priorShortcomings',
    ],
    ['a note that is not text', { 'notes.c1': 5 }, 'drafts[0].held.notes.c1'],
    ['not an object', 'abc', 'drafts[0].held'],
  ])('a held value with %s is refused with its path; nothing changes', async (_, held, path) => {
    const store = freshStore();
    const d = await withHeld(store);
    const file = JSON.parse(JSON.stringify(await store.exportAll())) as ExportFile;
    (file.drafts[0] as Record<string, unknown>).held = held;
    await store.saveDraft(withReview(d, { direction: 'sau khi xuất' }), d);
    const error = await store.importAll(file, 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TusoiInputError);
    expect((error as TusoiInputError).issues.map((i) => i.path)).toContain(path);
    expect((await store.getDraft(d.id))?.data.assessment.review).toMatchObject({ direction: 'sau khi xuất' });
    expect(await store.heldOf(d.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
  });

  it('an emptied field (null) is a held value too', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    store.keepHeld(d.id, { 'assessment.review.direction': null });
    const file = await store.exportAll();
    expect(file.drafts[0]?.held).toEqual({ 'assessment.review.direction': null });
    await store.deleteAll();
    expect(await store.importAll(JSON.parse(JSON.stringify(file)))).toMatchObject({ held: 1 });
  });

  it('turning the lock on seals them (no plaintext kept), turning it off opens them again; none is lost', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    await store.enableLock(PASS, FAST);
    const sealed = localStorage.getItem(heldKey(store.db.name, d.id)) ?? '';
    expect(sealed).toContain('"sealed"');
    expect(sealed).not.toContain('bảng đã đóng');
    expect(await store.heldOf(d.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
    // Another page, unlocked, exports it.
    const other = new Store(store.db);
    await other.unlock(PASS);
    expect((await other.exportAll()).drafts[0]?.held).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
    await store.disableLock();
    expect(localStorage.getItem(heldKey(store.db.name, d.id))).toContain('bảng đã đóng');
    expect(await new Store(store.db).heldOf(d.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
  });

  it('imported with the lock on: kept sealed, never in the clear', async () => {
    const store = freshStore();
    const d = await withHeld(store);
    const file = JSON.parse(JSON.stringify(await store.exportAll()));
    await store.deleteAll();
    await store.enableLock(PASS, FAST);
    expect(await store.importAll(file)).toMatchObject({ held: 1 });
    expect(localStorage.getItem(heldKey(store.db.name, d.id))).not.toContain('bảng đã đóng');
    expect(await store.heldOf(d.id)).toEqual({ 'assessment.review.strengths': 'của bảng đã đóng' });
  });
});

describe('held values of a criterion note (criterion ids hold dots)', () => {
  it('export and import again keep the note whole', async () => {
    const store = freshStore();
    const d = await store.createDraft('staff', 2025);
    await store.saveDraft({ ...d, data: { ...d.data, notes: { 'pl4-2.3': 'lưu trên máy' } } }, d);
    store.keepHeld(d.id, { 'notes.pl4-2.3': 'của bảng đã đóng' });
    const file = JSON.parse(JSON.stringify(await store.exportAll()));
    expect(file.drafts[0].held).toEqual({ 'notes.pl4-2.3': 'của bảng đã đóng' });
    await store.deleteAll();
    expect(await store.importAll(file)).toMatchObject({ drafts: 1, held: 1 });
    expect(await store.heldOf(d.id)).toEqual({ 'notes.pl4-2.3': 'của bảng đã đóng' });
  });
});
