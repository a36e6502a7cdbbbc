#!/usr/bin/env node
// The `tusoi` command (spec §5): results on stdout and exit 0, or exit 2 with the problems on
// stderr (bilingual text, or JSON with `--errors json`) and nothing on stdout. `classify --batch`
// keeps going past a bad input: one tusoi.batch/1 line per input, exit 2 if any was bad. The only module
// of rubric-core that does I/O. Conventions of jq and csvkit: `-` is stdin, NDJSON for batches.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ClassifyOptions, classify } from './classify.js';
import { cohortFromCsv, csvRateCell, type DecodedText, decodeCsv, itemsFromCsv } from './csv.js';
import { formatIssues, type InputIssue, MAX_PRINTED_ISSUES, TusoiInputError } from './errors.js';
import { indicatorCatalogue, parseCatalogueFile } from './indicators/catalogue.js';
import type { Lang, Message } from './message.js';
import { BUILTIN_PACKS, builtinPack } from './packs/builtin.js';
import { packCriteria } from './packs/compute.js';
import { type Pack, parsePack } from './packs/pack.js';
import { BUILTIN_PACKS_2, builtinPack2 } from './packs/quarterly-builtin.js';
import { PACK2_FORMAT, type Pack2, parsePack2 } from './packs/quarterly-pack.js';
import { applyQuota, QUOTA_DENOMINATORS, type QuotaDenominator } from './quota.js';
import { inexactIntegers, withRawNumbers } from './raw-numbers.js';
import { applyQuarterQuota } from './rulesets/q2026/quota.js';
import { BATCH_FORMAT } from './schemas/batch.js';
import { type Cohort, type CohortResult, QUOTA_RATES } from './schemas/cohort.js';
import type { Result } from './schemas/result.js';
import { cohortResultLines, formatResult } from './text.js';
import { parseAssessment } from './validate.js';
import { VERSION } from './version.js';
import { classifyYear } from './year.js';

const USAGE = `Cách dùng / Usage:
  tusoi classify FILE|- [--pack FILE|ID] [--text] [--lang vi|en] [--nested true|false] [--bands cascade|strict]
                        [--gap discretion|KHTNV] [--mitigation discretion|none|waive] [--targets any|all]
                        [--head-cap rank|score|off] [--safety-gate true|false]
  tusoi classify --batch FILE.ndjson|FOLDER|-   (NDJSON, one tusoi.batch/1 line per input:
                        {format, source, result} or {format, source, issues}; exit 2 if any input is bad;
                        with --errors json the issues lines go to stderr, stdout keeps only results)
  tusoi year FILE… [--pack FILE|ID] [--text] [--lang vi|en] [--year-mode no-average|mean] [--q4 integrated|rated]
                   [--head-cap rank|score|off] [--khtnv-quarter all|managers|off] [--safety-gate true|false]
  tusoi cohort FILE.json|FILE.csv|- [--rate 0.2|0.25] [--rounding floor|half-up] [--denominator httnv|httnv-or-better]
                   [--quarter] [--text] [--lang vi|en]
                   (--rate, --rounding, --denominator: mặc định cho chi bộ / tệp không tự ghi; tệp ghi khác thì
                    báo lỗi rate-conflict, rounding-conflict, denominator-conflict / defaults for groups and files
                    that state none; a file stating another value is an error. --denominator: tỉ lệ tính trên số
                    HTTNV (httnv, mặc định) hay số HTTNV và HTXSNV (httnv-or-better, "tốt trở lên"; Q26-25) / what
                    the rate is a share of: HTTNV (default) or HTTNV and HTXSNV together. --quarter hoặc "period":
                    "quarter" trong tệp: tỉ lệ của quý (q2026 Q26-25, làm tròn half-up) thay cho cả năm (qd366
                    R366-13, floor) / the quarter's quota instead of the annual one)
  tusoi pack validate FILE|-
  tusoi pack list [--json]
  tusoi pack show ID       (in JSON của bảng dựng sẵn, tusoi.pack/1 hoặc /2, để chép và thêm thiết lập /
                            prints a built-in pack's JSON, to copy and add settings to)
  tusoi indicators [--group I|II|III] [--lang vi|en] [--json] [--catalogue FILE]
  tusoi items-from-csv FILE|- --pack FILE|ID
  tusoi document FILE --format docx [-o OUT] [--force]
  tusoi --version | --help
Mọi lệnh / every command: [--errors text|json] [--max-errors N] (mặc định / default ${MAX_PRINTED_ISSUES})
Mã thoát / exit codes: 0 xong / done; 2 dữ liệu hoặc tuỳ chọn sai, không in gì ra stdout (trừ --batch: các mục tốt
vẫn được in) / bad input or options, nothing on stdout (except --batch: the good inputs are still printed).
Bên đọc dừng sớm (| head): dừng lặng lẽ, mã 0 / the reader stops early (| head): a quiet stop, exit 0.`;

