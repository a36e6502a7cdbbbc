// The JSON Schemas of the formats, generated from the Valibot schemas in dist/. Shared by the
// writer and by the test that checks the shipped files are current.
import {
  AssessmentSchema,
  CatalogueFileSchema,
  CohortResultSchema,
  CohortSchema,
  Pack2Schema,
  PackSchema,
  ResultSchema,
} from '../dist/index.js';

const BASE = 'https://tusoi.invalid/schema/';

export function jsonSchemas(toJsonSchema) {
  const make = (name, schema, title) => ({
    $id: `${BASE}${name}.schema.json`,
    title,
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
  });
  return {
    // One schema for both versions: /2 only adds optional fields (the format tag says which).
    assessment: make('assessment', AssessmentSchema, 'tusoi.assessment/2'),
    result: make('result', ResultSchema, 'tusoi.result/1'),
    cohort: make('cohort', CohortSchema, 'tusoi.cohort/1'),
    'cohort-result': make('cohort-result', CohortResultSchema, 'tusoi.cohort-result/1'),
    pack: make('pack', PackSchema, 'tusoi.pack/1'),
    pack2: make('pack2', Pack2Schema, 'tusoi.pack/2'),
    catalogue: make('catalogue', CatalogueFileSchema, 'tusoi.catalogue/1'),
  };
}
