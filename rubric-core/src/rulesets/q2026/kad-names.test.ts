// Q26-21's reason names each K/AD criterion by its pack's wording (number and opening words), never
// by its id; breakdown.notApplicable keeps the ids. The text is kept per pack content, so two packs
// with the same ids and different wording never share it.
import { describe, expect, it } from 'vitest';
import { classify } from '../../classify.js';
import { Q2026_VATM_09A, Q2026_VATM_09A_GRANT_FULL } from '../../packs/quarterly-builtin.js';
import type { Pack2 } from '../../packs/quarterly-pack.js';
import type { SubjectKind } from '../../schemas/assessment.js';
import type { Answer } from '../../schemas/quarterly.js';
import type { Result } from '../../schemas/result.js';
import { answers, quarter } from '../../test-support/quarter.js';

const NA: Answer = { answer: 'notApplicable', reason: 'Không thuộc phạm vi' };

function kad(ids: readonly string[], kind: SubjectKind, pack?: Pack2): Result {
  const packId = pack?.id ?? 'q2026-vatm-09a';
  const over = Object.fromEntries(ids.map((id) => [id, NA]));
  const a = quarter({ criteria: { pack: packId, items: answers('q2026-vatm-09a', kind, over) } }, kind);
  return classify(a, pack === undefined ? {} : { pack });
}

const kadText = (r: Result) => {
  const found = r.reasons.filter((x) => x.rule === 'Q26-21');
  expect(found).toHaveLength(1);
  return found[0]?.message ?? { vi: '', en: '' };
};

/** A copy of 09A (same id, so the user's own pack) with one criterion worded otherwise. */
function reworded(id: string, vi: string, en?: string): Pack2 {
  const p = structuredClone(Q2026_VATM_09A) as Pack2 & { general: { groups: { items: Record<string, unknown>[] }[] } };
  for (const g of p.general.groups)
    for (const item of g.items)
      if (item.id === id) {
        item.vi = vi;
        if (en === undefined) delete item.en;
        else item.en = en;
      }
  return p;
}

