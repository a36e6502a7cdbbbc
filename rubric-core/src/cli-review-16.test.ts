import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI (dist/, made by `pnpm build` before the tests) on the files a new user tried in
// the issue 12 review (copied in test/review-16/).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = fileURLToPath(new URL('../test/review-16/', import.meta.url));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tusoi CLI on the review files (issue 12)', () => {
  it('exceeded and late on an unfinished task: exit 2 naming each path, nothing on stdout', () => {
    const r = run('classify', 'late-not-completed.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('taskList[0].exceeded');
    expect(r.stderr).toContain('taskList[0].late');
    expect(run('classify', 'exceeded-not-completed.json').code).toBe(2);
  });

  it('a weight of -0 is refused (exit 2)', () => {
    const r = run('classify', 'q70-negzero-weight.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('taskList[0].weight');
  });

  it('a /2 file of 2025, and one with no quarter given --pack q2026-vatm-09a, say they are rated under QĐ 366 and why', () => {
    const a = run('classify', 'q2025.json');
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('criteria.pack');
    expect(a.stderr).toContain('tusoi.pack/2');
    const b = run('classify', 'tc1-noquarter.json', '--pack', 'q2026-vatm-09a');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('options.pack: bảng "q2026-vatm-09a" là bảng chấm điểm hằng quý');
    expect(b.stderr).not.toContain('tusoi.pack/1" (nhận');
  });

  it('direct axis points cite Q26-07; a grade-X pack of the user is cited as itself; no frame: the default is stated', () => {
    expect(run('classify', '09b.json', '--text').stdout).toContain('[Q26-07] Điểm các trục');
    const own = run('classify', 'custom-pack-assess.json', '--pack', 'pack2-doc.json', '--text').stdout;
    expect(own).toMatch(/\[Q26-05\][^\n]*Bảng thang điểm "vi-du-quy" do người dùng đưa vào[^\n]*mức X/);
    const noframe = run('classify', 'noframe.json', '--text').stdout;
    expect(noframe).toContain('[Q26-04] Không khai báo khung tỷ trọng');
    expect(noframe).toContain('Chưa khai báo khung tỷ trọng');
  });

  it('23,33/23,33/23,34 at 100%: 69,9 kept, the rounding stated; late with C 100% warned', () => {
    const r = run('classify', 'qC07-float-weights.json', '--text');
    expect(r.stdout).toContain('69,9/70');
    expect(r.stdout).toContain('[Q26-18]');
    expect(run('classify', 'qC09-late-2of10.json', '--text').stdout).toContain('thành phần C (tiến độ) = 100%');
  });

  it('year: --khtnv-quarter managers for staff says Q26-35 was waived; Q3 + Q4 KHTNV raise the flag', () => {
    const waived = run(
      'year',
      'q1.json',
      'q2-khtnv.json',
      'q3.json',
      'annual.json',
      '--khtnv-quarter',
      'managers',
      '--text',
    );
    expect(waived.code).toBe(0);
    expect(waived.stdout).toMatch(/\[Q26-35\][^\n]*--khtnv-quarter[^\n]*"managers"/);
    const q4 = run('year', 'q1.json', 'q2.json', 'q3-khtnv.json', 'q4-khtnv.json', 'annual.json', '--text');
    expect(q4.stdout).toContain('[Q26-36] Không hoàn thành nhiệm vụ từ 02 quý liên tiếp (quý 3 và 4)');
  });

  it('a quarter both rated and "not rated" is refused, naming it', () => {
    const r = run('classify', 'annual-embedded-odd.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quarters[0].level');
  });
});
