import { describe, expect, it } from 'vitest';
import type { DraftData } from '@/lib/db';
import { TusoiDB } from '@/lib/db';
import { pendingKey, pendingPrefix } from '@/lib/kept';
import { type Draft, Store } from '@/lib/store';
import { recoverPending } from './use-drafts';

// The edit a closing panel keeps on this machine is written by the next page that can write it,
// and is never thrown away by a page that cannot (its lock closed).

let n = 0;
type Review = { strengths?: string; direction?: string };
const review = (d: Draft | undefined): Review => (d?.data.assessment as { review?: Review } | undefined)?.review ?? {};
const withReview = (d: Draft, r: Review): Draft => ({
  ...d,
  data: { ...d.data, assessment: { ...d.data.assessment, review: { ...review(d), ...r } } } as DraftData,
});

describe('recoverPending', () => {
  it('waits while the lock is closed in this page (a moved draft cannot be merged then), then merges the kept edit once it opens', async () => {
    const db = new TusoiDB(`recover-${Date.now()}-${n++}`);
    const closing = new Store(db);
    await closing.enableLock('mật khẩu dài', 1000);
    const d = await closing.createDraft('staff', 2025);
    const base = await closing.saveDraft(withReview(d, { strengths: 'gốc' }), d);
    // What a closing panel keeps at pagehide (see flushNow): sealed, written by the next page.
    const write = closing.prepareNow(withReview(base, { strengths: 'gõ rồi đóng ngay' }), base);
    // Another page wrote another field meanwhile: the kept edit must be merged (which needs the key).
    await closing.saveDraft(withReview(base, { direction: 'của trang khác' }), base);
    const key = pendingKey(db.name, 'closing-panel');
    localStorage.setItem(key, JSON.stringify({ ...write, closing: true }));

    const next = new Store(db);
    expect(await recoverPending(next)).toEqual([]);
    expect(localStorage.getItem(key)).not.toBeNull();

    await next.unlock('mật khẩu dài');
    expect(await recoverPending(next)).toMatchObject([{ kind: 'merged', id: base.id, held: [] }]);
    expect(localStorage.getItem(key)).toBeNull();
    expect(review(await next.getDraft(base.id))).toEqual({
      strengths: 'gõ rồi đóng ngay',
      direction: 'của trang khác',
    });
  });

  it('with nothing kept: nothing written', async () => {
    const store = new Store(new TusoiDB(`recover-${Date.now()}-${n++}`));
    expect(await recoverPending(store)).toEqual([]);
  });

  it('two panels closing in the same instant on one draft: each kept edit is written, merged field by field', async () => {
    const db = new TusoiDB(`recover-${Date.now()}-${n++}`);
    const first = new Store(db);
    const d = await first.createDraft('staff', 2025);
    const base = await first.saveDraft(withReview(d, { strengths: 'gốc', direction: 'gốc' }), d);
    const second = new Store(db);
    // Both based on the same revision, neither written: each keeps its edit in its own slot.
    const a = first.prepareNow(withReview(base, { strengths: 'của bảng một' }), base);
    const b = second.prepareNow(withReview(base, { direction: 'của bảng hai' }), base);
    localStorage.setItem(pendingKey(db.name, 'one'), JSON.stringify({ ...a, closing: true }));
    localStorage.setItem(pendingKey(db.name, 'two'), JSON.stringify({ ...b, closing: true }));

    const next = new Store(db);
    const outcomes = await recoverPending(next);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['merged', 'written']);
    expect(review(await next.getDraft(base.id))).toEqual({ strengths: 'của bảng một', direction: 'của bảng hai' });
    expect(Object.keys({ ...localStorage }).filter((k) => k.startsWith(pendingPrefix(db.name)))).toEqual([]);
  });

  it('the same field in both: the older edit is written, the later one is held for the user, nothing lost', async () => {
    const db = new TusoiDB(`recover-${Date.now()}-${n++}`);
    const store = new Store(db);
    const d = await store.createDraft('staff', 2025);
    const base = await store.saveDraft(withReview(d, { strengths: 'gốc' }), d);
    const a = store.prepareNow(withReview(base, { strengths: 'bảng một' }), base);
    const b = store.prepareNow({ ...withReview(base, { strengths: 'bảng hai' }) }, base);
    // Kept in the other order: the one made ready first is written first, whatever its slot.
    localStorage.setItem(pendingKey(db.name, 'z'), JSON.stringify({ ...a, record: { ...a.record, updatedAt: 1 } }));
    localStorage.setItem(pendingKey(db.name, 'a'), JSON.stringify({ ...b, record: { ...b.record, updatedAt: 2 } }));
    const outcomes = await recoverPending(store);
    expect(outcomes).toMatchObject([
      { kind: 'written' },
      { kind: 'merged', held: [{ path: 'assessment.review.strengths', ours: 'bảng hai' }] },
    ]);
    expect(review(await store.getDraft(base.id)).strengths).toBe('bảng một');
    expect(await store.heldOf(base.id)).toEqual({ 'assessment.review.strengths': 'bảng hai' });
  });

  it('the one shared slot of earlier versions is still written', async () => {
    const db = new TusoiDB(`recover-${Date.now()}-${n++}`);
    const store = new Store(db);
    const d = await store.createDraft('staff', 2025);
    const write = store.prepareNow(withReview(d, { strengths: 'trước khi nâng cấp' }), d);
    localStorage.setItem(pendingPrefix(db.name), JSON.stringify(write));
    expect(await recoverPending(store)).toMatchObject([{ kind: 'written' }]);
    expect(review(await store.getDraft(d.id)).strengths).toBe('trước khi nâng cấp');
    expect(localStorage.getItem(pendingPrefix(db.name))).toBeNull();
  });
});
