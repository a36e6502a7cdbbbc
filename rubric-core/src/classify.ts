import { type ClassifyOptions, resolveOptions, runRuleset } from './classify-with.js';
import { TusoiInputError } from './errors.js';
import { issuesPastFields } from './past-fields.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import type { QuarterFacts } from './rulesets/q2026/facts.js';
import type { Facts, Policy } from './rulesets/qd366/facts.js';
import type { Assessment } from './schemas/assessment.js';
import type { Result } from './schemas/result.js';
import { parseAssessment } from './validate.js';

export { type ClassifyOptions, classifyWith } from './classify-with.js';
export { DEFAULT_POLICY, PolicyOptionsSchema } from './rulesets/qd366/policy.js';

/** parseAssessment, whose error also carries what the rule set finds in the rest of the input. */
function parseInOnePass(input: unknown, options: ClassifyOptions | undefined, policy: Policy): Assessment {
  try {
    return parseAssessment(input, { pack: options?.pack });
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    throw new TusoiInputError(issuesPastFields(input, e.issues, options, policy));
  }
}

/**
 * Classifies one self-review: under Quy định 366-QĐ/TW Điều 11 (annual, rule set `qd366`), or as a
 * 2026 quarter (rule set `q2026`: Điều 11 plus the quarterly rules) for a tusoi.assessment/2 of a quarter.
 * An annual assessment that carries its `quarters` also gets the quarter → year rules (Q26-33…36).
 * Picks the rule set from the registry; {@link classifyWith} takes one rule set (smaller bundles).
 *
 * @param input An assessment (tusoi.assessment/1 or /2); validated first.
 * @param options Policy options; each default follows spec §2.
 * @returns The result (tusoi.result/1), with every rule that shaped it, cited.
 * @throws {TusoiInputError} When the input is invalid: every problem, with its field path, in Vietnamese and English.
 */
export function classify(input: unknown, options?: ClassifyOptions): Result {
  const policy = resolveOptions(options);
  const a = parseInOnePass(input, options, policy);
  return runRuleset(RULESET_REGISTRY[rulesetIdOf(a)] as Ruleset<unknown>, a, options, policy);
}

/**
 * Validates the input and builds the Điều 11 facts its rule set reads (classify's first half; see
 * ./trace.ts). For a quarter (q2026) these are the Điều 11 facts the quarterly rules build on
 * (counts from the task list, scores from the pack).
 *
 * @throws {TusoiInputError} As classify, when the input is invalid.
 */
export function prepareFacts(input: unknown, options?: ClassifyOptions): Facts {
  const policy = resolveOptions(options);
  const a = parseInOnePass(input, options, policy);
  const id = rulesetIdOf(a);
  const ruleset = RULESET_REGISTRY[id] as Ruleset<unknown>;
  const ctx = { options: options as Readonly<Record<string, unknown>> | undefined, policy };
  const issues = ruleset.issues(a, ctx);
  if (issues.length > 0) throw new TusoiInputError(issues);
  const facts = ruleset.facts(a, ctx);
  return id === 'qd366' ? (facts as Facts) : (facts as QuarterFacts).base;
}
