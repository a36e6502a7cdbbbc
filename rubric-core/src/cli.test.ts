import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Runs the built CLI (dist/, made by `pnpm build` before the tests) as a user would.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../examples/03-staff-htnv-late.json', import.meta.url));
const cohort = fileURLToPath(new URL('../examples/cohort-two-cells.json', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tusoi-cli-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('tusoi CLI', () => {
  it('classify prints the result JSON and exits 0', async () => {
    const r = run('classify', example);
    expect(r.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(r.stdout)).toEqual(classify(JSON.parse(readFileSync(example, 'utf8'))));
  });

  it('--text explains in Vietnamese; --lang en in English', () => {
    expect(run('classify', example, '--text').stdout).toMatch(/^Kết quả: Hoàn thành nhiệm vụ \(HTNV\)/);
    expect(run('classify', example, '--text', '--lang', 'en').stdout).toMatch(/^Result: Completed duties \(HTNV\)/);
  });

  it('passes policy options', () => {
    const a = file(
      'cascade.json',
      JSON.stringify({
        format: 'tusoi.assessment/1',
        period: { year: 2025 },
        subject: { kind: 'staff' },
        scores: { general: 30, results: 65 },
        tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 2, late: 0 },
      }),
    );
    expect(JSON.parse(run('classify', a).stdout).level).toBe('HTTNV');
    expect(JSON.parse(run('classify', a, '--bands', 'strict').stdout).decision).toBe('discretion');
    expect(JSON.parse(run('classify', a, '--nested=false').stdout).level).toBe('HTTNV');
  });

  it('cohort prints the cohort result', () => {
    const r = run('cohort', cohort);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).format).toBe('tusoi.cohort-result/1');
    expect(run('cohort', cohort, '--text', '--rounding', 'half-up').stdout).toContain('Nhóm chi-bo-1');
  });

  it.each([
    ['invalid assessment', ['classify', 'BAD'], 'scores.general'],
    ['not JSON', ['classify', 'NOTJSON'], 'không phải JSON hợp lệ'],
    ['missing file', ['classify', '/nonexistent/x.json'], 'không đọc được tệp'],
    ['unknown command', ['rate', 'x.json'], 'unknown command'],
    ['unknown option', ['classify', 'x.json', '--fast'], 'unknown option'],
    ['bad policy value', ['classify', 'GOOD', '--bands', 'loose'], 'options.bands'],
    ['bad --lang', ['classify', 'GOOD', '--lang', 'fr'], '--lang'],
    ['bad --nested', ['classify', 'GOOD', '--nested', 'maybe'], '--nested'],
    ['bad cohort', ['cohort', 'BAD'], 'format'],
    ['no file', ['classify'], 'FILE is missing'],
  ])('%s: exit 2, nothing on stdout, the problem on stderr', (_name, args, needle) => {
    const bad = file(
      'bad.json',
      '{"format":"tusoi.assessment/1","period":{"year":2025},"subject":{"kind":"staff"},"scores":{"general":31,"results":60},"tasks":{"assigned":1,"completed":1,"onTimeWithQuality":1,"exceeded":0,"late":0}}',
    );
    const notJson = file('notjson.json', '{ "format": ');
    const mapped = args.map((a) => (a === 'BAD' ? bad : a === 'NOTJSON' ? notJson : a === 'GOOD' ? example : a));
    const r = run(...mapped);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(needle);
  });

  it('prints usage with --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tusoi classify FILE');
  });
});