describe('the K/AD reason names criteria by the pack’s wording (Q26-21)', () => {
  it('vi and en: a gloss in en, the unverified note in each language, the verified wording shortened', () => {
    const r = kad(['pl2-1.1', 'pl2-3.1'], 'leader');
    expect(r.breakdown?.notApplicable).toEqual(['pl2-1.1', 'pl2-3.1']);
    expect(kadText(r)).toEqual({
      vi: 'Tiêu chí "K/AD": 1.1 (nguyên văn chưa được xác minh); 3.1 "Chủ động, nghiêm túc thực hiện tự phê bình và…". Xử lý theo bảng: tính lại theo tỷ lệ (exclude-rescale); nhóm tiêu chí chung 30/30.',
      en: 'K/AD criteria: 1.1 (wording not verified; gloss "loyalty and ideology"); 3.1 "Chủ động, nghiêm túc thực hiện tự phê bình và…". Handled as the pack says: rescaled (exclude-rescale); general group 30/30.',
    });
  });

  it('a pack without English glosses names the criteria in Vietnamese in the en text too', () => {
    const m = kadText(kad(['pl4-1.10'], 'staff'));
    expect(m.vi).toContain('Tiêu chí "K/AD": 1.10 "Gần gũi, sâu sát với cơ sở…". Xử lý theo bảng:');
    expect(m.en).toContain('K/AD criteria: 1.10 "Gần gũi, sâu sát với cơ sở…". Handled as the pack says:');
    const noEn = reworded('pl4-1.10', 'Gắn bó với Nhân dân nơi cư trú');
    expect(kadText(kad(['pl4-1.10'], 'staff', noEn)).en).toContain(
      'K/AD criteria: 1.10 "Gắn bó với Nhân dân nơi cư trú".',
    );
    const withEn = reworded('pl4-1.10', 'Gắn bó với Nhân dân nơi cư trú', 'Close to the people where one lives');
    const both = kadText(kad(['pl4-1.10'], 'staff', withEn));
    expect(both.vi).toContain('1.10 "Gắn bó với Nhân dân nơi cư trú"');
    expect(both.en).toContain('1.10 "Close to the people where one lives"');
  });

  it('several K/AD criteria: each named, in the pack’s order, joined by "; "', () => {
    const r = kad(['pl4-1.9', 'pl4-1.10', 'pl4-2.3', 'pl4-3'], 'staff');
    expect(r.breakdown?.notApplicable).toEqual(['pl4-1.9', 'pl4-1.10', 'pl4-2.3', 'pl4-3']);
    expect(kadText(r).vi).toMatch(
      /^Tiêu chí "K\/AD": 1\.9 \(nguyên văn chưa được xác minh\); 1\.10 "Gần gũi, sâu sát với cơ sở…"; 2\.3 "Thái độ công tác…"; 3 "Về tự phê bình và phê bình, khắc phục hạn chế…"\. Xử lý theo bảng: /,
    );
    expect(kadText(r).en).toMatch(/^K\/AD criteria: 1\.9 \(wording not verified\); 1\.10 "Gần gũi/);
  });

  it('two packs with the same ids and different wording never share the kept text', () => {
    const own = reworded('pl4-1.10', 'Giữ mối liên hệ với chi uỷ nơi cư trú; dự sinh hoạt đều');
    const other = reworded('pl4-1.10', 'Tham gia sinh hoạt tổ dân phố');
    const builtinText = kadText(kad(['pl4-1.10'], 'staff')).vi;
    const ownText = kadText(kad(['pl4-1.10'], 'staff', own)).vi;
    const otherText = kadText(kad(['pl4-1.10'], 'staff', other)).vi;
    expect(builtinText).toContain('1.10 "Gần gũi, sâu sát với cơ sở…"');
    expect(ownText).toContain('1.10 "Giữ mối liên hệ với chi uỷ nơi cư trú…"');
    expect(otherText).toContain('1.10 "Tham gia sinh hoạt tổ dân phố"');
    // Asked again, in another order: each pack still its own words (same score and handling each time).
    expect(kadText(kad(['pl4-1.10'], 'staff', other)).vi).toBe(otherText);
    expect(kadText(kad(['pl4-1.10'], 'staff')).vi).toBe(builtinText);
    expect(kadText(kad(['pl4-1.10'], 'staff', own)).vi).toBe(ownText);
    // The built-in's content given as the option is the built-in (same words).
    expect(kadText(kad(['pl4-1.10'], 'staff', structuredClone(Q2026_VATM_09A) as Pack2)).vi).toBe(builtinText);
  });

  it('a pack object changed after a call is named by its new wording', () => {
    const p = reworded('pl4-1.10', 'Lời cũ của tiêu chí');
    expect(kadText(kad(['pl4-1.10'], 'staff', p)).vi).toContain('1.10 "Lời cũ của tiêu chí"');
    for (const g of p.general.groups)
      for (const item of g.items) if (item.id === 'pl4-1.10') (item as { vi: string }).vi = 'Lời mới của tiêu chí';
    expect(kadText(kad(['pl4-1.10'], 'staff', p)).vi).toContain('1.10 "Lời mới của tiêu chí"');
  });

  it('grant-full names them the same way; no reason of any K/AD answer shows a criterion id', () => {
    const r = classify(
      quarter(
        {
          criteria: {
            pack: Q2026_VATM_09A_GRANT_FULL.id,
            items: answers(Q2026_VATM_09A_GRANT_FULL.id, 'staff', { 'pl4-1.9': NA, 'pl4-2.3': NA }),
          },
        },
        'staff',
      ),
    );
    expect(kadText(r).vi).toContain('Tiêu chí "K/AD": 1.9 (nguyên văn chưa được xác minh); 2.3 "Thái độ công tác…". ');
    expect(kadText(r).vi).toContain('(grant-full)');
    for (const x of r.reasons) expect(`${x.message.vi} ${x.message.en}`).not.toMatch(/pl4-/);
  });
});
