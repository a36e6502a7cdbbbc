import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { Q2026_VATM_09A } from './packs/quarterly-builtin.js';
import { applyQuota, QUOTA_DENOMINATORS, quotaKeep } from './quota.js';
import { applyQuarterQuota } from './rulesets/q2026/quota.js';
import type { CohortResult } from './schemas/cohort.js';

// Runs the built CLI (dist/, made by `pnpm build` before the tests) on quarterly input.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ex = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tusoi-q-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const year = ['q1', 'q2', 'q3', 'annual'].map((n) => ex(`year-2026-staff/${n}.json`));

describe('tusoi CLI, quarterly review', () => {
  it('classify takes a quarterly assessment (built-in pack named by criteria.pack)', () => {
    const r = run('classify', ex('q01-staff-vatm-tc1-frame-k2.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(classify(JSON.parse(readFileSync(ex('q01-staff-vatm-tc1-frame-k2.json'), 'utf8'))));
    expect(out.score.total).toBe(97.6);
  });

  it('classify --text says "chưa xếp loại" for an unrated quarter', () => {
    expect(run('classify', ex('q04-staff-unrated-maternity.json'), '--text').stdout).toMatch(
      /^Kết quả: chưa xếp loại quý này/,
    );
  });

  it('year rolls the quarters and the annual review into the annual result with reasons', () => {
    const r = run('year', ...year);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.level).toBe('HTTNV');
    expect(out.reasons.map((x: { rule: string }) => x.rule)).toContain('Q26-35');
    expect(run('year', ...year, '--text').stdout).toContain('[Q26-35]');
  });

  it('year passes the quarterly policy flags', () => {
    expect(JSON.parse(run('year', ...year, '--khtnv-quarter', 'off').stdout).level).toBe('HTXSNV');
    const bad = run('year', ...year, '--year-mode', 'median');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year-mode');
  });

  it('--safety-gate true turns on the Q26-41 gate for classify and year; off and false change nothing', () => {
    const a = JSON.parse(readFileSync(ex('q01-staff-vatm-tc1-frame-k2.json'), 'utf8'));
    a.safetyIncident = true;
    const file = join(tmp, 'incident.json');
    writeFileSync(file, JSON.stringify(a));
    const plain = JSON.parse(run('classify', file).stdout);
    expect(plain.level).toBe('HTXSNV');
    expect(plain.reasons.some((x: { rule: string }) => x.rule === 'Q26-41')).toBe(false);
    expect(JSON.parse(run('classify', file, '--safety-gate', 'false').stdout)).toEqual(plain);
    const gated = JSON.parse(run('classify', file, '--safety-gate', 'true').stdout);
    expect(gated.level).toBe('HTNV');
    expect(gated).toEqual(classify(a, { safetyGate: true }));
    // year: the first quarter becomes HTNV under the gate, the others as before.
    const q1 = JSON.parse(readFileSync(year[0] as string, 'utf8'));
    q1.safetyIncident = true;
    const q1File = join(tmp, 'q1-incident.json');
    writeFileSync(q1File, JSON.stringify(q1));
    const files = [q1File, ...year.slice(1)];
    const levels = (out: string) => JSON.parse(out).year.quarters.map((q: { level: string }) => q.level);
    expect(levels(run('year', ...files).stdout)[0]).toBe('HTXSNV');
    expect(levels(run('year', ...files, '--safety-gate', 'true').stdout)[0]).toBe('HTNV');
    const bad = run('classify', file, '--safety-gate', 'yes');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--safety-gate nhận true | false (nhận "yes")');
  });

  it('a reserved key in a quarterly assessment, or a reserved id in a tusoi.pack/2, exits 2 naming it', () => {
    const text = readFileSync(ex('q01-staff-vatm-tc1-frame-k2.json'), 'utf8').replace('"pl4-1.1"', '"__proto__"');
    const file = join(tmp, 'proto.json');
    writeFileSync(file, text);
    const r = run('classify', file, '--errors', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // The renamed criterion is now unanswered, which is named too.
    expect(JSON.parse(r.stderr).issues).toEqual([
      expect.objectContaining({ code: 'reserved-key', path: 'criteria.items.__proto__' }),
      expect.objectContaining({ code: 'missing', path: 'criteria.items.pl4-1.1' }),
    ]);
    expect(run('classify', file).stderr).toContain('- criteria.items.__proto__: "__proto__" là tên dành riêng');
    const pack = JSON.parse(run('pack', 'show', 'q2026-vatm-09a').stdout);
    pack.general.groups[0].items[0].id = 'constructor';
    const packFile = join(tmp, 'pack-constructor.json');
    writeFileSync(packFile, JSON.stringify(pack));
    const p = run('pack', 'validate', packFile);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain(
      'general.groups[0].items[0].id: không dùng được "__proto__", "constructor", "prototype"',
    );
  });

  it('bad quarterly input exits 2 naming the file and path, nothing on stdout', () => {
    const a = JSON.parse(readFileSync(ex('q01-staff-vatm-tc1-frame-k2.json'), 'utf8'));
    a.taskList[0].weight = 31;
    const bad = join(tmp, 'weights.json');
    writeFileSync(bad, JSON.stringify(a));
    const r = run('classify', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/- taskList: tổng trọng số các nhiệm vụ là 71/);
    const y = run('year', year[0] as string, bad);
    expect(y.code).toBe(2);
    expect(y.stdout).toBe('');
    expect(y.stderr).toContain(`${bad}.taskList`);
  });

  it('pack validate accepts a tusoi.pack/2', () => {
    const p = join(tmp, 'pack2.json');
    writeFileSync(
      p,
      JSON.stringify({
        format: 'tusoi.pack/2',
        id: 'p2',
        title: { vi: 'Thử' },
        kinds: ['staff'],
        source: { citation: 'Ví dụ', grade: 'X' },
        general: { groups: [{ id: 'g', vi: 'Chung', mode: 'binary', items: [{ id: 'c', vi: 'Tiêu chí', max: 30 }] }] },
        results: { mode: 'direct-axis', axes: [{ id: 'T1', vi: 'Trục 1', max: 70 }], exceed: 'flag' },
      }),
    );
    const r = run('pack', 'validate', p);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('direct-axis');
  });

  it("year --pack FILE: a bad pack file names the file in every path, and the inputs' own problems come with it", () => {
    const p = join(tmp, 'year-pack-bad.json');
    writeFileSync(p, JSON.stringify({ ...Q2026_VATM_09A, title: { ...Q2026_VATM_09A.title, vi: '' } }));
    const a = JSON.parse(readFileSync(year[0] as string, 'utf8'));
    const f = join(tmp, 'year-q1-bad-date.json');
    writeFileSync(f, JSON.stringify({ ...a, subject: { ...a.subject, birthDate: '2026-02-30' } }));
    const r = run('--errors', 'json', 'year', f, year[1] as string, '--pack', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const at = JSON.parse(r.stderr).issues.map((i: { path: string }) => i.path);
    expect(at).toEqual([`${p}.title.vi`, `${f}.subject.birthDate`]);
    // In text too, Vietnamese then English, each line naming the pack file.
    expect(run('year', ...year, '--pack', p).stderr).toContain(
      `- ${p}.title.vi: không được để trống / must not be empty`,
    );
    // A pack file that is not JSON, or missing, is named by the file as well.
    const broken = join(tmp, 'year-pack-broken.json');
    writeFileSync(broken, '{ "format": ');
    const notJson = JSON.parse(run('--errors', 'json', 'year', ...year, '--pack', broken).stderr).issues;
    expect(notJson).toMatchObject([{ code: 'json', path: broken }]);
    const missing = JSON.parse(
      run('--errors', 'json', 'year', ...year, '--pack', join(tmp, 'none.json')).stderr,
    ).issues;
    expect(missing).toMatchObject([{ code: 'file', path: join(tmp, 'none.json') }]);
    // A good pack file: the year is classified.
    const good = join(tmp, 'year-pack-good.json');
    writeFileSync(good, JSON.stringify(Q2026_VATM_09A));
    expect(run('year', ...year, '--pack', good).code).toBe(0);
  });

  it('year: an integer JSON rounds is shown as written, in an input file and in the pack file, each named', () => {
    const a = JSON.parse(readFileSync(year[0] as string, 'utf8'));
    const f = join(tmp, 'year-q1-big.json');
    writeFileSync(
      f,
      JSON.stringify({ ...a, period: { ...a.period, year: 1 } }).replace('"year":1', '"year":9007199254740993'),
    );
    const p = join(tmp, 'year-pack-big.json');
    writeFileSync(
      p,
      JSON.stringify({ ...Q2026_VATM_09A, results: { ...Q2026_VATM_09A.results, frameAdjustPp: 1 } }).replace(
        '"frameAdjustPp":1',
        '"frameAdjustPp":90071992547409930',
      ),
    );
    const issues = JSON.parse(run('--errors', 'json', 'year', f, '--pack', p).stderr).issues as {
      path: string;
      message: { vi: string; en: string };
    }[];
    const of = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(of(`${p}.results.frameAdjustPp`)?.en).toContain('90071992547409930');
    expect(of(`${f}.period.year`)?.vi).toContain('9007199254740993');
    expect(JSON.stringify(issues)).not.toMatch(/9007199254740992|90071992547409940/);
  });

  it('classify --pack FILE: a bad pack file does not hide the assessment’s own problems; its paths say options.pack', () => {
    const pack = Q2026_VATM_09A;
    const p = join(tmp, 'pack-bad-title.json');
    writeFileSync(p, JSON.stringify({ ...pack, title: { ...pack.title, vi: '' } }));
    const a = JSON.parse(readFileSync(ex('q01-staff-vatm-tc1-frame-k2.json'), 'utf8'));
    const f = join(tmp, 'q-bad-date.json');
    writeFileSync(f, JSON.stringify({ ...a, subject: { ...a.subject, birthDate: '2026-02-30' } }));
    const r = run('--errors', 'json', 'classify', f, '--pack', p);
    expect(r.code).toBe(2);
    const at = JSON.parse(r.stderr).issues.map((i: { path: string }) => i.path);
    expect(at).toContain('options.pack.title.vi');
    expect(at).toContain('subject.birthDate');
  });
});

describe('tusoi cohort, a quarter and heads', () => {
  // Three HTXSNV, six HTTNV and a head proposed HTXSNV; 20% of the 9 HTTNV-or-better: floor 1, half-up 2.
  const cohort = (extra: Record<string, unknown> = {}) => {
    const f = join(tmp, `cohort-${Object.keys(extra).join('-') || 'plain'}.json`);
    const m = (id: string, level: string, total: number, more: Record<string, unknown> = {}) => ({
      id,
      group: 'phong',
      level,
      total,
      ...more,
    });
    writeFileSync(
      f,
      JSON.stringify({
        format: 'tusoi.cohort/1',
        denominator: 'httnv-or-better',
        rankBy: 'q26',
        ...extra,
        members: [
          m('A', 'HTXSNV', 97, { exceeded: 3 }),
          m('B', 'HTXSNV', 98, { exceeded: 2 }),
          m('C', 'HTXSNV', 95, { exceeded: 4 }),
          ...['D', 'E', 'F', 'G', 'H', 'I'].map((id) => m(id, 'HTTNV', 85)),
          m('Head', 'HTXSNV', 99, { head: true }),
        ],
      }),
    );
    return f;
  };

  it('--text says a head stays HTXSNV, as the JSON does (Q26-26), and names the quota applied', () => {
    const f = cohort();
    const json = JSON.parse(run('cohort', f).stdout);
    expect(json.members[9]).toMatchObject({ id: 'Head', level: 'HTXSNV', demoted: false, reason: { rule: 'Q26-26' } });
    expect(json).toMatchObject({ ruleset: 'qd366', quota: { rule: 'R366-13', rounding: 'floor' } });
    const text = run('cohort', f, '--text').stdout;
    expect(text).toContain('Thành viên Head: giữ nguyên mức HTXSNV.');
    expect(text).not.toMatch(/Head: chuyển xuống/);
    expect(text).toMatch(/^Tỉ lệ HTXSNV theo bộ quy tắc qd366 \[R366-13\]: làm tròn floor/);
    expect(run('cohort', f, '--text', '--lang', 'en').stdout).toContain('Member Head: stays HTXSNV.');
  });

  it('--quarter, or period "quarter" in the file, applies the quarter quota (q2026, Q26-25, half-up)', () => {
    const plain = cohort();
    for (const args of [[plain, '--quarter'], [cohort({ period: 'quarter' })]]) {
      const r = run('cohort', ...args);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ ruleset: 'q2026', quota: { rule: 'Q26-25', rounding: 'half-up', rankBy: 'q26' } });
      // half-up keeps 2 of 3 (C, A by tasks exceeded); the annual floor keeps 1.
      expect(out.groups.phong).toMatchObject({ kept: 2, demoted: 1 });
      expect(out.members[1]).toMatchObject({ id: 'B', demoted: true, reason: { rule: 'Q26-25' } });
      expect(run('cohort', ...args, '--text').stdout).toMatch(
        /^Tỉ lệ HTXSNV theo bộ quy tắc q2026 \[Q26-25\]: làm tròn half-up/,
      );
    }
    expect(JSON.parse(run('cohort', plain).stdout).groups.phong).toMatchObject({ kept: 1, demoted: 2 });
    expect(JSON.parse(run('cohort', cohort({ period: 'year' })).stdout).ruleset).toBe('qd366');
  });

  it('--quarter names who goes beyond the quota and why (Q26-27), in the JSON and the text', () => {
    const out = JSON.parse(run('cohort', cohort(), '--quarter').stdout);
    expect(out.groups.phong.ranking).toMatchObject({ rule: 'Q26-27', by: ['exceeded', 'total'], beyond: ['B'] });
    expect(out.members.slice(0, 3).map((m: { rank?: number }) => m.rank)).toEqual([2, 3, 1]);
    expect(run('cohort', cohort(), '--quarter', '--text').stdout).toContain(
      '[Q26-27] vượt tỉ lệ: B; cấp có thẩm quyền xem xét: —.',
    );
  });

  it('--quarter on a file stating period "year" is refused (exit 2, nothing on stdout)', () => {
    const r = run('cohort', cohort({ period: 'year' }), '--quarter');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--quarter');
  });
});

describe('tusoi cohort --denominator (what the 20% is a share of, Q26-25)', () => {
  // One group per (HTXSNV, HTTNV) pair, 20% of most of them not a whole number: each value of the
  // flag must cut every group exactly as the library does with the same option.
  const pairs: (readonly [number, number])[] = [];
  for (let e = 1; e <= 4; e++) for (let g = 0; g <= 11; g++) pairs.push([e, g]);
  const members = pairs.flatMap(([e, g]) => [
    ...Array.from({ length: e }, (_, i) => ({
      id: `x${e}-${g}-${i}`,
      group: `g${e}-${g}`,
      level: 'HTXSNV',
      total: 99 - i,
    })),
    ...Array.from({ length: g }, (_, i) => ({ id: `t${e}-${g}-${i}`, group: `g${e}-${g}`, level: 'HTTNV', total: 80 })),
  ]);
  const cohort = { format: 'tusoi.cohort/1', members };
  const file = join(tmp, 'denominator.json');
  writeFileSync(file, JSON.stringify(cohort));
  const kept = (out: CohortResult, e: number, g: number) => out.groups[`g${e}-${g}`]?.kept;
  const runs = {
    year: { flag: [] as string[], library: applyQuota },
    quarter: { flag: ['--quarter'], library: applyQuarterQuota },
  };

  for (const [period, { flag, library }] of Object.entries(runs))
    it(`${period}: each value gives the library's result for the same cohort and option; none gives the default`, () => {
      const outs = QUOTA_DENOMINATORS.map((denominator) => {
        const r = run('cohort', file, ...flag, '--denominator', denominator);
        expect(r.code, r.stderr).toBe(0);
        const out = JSON.parse(r.stdout) as CohortResult;
        expect(out).toEqual(JSON.parse(JSON.stringify(library(cohort, { denominator }))));
        expect(out.quota?.denominator).toBe(denominator);
        return out;
      });
      // The two values do not cut alike: the flag changes the result.
      expect(pairs.some(([e, g]) => kept(outs[0] as CohortResult, e, g) !== kept(outs[1] as CohortResult, e, g))).toBe(
        true,
      );
      // Without the flag: the library's default (httnv), unchanged.
      const plain = JSON.parse(run('cohort', file, ...flag).stdout) as CohortResult;
      expect(plain).toEqual(outs[0]);
      expect(plain).toEqual(JSON.parse(JSON.stringify(library(cohort))));
    });

  it('groups where 20% is not a whole number: the cut the library gives (floor a year, half-up a quarter)', () => {
    const out = (denominator: string, ...flag: string[]) =>
      JSON.parse(run('cohort', file, ...flag, '--denominator', denominator).stdout) as CohortResult;
    const yearOf = out('httnv-or-better');
    const quarterOf = out('httnv-or-better', '--quarter');
    const quarterHttnv = out('httnv', '--quarter');
    // 2 HTXSNV + 5 HTTNV: 20% of 7 = 1.4 → 1 either way. 2 + 6: 20% of 8 = 1.6 → floor 1, half-up 2.
    expect([kept(yearOf, 2, 5), kept(quarterOf, 2, 5)]).toEqual([1, 1]);
    expect([kept(yearOf, 2, 6), kept(quarterOf, 2, 6)]).toEqual([1, 2]);
    // Of HTTNV only, after demotion: 2 + 6 keeps 1 (k = 2 leaves 6 HTTNV, 1.2 → 1 < 2; k = 1 leaves 7, 1.4 → 1).
    expect(kept(quarterHttnv, 2, 6)).toBe(1);
    // 3 + 6 in a quarter: 20% of 9 = 1.8 → 2 of HTTNV-or-better; of HTTNV 1 (k = 2 leaves 7 HTTNV: 1.4 → 1 < 2).
    expect([kept(quarterOf, 3, 6), kept(quarterHttnv, 3, 6)]).toEqual([2, 1]);
    for (const [e, g] of pairs) {
      expect(kept(quarterOf, e, g)).toBe(quotaKeep(e, g, 0.2, 'half-up', 'httnv-or-better'));
      expect(kept(quarterHttnv, e, g)).toBe(quotaKeep(e, g, 0.2, 'half-up', 'httnv'));
    }
  });

  it('a bad value exits 2 naming the flag and its values in both languages; a file stating the other one is a conflict', () => {
    for (const bad of ['htt', 'HTTNV', '']) {
      const r = run('cohort', file, '--quarter', `--denominator=${bad}`);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--denominator nhận httnv | httnv-or-better (nhận "${bad}")`);
      expect(r.stderr).toContain(`--denominator takes httnv | httnv-or-better (got "${bad}")`);
    }
    const json = run('cohort', file, '--denominator', 'all', '--errors', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr).issues[0]).toMatchObject({ code: 'usage' });
    const missing = run('cohort', file, '--denominator');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--denominator cần một giá trị');
    const stated = join(tmp, 'denominator-stated.json');
    writeFileSync(stated, JSON.stringify({ ...cohort, denominator: 'httnv-or-better' }));
    const conflict = run('cohort', stated, '--quarter', '--denominator', 'httnv', '--errors', 'json');
    expect(conflict.code).toBe(2);
    expect(conflict.stdout).toBe('');
    expect(JSON.parse(conflict.stderr).issues[0]).toMatchObject({ code: 'denominator-conflict', path: 'denominator' });
    expect(run('cohort', stated, '--quarter', '--denominator', 'httnv-or-better').code).toBe(0);
  });
});

describe('tusoi pack show / pack list', () => {
  it('pack show ID prints the built-in pack as JSON (/1 and /2), which pack validate accepts as a file', () => {
    for (const [id, format] of [
      ['qd366-pl4-staff-example', 'tusoi.pack/1'],
      [Q2026_VATM_09A.id, 'tusoi.pack/2'],
    ] as const) {
      const r = run('pack', 'show', id);
      expect(r.code).toBe(0);
      const pack = JSON.parse(r.stdout);
      expect(pack).toMatchObject({ id, format });
      const f = join(tmp, `shown-${id}.json`);
      writeFileSync(f, r.stdout);
      expect(run('pack', 'validate', f).code).toBe(0);
    }
    expect(JSON.parse(run('pack', 'show', Q2026_VATM_09A.id).stdout)).toEqual(
      JSON.parse(JSON.stringify(Q2026_VATM_09A)),
    );
  });

  it('pack show with an unknown id exits 2 naming the built-in ids; without an id, 2', () => {
    const r = run('pack', 'show', 'nope');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"nope"');
    expect(r.stderr).toContain(Q2026_VATM_09A.id);
    expect(run('pack', 'show').code).toBe(2);
  });

  it('pack list --json lists each pack by id and title, both formats', () => {
    const list = JSON.parse(run('pack', 'list', '--json').stdout) as {
      id: string;
      format: string;
      title: { vi: string };
    }[];
    expect(list.map((p) => p.id)).toContain(Q2026_VATM_09A.id);
    expect(list.map((p) => p.id)).toContain('qd366-pl4-staff-example');
    expect(new Set(list.map((p) => p.format))).toEqual(new Set(['tusoi.pack/1', 'tusoi.pack/2']));
    for (const p of list) expect(p.title.vi.length).toBeGreaterThan(0);
  });
});
