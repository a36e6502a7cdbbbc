import * as v from 'valibot';
import { levelSchema } from './common.js';

/** Format tag of a result. */
export const RESULT_FORMAT = 'tusoi.result/1';

const messageSchema = v.strictObject({ vi: v.string(), en: v.string() });

/** How a reason's rule came out. */
export const OUTCOMES = ['passed', 'failed', 'triggered', 'mitigated', 'applied'] as const;

/** One rule that shaped the outcome. */
export const ReasonSchema = v.strictObject({
  rule: v.string(),
  cite: v.string(),
  outcome: v.picklist(OUTCOMES),
  message: messageSchema,
});

/** A warning about the input (not a rule outcome). */
export const WarningSchema = v.strictObject({
  code: v.string(),
  message: messageSchema,
  path: v.optional(v.string()),
});

/** Valibot schema of tusoi.result/1. */
export const ResultSchema = v.strictObject({
  format: v.literal(RESULT_FORMAT),
  ruleset: v.string(),
  level: v.nullable(levelSchema),
  decision: v.picklist(['rule', 'discretion']),
  candidates: v.array(levelSchema),
  score: v.strictObject({ general: v.number(), results: v.number(), total: v.number() }),
  reasons: v.array(ReasonSchema),
  warnings: v.array(WarningSchema),
});

/** The classification of one assessment (tusoi.result/1). */
export type Result = v.InferOutput<typeof ResultSchema>;
/** One reason of a result. */
export type Reason = v.InferOutput<typeof ReasonSchema>;
/** One warning of a result. */
export type Warning = v.InferOutput<typeof WarningSchema>;
/** A reason's outcome. */
export type Outcome = (typeof OUTCOMES)[number];
