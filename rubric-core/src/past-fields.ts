import type { ClassifyOptions } from './classify-with.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { beyond, withoutPaths } from './internal/prune.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import type { Policy } from './rulesets/qd366/facts.js';
import type { Assessment } from './schemas/assessment.js';
import { safeParseAssessment } from './validate.js';

// One pass (developers' guide): a rule set's own checks (pack, frame, task weights, axes…) run on
// the input even when some fields are bad; only the checks that read a bad field are skipped.

/**
 * The input with its bad fields left out, as an assessment, when that much is well-shaped: for the
 * checks that do not read the bad fields (a rule set's own, the year's cross-input checks).
 */
export function wellShapedRest(input: unknown, fieldIssues: readonly InputIssue[]): Assessment | undefined {
  const bad = new Set(fieldIssues.map((i) => i.path));
  if (bad.has('')) return undefined;
  const rest = safeParseAssessment(withoutPaths(input, bad));
  return rest.success ? rest.output : undefined;
}

/** The problems a rule set finds in an assessment (its own checks, then building its facts). */
export function rulesetIssues(a: Assessment, options: ClassifyOptions | undefined, policy: Policy): InputIssue[] {
  const ruleset = RULESET_REGISTRY[rulesetIdOf(a)] as Ruleset<unknown>;
  const ctx = { options: options as Readonly<Record<string, unknown>> | undefined, policy };
  const own = ruleset.issues(a, ctx);
  if (own.length > 0) return own;
  try {
    ruleset.facts(a, ctx);
  } catch (e) {
    if (e instanceof TusoiInputError) return [...e.issues];
    throw e;
  }
  return [];
}

/**
 * Field problems plus what the rule set finds in the rest of the input, in one list: each further
 * problem once, none about a field already reported.
 */
export function issuesPastFields(
  input: unknown,
  fieldIssues: readonly InputIssue[],
  options: ClassifyOptions | undefined,
  policy: Policy,
): InputIssue[] {
  const rest = wellShapedRest(input, fieldIssues);
  // qd366 checks its pack in the field pass already (./validate.ts); the quarterly checks come after.
  if (rest === undefined || rulesetIdOf(rest) !== 'q2026') return [...fieldIssues];
  return [...fieldIssues, ...beyond(fieldIssues, rulesetIssues(rest, options, policy))];
}
