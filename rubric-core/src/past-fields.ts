import type { ClassifyOptions } from './classify-with.js';
import { type InputIssue, TusoiInputError } from './errors.js';
import { RULESET_REGISTRY, rulesetIdOf } from './ruleset/registry.js';
import type { Ruleset } from './ruleset/ruleset.js';
import type { Policy } from './rulesets/qd366/facts.js';
import type { Assessment } from './schemas/assessment.js';
import { safeParseAssessment } from './validate.js';

// One pass (developers' guide): a rule set's own checks (pack, frame, task weights, axes…) run on
// the input even when some fields are bad; only the checks that read a bad field are skipped. The
// bad fields are left out of a copy, the copy is checked, and what it says about a left-out field
// (now missing) is dropped, since that field is already reported.

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

const within = (path: string, under: string) =>
  under === '' || path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);

/** A copy of `input` without the values at `paths` (paths as issues name them). */
export function withoutPaths(input: unknown, paths: ReadonlySet<string>, path = ''): unknown {
  if (Array.isArray(input)) return input.map((x, i) => withoutPaths(x, paths, join(path, i)));
  if (typeof input !== 'object' || input === null) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    const at = join(path, key);
    if (paths.has(at)) continue;
    out[key] = withoutPaths((input as Record<string, unknown>)[key], paths, at);
  }
  return out;
}

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
  const seen = new Set(fieldIssues.map((i) => `${i.code}\u0000${i.path}`));
  const more = rulesetIssues(rest, options, policy).filter(
    (i) => !seen.has(`${i.code}\u0000${i.path}`) && !fieldIssues.some((f) => within(i.path, f.path)),
  );
  return [...fieldIssues, ...more];
}
