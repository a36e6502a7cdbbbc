import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { KTC_KEY_LEVEL_PERCENT, ND335_DEDUCTIONS, VATM_APPRAISAL, VATM_PLAN_RANGES } from './index.js';
import { parsePack } from './packs/pack.js';
import { parsePack2 } from './packs/quarterly-pack.js';

// docs/packs.md promises a complete example that validates: this reads that very block.
const doc = readFileSync(new URL('../../docs/packs.md', import.meta.url), 'utf8');
const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';

describe('docs/packs.md example', () => {
  it('validates, and scores the assessment the page shows', () => {
    const pack = parsePack(JSON.parse(block));
    const items = JSON.parse(/"criteria": (\{ "pack".*?\} \})/.exec(doc)?.[1] ?? 'null').items;
    const r = classify(
      {
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'staff' },
        tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
        criteria: { pack: pack.id, items },
      },
      { pack },
    );
    expect(r.score).toEqual({ general: 29.5, results: 65.5, total: 95 });
    expect(r.level).toBe('HTXSNV');
  });
});

describe('docs/packs.md tusoi.pack/2 section', () => {
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
  const pack2 = blocks.find((b) => b.includes('"tusoi.pack/2"')) ?? '';

  it('its example validates as a tusoi.pack/2', () => {
    const p = parsePack2(JSON.parse(pack2));
    expect(p.results.mode).toBe('task-weights');
    expect(p.general.notApplicable?.rule).toBe('grant-full');
  });

  it('the constants table shows the exported values as they are', () => {
    expect(doc).toContain(JSON.stringify(VATM_PLAN_RANGES));
    expect(doc).toContain(JSON.stringify(VATM_APPRAISAL));
    for (const x of ND335_DEDUCTIONS) expect(doc).toContain(x.by);
    expect(KTC_KEY_LEVEL_PERCENT.map((x) => x.level)).toEqual([1, 2, 3]);
  });
});
