import {
  type Assessment,
  classify,
  classifyYear,
  type Level,
  levelRank,
  type Message,
  type Pack,
  type Pack2,
  type Result,
  TusoiInputError,
} from '@tusoi/rubric-core';

/** The scores and the level a form shows, as read by checkForm. */
export interface ProposalOnPage {
  readonly general: number;
  readonly results: number;
  readonly level: Level;
}

/** Says why the level on the page is above what the rules give, or null. */
export type ProposalJudge = (draft: Partial<Assessment>, page: ProposalOnPage) => Message | null;

/**
 * rubric-core's result for the draft as changed: the draft alone (classify), or, with `quarters`
 * (an annual draft's quarterly assessments of its year), the year (classifyYear: Q26-33…36), so
 * that a quarter rated KHTNV rules out an annual HTXSNV on the page as in the panel; each quarter
 * scored by the pack it names, `packs` (the user's own) included.
 */
function resultOf(
  draft: Partial<Assessment>,
  quarters: readonly unknown[] | undefined,
  packs: readonly (Pack | Pack2)[] | undefined,
): Result {
  if (quarters === undefined || quarters.length === 0) return classify(draft);
  return classifyYear([...quarters, draft], packs === undefined ? undefined : { packs });
}

/** The conditions the rules found failed, each with its citation ("Theo quy định: … (QĐ 366-QĐ/TW, Điều 11)."). */
function failedText(result: Result): Message | null {
  const failed = result.reasons.filter((r) => r.outcome === 'failed');
  if (failed.length === 0) return null;
  const say = (lang: 'vi' | 'en') => failed.map((r) => `${r.message[lang].replace(/\.$/, '')} (${r.cite}).`).join(' ');
  return { vi: `Theo quy định: ${say('vi')}`, en: `By the rules: ${say('en')}` };
}

/**
 * rubric-core decides whether the proposal on the page is above the rules: the page's two scores
 * and level with the draft's other facts (task counts, findings), classified; its
 * PROPOSED_ABOVE_RESULT warning is the answer. Kept apart from check.ts so that the content
 * script, which only reads the page, does not carry the rules (the side panel judges).
 *
 * With `quarters` (an annual draft's quarterly assessments of the same person and year) the year
 * is judged, as `tusoi year` rolls it: the warning is followed by the year's failed conditions
 * (e.g. Q26-35, a KHTNV quarter rules out HTXSNV), since the page's own figures do not show them.
 * `packs`: the packs the quarters may be scored by beyond the built-in ones (the user's own).
 */
export function judgeProposal(
  draft: Partial<Assessment>,
  page: ProposalOnPage,
  quarters?: readonly unknown[],
  packs?: readonly (Pack | Pack2)[],
): Message | null {
  const { criteria: _c, ...rest } = draft as Assessment;
  try {
    const result = resultOf(
      { ...rest, scores: { general: page.general, results: page.results }, proposedLevel: page.level },
      quarters,
      packs,
    );
    const above = result.warnings.find((w) => w.code === 'PROPOSED_ABOVE_RESULT')?.message ?? null;
    const why = above && quarters !== undefined && quarters.length > 0 ? failedText(result) : null;
    return above && why ? { vi: `${above.vi} ${why.vi}`, en: `${above.en} ${why.en}` } : above;
  } catch (e) {
    if (e instanceof TusoiInputError) return null;
    throw e;
  }
}

/**
 * Why the rules do not give `level` to the draft: the conditions rubric-core found failed, each
 * with its citation ("Tổng điểm 89,5 chưa đạt 90 điểm … (QĐ 366-QĐ/TW, Điều 11, khoản 1)"); null
 * when the rules give that level or above, or the draft cannot be classified yet. Told when a page
 * locks the level the draft proposes, so the person learns the reason, not only that it is locked.
 * With `quarters` (and the `packs` they may be scored by), the year's result is asked (see {@link judgeProposal}).
 */
export function whyNotLevel(
  draft: Partial<Assessment>,
  level: Level,
  quarters?: readonly unknown[],
  packs?: readonly (Pack | Pack2)[],
): Message | null {
  const { criteria: _c, ...rest } = draft as Assessment;
  try {
    const result = resultOf({ ...rest, proposedLevel: level }, quarters, packs);
    const best = result.level ?? result.candidates[0];
    if (best !== undefined && levelRank(best) >= levelRank(level)) return null;
    return failedText(result);
  } catch (e) {
    if (e instanceof TusoiInputError) return null;
    throw e;
  }
}
