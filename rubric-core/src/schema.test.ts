import { readdirSync, readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with the doc script, no types
import { FORMMAP_EXAMPLE, formatDoc, formats } from '../scripts/format-doc.mjs';
// @ts-expect-error: plain ESM helper shared with the build script, no types
import { jsonSchemas } from '../scripts/json-schemas.mjs';
import { classify } from './classify.js';
import { TusoiInputError } from './errors.js';
import { applyQuota } from './quota.js';
import { isCalendarDate } from './schemas/common.js';

// Every shipped schema, so that a new one is checked without editing this list.
const NAMES = readdirSync(new URL('../schema/', import.meta.url))
  .filter((n) => n.endsWith('.schema.json'))
  .map((n) => n.replace('.schema.json', ''));
const shippedSchema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));
const fieldCase = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../test/field-cases/${name}`, import.meta.url), 'utf8'));

// Strict ajv: an unknown keyword or format in a shipped schema is an error, not ignored.
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false, // required inside allOf/if branches names properties defined at the top
  formats: { date: (s: string) => isCalendarDate(s), uri: (s: string) => URL.canParse(s) },
});
for (const name of NAMES) ajv.addSchema(shippedSchema(name), name);
const valid = (name: string, data: unknown) => ajv.validate(name, data);

/** Fields (and allOf branches) of a JSON Schema without a description, by path. */
function undescribed(schema: Record<string, unknown>): string[] {
  const undescribed: string[] = [];
  const walk = (s: Record<string, unknown>, path: string) => {
    for (const key of ['oneOf', 'anyOf'] as const) {
      for (const option of (s[key] as Record<string, unknown>[] | undefined) ?? []) walk(option, path);
    }
    ((s.allOf as Record<string, unknown>[] | undefined) ?? []).forEach((branch, i) => {
      const described =
        typeof branch.description === 'string' ||
        Object.values((branch.properties as Record<string, Record<string, unknown>>) ?? {}).every(
          (p) => typeof p.description === 'string',
        );
      if (!described || Object.keys(branch).length === 0) undescribed.push(`${path}allOf[${i}]`);
      walk(branch, path);
    });
    const props = s.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(props ?? {})) {
      if (typeof child.description !== 'string' || child.description === '') undescribed.push(`${path}${key}`);
      walk(child, `${path}${key}.`);
    }
    const items = s.items as Record<string, unknown> | undefined;
    if (items) walk(items, `${path}[].`);
    const map = s.additionalProperties;
    if (map && typeof map === 'object') walk(map as Record<string, unknown>, `${path}<key>.`);
  };
  walk(schema, '');
  return undescribed.sort();
}

const FORMMAP = JSON.parse(
  readFileSync(new URL('../../packages/form-kit/schema/formmap.schema.json', import.meta.url), 'utf8'),
);

describe('shipped JSON Schemas', () => {
  it('match the Valibot schemas (run `pnpm build` after changing a schema)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas(toJsonSchema) as Record<string, unknown>)) {
      expect(shippedSchema(name), name).toEqual(schema);
    }
  });

  it('have $id, title and description, and every field and allOf branch a description', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['assessment', 'result', 'pack2', 'batch']));
    // The form map's schema ships with form-kit; it is documented here with the others.
    for (const [name, schema] of [...NAMES.map((n) => [n, shippedSchema(n)] as const), ['formmap', FORMMAP] as const]) {
      expect(schema.$id, name).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(schema.title).toMatch(/^tusoi\./);
      expect(schema.description, name).toBeTruthy();
      expect(undescribed(schema), name).toEqual([]);
    }
  });

  it('the description check names a field or a shape whose description is missing', () => {
    const copy = structuredClone(FORMMAP);
    const fieldStep = copy.properties.steps.items.anyOf[0];
    delete fieldStep.properties.locator.anyOf[3].properties.row.description;
    delete fieldStep.properties.waitMs.description;
    delete copy.properties.id.description;
    expect(undescribed(copy)).toEqual(['id', 'steps.[].locator.row', 'steps.[].waitMs']);
    const assessment = shippedSchema('assessment');
    delete assessment.properties.tasks.properties.late.description;
    expect(undescribed(assessment)).toEqual(['tasks.late']);
  });

  it('accept the form map example of docs/format.md, with ajv', () => {
    const formmap = new Ajv({ strict: true }).compile(FORMMAP);
    expect(formmap(FORMMAP_EXAMPLE), JSON.stringify(formmap.errors)).toBe(true);
  });

  it('accept every example docs/format.md draws its examples from (shipped ones and those written for the page), with ajv', () => {
    const formmap = new Ajv({ strict: true }).compile(FORMMAP);
    const all = formats() as { name: string; examples: unknown[] }[];
    expect(all.every((f) => f.examples.length > 0)).toBe(true);
    for (const f of all) {
      f.examples.forEach((example, i) => {
        if (f.name === 'formmap') expect(formmap(example), JSON.stringify(formmap.errors)).toBe(true);
        else expect(valid(f.name, example), `${f.name} example ${i}: ${ajv.errorsText()}`).toBe(true);
      });
    }
  });

  it('accept every example, with ajv', () => {
    const dir = new URL('../examples/', import.meta.url);
    const examples = readdirSync(dir).filter((n) => /^q?\d\d-.*\.json$/.test(n));
    expect(examples.length).toBeGreaterThan(20);
    for (const name of examples) {
      const data = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      expect(valid('assessment', data), `${name}: ${ajv.errorsText()}`).toBe(true);
    }
    const cohort = JSON.parse(readFileSync(new URL('cohort-two-cells.json', dir), 'utf8'));
    expect(valid('cohort', cohort), ajv.errorsText()).toBe(true);
    expect(valid('cohort-result', applyQuota(cohort)), ajv.errorsText()).toBe(true);
  });

  it('a quarter not rated (Q26-30) needs no scores and no task list: ajv and the library agree at each threshold', () => {
    const bare = (unrated: Record<string, unknown>, period: Record<string, unknown> = { year: 2026, quarter: 2 }) => ({
      format: 'tusoi.assessment/2',
      period,
      subject: { kind: 'staff' },
      unrated,
    });
    const cases: [Record<string, unknown>, boolean][] = [
      [{ sickOrMaternityMonths: 3 }, true],
      [{ sickOrMaternityMonths: 2 }, true],
      [{ sickOrMaternityMonths: 1.999999 }, false],
      [{ trainingMonths: 2 }, true],
      [{ trainingMonths: 1.9 }, false],
      [{ firstAppointedMonths: 0.999999 }, true],
      [{ firstAppointedMonths: 1 }, false],
      [{ underInvestigation: true }, true],
      [{ underInvestigation: false }, false],
      [{ trainingMonths: 1.5, sickOrMaternityMonths: 1.5 }, false],
      [{}, false],
    ];
    for (const [unrated, ok] of cases) {
      const data = bare(unrated);
      expect(valid('assessment', data), `${JSON.stringify(unrated)}: ${ajv.errorsText()}`).toBe(ok);
      let accepted = true;
      try {
        classify(data);
      } catch (e) {
        if (!(e instanceof TusoiInputError)) throw e;
        accepted = false;
      }
      expect(accepted, JSON.stringify(unrated)).toBe(ok);
    }
    // An annual file is never a quarter not rated: it still needs its scores and tasks.
    expect(valid('assessment', bare({ sickOrMaternityMonths: 3 }, { year: 2026 }))).toBe(false);
  });

  it('refuse, with ajv, the field cases whose rules JSON Schema can express', () => {
    for (const name of [
      '70-missed-negative.json',
      '71-missed-fraction.json',
      '72-missed-huge-negative.json',
      '76-findings-array.json',
      '77-review-array.json',
      '78-selfcheck-array.json',
      '36-selfcheck-proto.json',
      '37-bad-date.json',
    ]) {
      expect(valid('assessment', fieldCase(name)), name).toBe(false);
    }
    expect(valid('cohort', fieldCase('c15-groups-array.json'))).toBe(false);
    const base = fieldCase('C09-percent-boundary.json') as Record<string, unknown>;
    expect(valid('assessment', base)).toBe(true);
    expect(valid('assessment', { ...base, period: { year: 2024 } })).toBe(false);
    expect(valid('assessment', { ...base, scores: undefined })).toBe(false);
    expect(valid('assessment', { ...base, subject: { kind: 'leader' } })).toBe(false);
    expect(valid('assessment', { ...base, confidenceVote: { held: true } })).toBe(false);
  });

  it('docs/format.md is generated from them (run `pnpm --filter @tusoi/rubric-core format-doc`)', () => {
    const doc = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');
    expect(doc).toBe(formatDoc());
    // The copy shipped in the package.
    expect(readFileSync(new URL('../FORMAT.md', import.meta.url), 'utf8')).toBe(doc);
    // The form map: every field described, locators by shape, an example.
    // `row` is a table locator's row text, or a row locator's position or code.
    expect(doc).toContain('| `steps[].locator.row` | string \\| integer \\| string |  | length ≥ 1 \\| any |');
    // Units of number fields, read from type, range and description (a year names, a count counts).
    expect(doc).toMatch(/\| `scores\.general` \| number \| điểm \/ points \|/);
    expect(doc).toMatch(/\| `tasks\.exceeded` \| integer \| số lượng \/ count \|/);
    expect(doc).toMatch(/\| `period\.year` \| integer \| — \|/);
    expect(doc).toMatch(/\| `taskList\[\]\.components\.A` \| number \| % \|/);
    expect(doc).toMatch(/\| `steps\[\]\.waitMs` \| number \| ms \|/);
    // Every field has an example (objects, arrays, maps and free text included): from a shipped
    // document, else a value its schema allows, else one built from its own fields' examples.
    // Every table of a format (the export file's too), up to the error codes.
    const generated = doc
      .slice(0, doc.indexOf('## Mã lỗi'))
      .split('\n')
      .filter((l) => /^\| `[^`]+` \| /.test(l));
    expect(generated.length).toBeGreaterThan(400);
    expect(generated.filter((l) => !/\| `[^`]+` \|$/.test(l))).toEqual([]);
    for (const type of ['object', 'array of', 'object (map)', 'string'])
      expect(generated.some((l) => l.split(' | ')[1]?.startsWith(type))).toBe(true);
    expect(doc).toMatch(/`steps\[\]\.locator` \| object \{label\} \\\| object \{name\}/);
    const formmap = doc.slice(doc.indexOf('## tusoi.formmap/1'));
    expect(formmap.slice(0, formmap.indexOf('\n## ', 5))).not.toMatch(/\| — \| [^|]*\|\n/);
    for (const title of ['assessment', 'result', 'cohort', 'cohort-result', 'pack', 'catalogue', 'formmap', 'export']) {
      expect(doc).toContain(`## tusoi.${title}/1`);
    }
  });

  it('describe the assessment’s required fields and the level codes', () => {
    const shipped = shippedSchema('assessment');
    expect(shipped.required).toEqual(['format', 'period', 'subject']);
    expect(shipped.properties.proposedLevel.enum).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(shipped.additionalProperties).toBe(false);
  });
});
