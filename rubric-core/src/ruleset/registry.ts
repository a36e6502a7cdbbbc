import { deepFreeze } from '../internal/frozen.js';
import { Q2026_RULESET } from '../rulesets/q2026/index.js';
import { QD366_RULESET } from '../rulesets/qd366/index.js';
import type { Ruleset } from './ruleset.js';

/** Every rule set this version carries, looked up by id (older sets join this list). */
export const RULESET_REGISTRY: Readonly<Record<string, Ruleset<never>>> = /* @__PURE__ */ deepFreeze({
  qd366: QD366_RULESET as Ruleset<never>,
  q2026: Q2026_RULESET as Ruleset<never>,
});

/** The ids of the carried rule sets. */
export const RULESET_IDS = /* @__PURE__ */ deepFreeze(Object.keys(RULESET_REGISTRY));

export { rulesetIdOf } from './select.js';
