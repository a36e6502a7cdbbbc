import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

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
