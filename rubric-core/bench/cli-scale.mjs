// The CLI at scale, as a user runs it: a 1,000,000-member cohort in one chi bộ (every member
// HTXSNV) through `tusoi cohort`, and 100,000 invalid members through `tusoi cohort` (exit 2).
// Each run is its own process (time and peak memory are its own); prints one JSON line.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const hwm = new URL('./hwm.cjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tusoi-bench-'));

/** Writes a cohort file member by member (the file itself is ~70 MB for a million). */
async function writeCohort(path, count, member) {
  const out = createWriteStream(path);
  out.write('{"format":"tusoi.cohort/1","members":[\n');
  for (let i = 0; i < count; i++) {
    if (!out.write(`${i > 0 ? ',' : ''}${JSON.stringify(member(i))}\n`)) await once(out, 'drain');
  }
  out.end(']}\n');
  await once(out, 'finish');
}

/** Runs the CLI; counts stdout and stderr bytes without keeping them. */
async function run(args) {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--require', hwm, cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stdout = 0;
  let stderr = 0;
  let peak = '';
  child.stdout.on('data', (b) => {
    stdout += b.length;
  });
  child.stderr.on('data', (b) => {
    stderr += b.length;
  });
  child.stdio[3].on('data', (b) => {
    peak += b;
  });
  const [code] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { code, seconds, ...JSON.parse(peak || '{}'), stdoutBytes: stdout, stderrBytes: stderr };
}

const million = join(dir, 'million.json');
await writeCohort(million, 1_000_000, (i) => ({
  id: `m${i}`,
  group: 'Chi bộ 1',
  level: 'HTXSNV',
  total: 90 + (i % 40) / 4,
}));
const oneCell = await run(['cohort', million]);

const invalid = join(dir, 'invalid.json');
await writeCohort(invalid, 100_000, (i) => ({ id: `m${i}`, group: 'g', level: 'HTXSNV', total: 100 + (i % 7) + 0.5 }));
const invalidRun = await run(['cohort', invalid]);

rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ oneCell, invalid: invalidRun }));
