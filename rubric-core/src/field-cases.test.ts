// Every data field case (test/field-cases, named by its case id) run through the built CLI as
// a user would, with the expected behaviour as the assertion; the library is checked beside it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { cohortFromCsv, decodeCsv, itemsFromCsv } from './csv.js';
import { TusoiInputError } from './errors.js';
import { computeScores } from './packs/compute.js';
import { parsePack } from './packs/pack.js';
import { applyQuota } from './quota.js';
import { safeParseAssessment } from './validate.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const path = (name: string) => fileURLToPath(new URL(`../test/field-cases/${name}`, import.meta.url));
/** An own property (never the inherited `__proto__` accessor). */
// biome-ignore lint/suspicious/noExplicitAny: test helper over parsed JSON
const own = (o: object, key: string): any => Object.getOwnPropertyDescriptor(o, key)?.value;
const json = (name: string): unknown => JSON.parse(readFileSync(path(name), 'utf8'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args.map((a) => (/\.(json|csv)$/.test(a) ? path(a) : a))], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs and expects exit 2, nothing on stdout; returns the JSON issues of `--errors json`. */
function refused(...args: string[]): { code: string; path: string }[] {
  const r = run(...args, '--errors', 'json');
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return JSON.parse(r.stderr).issues;
}

describe('field cases: text keys after NFC and trimming', () => {
  it('C01: a chi bộ written NFC and NFD in a CSV is one group', () => {
    const result = JSON.parse(run('cohort', 'C01-cohort-nfc-nfd-group.csv').stdout);
    expect(Object.keys(result.groups)).toEqual(['Chi bộ Văn phòng']);
    // 3 HTXSNV + 7 HTTNV in one group: 20% keeps 1 (k ≤ floor(0.2 × (7 + 3 − k))).
    expect(result.groups['Chi bộ Văn phòng']).toMatchObject({ htxsnv: 3, httnv: 7, kept: 1, demoted: 2 });
  });

  it('C01b: the same in a tusoi.cohort/1 file', () => {
    const result = applyQuota(json('C01b-cohort-nfc-nfd-group.json'));
    expect(Object.keys(result.groups)).toHaveLength(1);
    expect(result.members.filter((m) => m.level === 'HTXSNV')).toHaveLength(1);
  });

  it('C01 (own): the same person typed NFC and NFD, or with a stray space, is found twice', () => {
    const member = (id: string) => ({ id, group: 'g', level: 'HTTNV', total: 80 });
    const cohort = { format: 'tusoi.cohort/1', members: [member('Lê Văn Hòa'), member('Lê Văn Hòa'.normalize('NFD'))] };
    expect(() => applyQuota(cohort)).toThrow(/duplicated/);
    expect(() => applyQuota({ ...cohort, members: [member('a'), member('a ')] })).toThrow(/duplicated/);
    expect(() => cohortFromCsv('Họ và tên;Mức đề xuất;Tổng điểm\nHòa;HTTNV;80\nHo\u0300a ;HTTNV;80\n')).toThrow(
      /appears twice \(first at row 2\)/,
    );
  });
});

describe('field cases: unquoted decimal commas', () => {
  it('08: a cohort row with more fields than the header exits 2 naming the rows', () => {
    const r = run('cohort', '08-comma-unquoted-decimal-comma.csv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('row 2 has 5 fields but the header has 4');
    expect(r.stderr).toContain('row 3 has 5 fields');
    expect(r.stderr).toMatch(/"65,5"|semicolons/);
    expect(refused('cohort', '08-comma-unquoted-decimal-comma.csv').map((i) => i.code)).toEqual([
      'csv-extra-fields',
      'csv-extra-fields',
    ]);
  });

  it('C03: an items sheet, row 4', () => {
    const issues = refused(
      'items-from-csv',
      'C03-items-comma-decimal-unquoted.csv',
      '--pack',
      'qd366-pl4-staff-example',
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'csv-extra-fields', path: 'row 4' })]);
  });

  it('C03b: a cohort sheet without a group column, rows 2 and 3', () => {
    expect(refused('cohort', 'C03b-cohort-comma-decimal-unquoted.csv').map((i) => i.path)).toEqual(['row 2', 'row 3']);
  });

  it('C03 (own): trailing empty cells are not extra fields; a quoted decimal comma reads', () => {
    expect(cohortFromCsv('name,level,total\nA,HTTNV,"80,5",,\n').members[0]?.total).toBe(80.5);
  });
});

