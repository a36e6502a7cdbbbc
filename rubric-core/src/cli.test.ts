import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { BUILTIN_PACKS } from './packs/builtin.js';
import { BUILTIN_PACKS_2 } from './packs/quarterly-builtin.js';

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
  it('classify prints the result JSON and exits 0', () => {
    const r = run('classify', example);
    expect(r.code).toBe(0);
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

  it('cohort reads a CSV list; a bad row exits 2 naming the row', () => {
    const rows = [
      'Họ và tên;Mức đề xuất;Tổng điểm',
      'A;HTXSNV;95',
      'B;HTXSNV;92',
      ...'CDEFGHIJ'.split('').map((n) => `${n};HTTNV;80`),
    ];
    const r = run('cohort', file('chi-bo.csv', rows.join('\n')));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    // 2 + 8: at most floor(20% × (8 + 2 − k)) = 1 excellent kept; B is demoted.
    expect(result.members.filter((m: { demoted: boolean }) => m.demoted).map((m: { id: string }) => m.id)).toEqual([
      'B',
    ]);
    const bad = run('cohort', file('bad.csv', 'Họ và tên;Mức đề xuất;Tổng điểm\nA;tốt;95'));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('row 2, column B');
  });

  it.each([
    ['invalid assessment', ['classify', 'BAD'], 'scores.general'],
    ['not JSON', ['classify', 'NOTJSON'], 'không phải JSON hợp lệ'],
    ['missing file', ['classify', '/nonexistent/x.json'], 'không đọc được tệp'],
    ['unknown command', ['rate', 'x.json'], 'unknown command'],
    ['unknown option', ['classify', 'x.json', '--fast'], 'không có tuỳ chọn --fast'],
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

  it("errors come in each language's own words, with code, file name and cause", () => {
    const issue = (...args: string[]) => {
      const r = run(...args, '--errors', 'json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return JSON.parse(r.stderr).issues[0];
    };
    const notJson = issue('classify', file('notjson2.json', '{ "format": '));
    expect(notJson.code).toBe('json');
    expect(notJson.message.en).toMatch(/^file ".*notjson2\.json" is not valid JSON/);
    expect(notJson.message.en).not.toMatch(/tệp/);
    expect(notJson.message.vi).toMatch(/^tệp ".*notjson2\.json" không phải JSON hợp lệ/);
    const missing = issue('classify', '/nonexistent/x.json');
    expect(missing).toMatchObject({
      code: 'file',
      message: {
        vi: 'không đọc được tệp "/nonexistent/x.json": không có tệp này',
        en: 'cannot read file "/nonexistent/x.json": no such file',
      },
    });
    expect(issue('classify', example, '--bogus')).toMatchObject({
      code: 'usage',
      message: {
        vi: expect.stringContaining('không có tuỳ chọn --bogus'),
        en: expect.stringContaining('has no option --bogus'),
      },
    });
    const flag = issue('classify', example, '--text=false');
    expect(flag.message.vi).toContain('--text là cờ bật, không nhận giá trị');
    expect(flag.message.en).toContain('--text is a flag and takes no value');
    expect(issue('classify', example, '--nested').message).toEqual({
      vi: '--nested cần một giá trị',
      en: '--nested needs a value',
    });
    // Text mode: Vietnamese, then English, never Node's English-only text.
    const text = run('classify', example, '--bogus');
    expect(text.stderr).not.toContain('Unknown option');
    expect(run('classify', example, '--lang', 'fr', '--errors', 'json').stderr).toContain(
      '"en":"--lang takes vi | en (got \\"fr\\")"',
    );
  });

  it('prints usage with --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tusoi classify FILE');
    // The batch contract is the one the README, the developers' guide and docs/format.md state.
    expect(r.stdout).toContain('one tusoi.batch/1 line per input');
    expect(r.stdout).toContain('with --errors json the issues lines go to stderr');
    for (const doc of ['../README.md', '../../docs/guide/developers.md', '../../docs/format.md']) {
      const text = readFileSync(new URL(doc, import.meta.url), 'utf8');
      expect(text, doc).toContain('tusoi.batch/1');
      expect(text, doc).not.toMatch(/one tusoi\.result\/1 per line|mỗi dòng một kết quả/);
    }
  });
});

describe('tusoi CLI: packs, indicators, CSV', () => {
  const pl4 = file(
    'pl4-assessment.json',
    JSON.stringify({
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind: 'staff' },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
      criteria: {
        pack: 'qd366-pl4-staff-example',
        items: {
          'pl4-1.1': true,
          'pl4-1.2': true,
          'pl4-1.3': true,
          'pl4-1.4': true,
          'pl4-1.5': true,
          'pl4-1.6': true,
          'pl4-1.7': true,
          'pl4-1.8': true,
          'pl4-1.9': true,
          'pl4-1.10': true,
          'pl4-2.1': true,
          'pl4-2.2': true,
          'pl4-2.3': true,
          'pl4-2.4': false,
          'pl4-3': true,
          'pl4-k': 62,
        },
      },
    }),
  );

  it('pack validate accepts a good pack and names the group of a bad one', () => {
    const good = file(
      'good-pack.json',
      JSON.stringify({
        format: 'tusoi.pack/1',
        id: 'p',
        title: { vi: 'p' },
        kinds: ['staff'],
        source: { citation: 'c', grade: 'X' },
        general: { sections: [{ id: 's', vi: 's', criteria: [{ id: 'a', vi: 'a', max: 30, mode: 'points' }] }] },
        results: { sections: [{ id: 't', vi: 't', criteria: [{ id: 'b', vi: 'b', max: 70, mode: 'points' }] }] },
      }),
    );
    expect(run('pack', 'validate', good)).toMatchObject({
      code: 0,
      stdout: 'Bảng "p" hợp lệ: 2 tiêu chí, 30 + 70 điểm.\n',
    });
    const bad = file('bad-pack.json', readFileSync(good, 'utf8').replace('"max":30', '"max":29.9'));
    const r = run('pack', 'validate', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nhóm tiêu chí chung');
  });

  it('classify --pack ID computes the totals from the built-in pack', () => {
    const r = JSON.parse(run('classify', pl4, '--pack', 'qd366-pl4-staff-example').stdout);
    expect(r.score).toEqual({ general: 28, results: 62, total: 90 });
    // The built-in pack named by criteria.pack is found without --pack too, as by the library.
    expect(JSON.parse(run('classify', pl4).stdout)).toEqual(r);
  });

  it('indicators lists the 27, by group, in English, as JSON', () => {
    expect(run('indicators').stdout.trim().split('\n')).toHaveLength(27);
    const two = run('indicators', '--group', 'II').stdout;
    expect(two).toMatch(/^II-1\. — \(Cá nhân, cơ hội, tị ganh\) \[Chưa có nguyên văn/);
    expect(run('indicators', '--lang', 'en', '--group', 'III').stdout).toContain('III-1. Rejecting Marxism-Leninism');
    expect(JSON.parse(run('indicators', '--json').stdout)).toHaveLength(27);
    expect(run('indicators', '--group', 'IV').code).toBe(2);
    const catalogue = file(
      'catalogue.json',
      JSON.stringify({
        format: 'tusoi.catalogue/1',
        source: { citation: 'Bản chính thức lưu tại Tỉnh uỷ' },
        items: { 'II-1': { textVi: 'Nguyên văn II-1.' } },
      }),
    );
    expect(run('indicators', '--group', 'II', '--catalogue', catalogue).stdout).toMatch(/^II-1\. Nguyên văn II-1\.\n/);
    expect(run('indicators', '--catalogue', file('bad-catalogue.json', '{"format":"x"}')).code).toBe(2);
  });

  it('items-from-csv reads a sheet against a pack and names the row of a problem', () => {
    const csv = file('sheet.csv', '\uFEFFmã;điểm\npl4-k;62,5\npl4-3;đảm bảo\n');
    expect(JSON.parse(run('items-from-csv', csv, '--pack', 'qd366-pl4-staff-example').stdout)).toEqual({
      pack: 'qd366-pl4-staff-example',
      items: { 'pl4-k': 62.5, 'pl4-3': true },
    });
    const bad = file('bad.csv', 'mã;điểm\npl4-k;abc\n');
    const r = run('items-from-csv', bad, '--pack', 'qd366-pl4-staff-example');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2, column B');
    expect(run('items-from-csv', csv).code).toBe(2);
  });
});

describe('tusoi CLI: stdin, batch, version, pack list, rate, errors', () => {
  const runIn = (input: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const good = readFileSync(example, 'utf8');

  it('no arguments: usage on stderr, nothing on stdout, exit 2', () => {
    const r = run();
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('tusoi classify FILE');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(run('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('strict options: --text=false is an error, not true; a value for a flag is refused', () => {
    for (const args of [['--text=false'], ['--batch=no'], ['--nested']]) {
      const r = run('classify', example, ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('- reads the assessment from stdin; cohort - takes JSON or CSV', () => {
    const r = runIn(good, 'classify', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(classify(JSON.parse(good)));
    const csv = runIn('Họ và tên;Mức đề xuất;Tổng điểm\nA;HTTNV;80\n', 'cohort', '-');
    expect(JSON.parse(csv.stdout).members).toEqual([{ id: 'A', level: 'HTTNV', decision: 'rule', demoted: false }]);
    const json = runIn(readFileSync(cohort, 'utf8'), 'cohort', '-');
    expect(JSON.parse(json.stdout).format).toBe('tusoi.cohort-result/1');
  });

  it('classify --batch writes one tusoi.batch/1 line per input, valid to its schema; a bad line is a line with issues, exit 2', async () => {
    const { BatchLineSchema } = await import('./schemas/batch.js');
    const v = await import('valibot');
    const one = JSON.stringify(JSON.parse(good));
    const ndjson = `${one}\n\n{"format":"tusoi.assessment/1"}\n${one}\n`;
    const r = runIn(ndjson, 'classify', '--batch', '-');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const line of lines) expect(v.safeParse(BatchLineSchema, line).success).toBe(true);
    expect(lines.map((l) => [l.format, l.source])).toEqual([
      ['tusoi.batch/1', 'line 1'],
      ['tusoi.batch/1', 'line 3'],
      ['tusoi.batch/1', 'line 4'],
    ]);
    expect(lines[0].result).toEqual(classify(JSON.parse(good)));
    expect(lines[1].issues.length).toBeGreaterThan(0);
    expect(lines[1].issues[0]).toHaveProperty('code');
    expect(r.code).toBe(2);
    // stderr says which input and what is wrong, in both languages
    expect(r.stderr).toContain('line 3: Dữ liệu không hợp lệ / Invalid input:');
    expect(r.stderr).toContain('1 of 3 inputs invalid');
    expect(runIn(`${one}\n${one}\n`, 'classify', '--batch', '-').code).toBe(0);
  });

  it('classify --batch --errors json: stdout only results, the issues lines as JSON on stderr', () => {
    const one = JSON.stringify(JSON.parse(good));
    const r = runIn(`${one}\n{"format":"tusoi.assessment/1"}\n`, 'classify', '--batch', '-', '--errors', 'json');
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] as string)).toMatchObject({ format: 'tusoi.batch/1', source: 'line 1' });
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(1);
    const bad = JSON.parse(err[0] as string);
    expect(bad).toMatchObject({ format: 'tusoi.batch/1', source: 'line 2' });
    expect(bad.issues.length).toBeGreaterThan(0);
  });

  it('classify --batch reads every .json of a folder, by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tusoi-batch-'));
    writeFileSync(join(dir, 'b.json'), good);
    writeFileSync(join(dir, 'a.json'), good);
    writeFileSync(join(dir, 'note.txt'), 'not read');
    const r = run('classify', '--batch', dir);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).source),
    ).toEqual(['a.json', 'b.json']);
  });

  it('pack list names every built-in pack, tusoi.pack/1 and /2; --json gives them as data', () => {
    const text = run('pack', 'list').stdout;
    expect(text).toContain('qd366-pl4-staff-example');
    const list = JSON.parse(run('pack', 'list', '--json').stdout);
    const ids = [...BUILTIN_PACKS, ...BUILTIN_PACKS_2].map((p) => p.id);
    expect(list.map((p: { id: string }) => p.id)).toEqual(ids);
    expect(ids).toEqual(expect.arrayContaining(['qd366-pl4-staff-example', 'q2026-vatm-09a', 'q2026-cand-kpi']));
    expect(list.find((p: { id: string }) => p.id === 'q2026-vatm-09b')).toMatchObject({ format: 'tusoi.pack/2' });
    for (const id of ids) expect(text).toContain(`${id}\t`);
  });

  it('cohort --rate 0.25 applies to groups without their own rate; other rates are refused', () => {
    const rows = ['Họ và tên;Mức đề xuất;Tổng điểm', 'A;HTXSNV;95', ...'BCDE'.split('').map((n) => `${n};HTTNV;80`)];
    const csv = file('rate.csv', rows.join('\n'));
    expect(JSON.parse(run('cohort', csv).stdout).groups['chi-bo']).toMatchObject({ rate: 0.2, kept: 0 });
    expect(JSON.parse(run('cohort', csv, '--rate', '0.25').stdout).groups['chi-bo']).toMatchObject({
      rate: 0.25,
      kept: 1,
    });
    expect(run('cohort', csv, '--rate', '0.3').code).toBe(2);
  });

  it('per-group rates come from a "tỉ lệ" column; two different rates for one group are refused', () => {
    const rows = ['Họ và tên;Chi bộ;Mức đề xuất;Tổng điểm;Tỉ lệ', 'A;cb1;HTXSNV;95;25%', 'F;cb2;HTXSNV;95;'];
    for (const n of 'BCDE') rows.push(`${n};cb1;HTTNV;80;`, `${n}2;cb2;HTTNV;80;`);
    const result = JSON.parse(run('cohort', file('rates.csv', rows.join('\n'))).stdout);
    expect(result.groups.cb1).toMatchObject({ rate: 0.25, kept: 1 });
    expect(result.groups.cb2).toMatchObject({ rate: 0.2, kept: 0 });
    const clash = file('clash.csv', `${rows.join('\n')}\nG;cb1;HTTNV;80;20%`);
    expect(run('cohort', clash, '--errors', 'json').stderr).toContain('rate-conflict');
    // --rate is the default for cb2 (no rate of its own) and agrees with cb1's 25%: no conflict.
    const both = JSON.parse(run('cohort', file('rates.csv', rows.join('\n')), '--rate', '0.25').stdout);
    expect([both.groups.cb1.rate, both.groups.cb2.rate]).toEqual([0.25, 0.25]);
    // --rate 0.2 against cb1's stated 25%: an error naming cb1's rate cell (row and column), not a silent override.
    const conflict = run('cohort', file('rates.csv', rows.join('\n')), '--rate', '0.2', '--errors', 'json');
    expect(conflict.code).toBe(2);
    expect(conflict.stdout).toBe('');
    expect(JSON.parse(conflict.stderr).issues).toEqual([
      expect.objectContaining({ code: 'rate-conflict', path: 'row 2, column E (Tỉ lệ)' }),
    ]);
  });

  it('cohort --rounding against a file that states another rounding is an error; the same one is fine', () => {
    const members = [{ id: 'a', group: 'g', level: 'HTXSNV', total: 95 }];
    const json = file('rounding.json', JSON.stringify({ format: 'tusoi.cohort/1', rounding: 'half-up', members }));
    const r = run('cohort', json, '--rounding', 'floor', '--errors', 'json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).issues[0]).toMatchObject({ code: 'rounding-conflict', path: 'rounding' });
    expect(run('cohort', json, '--rounding', 'half-up').code).toBe(0);
  });

  it('--errors json prints the issues as JSON on stderr; at most --max-errors, with the count of the rest', () => {
    const rows = ['Họ và tên;Mức đề xuất;Tổng điểm'];
    for (let i = 0; i < 120; i++) rows.push(`P${i};tốt;95`);
    const bad = file('many-bad.csv', rows.join('\n'));
    const r = run('cohort', bad, '--errors', 'json', '--max-errors', '5');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const out = JSON.parse(r.stderr);
    expect(out.issues).toHaveLength(5);
    expect(out).toMatchObject({ total: 120, omitted: 115 });
    expect(out.issues[0]).toEqual({
      code: 'not-allowed',
      path: 'row 2, column B (Mức đề xuất)',
      message: expect.objectContaining({ vi: expect.any(String), en: expect.any(String) }),
    });
    const text = run('cohort', bad).stderr;
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(50);
    expect(text).toContain('… and 70 more issues');
    expect(JSON.parse(run('classify', '--errors', 'json').stderr).issues[0].code).toBe('usage');
  });
});

describe('tusoi CLI: saying what to do instead', () => {
  it('"pack" alone or with another word says it takes list or validate', () => {
    for (const args of [['pack'], ['pack', 'bogus']]) {
      const r = run(...args, '--errors', 'json');
      expect(r.code).toBe(2);
      const issue = JSON.parse(r.stderr).issues[0];
      expect(issue.code).toBe('usage');
      expect(issue.message.en).toContain('"pack" takes "list" or "validate"');
    }
  });

  it('an empty batch says there was nothing to classify (a note, exit 0)', () => {
    const empty = file('empty.ndjson', '');
    const r = run('classify', '--batch', empty);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing to classify');
    const j = run('classify', '--batch', empty, '--errors', 'json');
    expect(JSON.parse(j.stderr).notices[0].code).toBe('batch-empty');
  });

  it('an NDJSON file without --batch is refused with the hint to use --batch', () => {
    const a = readFileSync(example, 'utf8').replace(/\n\s*/g, '');
    const nd = file('two.ndjson', `${a}\n${a}\n`);
    const issue = JSON.parse(run('classify', nd, '--errors', 'json').stderr).issues[0];
    expect(issue.code).toBe('json');
    expect(issue.message.en).toContain('--batch');
  });
});

describe('tusoi CLI: an integer JSON cannot hold exactly is shown as the file wrote it', () => {
  const good = readFileSync(example, 'utf8');
  const withAssigned = (n: string) => good.replace(/"assigned":\s*\d+/, `"assigned": ${n}`);

  it('classify: the message names the path and shows 9007199254740993, not the rounded …992, in both languages', () => {
    const big = file('big-int.json', withAssigned('9007199254740993'));
    const text = run('classify', big);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(
      '- tasks.assigned: không được vượt quá 9007199254740991 (nhận 9007199254740993) / must be at most 9007199254740991 (got 9007199254740993)',
    );
    expect(text.stderr).not.toContain('9007199254740992');
    const [issue] = JSON.parse(run('classify', big, '--errors', 'json').stderr).issues;
    expect(issue).toMatchObject({ code: 'max-value', path: 'tasks.assigned' });
    expect(issue.message.vi).toContain('(nhận 9007199254740993)');
    expect(issue.message.en).toContain('(got 9007199254740993)');
    // Boundary: 2^53 is exact in a double, and shown as it is.
    const edge = JSON.parse(
      run('classify', file('edge-int.json', withAssigned('9007199254740992')), '--errors', 'json').stderr,
    );
    expect(edge.issues[0].message.en).toContain('(got 9007199254740992)');
  });

  it('a batch line shows its own number as written; the next line is not touched by it', () => {
    // One line each, written without parsing (which would round the number in the test itself).
    const line = (n: string) => withAssigned(n).replace(/\n\s*/g, '');
    const fixed = JSON.stringify(JSON.parse(good));
    const r = spawnSync(process.execPath, [cli, 'classify', '--batch', '-', '--errors', 'json'], {
      input: `${line('12345678901234567891')}\n${fixed}\n${line('-9007199254740993')}\n`,
      encoding: 'utf8',
    });
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source, l.issues[0].path])).toEqual([
      ['line 1', 'tasks.assigned'],
      ['line 3', 'tasks.assigned'],
    ]);
    expect(lines[0].issues[0].message.vi).toContain('(nhận 12345678901234567891)');
    expect(lines[1].issues[0].message.en).toContain('(got -9007199254740993)');
  });
});
