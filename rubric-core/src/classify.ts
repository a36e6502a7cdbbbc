import { type ClassifyOptions, resolveOptions, runRuleset } from './classify-with.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import type { Result } from './schemas/result.js';
import { parseAssessment } from './validate.js';

export { type ClassifyOptions, classifyWith } from './classify-with.js';
export { DEFAULT_POLICY, PolicyOptionsSchema } from './rulesets/qd366/policy.js';

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
  const a = parseAssessment(input);
  return runRuleset(RULESET_REGISTRY[rulesetIdOf(a)] as Ruleset<unknown>, a, options, policy);
}
