// The JSON Schemas of the formats, generated from the Valibot schemas in dist/ (titles and
// descriptions come from their metadata). Shared by the writer, the docs/format.md generator and
// the tests that check the shipped files are current. Cross-field rules JSON Schema can express
// are added here (if/then, anyOf); those it cannot are listed in each schema's `$comment`.
import {
  AssessmentSchema,
  BatchLineSchema,
  CatalogueFileSchema,
  CohortResultSchema,
  CohortSchema,
  Pack2Schema,
  PackSchema,
  ResultSchema,
  UNRATED_MONTHS,
} from '../dist/index.js';

const BASE = 'https://tusoi.invalid/schema/';

const LEADER_KINDS = ['leader', 'leader-central'];

/**
 * A quarter one of whose "chưa xếp loại" cases holds (Q26-30, thresholds from the library): it needs
 * no score, so the two rules below (scores, tasks) do not bind it.
 */
const NOT_RATED_QUARTER = {
  description: 'A quarter not rated (Q26-30): one of its "chưa xếp loại" cases holds.',
  required: ['period', 'unrated'],
  properties: {
    period: { type: 'object', description: 'A quarter: period.quarter given.', required: ['quarter'] },
    unrated: {
      type: 'object',
      description: 'At least one case holds.',
      anyOf: [
        {
          description: `Full-time training of ${UNRATED_MONTHS.trainingMonths.atLeast} months or more.`,
          required: ['trainingMonths'],
          properties: {
            trainingMonths: {
              type: 'number',
              description: 'Months of training.',
              minimum: UNRATED_MONTHS.trainingMonths.atLeast,
            },
          },
        },
        {
          description: `Sick or maternity leave of ${UNRATED_MONTHS.sickOrMaternityMonths.atLeast} months or more.`,
          required: ['sickOrMaternityMonths'],
          properties: {
            sickOrMaternityMonths: {
              type: 'number',
              description: 'Months of leave.',
              minimum: UNRATED_MONTHS.sickOrMaternityMonths.atLeast,
            },
          },
        },
        {
          description: `In a first leading post under ${UNRATED_MONTHS.firstAppointedMonths.under} month.`,
          required: ['firstAppointedMonths'],
          properties: {
            firstAppointedMonths: {
              type: 'number',
              description: 'Months in the post.',
              exclusiveMaximum: UNRATED_MONTHS.firstAppointedMonths.under,
            },
          },
        },
        {
          description: 'Under check for signs of a violation.',
          required: ['underInvestigation'],
          properties: { underInvestigation: { type: 'boolean', description: 'Under check.', const: true } },
        },
      ],
    },
  },
};

/** Rules of tusoi.assessment/1 that JSON Schema can say, as the library enforces them. */
function assessmentRules(schema) {
  return {
    ...schema,
    allOf: [
      {
        description: 'Scores or criteria (a quarter not rated, Q26-30, needs none).',
        anyOf: [{ required: ['scores'] }, { required: ['criteria'] }, NOT_RATED_QUARTER],
      },
      {
        description:
          'Leaders give ledUnits (or taskList), everyone else tasks (or taskList); a quarter not rated (Q26-30) needs none.',
        anyOf: [
          NOT_RATED_QUARTER,
          {
            if: { properties: { subject: { type: 'object', properties: { kind: { enum: LEADER_KINDS } } } } },
            // A tusoi.assessment/2 may give its task list instead (the library reads the counts from it).
            // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, not a thenable
            then: { anyOf: [{ required: ['ledUnits'] }, { required: ['taskList'] }] },
            else: { anyOf: [{ required: ['tasks'] }, { required: ['taskList'] }] },
          },
        ],
      },
      {
        // The qd366 ruleset (the default) rates 2025 on.
        description: 'The qd366 ruleset (the default) rates 2025 on.',
        if: { anyOf: [{ not: { required: ['ruleset'] } }, { properties: { ruleset: { const: 'qd366' } } }] },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, not a thenable
        then: { properties: { period: { type: 'object', properties: { year: { type: 'integer', minimum: 2025 } } } } },
      },
      {
        properties: {
          confidenceVote: {
            type: 'object',
            description: 'A held confidence vote (held: true) needs lowShare.',
            if: { type: 'object', properties: { held: { const: true } } },
            // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, not a thenable
            then: { required: ['lowShare'] },
          },
        },
      },
    ],
    $comment:
      'Also checked by the library, not expressible here: exceeded, onTimeWithQuality, late ≤ completed ≤ assigned; the quarterly fields only in tusoi.assessment/2; a q2026 quarter’s pack, frame, weights (adding up to 70) and answers; onTimeWithQuality + late ≤ completed; unitsRatedNotCompleted ≤ unitsResponsible; points at most 6 decimals; criteria.items checked against the pack; text keys compared after NFC and trimming.',
  };
}

/** tusoi.batch/1 refers to the result schema rather than repeating it. */
function batchRefs(schema) {
  const ref = (option) =>
    option.properties?.result
      ? {
          ...option,
          properties: {
            ...option.properties,
            result: { $ref: `${BASE}result.schema.json`, description: option.properties.result.description },
          },
        }
      : option;
  return { ...schema, anyOf: schema.anyOf.map(ref) };
}

const COMMENTS = {
  batch: 'One JSON object per line (NDJSON); `result` is a tusoi.result/1 (result.schema.json).',
  result:
    'Produced by the library; decision "rule" has a level and no candidates, "discretion" has no level and 2+ candidates, "unrated" (a quarter not rated) neither.',
  cohort: 'Also checked by the library: member ids unique after NFC and trimming; totals at most 6 decimals.',
  'cohort-result': 'Produced by the library; one member entry per input member, in order.',
  pack: 'Also checked by the library, not expressible here: general maxima add up to exactly 30, results maxima to exactly 70 (exact decimals); section and criterion ids unique after NFC and trimming; maxima at most 6 decimals.',
  pack2:
    'Also checked by the library, not expressible here: general maxima add up to exactly 30 for each kind, axis maxima to exactly 70, each frame’s A + B + C + D to exactly 100; ids unique.',
  catalogue: 'Indicator ids are I-1 … I-9, II-1 … II-9, III-1 … III-9.',
};

export function jsonSchemas(toJsonSchema) {
  const make = (name, schema, title) => {
    const json = { $id: `${BASE}${name}.schema.json`, title, ...toJsonSchema(schema, { errorMode: 'ignore' }) };
    if (name === 'assessment') return assessmentRules(json);
    return { ...(name === 'batch' ? batchRefs(json) : json), $comment: COMMENTS[name] };
  };
  return {
    // One schema for both versions: /2 only adds optional fields (the format tag says which).
    assessment: make('assessment', AssessmentSchema, 'tusoi.assessment/2'),
    result: make('result', ResultSchema, 'tusoi.result/1'),
    cohort: make('cohort', CohortSchema, 'tusoi.cohort/1'),
    'cohort-result': make('cohort-result', CohortResultSchema, 'tusoi.cohort-result/1'),
    pack: make('pack', PackSchema, 'tusoi.pack/1'),
    pack2: make('pack2', Pack2Schema, 'tusoi.pack/2'),
    catalogue: make('catalogue', CatalogueFileSchema, 'tusoi.catalogue/1'),
    batch: make('batch', BatchLineSchema, 'tusoi.batch/1'),
  };
}
