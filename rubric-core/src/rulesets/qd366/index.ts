import * as v from 'valibot';
import { fromValibotIssue, TusoiInputError } from '../../errors.js';
import { deepFreeze } from '../../internal/frozen.js';
import { compileGuard } from '../../internal/guard.js';
import type { Ruleset, RulesetContext } from '../../ruleset/ruleset.js';
import type { Assessment } from '../../schemas/assessment.js';
import type { Result } from '../../schemas/result.js';
import { CONDITIONS } from './conditions.js';
import { classifyFacts, factsOf } from './evaluate.js';
import type { Facts, Policy } from './facts.js';
import { DEFAULT_POLICY, type PolicyOptionsSchema } from './policy.js';
import { QD366_RULE_TITLES } from './rule-titles.js';
import { QD366_RULES } from './rules.js';
import { scoresOf } from './scores.js';
import { TRIGGER_KEYS } from './triggers.js';

/** The annual rule set of Quy định 366-QĐ/TW Điều 10–11 with Hướng dẫn 43-HD/BTCTW. */
export const QD366_MANIFEST = /* @__PURE__ */ deepFreeze({
  id: 'qd366',
  title: {
    vi: 'Quy định 366-QĐ/TW, Điều 10–11 (xếp loại hằng năm)',
    en: 'Quy định 366-QĐ/TW, Điều 10–11 (annual rating)',
  },
  source: 'Quy định 366-QĐ/TW (30/8/2025); Hướng dẫn 43-HD/BTCTW (31/10/2025)',
  revision: '2025-10-31',
  from: 2025,
  periods: ['year', 'quarter'],
  rulePrefix: 'R366-',
} as const);

/**
 * The policy options of a classify call after defaults.
 *
 * @throws {TusoiInputError} An option outside its values, path `options.<name>`.
 */
export function resolvePolicy(options: Readonly<Record<string, unknown>> | undefined, schema: v.GenericSchema): Policy {
  if (options === undefined) return DEFAULT_POLICY;
  if (
    guardFor(schema)(options) &&
    options.nested === undefined &&
    options.bands === undefined &&
    options.gap === undefined &&
    options.mitigation === undefined &&
    options.targets === undefined
  ) {
    return DEFAULT_POLICY;
  }
  const parsed = v.safeParse(schema, options);
  if (!parsed.success) {
    throw new TusoiInputError(
      parsed.issues.map((i) => {
        const issue = fromValibotIssue(i);
        return { ...issue, path: `options${issue.path ? `.${issue.path}` : ''}` };
      }),
    );
  }
  const o = parsed.output as v.InferOutput<typeof PolicyOptionsSchema>;
  return {
    nested: o.nested ?? DEFAULT_POLICY.nested,
    bands: o.bands ?? DEFAULT_POLICY.bands,
    gap: o.gap ?? DEFAULT_POLICY.gap,
    mitigation: o.mitigation ?? DEFAULT_POLICY.mitigation,
    targets: o.targets ?? DEFAULT_POLICY.targets,
  };
}

const guards = new WeakMap<object, (x: unknown) => boolean>();
function guardFor(schema: v.GenericSchema): (x: unknown) => boolean {
  let g = guards.get(schema);
  if (g === undefined) {
    g = compileGuard(schema);
    guards.set(schema, g);
  }
  return g;
}

/** Context of the qd366 rule set: the options already resolved by classify. */
export interface Qd366Context extends RulesetContext {
  readonly policy: Policy;
}

/** The qd366 rule set behind the {@link Ruleset} interface. */
export const QD366_RULESET: Ruleset<Facts> = /* @__PURE__ */ deepFreeze({
  manifest: QD366_MANIFEST,
  rules: QD366_RULES,
  titles: QD366_RULE_TITLES,
  conditions: Object.keys(CONDITIONS),
  triggers: TRIGGER_KEYS,
  issues: () => [],
  facts(a: Assessment, ctx: RulesetContext): Facts {
    const policy = (ctx as Qd366Context).policy ?? DEFAULT_POLICY;
    const { general, results } = scoresOf(a, ctx.options?.pack);
    return factsOf(a, policy, general, results);
  },
  evaluate: (f: Facts, explain: boolean): Result => classifyFacts(f, explain),
});
