import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { parsePack } from './packs/pack.js';

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