describe('field cases: encodings', () => {
  it('C05: a Windows-1258 items sheet is decoded, and the output says so', () => {
    const r = run('items-from-csv', 'C05-items-windows-1258.csv', '--pack', 'qd366-pl4-staff-example');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toEqual({ 'pl4-1.1': true, 'pl4-1.2': false, 'pl4-k': 65 });
    expect(r.stderr).toContain('Windows-1258');
    // With --errors json the note is JSON too.
    const j = run(
      'items-from-csv',
      'C05-items-windows-1258.csv',
      '--pack',
      'qd366-pl4-staff-example',
      '--errors',
      'json',
    );
    expect(JSON.parse(j.stderr).notices.map((n: { code: string }) => n.code)).toEqual(['encoding-windows-1258']);
  });

  it('C05c: a bad Windows-1258 cohort with --errors json: stderr is one JSON document, issues and notices', () => {
    const r = run('cohort', 'C05c-cohort-windows-1258-bad.csv', '--errors', 'json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stderr); // throws if stderr held two documents
    expect(out.issues.length).toBeGreaterThan(0);
    expect(out.notices.map((n: { code: string }) => n.code)).toEqual(['encoding-windows-1258']);
  });

  it('C05b: a Windows-1258 cohort with an ASCII header keeps the Vietnamese names', () => {
    const r = run('cohort', 'C05b-cohort-windows-1258-ascii-header.csv');
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).members.map((m: { id: string }) => m.id);
    expect(ids).toEqual(['Lê Thị Hồng', 'Vũ Văn Tâm', 'Đỗ Minh Hà', 'Phan Thu Trang', 'Ngô Bảo Châu']);
    expect(ids.join('')).not.toContain('\uFFFD');
    expect(r.stderr).toContain('Windows-1258');
  });

  it('C05 (own): bytes that are not clearly Vietnamese are refused, naming how to save CSV UTF-8', () => {
    // "Müller;Größe" in Windows-1252: not UTF-8, and not Vietnamese either.
    const bytes = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x47, 0x72, 0xf6, 0xdf, 0x65]);
    try {
      decodeCsv(bytes);
      expect.unreachable();
    } catch (e) {
      expect((e as TusoiInputError).issues[0]).toMatchObject({ code: 'csv-encoding' });
      expect((e as TusoiInputError).issues[0]?.message.en).toContain('CSV UTF-8');
    }
  });

  it('C05 (own): UTF-16 with a BOM (little and big endian) is decoded', () => {
    const text = 'mã;điểm\r\npl4-k;65\r\n';
    const le = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeCsv(le)).toEqual({ text, encoding: 'utf-16le' });
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255]),
    ]);
    expect(decodeCsv(be)).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('field cases that pass and keep passing (C06–C09)', () => {
  it('C06: BOM + `;` + decimal comma', () => {
    const r = run('items-from-csv', 'C06-items-utf8-bom-semicolon.csv', '--pack', 'qd366-pl4-staff-example');
    expect(JSON.parse(r.stdout).items).toEqual({ 'pl4-1.1': true, 'pl4-1.2': false, 'pl4-k': 65.5 });
  });

  it('C07: hundredths add up to exactly 90', () => {
    const r = JSON.parse(
      run('classify', 'C07-assessment-float-boundary.json', '--pack', 'C07-pack-hundredths.json').stdout,
    );
    expect(r.score.total).toBe(90);
    expect(r.level).toBe('HTXSNV');
  });

  it('C08: equal totals straddling the cut go to the competent level', () => {
    const r = JSON.parse(run('cohort', 'C08-cohort-tie-at-cut.csv').stdout);
    expect(r.members.slice(0, 3).map((m: { decision: string; level: string | null }) => m.level)).toEqual([
      null,
      null,
      'HTTNV',
    ]);
    expect(r.groups['chi-bo']).toMatchObject({ tied: 2, demoted: 1 });
  });

  it('C09: 21/70 exceeded is exactly 30%; 14/70 late is exactly 20%; 15/70 is over', () => {
    expect(classify(json('C09-percent-boundary.json')).level).toBe('HTXSNV');
    const at20 = classify(json('C09b-late-20pct-boundary.json'));
    expect(at20.reasons.find((x) => x.message.en.includes('late'))?.outcome).toBe('passed');
    const over = classify(json('C09c-late-over-20pct.json'));
    expect(over.reasons.find((x) => x.message.en.includes('late'))?.outcome).toBe('failed');
  });
});

describe('field cases: the fast path checks what the schema checks', () => {
  it.each([
    ['70', '70-missed-negative.json'],
    ['71', '71-missed-fraction.json'],
    ['72', '72-missed-huge-negative.json'],
  ])('%s: socioEconomicTargets.missed out of range exits 2', (_id, name) => {
    const issues = refused('classify', name);
    expect(issues.map((i) => i.path)).toContain('socioEconomicTargets.missed');
    expect(safeParseAssessment(json(name)).success).toBe(false);
  });
});

describe('field cases: arrays where objects are expected', () => {
  it.each([
    ['76', '76-findings-array.json', 'findings'],
    ['77', '77-review-array.json', 'review'],
    ['78', '78-selfcheck-array.json', 'selfCheck'],
  ])('%s: %s exits 2', (_id, name, field) => {
    expect(refused('classify', name)).toEqual([expect.objectContaining({ code: 'type', path: field })]);
  });

  it('c15: cohort groups as an array exits 2', () => {
    expect(refused('cohort', 'c15-groups-array.json')).toEqual([expect.objectContaining({ path: 'groups' })]);
  });
});