/** A command-line mistake: its message in Vietnamese and English. */
class UsageError extends Error {
  readonly text: Message;
  constructor(vi: string, en: string) {
    super(en);
    this.text = { vi, en };
  }
}

/** Where output goes: `write` resolves once the text is handed on (waits while the pipe is full). */
interface Io {
  readonly write: (s: string) => void | Promise<void>;
  readonly err: (s: string) => void;
  /** Bytes of standard input (read only when a file is `-`). */
  readonly stdin: () => Uint8Array;
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

const GLOBAL: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  errors: { type: 'string' },
  'max-errors': { type: 'string' },
  lang: { type: 'string' },
};

type Values = Readonly<Record<string, string | boolean | undefined>>;

interface Context {
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly lang: Lang;
  readonly io: Io;
}

interface Command {
  readonly options: Record<string, OptionSpec>;
  /** How many file arguments the command takes (`many`: one or more). */
  readonly files: 0 | 1 | 'many';
  run(ctx: Context): Promise<void> | void;
}

const s = (type: 'string' | 'boolean'): OptionSpec => ({ type });

/** The options of the quarterly review (tusoi year, and classify for a quarter or a year with quarters). */
const QUARTER_OPTIONS: Record<string, OptionSpec> = {
  'year-mode': s('string'),
  q4: s('string'),
  'head-cap': s('string'),
  'khtnv-quarter': s('string'),
  'safety-gate': s('string'),
};

