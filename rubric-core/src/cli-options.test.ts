import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Strict options: every mistake is named, nothing is silently ignored or taken twice.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../examples/03-staff-htnv-late.json', import.meta.url));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const usageIssue = (args: string[], input?: string) => {
  const r = run(['--errors', 'json', ...args], input);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const issue = JSON.parse(r.stderr).issues[0];
  return `${issue.code}: ${issue.message.en}`;
};

describe('tusoi: strict options', () => {
  it('--version with an unknown option is an error; -v is named as unknown', () => {
    expect(usageIssue(['--version', '--bogus'])).toContain('usage: "tusoi" has no option --bogus');
    expect(usageIssue(['-v'])).toContain('has no option -v');
    expect(run(['--version']).code).toBe(0);
  });

  it('--max-errors -1 is named as a bad value, not "needs a value"', () => {
    expect(usageIssue(['classify', example, '--max-errors', '-1'])).toBe(
      'usage: --max-errors does not take "-1": it takes a whole number, 0 or more',
    );
    expect(usageIssue(['classify', example, '--max-errors'])).toBe('usage: --max-errors needs a value');
  });

  it('--batch --text is refused rather than --text ignored', () => {
    expect(usageIssue(['classify', '--batch', '-', '--text'], '{}\n')).toContain('--text does not apply to --batch');
  });

  it('an option given twice is refused', () => {
    expect(usageIssue(['classify', example, '--lang', 'vi', '--lang', 'en'])).toContain('--lang is given twice');
    expect(usageIssue(['classify', example, '--text', '--text'])).toContain('--text is given twice');
  });

  it('stdin is read once: FILE and --pack cannot both be "-"', () => {
    expect(usageIssue(['classify', '-', '--pack', '-'], '{}')).toContain('standard input (-) can be read once');
  });

  it('document --format pdf names the format, whether or not docx is installed', () => {
    const r = run(['document', example, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format takes docx (got "pdf")');
    expect(r.stderr).not.toContain('npm install docx');
  });

  it('a file that cannot be read has its name as the path, without quotes', () => {
    const r = run(['classify', 'nonexist.json', '--errors', 'json']);
    expect(JSON.parse(r.stderr).issues[0]).toMatchObject({ code: 'file', path: 'nonexist.json' });
  });
});