describe('field cases: __proto__ and impossible dates', () => {
  it('36: a __proto__ key in selfCheck is checked like any key', () => {
    expect(refused('classify', '36-selfcheck-proto.json')).toEqual([
      expect.objectContaining({ code: 'indicator-id', path: 'selfCheck.__proto__' }),
    ]);
  });

  it('37: 2025-02-30 is refused', () => {
    expect(refused('classify', '37-bad-date.json')).toEqual([
      expect.objectContaining({ code: 'date', path: 'subject.birthDate' }),
    ]);
    const leap = { ...(json('37-bad-date.json') as object), subject: { kind: 'staff', birthDate: '2024-02-29' } };
    expect(safeParseAssessment(leap).success).toBe(true);
  });

  it('c01: a group named __proto__ is kept in the summary', () => {
    const r = JSON.parse(run('cohort', 'c01-proto-group.json').stdout);
    expect(Object.keys(r.groups).sort()).toEqual(['__proto__', 'normal']);
    expect(own(r.groups, '__proto__')).toMatchObject({ htxsnv: 2, httnv: 0 });
  });

  it('13: a chi bộ named __proto__ in a CSV is kept', () => {
    const r = JSON.parse(run('cohort', '13-proto-chibo.csv').stdout);
    expect(Object.keys(r.groups)).toEqual(['__proto__']);
    expect(own(r.groups, '__proto__')).toMatchObject({ htxsnv: 1, httnv: 1 });
  });

  it('c01 (own): a __proto__ group rate is read, and a bad one refused', () => {
    const cohort = JSON.parse(
      '{"format":"tusoi.cohort/1","members":[{"id":"a","group":"__proto__","level":"HTXSNV","total":95},' +
        '{"id":"b","group":"__proto__","level":"HTTNV","total":80},{"id":"c","group":"__proto__","level":"HTTNV","total":80},' +
        '{"id":"d","group":"__proto__","level":"HTTNV","total":80},{"id":"e","group":"__proto__","level":"HTTNV","total":80}],' +
        '"groups":{"__proto__":{"rate":0.25}}}',
    );
    // 1 + 4: 25% keeps 1, 20% would keep none.
    expect(own(applyQuota(cohort).groups, '__proto__')).toMatchObject({ rate: 0.25, kept: 1 });
    own(cohort.groups, '__proto__').rate = 7;
    expect(() => applyQuota(cohort)).toThrow(TusoiInputError);
  });
});

describe('field cases: exact ratios', () => {
  it('80: counts near 2^53 at 29.99…% exceeded are not 30%', () => {
    const r = classify(json('80-huge-counts-29.99pct-exceeded.json'));
    expect(r.level).not.toBe('HTXSNV');
    expect(r.reasons.find((x) => x.message.en.includes('exceeded'))?.outcome).toBe('failed');
    // One more exceeded task reaches 30% exactly: 10 × 2702159776422297 = 3 × 9007199254740990 … ≥.
    const a = json('80-huge-counts-29.99pct-exceeded.json') as { tasks: Record<string, number> };
    const n = 9007199254740990; // 3n/10 = 2702159776422297 exactly
    const at30 = {
      ...a,
      tasks: { ...a.tasks, assigned: n, completed: n, onTimeWithQuality: n, exceeded: 2702159776422297 },
    };
    expect(classify(at30).level).toBe('HTXSNV');
  });
});

describe('field cases: columns', () => {
  it('14: two level columns is an error naming both', () => {
    const r = run('cohort', '14-two-level-columns.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('B "Xếp loại"');
    expect(r.stderr).toContain('C "Đề xuất"');
  });

  it('18: column letters past Z follow Excel (AH)', () => {
    expect(refused('cohort', '18-many-columns.csv')).toEqual([
      expect.objectContaining({ path: 'row 2, column AH (Tổng điểm)' }),
    ]);
  });
});

describe('field cases: criterion ids and item values', () => {
  it('pack-proto-ids, items-01: "toString" and "constructor" are usable ids', () => {
    expect(run('pack', 'validate', 'pack-proto-ids.json').code).toBe(0);
    const r = run('items-from-csv', 'items-01-proto-ids.csv', '--pack', 'pack-proto-ids.json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toEqual({ toString: 30, constructor: 70 });
    const pack = parsePack(json('pack-proto-ids.json'));
    expect(computeScores(pack, itemsFromCsv(readFileSync(path('items-01-proto-ids.csv'), 'utf8'), pack)).total).toBe(
      100,
    );
    // Unscored, an inherited "toString" is not a value.
    expect(computeScores(pack, {}).missing).toEqual(['toString', 'constructor']);
  });

  it('items-04: -0 and 7 decimals exit 2 naming row and column', () => {
    const issues = refused('items-from-csv', 'items-04-negzero-7dec.csv', '--pack', 'qd366-frame');
    expect(issues).toEqual([
      expect.objectContaining({ code: 'points-range', path: 'row 2, column B (Điểm)' }),
      expect.objectContaining({ code: 'decimals', path: 'row 3, column B (Điểm)' }),
    ]);
  });

  it('items-05: 999 for a 30-point item exits 2 naming row and column', () => {
    expect(refused('items-from-csv', 'items-05-over-max.csv', '--pack', 'qd366-frame')).toEqual([
      expect.objectContaining({ code: 'points-range', path: 'row 2, column B (Điểm)' }),
    ]);
  });
});
