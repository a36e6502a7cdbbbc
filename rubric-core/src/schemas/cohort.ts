import * as v from 'valibot';
import { TOTAL_MAX } from '../frame.js';
import { deepFreeze } from '../internal/frozen.js';
import { countSchema, levelSchema, pointsSchema } from './common.js';
import { CitationSchema } from './result.js';

/** Format tag of a cohort. */
export const COHORT_FORMAT = 'tusoi.cohort/1';
/** Format tag of a cohort result. */
export const COHORT_RESULT_FORMAT = 'tusoi.cohort-result/1';

/** Quota rates allowed by Điều 11 khoản 1.5: 20%, or 25% where the competent level so decides. */
export const QUOTA_RATES = /* @__PURE__ */ deepFreeze([0.2, 0.25] as const);

const d = v.description;

/** Valibot schema of tusoi.cohort/1. */
export const CohortSchema = v.pipe(
  v.strictObject({
    format: v.pipe(v.literal(COHORT_FORMAT), d('Format tag, always "tusoi.cohort/1".')),
    rounding: v.optional(
      v.pipe(
        v.picklist(['floor', 'half-up']),
        d('How rate × members rounds: floor (default, the literal "không vượt quá") or half-up.'),
      ),
    ),
    members: v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), v.minLength(1), d('Member id or name; unique after NFC and trimming.')),
          group: v.pipe(v.string(), v.minLength(1), d('Group (chi bộ); compared after NFC and trimming.')),
          level: v.pipe(levelSchema, d('Proposed level.')),
          total: v.pipe(pointsSchema(0, TOTAL_MAX), d('Total score, 0–100, at most 6 decimals; ranks HTXSNV members.')),
          head: v.optional(
            v.pipe(
              v.boolean(),
              d(
                "Heads the group's unit: left out of the quota's count and its denominator, the level untouched (Q26-26; the denominator part is Tự Soi's reading).",
              ),
            ),
          ),
          exceeded: v.optional(
            v.pipe(
              countSchema,
              d(
                'Tasks completed above requirements in the period; orders HTXSNV proposals under rankBy "q26" when every one of the group carries it (Q26-27).',
              ),
            ),
          ),
          htxsnvQuarters: v.optional(
            v.pipe(
              countSchema,
              v.maxValue(4),
              d(
                'For an annual quota: quarters proposed HTXSNV, 0–4; orders first under rankBy "q26" when every HTXSNV proposal of the group carries it (Q26-27).',
              ),
            ),
          ),
        }),
      ),
      d('The members with their proposed levels.'),
    ),
    denominator: v.optional(
      v.pipe(
        v.picklist(['httnv', 'httnv-or-better']),
        d(
          'What the rate is a share of (Q26-25): httnv (default; "số HTTNV", Điều 11 khoản 1.5, counted after demotion) or httnv-or-better (HTTNV and HTXSNV together: "tốt trở lên" of some forms).',
        ),
      ),
    ),
    period: v.optional(
      v.pipe(
        v.picklist(['year', 'quarter']),
        d(
          "Whose levels these are: year (the annual quota, qd366 R366-13: floor, rank by total) or quarter (the quarter's quota, q2026 Q26-25: half-up, rank by q26). `tusoi cohort` picks the quota by it; `applyQuota` / `applyQuarterQuota` refuse the other one (`period-conflict`). Unset: the annual quota, unless `tusoi cohort --quarter`.",
        ),
      ),
    ),
    rankBy: v.optional(
      v.pipe(
        v.picklist(['total', 'q26']),
        d(
          'How HTXSNV members are ranked for the cut: total (default) or q26 — HTXSNV quarters, then tasks exceeded, each only when every proposal of the group carries it, then total (Tự Soi’s reading), unless one of them is missing for some; never by position; members the data cannot tell apart at the cut go to the competent level (Q26-27).',
        ),
      ),
    ),
    groups: v.optional(
      v.pipe(
        v.record(
          v.string(),
          v.strictObject({ rate: v.pipe(v.picklist(QUOTA_RATES), d('HTXSNV quota: 0.2 (default) or 0.25.')) }),
        ),
        d('Per-group settings by group name (any name, "__proto__" included).'),
      ),
    ),
  }),
  v.title('tusoi.cohort/1'),
  d(
    'A party cell’s (or peer group’s) proposed levels, for the HTXSNV quota of Điều 11 khoản 1.5. Cross-field: member ids unique (after NFC and trimming).',
  ),
);

