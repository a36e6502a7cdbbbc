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
  /** `unrated` (quarterly only): chưa xếp loại this quarter (Q26-30); level is null. */
  decision: v.picklist(['rule', 'discretion', 'unrated']),
  candidates: v.array(levelSchema),
  score: v.strictObject({ general: v.number(), results: v.number(), total: v.number() }),
  reasons: v.array(ReasonSchema),
  warnings: v.array(WarningSchema),
  /** Quarterly: how the scores were built (each task's points, each axis, the KPI, K/AD criteria). */
  breakdown: v.optional(
    v.strictObject({
      tasks: v.optional(v.array(v.number())),
      axes: v.optional(v.record(v.string(), v.number())),
      kpi: v.optional(v.number()),
      notApplicable: v.optional(v.array(v.string())),
    }),
  ),
  /** Facts for the competent level that change no level (e.g. two consecutive KHTNV quarters, Q26-36). */
  flags: v.optional(v.array(v.strictObject({ code: v.string(), rule: v.string(), message: messageSchema }))),
});

/** The classification of one assessment (tusoi.result/1). */
export type Result = v.InferOutput<typeof ResultSchema>;
/** One reason of a result. */
export type Reason = v.InferOutput<typeof ReasonSchema>;
/** One warning of a result. */
export type Warning = v.InferOutput<typeof WarningSchema>;
/** A reason's outcome. */
export type Outcome = (typeof OUTCOMES)[number];
