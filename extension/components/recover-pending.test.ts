import { describe, expect, it } from 'vitest';
import type { DraftData } from '@/lib/db';
import { TusoiDB } from '@/lib/db';
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
    const key = `tusoi:pending:${db.name}`;
    localStorage.setItem(key, JSON.stringify({ ...write, closing: true }));

    const next = new Store(db);
    expect(await recoverPending(next)).toBeUndefined();
    expect(localStorage.getItem(key)).not.toBeNull();

    await next.unlock('mật khẩu dài');
    expect(await recoverPending(next)).toMatchObject({ kind: 'merged', id: base.id, held: [] });
    expect(localStorage.getItem(key)).toBeNull();
    expect(review(await next.getDraft(base.id))).toEqual({
      strengths: 'gõ rồi đóng ngay',
      direction: 'của trang khác',
    });
  });

  it('with nothing kept: nothing written', async () => {
    const store = new Store(new TusoiDB(`recover-${Date.now()}-${n++}`));
    expect(await recoverPending(store)).toBeUndefined();
  });
});
