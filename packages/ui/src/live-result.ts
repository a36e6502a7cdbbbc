import {
  type Assessment,
  type ClassifyOptions,
  checkReview,
  classify,
  type DecisionTrace,
  type InputIssue,
  type Pack,
  type Pack2,
  type Result,
  type ReviewCheck,
  TusoiInputError,
  traceDecision,
} from '@tusoi/rubric-core';

/** What a half-filled draft gives: rubric-core's result and review checks, or why it cannot be rated yet. */
export interface LiveResult {
  readonly result: Result | null;
  readonly issues: readonly InputIssue[];
  readonly checks: ReviewCheck[];
  /** Every rule weighed with its numbers, when asked for (`trace: true`). */
  readonly trace?: DecisionTrace;
}

/**
 * Classifies a draft as it is being typed (with the pack its criteria name, from `packs`: a
 * tusoi.pack/1, or a user's own tusoi.pack/2 beside the built-in ones rubric-core holds) and
 * runs the review checks; invalid input gives its issues instead of throwing.
 */
export function liveResult(
  assessment: Record<string, unknown>,
  packs: readonly (Pack | Pack2)[],
  options: Omit<ClassifyOptions, 'pack'> = {},
  { trace: withTrace = false }: { readonly trace?: boolean } = {},
): LiveResult {
  const criteria = assessment.criteria as { pack?: string } | undefined;
  const pack = criteria?.pack ? packs.find((p) => p.id === criteria.pack) : undefined;
  let result: Result | null = null;
  let issues: readonly InputIssue[] = [];
  let trace: DecisionTrace | undefined;
  try {
    const all = { ...options, ...(pack ? { pack } : {}) };
    if (withTrace) {
      trace = traceDecision(assessment, all);
      result = trace.result;
    } else result = classify(assessment, all);
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    issues = e.issues;
  }
  let checks: ReviewCheck[] = [];
  try {
    checks = checkReview(assessment as Assessment, result ?? undefined);
  } catch {
    // A half-filled draft may not have the shape the checks read; they return once it does.
  }
  return { result, issues, checks, ...(trace ? { trace } : {}) };
}
