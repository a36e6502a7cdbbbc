// The README's main job: classify every bundled example and print the results in Vietnamese.
import { readdirSync, readFileSync } from 'node:fs';
import { applyQuota, classify, formatCohortResult, formatResult } from '@tusoi/rubric-core';

const dir = new URL('../rubric-core/examples/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const lang = process.argv.includes('--lang=en') ? 'en' : 'vi';

for (const file of readdirSync(dir)
  .filter((f) => /^\d\d-.*\.json$/.test(f))
  .sort()) {
  const a = read(file);
  console.log(`\n━━ ${file} · ${a.subject.kind}${a.subject.name ? ` · ${a.subject.name}` : ''}`);
  console.log(formatResult(classify(a), lang));
}
console.log('\n━━ cohort-two-cells.json · tỉ lệ xuất sắc (Điều 11, khoản 1, điểm 1.5)');
console.log(formatCohortResult(applyQuota(read('cohort-two-cells.json')), lang));
