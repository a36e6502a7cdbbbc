// Writes the JSON Schemas shipped in schema/ from the Valibot schemas (run by `build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { jsonSchemas } from './json-schemas.mjs';

const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas(toJsonSchema))) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
}
