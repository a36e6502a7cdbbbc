import { type Assessment, classify, type Level, type Message, TusoiInputError } from '@tusoi/rubric-core';

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
