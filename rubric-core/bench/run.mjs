// `pnpm bench`: prints a table; `pnpm -s bench:json`: the same figures as one JSON object.
// Speed is measured here, never in timed tests.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  classify,
  classifyYear,
  computeScores,
  indicatorCatalogue,
  parsePack,
  searchIndicators,
} from '../dist/index.js';
import { jreClassify, makeEngine } from './json-rules-engine.mjs';
import { makeMix } from './mix.mjs';
import { makeQuarters, makeYears } from './quarterly.mjs';

const json = process.argv.includes('--json');
const log = (...s) => {
  if (!json) console.error(...s);
};

function perSecond(fn, inputs, minSeconds = 1.5) {
  for (let i = 0; i < inputs.length; i++) fn(inputs[i]); // warm up
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    for (let i = 0; i < inputs.length; i++) fn(inputs[i]);
    n += inputs.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return n / elapsed;
}

async function perSecondAsync(fn, inputs, count) {
  for (let i = 0; i < 500; i++) await fn(inputs[i % inputs.length]);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await fn(inputs[i % inputs.length]);
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function gzipSize(entry) {
  const out = await build({
    stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    conditions: ['rubric-source'],
    mainFields: ['module', 'main'],
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const mix = makeMix(10_000);
const noReasons = { reasons: false };
log('classify (10,000-assessment mix)…');
const classifyPerSec = perSecond((a) => classify(a, noReasons), mix);
const classifyWithReasonsPerSec = perSecond((a) => classify(a), mix);

log('json-rules-engine, same inputs…');
const engine = makeEngine();
const jsonRulesEnginePerSec = await perSecondAsync((a) => jreClassify(engine, a), mix, 5_000);
let comparable = 0;
let agree = 0;
for (const a of mix.slice(0, 2000)) {
  const r = classify(a, noReasons);
  if (r.decision !== 'rule') continue;
  comparable++;
  if ((await jreClassify(engine, a)) === r.level) agree++;
}

log('national roll-up (5.6 million members, 60,000 groups)…');
const rollup = JSON.parse(
  execFileSync(process.execPath, ['--max-old-space-size=4096', new URL('./rollup.mjs', import.meta.url).pathname], {
    encoding: 'utf8',
  }),
);

log('CLI at scale: a 1,000,000-member chi bộ, 100,000 invalid members…');
const scale = JSON.parse(
  execFileSync(process.execPath, [new URL('./cli-scale.mjs', import.meta.url).pathname], { encoding: 'utf8' }),
);

log('40-criterion pack: computeScores + classify…');
// 16 general criteria (binary, 1.875 each = 30) and 24 results criteria (points, 70/24 rounded to
// thousandths, the last taking the remainder): a table as large as real provincial ones.
const generalCriteria = Array.from({ length: 16 }, (_, i) => ({
  id: `g${i}`,
  vi: `Tiêu chí chung ${i + 1}`,
  max: 1.875,
  mode: 'binary',
}));
const resultCriteria = Array.from({ length: 24 }, (_, i) => ({
  id: `r${i}`,
  vi: `Kết quả ${i + 1}`,
  max: i < 23 ? 2.917 : 2.909,
  mode: 'points',
}));
const pack40 = parsePack({
  format: 'tusoi.pack/1',
  id: 'bench-40',
  title: { vi: 'Bảng 40 tiêu chí' },
  kinds: ['staff'],
  source: { citation: 'bench', grade: 'X' },
  general: { sections: [{ id: 'g', vi: 'Chung', criteria: generalCriteria }] },
  results: { sections: [{ id: 'r', vi: 'Kết quả', criteria: resultCriteria }] },
});
const scored = makeMix(2_000)
  .filter((a) => a.subject.kind === 'staff')
  .map((a, n) => {
    const items = {};
    generalCriteria.forEach((c, i) => {
      items[c.id] = (n + i) % 7 !== 0;
    });
    resultCriteria.forEach((c, i) => {
      items[c.id] = Math.round(c.max * (0.5 + ((n * 31 + i * 17) % 50) / 100) * 100) / 100;
    });
    const { scores: _s, ...rest } = a;
    return { ...rest, criteria: { pack: 'bench-40', items } };
  });
const packOptions = { pack: pack40, reasons: false };
const computeScoresPerSec = perSecond((a) => computeScores(pack40, a.criteria.items), scored);
const packClassifyPerSec = perSecond((a) => classify(a, packOptions), scored);

log('quarterly review: 7-task quarters, years…');
const quarters = makeQuarters(2_000);
const quarterWithReasonsPerSec = perSecond((a) => classify(a), quarters);
// A year from four quarters: the annual assessment carrying its four quarters (Q4 rated), with reasons.
const annuals = makeYears(2_000).map(([q1, q2, q3, annual], n) => ({
  ...annual,
  format: 'tusoi.assessment/2',
  quarters: [q1, q2, q3, { ...q3, period: { year: 2026, quarter: 4 } }].map((q, i) => {
    const r = classify(q);
    // A quarter not rated has neither a level nor a total (either is refused beside `unrated`).
    if (n % 50 === 0 && i === 1) return { quarter: i + 1, level: null, unrated: true };
    return { quarter: i + 1, level: r.level, total: r.score.total };
  }),
}));
const yearOptions = { q4: 'rated' };
const yearFromQuartersPerSec = perSecond((a) => classify(a, yearOptions), annuals);
// The whole roll-up from files: three 7-task quarters and the annual review, each validated and classified.
const years = makeYears(500);
const classifyYearPerSec = perSecond((y) => classifyYear(y), years);

log('catalogue search…');
const catalogue = indicatorCatalogue();
const queries = [
  'chính trị hoá',
  'phu hoa',
  'Marx - Lenin',
  'mạng xã hội',
  'tham ô',
  'niềm tin lý tưởng',
  '“đa nguyên”',
  'social networks',
];
searchIndicators('khởi động', catalogue);
const searchPerSec = perSecond((q) => searchIndicators(q, catalogue), queries, 1);
const coldStart = process.hrtime.bigint();
searchIndicators('chính trị hoá', indicatorCatalogue());
const searchColdMs = Number(process.hrtime.bigint() - coldStart) / 1e6;

log('bundle size…');
const size = await gzipSize("export { classify } from './src/index.ts';");
const sizeAll = await gzipSize("export * from './src/index.ts';");

const figures = {
  classifyPerSec: Math.round(classifyPerSec),
  classifyWithReasonsPerSec: Math.round(classifyWithReasonsPerSec),
  jsonRulesEnginePerSec: Math.round(jsonRulesEnginePerSec),
  classifyVsJsonRulesEngine: Math.round(classifyPerSec / jsonRulesEnginePerSec),
  jsonRulesEngineAgreement: Number((agree / comparable).toFixed(4)),
  rollupSeconds: Number(rollup.seconds.toFixed(2)),
  rollupCpuSeconds: Number(rollup.cpuSeconds.toFixed(2)),
  rollupPeakMB: Math.round(rollup.peakMB),
  rollupDemoted: rollup.demoted,
  cohort1MSeconds: Number(scale.oneCell.seconds.toFixed(2)),
  cohort1MCpuSeconds: Number(scale.oneCell.cpuSeconds.toFixed(2)),
  cohort1MPeakMB: Math.round(scale.oneCell.peakMB),
  cohort1MStdoutMB: Math.round(scale.oneCell.stdoutBytes / 1e6),
  invalid100kSeconds: Number(scale.invalid.seconds.toFixed(2)),
  invalid100kCpuSeconds: Number(scale.invalid.cpuSeconds.toFixed(2)),
  invalid100kPeakMB: Math.round(scale.invalid.peakMB),
  invalid100kStderrBytes: scale.invalid.stderrBytes,
  computeScores40PerSec: Math.round(computeScoresPerSec),
  classifyWithPack40PerSec: Math.round(packClassifyPerSec),
  quarterWithReasonsPerSec: Math.round(quarterWithReasonsPerSec),
  yearFromQuartersPerSec: Math.round(yearFromQuartersPerSec),
  classifyYear3QuartersAndAnnualPerSec: Math.round(classifyYearPerSec),
  searchMicroseconds: Number((1e6 / searchPerSec).toFixed(1)),
  searchColdMs: Number(searchColdMs.toFixed(2)),
  classifyGzipBytes: size.gzip,
  classifyMinBytes: size.raw,
  wholeLibraryGzipBytes: sizeAll.gzip,
};

if (json) {
  console.log(JSON.stringify(figures));
} else {
  const targets = {
    classifyPerSec: '≥ 1,000,000',
    classifyWithReasonsPerSec: '≥ 200,000',
    classifyVsJsonRulesEngine: '≥ 100×',
    rollupSeconds: '< 10',
    rollupPeakMB: '< 2048',
    cohort1MSeconds: '< 15',
    cohort1MPeakMB: '< 1024',
    classifyGzipBytes: '< 8192',
    quarterWithReasonsPerSec: '≥ 200,000',
    yearFromQuartersPerSec: '≥ 100,000',
  };
  console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value, target: targets[figure] ?? '' })));
}
