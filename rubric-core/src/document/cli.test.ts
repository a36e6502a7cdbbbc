import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.js';
import { EXAMPLE_DRAFTS } from '../test-support/drafts.js';
import { make } from '../test-support/make.js';
import { quarter, task } from '../test-support/quarter.js';
import { quarterSummary } from '../year.js';
import { documentCommand } from './cli.js';

// Runs the built CLI (dist/, made by `pnpm build` before the tests) as a user would.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tusoi-document-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('tusoi document', () => {
  it('writes the .docx of a draft file ({assessment, notes, …}) to -o, and prints its path', async () => {
    const draft = join(tmp, 'draft.json');
    writeFileSync(draft, JSON.stringify(EXAMPLE_DRAFTS[0]?.input));
    const out = join(tmp, 'out.docx');
    const r = run('document', draft, '--format', 'docx', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN');
    expect(xml).toContain('Chưa tham gia đủ buổi sinh hoạt chuyên đề tháng 9.');
  });

  it('a bare assessment, no -o: the file is named by period and person, beside the input', () => {
    const file = join(tmp, 'a.json');
    writeFileSync(file, JSON.stringify(EXAMPLE_DRAFTS.find((d) => d.id === 'staff-quarterly-tasks')?.input.assessment));
    const r = run('document', file, '--format=docx');
    expect(r.code).toBe(0);
    const expected = join(tmp, 'Bản tự đánh giá Quý 2 Năm 2026 - Đỗ Thu Trang.docx');
    expect(r.stdout.trim()).toBe(expected);
    expect(statSync(expected).size).toBeGreaterThan(5_000);
  });

  it('bad use exits 2 with a bilingual message and writes nothing', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'tusoi.assessment/1', period: { year: 2025 } }));
    const invalid = run('document', file, '--format', 'docx', '-o', join(tmp, 'never.docx'));
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('Dữ liệu không hợp lệ / Invalid input');
    expect(() => statSync(join(tmp, 'never.docx'))).toThrow();
    const call = async (...args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await documentCommand(
        args,
        (s) => out.push(s),
        (s) => err.push(s),
      );
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    for (const [args, message] of [
      [[file], '--format nhận docx / takes docx'],
      [[file, '--format', 'pdf'], '--format nhận docx / takes docx'],
      [['--format', 'docx'], 'FILE is missing'],
      [[join(tmp, 'missing.json'), '--format', 'docx'], 'cannot read JSON file'],
      [[file, '--format', 'docx', '--bogus'], 'unknown option: --bogus'],
      [[file, file, '--format', 'docx'], 'extra arguments'],
      [[file, '--format'], 'needs a value'],
      [[file, '--format', 'docx'], 'subject'],
    ] as const) {
      const r = await call(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(message);
    }
    const good = join(tmp, 'good.json');
    writeFileSync(good, JSON.stringify(EXAMPLE_DRAFTS[1]?.input.assessment));
    const unwritable = await call(good, '--format', 'docx', '-o', join(tmp, 'no-such-dir', 'x.docx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain('cannot write file');
    const written = await call(good, '--format', 'docx', '--out', join(tmp, 'member.docx'));
    expect(written.code).toBe(0);
    expect(statSync(join(tmp, 'member.docx')).size).toBeGreaterThan(5_000);
  });

  const call = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await documentCommand(
      args,
      (s) => out.push(s),
      (s) => err.push(s),
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const quarterly = () => EXAMPLE_DRAFTS.find((d) => d.id === 'staff-quarterly-tasks')?.input;

  it('a wrongly shaped task row exits 2 naming taskList[1].task (Vietnamese first), no stack trace, nothing written', () => {
    const dir = mkdtempSync(join(tmp, 'rows-'));
    const file = join(dir, 'draft.json');
    const input = quarterly();
    writeFileSync(file, JSON.stringify({ ...input, taskList: [input?.taskList?.[0], { name: 'x' }] }));
    const r = run('document', file, '--format', 'docx', '-o', join(dir, 'out.docx'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('- taskList[1].task: thiếu trường bắt buộc / required field is missing');
    expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect(() => statSync(join(dir, 'out.docx'))).toThrow();
  });

  it('an integer JSON rounds is named as the file wrote it, in a draft file and in a bare assessment', () => {
    const dir = mkdtempSync(join(tmp, 'big-'));
    const big = (a: unknown) => JSON.stringify(a).replace('"assigned":12', '"assigned":9007199254740993');
    const draft = EXAMPLE_DRAFTS.find((d) => d.id === 'staff-annual-pack')?.input as { assessment: unknown };
    for (const [name, text] of [
      ['draft.json', big(draft)],
      ['bare.json', big(draft.assessment)],
    ] as const) {
      writeFileSync(join(dir, name), text);
      expect(text).toContain('9007199254740993');
      const r = run('document', join(dir, name), '--format', 'docx', '-o', join(dir, `${name}.docx`));
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('- tasks.assigned: không được vượt quá 9007199254740991 (nhận 9007199254740993)');
      expect(r.stderr).toContain('(got 9007199254740993)');
      expect(r.stderr).not.toContain('9007199254740992');
    }
  });

  it('a bad date or an unknown wrapper key is refused the same way', async () => {
    const dir = mkdtempSync(join(tmp, 'date-'));
    for (const [extra, message] of [
      [{ date: '2026-02-31' }, '- date: ngày không có thật trên lịch / the date does not exist in the calendar'],
      [{ date: '5/7/2026' }, '- date: ngày phải có dạng YYYY-MM-DD / dates look like YYYY-MM-DD'],
      [{ place: 5 }, '- place: phải là một chuỗi ký tự (nhận 5) / must be a string (got 5)'],
      [{ tasklist: [] }, '- tasklist: trường không có trong định dạng'],
    ] as const) {
      const file = join(dir, 'draft.json');
      writeFileSync(file, JSON.stringify({ ...quarterly(), ...extra }));
      const r = await call(file, '--format', 'docx', '-o', join(dir, 'out.docx'));
      expect(r.code, JSON.stringify(extra)).toBe(2);
      expect(r.err).toContain(message);
      expect(() => statSync(join(dir, 'out.docx'))).toThrow();
    }
  });

  it('never writes onto the input draft, by any name of it, even with --force', async () => {
    const dir = mkdtempSync(join(tmp, 'self-'));
    const file = join(dir, 'copy.json');
    const text = JSON.stringify(quarterly());
    writeFileSync(file, text);
    symlinkSync(file, join(dir, 'link.json'));
    mkdirSync(join(dir, 'sub'));
    for (const target of [file, join(dir, 'sub', '..', 'copy.json'), join(dir, 'link.json')]) {
      for (const force of [[], ['--force']]) {
        const r = await call(file, '--format', 'docx', '-o', target, ...force);
        expect(r.code, target).toBe(2);
        expect(r.err).toContain(
          'không ghi bản Word đè lên chính tệp đầu vào / will not write the Word file over the input file',
        );
      }
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses to replace an existing file unless --force; the default name lands beside the input', async () => {
    const dir = mkdtempSync(join(tmp, 'force-'));
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(quarterly()));
    const other = join(dir, 'keep.docx');
    writeFileSync(other, 'mine');
    const refused = await call(file, '--format', 'docx', '-o', other);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `tệp "${other}" đã có; thêm --force để ghi đè / file "${other}" already exists; add --force`,
    );
    expect(readFileSync(other, 'utf8')).toBe('mine');
    const forced = await call(file, '--format', 'docx', '-o', other, '--force');
    expect(forced.code).toBe(0);
    expect(statSync(other).size).toBeGreaterThan(5_000);
    const first = await call(file, '--format', 'docx');
    expect(first.code).toBe(0);
    expect(first.out).toBe(join(dir, 'Bản tự đánh giá Quý 2 Năm 2026 - Đỗ Thu Trang.docx'));
    const again = await call(file, '--format', 'docx');
    expect(again.code).toBe(2);
    expect(again.err).toContain('add --force to overwrite it');
    expect((await call(file, '--format', 'docx', '--force')).code).toBe(0);
    expect((await call(file, '--format', 'docx', '--force=yes')).code).toBe(2);
  });
});

describe('tusoi document with quarters', () => {
  it('an annual assessment with its quarters ({assessment, quarters}): the .docx carries the year (Q26-35)', async () => {
    const q = (n: number, unfinished = false) =>
      quarter({
        period: { year: 2026, quarter: n },
        ...(unfinished
          ? { taskList: [task(65, [100, 100, 100, 100]), task(5, [100, 100, 100, 100], { completed: false })] }
          : {}),
      });
    const file = join(tmp, 'year.json');
    writeFileSync(
      file,
      JSON.stringify({
        assessment: { ...make('staff', 30, 68, [20, 20, 20, 8, 0]), period: { year: 2026 } },
        quarters: [q(1), q(2, true), q(3, true)],
      }),
    );
    const out = join(tmp, 'year.docx');
    const err: string[] = [];
    const code = await documentCommand(
      [file, '--format', 'docx', '-o', out],
      () => {},
      (s) => err.push(s),
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const xml = (await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    expect(xml).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
  });

  const docXml = async (path: string) =>
    (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string')) ?? '';
  const q = (n: number, unfinished = false) =>
    quarter({
      period: { year: 2026, quarter: n },
      ...(unfinished
        ? { taskList: [task(65, [100, 100, 100, 100]), task(5, [100, 100, 100, 100], { completed: false })] }
        : {}),
    });
  const annual = { ...make('staff', 30, 68, [20, 20, 20, 8, 0]), format: 'tusoi.assessment/2', period: { year: 2026 } };
  const files = [q(1), q(2, true), q(3, true)];
  const written = files.map((x) => quarterSummary(x.period.quarter as number, classify(x)));

  it('an annual file carrying its quarters (assessment.quarters): the same year section as {assessment, quarters}', async () => {
    const dir = mkdtempSync(join(tmp, 'embedded-'));
    const inside = join(dir, 'inside.json');
    const beside = join(dir, 'beside.json');
    writeFileSync(inside, JSON.stringify({ ...annual, quarters: written }));
    writeFileSync(beside, JSON.stringify({ assessment: annual, quarters: files }));
    const r = run('document', inside, '--format', 'docx', '-o', join(dir, 'inside.docx'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(run('document', beside, '--format', 'docx', '-o', join(dir, 'beside.docx')).code).toBe(0);
    const xml = await docXml(join(dir, 'inside.docx'));
    expect(xml).toContain('Kết quả xếp loại cả năm theo các quý');
    for (const level of ['Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', 'Không hoàn thành nhiệm vụ (KHTNV)', '97,6'])
      expect(xml).toContain(level);
    expect(xml).toContain('Mức theo quy định: Hoàn thành tốt nhiệm vụ (HTTNV); tổng điểm 98.');
    expect(xml).toContain('Quý 2, 3 xếp loại Không hoàn thành nhiệm vụ');
    expect(xml).toContain('Không hoàn thành nhiệm vụ từ 02 quý liên tiếp (quý 2 và 3)');
    expect(xml).toContain('(Q26-36).');
    // The section of both forms, word for word (the body from its heading to part II).
    const yearPart = (x: string) =>
      x.slice(x.indexOf('Kết quả xếp loại cả năm theo các quý'), x.indexOf('II. Đề xuất xếp loại mức chất lượng'));
    expect(yearPart(xml).length).toBeGreaterThan(500);
    expect(yearPart(xml)).toBe(yearPart(await docXml(join(dir, 'beside.docx'))));
  });

  it('quarters that cannot be read exit 2, naming the path in both languages, and write no document', () => {
    const dir = mkdtempSync(join(tmp, 'bad-quarters-'));
    const first = written[0] as (typeof written)[number];
    for (const [content, path] of [
      [
        { ...annual, quarters: [first, { ...first }] },
        '- quarters[1].quarter: quý 1 bị trùng / quarter 1 is given twice',
      ],
      [{ ...annual, quarters: [{ quarter: 'hai', level: 'HTXSNV' }] }, '- quarters[0].quarter: '],
      [{ ...annual, quarters: 'Q1 HTXSNV' }, '- quarters: '],
      [{ assessment: annual, quarters: [files[0], 'q2.json'] }, '- quarters[1]: '],
    ] as const) {
      const file = join(dir, 'year.json');
      writeFileSync(file, JSON.stringify(content));
      const r = run('document', file, '--format', 'docx');
      expect(r.code, JSON.stringify(content)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Dữ liệu không hợp lệ / Invalid input');
      expect(r.stderr).toContain(path);
      expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
      expect(readdirSync(dir)).toEqual(['year.json']);
    }
  });
});
