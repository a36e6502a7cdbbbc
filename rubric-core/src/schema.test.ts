import { readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the build script, no types
import { jsonSchemas } from '../scripts/json-schemas.mjs';

describe('shipped JSON Schemas', () => {
  it('match the Valibot schemas (run `pnpm build` after changing a schema)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas(toJsonSchema) as Record<string, unknown>)) {
      const shipped = JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(shipped, name).toEqual(schema);
    }
  });

  it('ship a schema for each format', () => {
    for (const name of ['assessment', 'result', 'cohort', 'cohort-result', 'pack', 'catalogue']) {
      const shipped = JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(shipped.title).toMatch(/^tusoi\./);
    }
  });

  it('describe the assessment’s required fields and the level codes', () => {
    const shipped = JSON.parse(readFileSync(new URL('../schema/assessment.schema.json', import.meta.url), 'utf8'));
    expect(shipped.required).toEqual(['format', 'period', 'subject']);
    expect(shipped.properties.proposedLevel.enum).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(shipped.additionalProperties).toBe(false);
  });
});
