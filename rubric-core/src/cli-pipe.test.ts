import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A reader that stops early (`| head -1`) closes the pipe: the CLI stops quietly, exit 0, no trace.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tusoi-pipe-'));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

/** Runs `node cli ARGS 2>err | head -1` and returns tusoi's own exit code and stderr. */
function piped(args: string[]): { code: number; stderr: string; first: string } {
  const err = join(tmp, `err-${Math.random().toString(36).slice(2)}`);
  const quoted = [process.execPath, cli, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} 2>'${err}' | head -1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
  return { code: r.status ?? -1, stderr: readFileSync(err, 'utf8'), first: r.stdout };
}

const rows = ['Họ và tên;Mức đề xuất;Tổng điểm'];
for (let i = 0; i < 20_000; i++) rows.push(`Người ${i};HTTNV;80`);
const big = file('big.csv', rows.join('\n'));
const one = JSON.stringify({
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general: 30, results: 60 },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 0, late: 0 },
});
const batch = file('big.ndjson', Array.from({ length: 3_000 }, () => one).join('\n'));

describe('tusoi under a reader that stops early', () => {
  it.each([
    ['cohort (JSON)', ['cohort', big]],
    ['cohort --text', ['cohort', big, '--text']],
    ['classify --batch', ['classify', '--batch', batch]],
  ])('%s | head -1: a quiet stop, exit 0', (_, args) => {
    const r = piped(args);
    expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