/** The commands, by name ("pack validate" is two words). Add a command by adding an entry. */
const COMMANDS: Record<string, Command> = {
  classify: {
    options: {
      pack: s('string'),
      text: s('boolean'),
      nested: s('string'),
      bands: s('string'),
      gap: s('string'),
      mitigation: s('string'),
      targets: s('string'),
      batch: s('boolean'),
      ...QUARTER_OPTIONS,
    },
    files: 1,
    run: runClassify,
  },
  year: {
    options: {
      pack: s('string'),
      text: s('boolean'),
      nested: s('string'),
      bands: s('string'),
      gap: s('string'),
      mitigation: s('string'),
      targets: s('string'),
      ...QUARTER_OPTIONS,
    },
    files: 'many',
    async run({ values, positionals, lang, io }) {
      const { pack, issues } = yearPack(values, io);
      // Each input is named by its file in paths, as classifyYear names it.
      // A bad pack file does not hide the inputs' own problems: one pass, every path naming its file.
      const inputs = positionals.map((file) => {
        try {
          return readJson(file, io, file);
        } catch (e) {
          if (issues.length === 0 || !(e instanceof TusoiInputError)) throw e;
          issues.push(...e.issues.map((issue) => inFile(file, issue)));
          return undefined;
        }
      });
      if (issues.length > 0) {
        positionals.forEach((file, i) => {
          if (inputs[i] === undefined) return;
          try {
            parseAssessment(inputs[i]);
          } catch (e) {
            if (!(e instanceof TusoiInputError)) throw e;
            issues.push(...e.issues.map((issue) => inFile(file, issue)));
          }
        });
        throw new TusoiInputError(issues);
      }
      const options = { ...policyFlags(values), ...quarterFlags(values), ...(pack ? { pack } : {}) };
      const result = classifyYear(inputs, options, [...positionals]);
      await io.write(values.text ? `${formatResult(result, lang)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    },
  },
  cohort: {
    options: {
      text: s('boolean'),
      rounding: s('string'),
      rate: s('string'),
      denominator: s('string'),
      quarter: s('boolean'),
    },
    files: 1,
    run: runCohort,
  },
  'pack validate': {
    options: {},
    files: 1,
    run({ positionals, lang, io }) {
      const json = readJson(positionals[0] as string, io);
      if ((json as { format?: unknown } | null)?.format === PACK2_FORMAT) {
        const p2 = parsePack2(json);
        return io.write(
          lang === 'vi'
            ? `Bảng quý "${p2.id}" hợp lệ: cách tính ${p2.results.mode}, 30 + 70 điểm.\n`
            : `Quarterly pack "${p2.id}" is valid: ${p2.results.mode}, 30 + 70 points.\n`,
        );
      }
      const pack = parsePack(json);
      const n = packCriteria(pack).length;
      return io.write(
        lang === 'vi'
          ? `Bảng "${pack.id}" hợp lệ: ${n} tiêu chí, 30 + 70 điểm.\n`
          : `Pack "${pack.id}" is valid: ${n} criteria, 30 + 70 points.\n`,
      );
    },
  },
  'pack show': {
    options: {},
    files: 1,
    run({ positionals, io }) {
      // The built-in pack as JSON, to copy into a file of one's own and add settings to.
      const id = positionals[0] as string;
      const pack = builtinPack(id) ?? builtinPack2(id);
      if (pack === undefined) {
        const ids = [...BUILTIN_PACKS, ...BUILTIN_PACKS_2].map((p) => p.id).join(', ');
        throw new UsageError(
          `không có bảng dựng sẵn "${id}"; các bảng có: ${ids} (tusoi pack list)`,
          `no built-in pack "${id}"; the built-in packs are: ${ids} (tusoi pack list)`,
        );
      }
      return io.write(`${JSON.stringify(pack, null, 2)}\n`);
    },
  },
  'pack list': {
    options: { json: s('boolean') },
    files: 0,
    run({ values, lang, io }) {
      // Both formats: tusoi.pack/1 (annual, criteria) and tusoi.pack/2 (quarterly, a results mode).
      const list = [
        ...BUILTIN_PACKS.map((p) => ({
          id: p.id,
          format: p.format,
          title: p.title,
          kinds: p.kinds,
          source: p.source,
          criteria: packCriteria(p).length,
        })),
        ...BUILTIN_PACKS_2.map((p) => ({
          id: p.id,
          format: p.format,
          title: p.title,
          kinds: p.kinds,
          source: p.source,
          results: p.results.mode,
        })),
      ];
      if (values.json) return io.write(`${JSON.stringify(list, null, 2)}\n`);
      const lines = list.map((p) => {
        const title = lang === 'en' ? (p.title.en ?? p.title.vi) : p.title.vi;
        const size =
          'criteria' in p
            ? `${p.criteria} ${lang === 'vi' ? 'tiêu chí' : 'criteria'}`
            : `${lang === 'vi' ? 'quý' : 'quarterly'}, ${p.results}`;
        return `${p.id}\t${title}\t(${p.format}; ${p.kinds.join(', ')}; ${size})`;
      });
      return io.write(`${lines.join('\n')}\n`);
    },
  },
  indicators: {
    options: { group: s('string'), json: s('boolean'), catalogue: s('string') },
    files: 0,
    run: ({ values, lang, io }) => io.write(`${indicators(values, lang, io)}\n`),
  },
  'items-from-csv': {
    options: { pack: s('string') },
    files: 1,
    run({ values, positionals, io }) {
      const pack = packFlag(values, io);
      if (pack === undefined) throw new UsageError('cần --pack FILE|ID', '--pack FILE|ID is required');
      const items = itemsFromCsv(readText(positionals[0] as string, io), pack);
      return io.write(`${JSON.stringify({ pack: pack.id, items }, null, 2)}\n`);
    },
  },
};

/** Reads a file's bytes (`-`: standard input). */
function readBytes(file: string, io: Io): Uint8Array {
  if (file === '-') return io.stdin();
  try {
    return readFileSync(file);
  } catch (error) {
    throw new TusoiInputError([fileIssue(file, error as NodeJS.ErrnoException)]);
  }
}

/** A file's text: UTF-8, UTF-16 with a BOM, or Windows-1258 when clearly Vietnamese (said on stderr). */
function readText(file: string, io: Io): string {
  let decoded: DecodedText;
  try {
    decoded = decodeCsv(readBytes(file, io));
  } catch (error) {
    if (error instanceof TusoiInputError) {
      throw new TusoiInputError(error.issues.map((i) => ({ ...i, path: i.path === '' ? filePath(file) : i.path })));
    }
    throw error;
  }
  if (decoded.encoding === 'windows-1258') {
    const message = {
      vi: `Lưu ý: đã đọc ${fileLabel(file)} theo bảng mã Windows-1258 (tiếng Việt cũ của Excel); nên lưu lại dạng "CSV UTF-8".`,
      en: `Note: read ${fileLabel(file)} as Windows-1258 (legacy Vietnamese Excel); better save it as "CSV UTF-8".`,
    };
    // With --errors json stderr stays one JSON document: the notice goes into it (see main).
    if (errorsAsJson) notices.push({ code: 'encoding-windows-1258', message });
    else io.err(`${message.vi} / ${message.en}`);
  }
  return decoded.text;
}

/** Set by main from `--errors json`: notes on stderr are then JSON too. */
let errorsAsJson = false;
/** Notes for stderr under `--errors json` (a file read as Windows-1258), written with the issues or alone at the end. */
let notices: { code: string; message: Message }[] = [];
/** Set by main from `--max-errors`. */
let maxIssues = MAX_PRINTED_ISSUES;

const fileLabel = (file: string) => (file === '-' ? 'stdin' : `"${file}"`);
/** A file as an issue's path: its name as given, no quotes (`stdin` for `-`). */
const filePath = (file: string) => (file === '-' ? 'stdin' : file);

/** "file NAME" in each language. */
const fileWhere = (file: string): Message => ({ vi: `tệp ${fileLabel(file)}`, en: `file ${fileLabel(file)}` });

/** Why a file cannot be read, in each language (the common causes; else the system's words). */
function fileIssue(file: string, error: NodeJS.ErrnoException): InputIssue {
  const causes: Record<string, Message> = {
    ENOENT: { vi: 'không có tệp này', en: 'no such file' },
    EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
    EPERM: { vi: 'không có quyền đọc', en: 'permission denied' },
    EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'it is a folder, not a file' },
  };
  const cause = causes[error.code ?? ''] ?? { vi: error.message, en: error.message };
  return {
    code: 'file',
    path: filePath(file),
    message: {
      vi: `không đọc được tệp "${file}": ${cause.vi}`,
      en: `cannot read file "${file}": ${cause.en}`,
    },
  };
}

/** A strict parseArgs error in both languages, naming the option (Node's own text is English only). */
function optionError(
  error: Error & { code?: string },
  name: string,
  command: Command | undefined,
  argv: readonly string[],
): UsageError {
  const option = /'(-{1,2}[^' =]+)/.exec(error.message)?.[1] ?? '';
  const known = Object.keys({ ...command?.options, ...GLOBAL })
    .map((o) => `--${o}`)
    .join(', ');
  const who = name === '' ? { vi: '"tusoi"', en: '"tusoi"' } : { vi: `lệnh "${name}"`, en: `"${name}"` };
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(
        `${who.vi} không có tuỳ chọn ${option} (có: ${known})`,
        `${who.en} has no option ${option} (it has: ${known})`,
      );
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/does not take an argument/.test(error.message))
        return new UsageError(
          `${option} là cờ bật, không nhận giá trị: bỏ "=…" (có cờ là bật, không có là tắt)`,
          `${option} is a flag and takes no value: drop "=…" (present means on, absent off)`,
        );
      // "--max-errors -1": the value is there, but reads as an option; name it.
      const next = argv[argv.indexOf(option) + 1];
      if (next !== undefined && /^-\d/.test(next))
        return new UsageError(
          `${option} không nhận "${next}"${option === '--max-errors' ? ': cần một số nguyên từ 0 trở lên' : ''}`,
          `${option} does not take "${next}"${option === '--max-errors' ? ': it takes a whole number, 0 or more' : ''}`,
        );
      return new UsageError(`${option} cần một giá trị`, `${option} needs a value`);
    }
    default:
      return new UsageError(`tuỳ chọn không hợp lệ: ${error.message}`, `invalid option: ${error.message}`);
  }
}

/** An option given twice is a mistake to name, not a silent "the last one wins". */
function repeatedOption(tokens: readonly { kind: string; name?: string; rawName?: string }[]): UsageError | null {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    if (seen.has(t.name))
      return new UsageError(
        `tuỳ chọn --${t.name} được ghi hai lần: giữ một`,
        `option --${t.name} is given twice: keep one`,
      );
    seen.add(t.name);
  }
  return null;
}

/** Standard input can be read once: `classify - --pack -` is refused rather than read twice. */
function stdinTwice(positionals: readonly string[], values: Values): UsageError | null {
  const uses = [
    ...positionals.filter((p) => p === '-').map(() => 'FILE'),
    ...['pack', 'catalogue'].filter((o) => values[o] === '-').map((o) => `--${o}`),
  ];
  if (uses.length < 2) return null;
  return new UsageError(
    `chỉ đọc được stdin (-) một lần, nhưng ${uses.join(' và ')} cùng là "-": đưa một trong số đó bằng tên tệp`,
    `standard input (-) can be read once, but ${uses.join(' and ')} are all "-": give one of them as a file`,
  );
}

/**
 * The JSON texts read by the running command, each with the name its issues' paths give it: an
 * integer JSON rounded is then shown in an issue as the file wrote it (see raw-numbers.ts). The
 * texts are scanned only when an issue is printed, so valid input costs nothing.
 */
let rawSources: { prefix: string; text: string }[] = [];

/** A message that may show a rounded integer: 16 digits or more, or an exponent (1e+21). */
const ROUNDED = /\d{16}|\de\+\d/;

/** Issues with each rounded integer shown as written in its file. */
function asWritten(issues: readonly InputIssue[]): readonly InputIssue[] {
  if (!issues.some((i) => ROUNDED.test(i.message.en))) return issues;
  return rawSources.reduce<readonly InputIssue[]>(
    (out, s) => withRawNumbers(out, inexactIntegers(s.text), s.prefix),
    issues,
  );
}

/** An issue of a file's content, its path prefixed with the file's name (`bad.json.title.vi`). */
function inFile(file: string, issue: InputIssue): InputIssue {
  const name = filePath(file);
  if (issue.path === name || issue.path.startsWith(`${name}.`)) return issue;
  return { ...issue, path: issue.path === '' ? name : `${name}.${issue.path}` };
}

/** JSON text as a value; `prefix` is how issue paths name this text (empty: the input itself). */
function parseJson(text: string, where: Message, prefix = ''): unknown {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ''));
    rawSources.push({ prefix, text });
    return value;
  } catch (error) {
    throw new TusoiInputError([
      {
        code: 'json',
        path: '',
        message: {
          vi: `${where.vi} không phải JSON hợp lệ (${(error as Error).message})`,
          en: `${where.en} is not valid JSON: ${(error as Error).message}`,
        },
      },
    ]);
  }
}

function readJson(file: string, io: Io, prefix = ''): unknown {
  return parseJson(readText(file, io), fileWhere(file), prefix);
}

/** Whether a text is NDJSON: two or more lines, each one JSON value. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    for (const l of lines) JSON.parse(l);
  } catch {
    return false;
  }
  return true;
}

/** One assessment for `classify`; an NDJSON file given without --batch is named as such, with the flag to use. */
function readAssessmentJson(file: string, io: Io): unknown {
  const text = readText(file, io);
  try {
    return parseJson(text, fileWhere(file));
  } catch (error) {
    if (!(error instanceof TusoiInputError) || !looksLikeNdjson(text)) throw error;
    const issue = error.issues[0] as InputIssue;
    throw new TusoiInputError([
      {
        ...issue,
        message: {
          vi: `${issue.message.vi}; tệp có nhiều dòng JSON (NDJSON): dùng "tusoi classify --batch ${file}"`,
          en: `${issue.message.en}; the file holds several JSON lines (NDJSON): use "tusoi classify --batch ${file}"`,
        },
      },
    ]);
  }
}

function oneOf(values: Values, name: string, allowed: readonly string[]): string | undefined {
  const value = values[name] as string | undefined;
  if (value !== undefined && !allowed.includes(value))
    throw new UsageError(
      `--${name} nhận ${allowed.join(' | ')} (nhận "${value}")`,
      `--${name} takes ${allowed.join(' | ')} (got "${value}")`,
    );
  return value;
}

function policyFlags(values: Values): ClassifyOptions {
  const options: Record<string, string | boolean> = {};
  // Values are checked by classify's own option schema (PolicyOptionsSchema), which names them.
  for (const key of ['bands', 'gap', 'mitigation', 'targets']) {
    const value = values[key];
    if (typeof value === 'string') options[key] = value;
  }
  const nested = oneOf(values, 'nested', ['true', 'false']);
  if (nested !== undefined) options.nested = nested === 'true';
  return options as ClassifyOptions;
}

function packFlag(values: Values, io: Io): Pack | undefined {
  const ref = values.pack as string | undefined;
  if (ref === undefined) return undefined;
  return builtinPack(ref) ?? parsePack(readJson(ref, io));
}

/**
 * --pack for classify and year: a tusoi.pack/1 or /2, built-in id or file. With `asOption`, a file
 * that is not a valid pack is handed to classify as it is, which reports its problems (paths
 * `options.pack.…`) together with the assessment's own, in one pass.
 */
function anyPackFlag(values: Values, io: Io, asOption = false): Pack | Pack2 | undefined {
  const ref = values.pack as string | undefined;
  if (ref === undefined) return undefined;
  const builtin = builtinPack(ref) ?? builtinPack2(ref);
  if (builtin !== undefined) return builtin;
  const json = readJson(ref, io, asOption ? 'options.pack' : '');
  const parse = () =>
    (json as { format?: unknown } | null)?.format === PACK2_FORMAT ? parsePack2(json) : parsePack(json);
  if (!asOption) return parse();
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    return json as Pack;
  }
}

/**
 * --pack for year: like classify's, but the pack's problems come back (not thrown) with paths that
 * name the pack file, as the input files are named, so that the inputs can still be checked.
 */
function yearPack(values: Values, io: Io): { pack: Pack | Pack2 | undefined; issues: InputIssue[] } {
  const ref = values.pack as string | undefined;
  if (ref === undefined || builtinPack(ref) !== undefined || builtinPack2(ref) !== undefined)
    return { pack: anyPackFlag(values, io), issues: [] };
  try {
    const json = readJson(ref, io, filePath(ref));
    const pack = (json as { format?: unknown } | null)?.format === PACK2_FORMAT ? parsePack2(json) : parsePack(json);
    return { pack, issues: [] };
  } catch (e) {
    if (!(e instanceof TusoiInputError)) throw e;
    return { pack: undefined, issues: e.issues.map((issue) => inFile(ref, issue)) };
  }
}

const QUARTER_FLAGS = [
  ['year-mode', 'yearMode', ['no-average', 'mean']],
  ['q4', 'q4', ['integrated', 'rated']],
  ['head-cap', 'headCap', ['rank', 'score', 'off']],
  ['khtnv-quarter', 'khtnvQuarter', ['all', 'managers', 'off']],
] as const;

function quarterFlags(values: Values): ClassifyOptions {
  const options: Record<string, string> = {};
  for (const [flag, key, allowed] of QUARTER_FLAGS) {
    const value = oneOf(values, flag, allowed);
    if (value !== undefined) options[key] = value;
  }
  // Q26-41 (grade X): off unless asked; `true|false` like --nested. An assessment states no policy, so
  // the flag is the only source besides the library default.
  const gate = oneOf(values, 'safety-gate', ['true', 'false']);
  return (gate === undefined ? options : { ...options, safetyGate: gate === 'true' }) as ClassifyOptions;
}

function indicators(values: Values, lang: Lang, io: Io): string {
  const group = oneOf(values, 'group', ['I', 'II', 'III']);
  const file = values.catalogue as string | undefined;
  const files = file === undefined ? [] : [parseCatalogueFile(readJson(file, io))];
  const list = indicatorCatalogue(files).filter((i) => group === undefined || i.group === group);
  if (values.json) return JSON.stringify(list, null, 2);
  return list
    .map((i) => {
      const text = lang === 'vi' ? (i.textVi ?? `— (${i.topicVi})`) : i.glossEn;
      const mark = i.verified ? '' : ` [${i.label[lang]}]`;
      return `${i.id}. ${text}${mark}`;
    })
    .join('\n');
}

async function runClassify({ values, positionals, lang, io }: Context): Promise<void> {
  const pack = anyPackFlag(values, io, true);
  const options: ClassifyOptions = { ...policyFlags(values), ...quarterFlags(values), ...(pack ? { pack } : {}) };
  const file = positionals[0] as string;
  if (values.batch && values.text)
    throw new UsageError(
      '--text không dùng được với --batch (lô ghi NDJSON, mỗi dòng một kết quả)',
      '--text does not apply to --batch (a batch writes NDJSON, one result a line)',
    );
  if (!values.batch) {
    const result = classify(readAssessmentJson(file, io), options);
    await io.write(values.text ? `${formatResult(result, lang)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  // Batch (tusoi.batch/1): one line per input, in order; a bad input is a line with its issues, not
  // a stop. With --errors json the issue lines go to stderr, so stdout holds only results.
  let failed = 0;
  let count = 0;
  for (const { source, read } of batchInputs(file, io)) {
    count++;
    let result: Result;
    // Only this input's numbers (and the pack's, read once before) are shown as written.
    rawSources = rawSources.filter((s) => s.prefix === 'options.pack');
    try {
      result = classify(read(), options);
    } catch (error) {
      if (!(error instanceof TusoiInputError)) throw error;
      failed++;
      const issues = asWritten(error.issues);
      const line = JSON.stringify({ format: BATCH_FORMAT, source, issues });
      if (errorsAsJson) io.err(line);
      else {
        await io.write(`${line}\n`);
        io.err(`${source}: ${formatIssues(issues, maxIssues)}`);
      }
      continue;
    }
    await io.write(`${JSON.stringify({ format: BATCH_FORMAT, source, result })}\n`);
  }
  if (count === 0) {
    const message = {
      vi: `Lưu ý: ${fileLabel(file)} không có đầu vào nào (tệp rỗng hoặc thư mục không có tệp .json); không có gì để xếp loại.`,
      en: `Note: ${fileLabel(file)} holds no input (an empty file, or a folder with no .json file); nothing to classify.`,
    };
    if (errorsAsJson) notices.push({ code: 'batch-empty', message });
    else io.err(`${message.vi} / ${message.en}`);
  }
  if (failed > 0) {
    if (!errorsAsJson)
      io.err(
        `${failed}/${count} mục không hợp lệ (xem "issues") / ${failed} of ${count} inputs invalid (see "issues")`,
      );
    throw new BatchFailed();
  }
}

class BatchFailed extends Error {}

/** The inputs of a batch: every *.json of a folder (by name), or the lines of an NDJSON file. */
function* batchInputs(file: string, io: Io): Generator<{ source: string; read: () => unknown }> {
  if (file !== '-' && isFolder(file)) {
    const names = readdirSync(file)
      .filter((n) => n.toLowerCase().endsWith('.json'))
      .sort();
    for (const name of names) yield { source: name, read: () => readJson(join(file, name), io) };
    return;
  }
  const lines = readText(file, io).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.trim() === '') continue;
    const source = `line ${i + 1}`;
    yield { source, read: () => parseJson(text, { vi: `dòng ${i + 1}`, en: `line ${i + 1}` }) };
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function runCohort({ values, positionals, lang, io }: Context): Promise<void> {
  const file = positionals[0] as string;
  const rounding = oneOf(values, 'rounding', ['floor', 'half-up']) as 'floor' | 'half-up' | undefined;
  // What the rate is a share of (Q26-25); the library's option, unset unless asked, so its defaults and
  // the file's own `denominator` decide as they do without the CLI.
  const denominator = oneOf(values, 'denominator', QUOTA_DENOMINATORS) as QuotaDenominator | undefined;
  const rawRate = values.rate as string | undefined;
  const rate = rawRate === undefined ? undefined : QUOTA_RATES.find((r) => r === Number(rawRate.replace(',', '.')));
  if (rawRate !== undefined && rate === undefined)
    throw new UsageError(
      `--rate nhận 0.2 hoặc 0.25 (Điều 11 khoản 1.5; nhận "${rawRate}")`,
      `--rate takes 0.2 or 0.25 (Điều 11 khoản 1.5; got "${rawRate}")`,
    );
  // A spreadsheet saved as CSV is read as the party cell's list (cohortFromCsv); stdin is sniffed.
  const text = readText(file, io);
  const csv = /\.csv$/i.test(file) || (file === '-' && !/^\s*[{[]/.test(text));
  const cohort = csv ? cohortFromCsv(text) : parseJson(text, fileWhere(file));
  let result: CohortResult;
  try {
    // A quarter's cohort gets the quarter's quota (Q26-25: half-up, rank by q26), a year's the annual one.
    const period = (cohort as { period?: unknown } | null)?.period;
    if (values.quarter === true && period === 'year')
      throw new UsageError(
        'tệp ghi period "year" (tỉ lệ cả năm) nhưng có --quarter: bỏ một trong hai',
        'the file states period "year" (the annual quota) but --quarter is given: drop one of them',
      );
    const quarter = values.quarter === true || period === 'quarter';
    const options = {
      ...(rounding ? { rounding } : {}),
      ...(rate ? { rate } : {}),
      ...(denominator ? { denominator } : {}),
    };
    result = quarter ? applyQuarterQuota(cohort, options) : applyQuota(cohort, options);
  } catch (error) {
    if (!csv || !(error instanceof TusoiInputError)) throw error;
    // A rate from the sheet is named by its row and column, as the sheet's other problems are.
    throw new TusoiInputError(
      error.issues.map((i) => {
        const m = /^groups\.(.*)\.rate$/.exec(i.path);
        const cell = m === null ? undefined : csvRateCell(cohort as Cohort, m[1] as string);
        return cell === undefined ? i : { ...i, path: cell };
      }),
    );
  }
  if (values.text) await writeLines(cohortResultLines(result, lang), io);
  else await writeLines(cohortJsonLines(result), io);
}

/** The cohort result as JSON, one member per line, so that it streams. */
function* cohortJsonLines(result: CohortResult): Generator<string> {
  const quota = result.quota === undefined ? '' : `\n  "quota": ${JSON.stringify(result.quota)},`;
  yield `{\n  "format": ${JSON.stringify(result.format)},\n  "ruleset": ${JSON.stringify(result.ruleset)},\n  "version": ${JSON.stringify(result.version)},${quota}\n  "members": [`;
  const members = result.members;
  // Members of a group share one reason object: serialise it once, not a million times.
  const reasons = new Map<object, string>();
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as CohortResult['members'][number];
    const comma = i < members.length - 1 ? ',' : '';
    if (m.reason === undefined) {
      yield `    ${JSON.stringify(m)}${comma}`;
      continue;
    }
    let reason = reasons.get(m.reason);
    if (reason === undefined) {
      reason = JSON.stringify(m.reason);
      reasons.set(m.reason, reason);
    }
    const { reason: _, ...rest } = m;
    yield `    ${JSON.stringify(rest).slice(0, -1)},"reason":${reason}}${comma}`;
  }
  yield `  ],\n  "groups": ${JSON.stringify(result.groups, null, 2).replace(/\n/g, '\n  ')}\n}`;
}

/** Writes lines in chunks of about 1 MB, waiting whenever the output asks to. */
async function writeLines(lines: Iterable<string>, io: Io): Promise<void> {
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      await io.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await io.write(chunk);
}

function printIssues(issues: readonly InputIssue[], json: boolean, max: number, io: Io): void {
  if (!json) {
    io.err(formatIssues(issues, max));
    return;
  }
  const shown = issues.slice(0, max);
  const notes = notices.length > 0 ? { notices } : {};
  notices = [];
  io.err(JSON.stringify({ issues: shown, total: issues.length, omitted: issues.length - shown.length, ...notes }));
}

/** Finds the command: the first one or two positionals ("pack validate"). */
function commandOf(positionals: readonly string[]): { name: string; rest: string[] } {
  const two = `${positionals[0]} ${positionals[1]}`;
  if (COMMANDS[two]) return { name: two, rest: positionals.slice(2) };
  return { name: positionals[0] ?? '', rest: positionals.slice(1) };
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // A first, lenient look finds the command (and --errors), whose options then parse strictly.
  const loose = parseArgs({ args: [...argv], options: GLOBAL, strict: false, allowPositionals: true });
  const json = loose.values.errors === 'json';
  errorsAsJson = json;
  notices = [];
  rawSources = [];
  const maxRaw = loose.values['max-errors'];
  const max = typeof maxRaw === 'string' && /^\d+$/.test(maxRaw) ? Number(maxRaw) : MAX_PRINTED_ISSUES;
  maxIssues = max;
  try {
    const words = loose.positionals.filter((p) => !p.startsWith('-') || p === '-');
    const { name } = commandOf(words);
    const command = COMMANDS[name];
    if (name === 'pack')
      throw new UsageError(
        `lệnh "pack" cần "list" hoặc "validate" (nhận ${words[1] === undefined ? 'không có gì' : `"${words[1]}"`})`,
        `"pack" takes "list" or "validate" (got ${words[1] === undefined ? 'nothing' : `"${words[1]}"`})`,
      );
    if (name !== '' && command === undefined)
      throw new UsageError(`không có lệnh "${name}"`, `unknown command "${name}"`);
    // Strict parsing before anything is printed: `--version --bogus` is an error, not a version.
    let parsed: ReturnType<typeof parseArgs> & { tokens?: { kind: string; name?: string }[] };
    try {
      parsed = parseArgs({
        args: [...argv],
        options: { ...GLOBAL, ...command?.options },
        strict: true,
        allowPositionals: true,
        tokens: true,
      });
    } catch (error) {
      throw optionError(error as Error & { code?: string }, name, command, argv);
    }
    const repeated = repeatedOption(parsed.tokens ?? []);
    if (repeated !== null) throw repeated;
    const values = parsed.values as Values; // no option is `multiple`
    if (values.version === true) {
      await io.write(`${VERSION}\n`);
      return 0;
    }
    if (values.help === true) {
      await io.write(`${USAGE}\n`);
      return 0;
    }
    if (command === undefined) {
      io.err(USAGE); // no command: usage on stderr, exit 2 (like jq, csvkit)
      return 2;
    }
    oneOf(values, 'errors', ['text', 'json']);
    if (maxRaw !== undefined && !/^\d+$/.test(String(maxRaw)))
      throw new UsageError('--max-errors nhận một số nguyên', '--max-errors takes a whole number');
    const lang = (oneOf(values, 'lang', ['vi', 'en']) ?? 'vi') as Lang;
    const { rest } = commandOf(parsed.positionals);
    const files = command.files === 'many' ? Math.max(1, rest.length) : command.files;
    if (rest.length < files) throw new UsageError('thiếu tên tệp (FILE)', 'FILE is missing');
    if (rest.length > files) {
      const extra = rest.slice(files).join(' ');
      throw new UsageError(`thừa đối số: ${extra}`, `extra arguments: ${extra}`);
    }
    const twice = stdinTwice(rest, values);
    if (twice !== null) throw twice;
    await command.run({ values, positionals: rest, lang, io });
    if (notices.length > 0) io.err(JSON.stringify({ notices }));
    notices = [];
    return 0;
  } catch (error) {
    if (error instanceof BatchFailed) return 2;
    if (error instanceof TusoiInputError) printIssues(asWritten(error.issues), json, max, io);
    else if (error instanceof UsageError) {
      if (json) printIssues([{ code: 'usage', path: '', message: error.text }], true, max, io);
      else io.err(`${error.text.vi} / ${error.text.en}\n${USAGE}`);
    } else throw error;
    return 2;
  }
}

function stdoutWrite(text: string): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** What `tusoi document` says when the optional peer dependency docx is not installed. */
const DOCX_MISSING: Message = {
  vi: 'Lệnh "tusoi document" cần gói docx (phụ thuộc tuỳ chọn, không tự cài): chạy "npm install docx@^9.7.1" rồi thử lại.',
  en: '"tusoi document" needs the docx package (an optional peer dependency, not installed by default): run "npm install docx@^9.7.1" and try again.',
};

const isMissingDocx = (error: NodeJS.ErrnoException) =>
  error?.code === 'ERR_MODULE_NOT_FOUND' && /['"]docx['"]/.test(error.message);

/**
 * The reader stopped early (`tusoi cohort big.csv | head -1`): nobody is left to read the rest or an
 * error, so stop quietly with exit 0, as a pipeline's reader asked, instead of an unhandled EPIPE.
 */
function stopWhenPipeCloses(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}
process.stdout.on('error', stopWhenPipeCloses);
process.stderr.on('error', stopWhenPipeCloses);

/** The `--format` value of `tusoi document` (checked before docx is loaded, so a wrong one is named as such). */
function documentFormat(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format') return args[i + 1];
    if (arg.startsWith('--format=')) return arg.slice('--format='.length);
  }
  return undefined;
}

const line = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(`${s}\n`);
const documentArgs = process.argv.slice(3);
const wrongFormat = process.argv[2] === 'document' ? documentFormat(documentArgs) : undefined;
if (wrongFormat !== undefined && wrongFormat !== 'docx') {
  process.stderr.write(
    `--format nhận docx (nhận "${wrongFormat}") / --format takes docx (got "${wrongFormat}")\n${USAGE}\n`,
  );
  process.exitCode = 2;
} else if (process.argv[2] === 'document') {
  // Only this command loads the docx package; it is asynchronous like the others.
  // docx is an optional peer dependency: without it, say how to add it instead of Node's stack trace.
  import('./document/cli.js').then(
    async ({ documentCommand }) => {
      process.exitCode = await documentCommand(process.argv.slice(3), line(process.stdout), line(process.stderr));
    },
    (error: NodeJS.ErrnoException) => {
      if (!isMissingDocx(error)) throw error;
      process.stderr.write(`${DOCX_MISSING.vi}\n${DOCX_MISSING.en}\n`);
      process.exitCode = 2;
    },
  );
} else {
  main(process.argv.slice(2), {
    write: stdoutWrite,
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: () => readFileSync(0),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
