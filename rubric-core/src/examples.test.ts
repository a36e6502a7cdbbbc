import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { applyQuota } from './quota.js';
import { SUBJECT_KINDS } from './schemas/assessment.js';
import { classifyYear } from './year.js';

const dir = new URL('../examples/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const expected = read('expected.json') as Record<
  string,
  {
    level: string | null;
    decision: string;
    candidates?: string[];
    members?: Record<string, [string | null, string, boolean]>;
  }
>;
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f));

describe('bundled examples', () => {
  it('has at least 12 assessments, every subject kind and an expectation for each', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(new Set(files.map((f) => read(f).subject.kind))).toEqual(new Set(SUBJECT_KINDS));
    for (const f of files) expect(expected[f], f).toBeDefined();
  });

  it('covers every KHTNV trigger', () => {
    const triggered = new Set<string>();
    for (const f of files) {
      for (const r of classify(read(f)).reasons)
        if (r.outcome === 'triggered' || r.outcome === 'mitigated')
          triggered.add(`${r.rule}:${r.message.en.slice(0, 25)}`);
    }
    // 1 score trigger + 5 staff + 7 leader + 5 leadership-collective cases of Điều 11 khoản 4
    expect(triggered.size).toBeGreaterThanOrEqual(18);
  });

  it.each(files)('%s gives its expected result', (f) => {
    const want = expected[f];
    const got = classify(read(f));
    expect({ level: got.level, decision: got.decision, candidates: got.candidates }).toEqual({
      level: want?.level,
      decision: want?.decision,
      candidates: want?.candidates,
    });
  });

  it('the cohort example applies the quota as expected', () => {
    const want = expected['cohort-two-cells.json']?.members ?? {};
    const got = applyQuota(read('cohort-two-cells.json'));
    for (const [id, [level, decision, demoted]] of Object.entries(want)) {
      expect(
        got.members.find((m) => m.id === id),
        id,
      ).toMatchObject({ level, decision, demoted });
    }
  });
});

const quarterly = readdirSync(dir).filter((f) => /^q\d\d-.*\.json$/.test(f));

describe('bundled quarterly examples (tusoi.assessment/2)', () => {
  it('has at least 6, each with an expectation', () => {
    expect(quarterly.length).toBeGreaterThanOrEqual(6);
    for (const f of quarterly) expect(expected[f], f).toBeDefined();
  });

  it.each(quarterly)('%s gives its expected result and total', (f) => {
    const want = expected[f] as { level: string | null; decision: string; candidates: string[]; total: number };
    const got = classify(read(f));
    expect(got.ruleset).toBe('q2026');
    expect({ level: got.level, decision: got.decision, candidates: got.candidates, total: got.score.total }).toEqual(
      want,
    );
  });

  it('year-2026-staff: three quarters and the annual review roll up as expected', () => {
    const files = ['q1', 'q2', 'q3', 'annual'].map((n) => `year-2026-staff/${n}.json`);
    const got = classifyYear(files.map(read), undefined, files);
    const want = expected['year-2026-staff'];
    expect({ level: got.level, decision: got.decision, candidates: got.candidates }).toEqual(want);
    expect(got.reasons.some((r) => r.rule === 'Q26-35')).toBe(true);
  });
});
