import * as v from 'valibot';
import { deepFreeze } from '../../internal/frozen.js';
import type { Policy } from './facts.js';

/** The defaults of every policy option (spec §2). */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ deepFreeze({
  nested: true,
  bands: 'cascade',
  gap: 'discretion',
  mitigation: 'discretion',
  targets: 'any',
});

/** Valibot schema of the five policy options (for tools that store or share them, such as the playground's links). */
export const PolicyOptionsSchema = v.strictObject({
  nested: v.optional(v.boolean()),
  bands: v.optional(v.picklist(['cascade', 'strict'])),
  gap: v.optional(v.picklist(['discretion', 'KHTNV'])),
  mitigation: v.optional(v.picklist(['discretion', 'none', 'waive'])),
  targets: v.optional(v.picklist(['any', 'all'])),
});
