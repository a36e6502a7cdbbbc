import { type Assessment, classify, type Level, levelRank, type Message, TusoiInputError } from '@tusoi/rubric-core';

/** The scores and the level a form shows, as read by checkForm. */
export interface ProposalOnPage {
  readonly general: number;
  readonly results: number;
  readonly level: Level;
}

/** Says why the level on the page is above what the rules give, or null. */
export type ProposalJudge = (draft: Partial<Assessment>, page: ProposalOnPage) => Message | null;

/**
 * rubric-core decides whether the proposal on the page is above the rules: the page's two scores
 * and level with the draft's other facts (task counts, findings), classified; its
 * PROPOSED_ABOVE_RESULT warning is the answer. Kept apart from check.ts so that the content
 * script, which only reads the page, does not carry the rules (the side panel judges).
 */
export const judgeProposal: ProposalJudge = (draft, page) => {
  const { criteria: _c, ...rest } = draft as Assessment;
  try {
    const result = classify({
      ...rest,
      scores: { general: page.general, results: page.results },
      proposedLevel: page.level,
    });
    return result.warnings.find((w) => w.code === 'PROPOSED_ABOVE_RESULT')?.message ?? null;
  } catch (e) {
    if (e instanceof TusoiInputError) return null;
    throw e;
  }
};

/**
 * Why the rules do not give `level` to the draft: the conditions rubric-core found failed, each
 * with its citation ("Tổng điểm 89,5 chưa đạt 90 điểm … (QĐ 366-QĐ/TW, Điều 11, khoản 1)"); null
 * when the rules give that level or above, or the draft cannot be classified yet. Told when a page
 * locks the level the draft proposes, so the person learns the reason, not only that it is locked.
 */
export function whyNotLevel(draft: Partial<Assessment>, level: Level): Message | null {
  const { criteria: _c, ...rest } = draft as Assessment;
  try {
    const result = classify({ ...rest, proposedLevel: level });
    const best = result.level ?? result.candidates[0];
    if (best !== undefined && levelRank(best) >= levelRank(level)) return null;
    const failed = result.reasons.filter((r) => r.outcome === 'failed');
    if (failed.length === 0) return null;
    const say = (lang: 'vi' | 'en') =>
      failed.map((r) => `${r.message[lang].replace(/\.$/, '')} (${r.cite}).`).join(' ');
    return { vi: `Theo quy định: ${say('vi')}`, en: `By the rules: ${say('en')}` };
  } catch (e) {
    if (e instanceof TusoiInputError) return null;
    throw e;
  }
}
