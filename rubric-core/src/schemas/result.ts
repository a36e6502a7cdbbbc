import * as v from 'valibot';
import { levelSchema } from './common.js';

/** Format tag of a result. */
export const RESULT_FORMAT = 'tusoi.result/1';

const messageSchema = v.strictObject({ vi: v.string(), en: v.string() });

/** How a reason's rule came out. */
export const OUTCOMES = ['passed', 'failed', 'triggered', 'mitigated', 'applied'] as const;

/** A citation as parts: document, article (Điều), clause (khoản), point (điểm), and any note. */
export const CitationSchema = v.strictObject({
  doc: v.string(),
  article: v.optional(v.string()),
  clause: v.optional(v.string()),
  point: v.optional(v.string()),
  note: v.optional(v.string()),
});

/** One rule that shaped the outcome. */
export const ReasonSchema = v.strictObject({
  rule: v.string(),
  cite: v.string(),
  citation: v.optional(CitationSchema),
  outcome: v.picklist(OUTCOMES),
  message: messageSchema,
});

/** A warning about the input (not a rule outcome). */
export const WarningSchema = v.strictObject({
  code: v.string(),
  message: messageSchema,
  path: v.optional(v.string()),
});

const resultEntries = {
  format: v.literal(RESULT_FORMAT),
  ruleset: v.string(),
  version: v.optional(v.string()),
  score: v.strictObject({ general: v.number(), results: v.number(), total: v.number() }),
  reasons: v.array(ReasonSchema),
  warnings: v.array(WarningSchema),
};

/** A result the rules decide: a level, no candidates. */
export const RuleResultSchema = v.strictObject({
  ...resultEntries,
  decision: v.literal('rule'),
  level: levelSchema,
  candidates: v.pipe(v.array(levelSchema), v.maxLength(0)),
});

/** A result left to the competent level: no level, the candidates it decides between. */
export const DiscretionResultSchema = v.strictObject({
  ...resultEntries,
  decision: v.literal('discretion'),
  level: v.null(),
  candidates: v.pipe(v.array(levelSchema), v.minLength(2)),
});

/** Valibot schema of tusoi.result/1: `decision` tells which of the two shapes. */
export const ResultSchema = v.variant('decision', [RuleResultSchema, DiscretionResultSchema]);

/** The classification of one assessment (tusoi.result/1); narrow on `decision`. */
export type Result = v.InferOutput<typeof ResultSchema>;
/** A result decided by rule. */
export type RuleResult = v.InferOutput<typeof RuleResultSchema>;
/** A result for the competent level to decide. */
export type DiscretionResult = v.InferOutput<typeof DiscretionResultSchema>;
/** One reason of a result. */
export type Reason = v.InferOutput<typeof ReasonSchema>;
/** A structured citation. */
export type Citation = v.InferOutput<typeof CitationSchema>;
/** One warning of a result. */
export type Warning = v.InferOutput<typeof WarningSchema>;
/** A reason's outcome. */
export type Outcome = (typeof OUTCOMES)[number];
