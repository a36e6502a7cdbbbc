import { describe, expect, it } from 'vitest';
import type { DraftData } from './db';
import { TusoiDB } from './db';
import { type Draft, Store } from './store';

// The write a page makes as it closes is based on one stored revision: over that revision it
// is written whole; over any other it is merged field by field, and never erases another page's edit.

let n = 0;
const freshStore = () => new Store(new TusoiDB(`close-${Date.now()}-${n++}`));

type Review = { direction?: string; strengths?: string };
const review = (d: Draft) => (d.data.assessment as { review?: Review }).review ?? {};
const withReview = (d: Draft, r: Review): Draft => ({
  ...d,
  data: { ...d.data, assessment: { ...d.data.assessment, review: { ...review(d), ...r } } } as DraftData,
});

async function started(store: Store) {
  const d = await store.createDraft('staff', 2025);
  return store.saveDraft(withReview(d, { strengths: 'gốc', direction: 'gốc' }), d);
}

describe.each([false, true])('a close-time write (lock %s)', (locked) => {
  const make = async () => {
    const store = freshStore();
    if (locked) await store.enableLock('mật khẩu dài', 1000);
    const base = await started(store);
    // Another page, opened on the same draft.
    const other = new Store(store.db);
    if (locked) await other.unlock('mật khẩu dài');
    return { store, base, other };
  };

  it('over its own base revision: written whole', async () => {
    const { store, base } = await make();
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A' }), base);
    expect(write.baseRev).toBe(base.rev);
    expect(await store.writePrepared(write)).toEqual({ kind: 'written', id: base.id });
    const stored = (await store.getDraft(base.id)) as Draft;
    expect(stored.rev).toBe(base.rev + 1);
    expect(review(stored)).toEqual({ strengths: 'gốc A', direction: 'gốc' });
  });

  it('after another page saved field X (base + 1): field Y is merged in, X is kept', async () => {
    const { store, base, other } = await make();
    await other.saveDraft(withReview(base, { direction: 'Của trang B' }), base);
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A' }), base);
    const outcome = await store.writePrepared(write);
    expect(outcome).toMatchObject({ kind: 'merged', rev: base.rev + 2, held: [] });
    expect(review((await other.getDraft(base.id)) as Draft)).toEqual({ strengths: 'gốc A', direction: 'Của trang B' });
  });

  it('after another page saved the same field: the store keeps its value, the closing value is held', async () => {
    const { store, base, other } = await make();
    await other.saveDraft(withReview(base, { strengths: 'Của trang B' }), base);
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A', direction: 'hướng A' }), base);
    const outcome = await store.writePrepared(write);
    expect(outcome).toMatchObject({
      kind: 'merged',
      held: [{ path: 'assessment.review.strengths', ours: 'gốc A', theirs: 'Của trang B' }],
    });
    expect(review((await other.getDraft(base.id)) as Draft)).toEqual({
      strengths: 'Của trang B',
      direction: 'hướng A',
    });
  });

  it("after the page's own write in flight committed: its later typing wins over its own earlier value", async () => {
    const { store, base, other } = await make();
    const own = withReview(base, { strengths: 'gốc A' });
    const mine = await store.saveDraft(own, base);
    await other.saveDraft(withReview(mine, { direction: 'Của trang B' }), mine);
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A thêm' }), base, own.data);
    expect(await store.writePrepared(write)).toMatchObject({ kind: 'merged', held: [] });
    expect(review((await store.getDraft(base.id)) as Draft)).toEqual({
      strengths: 'gốc A thêm',
      direction: 'Của trang B',
    });
  });

  it('written twice (the closing page and the next page): the second changes nothing', async () => {
    const { store, base, other } = await make();
    await other.saveDraft(withReview(base, { direction: 'Của trang B' }), base);
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A' }), base);
    const first = await store.writePrepared(write);
    const again = await other.writePrepared(JSON.parse(JSON.stringify(write)));
    expect(again).toEqual({ ...first, kind: 'merged' });
    expect(((await store.getDraft(base.id)) as Draft).rev).toBe(base.rev + 2);
  });

  it('the draft deleted meanwhile: nothing written, said as dropped', async () => {
    const { store, base, other } = await make();
    const write = store.prepareNow(withReview(base, { strengths: 'gốc A' }), base);
    await other.deleteDraft(base.id);
    expect(await store.writePrepared(write)).toEqual({ kind: 'dropped', id: base.id, reason: 'deleted' });
    expect(await store.getDraft(base.id)).toBeUndefined();
  });
});

it('what a locked close keeps for the merge holds no plaintext', async () => {
  const store = freshStore();
  await store.enableLock('mật khẩu dài', 1000);
  const base = await started(store);
  const write = store.prepareNow(withReview(base, { strengths: 'Bí Mật riêng' }), base);
  expect(JSON.stringify(write)).not.toContain('Bí Mật');
  expect(JSON.stringify(write)).not.toContain('gốc');
});