const messageSchema = v.pipe(
  v.strictObject({ vi: v.pipe(v.string(), d('Vietnamese text.')), en: v.pipe(v.string(), d('English text.')) }),
  d('A message in Vietnamese and English.'),
);

/** Valibot schema of tusoi.cohort-result/1. */
export const CohortResultSchema = v.pipe(
  v.strictObject({
    format: v.pipe(v.literal(COHORT_RESULT_FORMAT), d('Format tag, always "tusoi.cohort-result/1".')),
    ruleset: v.pipe(v.string(), d('Ruleset that applied the quota, e.g. "qd366".')),
    version: v.pipe(v.string(), d('Version of @tusoi/rubric-core that produced the result.')),
    quota: v.optional(
      v.pipe(
        v.strictObject({
          rule: v.pipe(v.string(), d('Rule applied: "R366-13" (the year, qd366) or "Q26-25" (a quarter, q2026).')),
          rounding: v.pipe(
            v.picklist(['floor', 'half-up']),
            d('Rounding used (option, file or the rule set default).'),
          ),
          rankBy: v.pipe(v.picklist(['total', 'q26']), d('Ranking used for the cut.')),
          denominator: v.pipe(v.picklist(['httnv', 'httnv-or-better']), d('What the rate was a share of.')),
        }),
        d('The quota as applied: rule and settings after options, file and rule set defaults.'),
      ),
    ),
    members: v.pipe(
      v.array(
        v.strictObject({
          id: v.pipe(v.string(), d('Member id, as given.')),
          level: v.pipe(v.nullable(levelSchema), d('Level after the quota; null when the competent level decides.')),
          decision: v.pipe(v.picklist(['rule', 'discretion']), d('rule, or discretion for a tie at the cut.')),
          demoted: v.pipe(v.boolean(), d('Moved from HTXSNV to HTTNV by the quota.')),
          candidates: v.optional(v.pipe(v.array(levelSchema), d('For discretion: HTXSNV and HTTNV.'))),
          rank: v.optional(
            v.pipe(
              v.number(),
              d(
                'Under rankBy "q26", in a group over the quota: the place of this HTXSNV proposal (1 = first); members equal on every criterion used share a place (Q26-27).',
              ),
            ),
          ),
          reason: v.optional(
            v.pipe(
              v.strictObject({
                rule: v.pipe(v.string(), d('Rule id, "R366-13".')),
                cite: v.pipe(v.string(), d('Citation for display.')),
                citation: CitationSchema,
                message: messageSchema,
              }),
              d('Why the quota touched this member.'),
            ),
          ),
        }),
      ),
      d('One entry per input member, in input order.'),
    ),
    groups: v.pipe(
      v.record(
        v.string(),
        v.strictObject({
          rate: v.pipe(v.number(), d('Rate applied, 0.2 or 0.25.')),
          htxsnv: v.pipe(v.number(), d('Members proposed HTXSNV.')),
          httnv: v.pipe(v.number(), d('Members proposed HTTNV.')),
          kept: v.pipe(v.number(), d('HTXSNV kept.')),
          demoted: v.pipe(v.number(), d('HTXSNV moved to HTTNV.')),
          tied: v.pipe(v.number(), d('HTXSNV tied at the cut, left to the competent level.')),
          basis: v.optional(
            v.pipe(
              v.strictObject({
                denominator: v.pipe(
                  v.picklist(['httnv', 'httnv-or-better']),
                  d('What the rate was a share of (the option in force, as in `quota.denominator`).'),
                ),
                rounding: v.pipe(v.picklist(['floor', 'half-up']), d('How rate × count was rounded.')),
                places: v.pipe(
                  v.number(),
                  d(
                    'HTXSNV places the quota gives the group: `kept` plus the members of a tie at the cut that fall inside it.',
                  ),
                ),
                count: v.pipe(
                  v.number(),
                  d(
                    'The number the rate was taken of for those places: `httnv` plus `htxsnv` below (not the proposed HTTNV alone).',
                  ),
                ),
                httnv: v.pipe(v.number(), d('Proposed HTTNV in `count` (the group’s `httnv`).')),
                htxsnv: v.pipe(
                  v.number(),
                  d(
                    'HTXSNV proposals in `count`: under httnv, those beyond `places` (they are HTTNV once the quota applies); under httnv-or-better, all of them.',
                  ),
                ),
                allows: v.pipe(
                  v.number(),
                  d('round(rate × count) under `rounding`: the most HTXSNV that count allows; never below `places`.'),
                ),
                next: v.optional(
                  v.pipe(
                    v.strictObject({
                      places: v.pipe(v.number(), d('`places` + 1.')),
                      count: v.pipe(v.number(), d('The count with that many places (httnv: one HTTNV fewer).')),
                      allows: v.pipe(v.number(), d('round(rate × count): below `places`, so that place is refused.')),
                    }),
                    d('When proposals exceed `places`: why one more place is refused.'),
                  ),
                ),
                heads: v.optional(
                  v.pipe(v.number(), d('Heads left out of the count and the proposals (Q26-26); absent when none.')),
                ),
                message: messageSchema,
              }),
              d(
                'How the places were counted (Điều 11 khoản 1 điểm 1.5; denominator Q26-25): rate × count = allows, and why one more is refused. Always written now; results written before it lack it.',
              ),
            ),
          ),
          ranking: v.optional(
            v.pipe(
              v.strictObject({
                rule: v.pipe(v.string(), d('"Q26-27".')),
                cite: v.pipe(v.string(), d('Citation for display.')),
                by: v.pipe(
                  v.array(v.picklist(['htxsnvQuarters', 'exceeded', 'total'])),
                  d(
                    'The member fields that ordered the proposals, in order (each carried by every proposal; total last, Tự Soi’s reading, unless a field was missing for some).',
                  ),
                ),
                lacking: v.optional(
                  v.pipe(
                    v.strictObject({
                      key: v.pipe(v.picklist(['htxsnvQuarters', 'exceeded']), d('The field.')),
                      ids: v.pipe(v.array(v.string()), d('The proposals without it.')),
                    }),
                    d('A field only some proposals carry: the order stops before it (never a guess).'),
                  ),
                ),
                beyond: v.pipe(v.array(v.string()), d('Ids moved to HTTNV: beyond the quota by the criteria.')),
                undecided: v.pipe(
                  v.array(v.string()),
                  d('Ids at the cut that the data cannot order: left to the competent level.'),
                ),
                message: messageSchema,
              }),
              d(
                'Under rankBy "q26", for a group over the quota: how the proposals were ordered and who goes beyond it (Q26-27).',
              ),
            ),
          ),
        }),
      ),
      d('Summary by group (NFC, trimmed name).'),
    ),
  }),
  v.title('tusoi.cohort-result/1'),
  d('The cohort after the HTXSNV quota.'),
);

/** A party cell's (or peer group's) proposed levels (tusoi.cohort/1). */
export type Cohort = v.InferOutput<typeof CohortSchema>;
/** The cohort after the quota (tusoi.cohort-result/1). */
export type CohortResult = v.InferOutput<typeof CohortResultSchema>;
