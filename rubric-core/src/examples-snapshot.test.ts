import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { ResultSchema } from './schemas/result.js';
import { VERSION } from './version.js';

// The whole Result of every annual example, reasons included, so that moving the rule sets behind
// one interface is seen to change nothing (expected.json checks only level, decision, candidates).
const dir = new URL('../examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f));

describe('annual examples, full results', () => {
  it.each(files)('%s', (f) => {
    const input = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
    expect(classify(input)).toMatchSnapshot();
    expect(classify(input, { reasons: false })).toMatchSnapshot();
  });
});

describe('quarterly examples', () => {
  const quarterly = readdirSync(dir).filter((f) => /^q\d\d-.*\.json$/.test(f));
  it.each(quarterly)('%s gives a result of the tusoi.result/1 shape, with its rule set, version and citations', (f) => {
    const result = classify(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    const parsed = v.safeParse(ResultSchema, result);
    expect(parsed.issues ?? []).toEqual([]);
    expect(result.ruleset).toBe('q2026');
    expect(result.version).toBe(VERSION);
    for (const r of result.reasons) expect(r.citation?.doc, r.rule).toBeTruthy();
  });
});
