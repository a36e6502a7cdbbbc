import * as v from 'valibot';
import { TOTAL_MAX } from '../frame.js';
import { levelSchema, pointsSchema } from './common.js';
import { CitationSchema } from './result.js';

/** Format tag of a cohort. */
export const COHORT_FORMAT = 'tusoi.cohort/1';
/** Format tag of a cohort result. */
export const COHORT_RESULT_FORMAT = 'tusoi.cohort-result/1';

/** Quota rates allowed by Điều 11 khoản 1.5: 20%, or 25% where the competent level so decides. */
export const QUOTA_RATES = [0.2, 0.25] as const;

/** Valibot schema of tusoi.cohort/1. */
export const CohortSchema = v.strictObject({
  format: v.literal(COHORT_FORMAT),
  rounding: v.optional(v.picklist(['floor', 'half-up'])),
  members: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.minLength(1)),
      group: v.pipe(v.string(), v.minLength(1)),
      level: levelSchema,
      total: pointsSchema(0, TOTAL_MAX),
    }),
  ),
  groups: v.optional(v.record(v.string(), v.strictObject({ rate: v.picklist(QUOTA_RATES) }))),
});

const messageSchema = v.strictObject({ vi: v.string(), en: v.string() });

/** Valibot schema of tusoi.cohort-result/1. */
export const CohortResultSchema = v.strictObject({
  format: v.literal(COHORT_RESULT_FORMAT),
  ruleset: v.optional(v.string()),
  version: v.optional(v.string()),
  members: v.array(
    v.strictObject({
      id: v.string(),
      level: v.nullable(levelSchema),
      decision: v.picklist(['rule', 'discretion']),
      demoted: v.boolean(),
      candidates: v.optional(v.array(levelSchema)),
      reason: v.optional(
        v.strictObject({
          rule: v.string(),
          cite: v.string(),
          citation: v.optional(CitationSchema),
          message: messageSchema,
        }),
      ),
    }),
  ),
  groups: v.record(
    v.string(),
    v.strictObject({
      rate: v.number(),
      htxsnv: v.number(),
      httnv: v.number(),
      kept: v.number(),
      demoted: v.number(),
      tied: v.number(),
    }),
  ),
});

/** A party cell's (or peer group's) proposed levels (tusoi.cohort/1). */
export type Cohort = v.InferOutput<typeof CohortSchema>;
/** The cohort after the quota (tusoi.cohort-result/1). */
export type CohortResult = v.InferOutput<typeof CohortResultSchema>;
