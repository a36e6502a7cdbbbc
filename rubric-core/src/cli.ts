#!/usr/bin/env node
// The `tusoi` command (spec §5): JSON on stdout and exit 0, or exit 2 with a bilingual message on
// stderr and nothing on stdout. The only module of rubric-core that does I/O.
import { readFileSync } from 'node:fs';
import { type ClassifyOptions, classify } from './classify.js';
import { cohortFromCsv, itemsFromCsv } from './csv.js';
import { formatIssues, TusoiInputError } from './errors.js';
import { indicatorCatalogue, parseCatalogueFile } from './indicators/catalogue.js';
import type { Lang } from './message.js';
import { builtinPack } from './packs/builtin.js';
import { type Pack, packCriteria, parsePack } from './packs/pack.js';
import { builtinPack2 } from './packs/quarterly-builtin.js';
import { PACK2_FORMAT, type Pack2, parsePack2 } from './packs/quarterly-pack.js';
import { applyQuota } from './quota.js';
import { formatCohortResult, formatResult } from './text.js';
import { classifyYear } from './year.js';

const USAGE = `Cách dùng / Usage:
  tusoi classify FILE [--pack FILE|ID] [--text] [--lang vi|en] [--nested true|false] [--bands cascade|strict]
                      [--gap discretion|KHTNV] [--mitigation discretion|none|waive] [--targets any|all]
  tusoi year FILE… [--pack FILE|ID] [--text] [--lang vi|en] [--year-mode no-average|mean] [--q4 integrated|rated]
                   [--head-cap rank|score|off] [--khtnv-quarter all|managers|off]
  tusoi cohort FILE|CSV [--text] [--lang vi|en] [--rounding floor|half-up]
  tusoi pack validate FILE
  tusoi indicators [--group I|II|III] [--lang vi|en] [--json] [--catalogue FILE]
  tusoi items-from-csv FILE --pack FILE|ID`;

class UsageError extends Error {}

interface Args {
  command: string;
  file: string;
  /** Every file argument (`tusoi year` takes several). */
  files: string[];
  flags: Map<string, string>;
}

const VALUE_FLAGS = new Set([
  'lang',
  'nested',
  'bands',
  'gap',
  'mitigation',
  'targets',
  'rounding',
  'pack',
  'group',
  'catalogue',
  // Quarterly review (tusoi year, and classify for a quarter).
  'year-mode',
  'q4',
  'head-cap',
  'khtnv-quarter',
]);

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'text' || name === 'help' || name === 'json') flags.set(name, 'true');
    else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} cần một giá trị / needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`tuỳ chọn không có / unknown option: --${name}`);
  }
  // `tusoi pack validate FILE` reads as the command "pack validate".
  if (positional[0] === 'pack' && positional[1] === 'validate') positional.splice(0, 2, 'pack validate');
  const [command = '', file = '', ...rest] = positional;
  if (rest.length > 0 && command !== 'year') throw new UsageError(`thừa đối số / extra arguments: ${rest.join(' ')}`);
  return { command, file, files: positional.slice(1), flags };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`không đọc được tệp / cannot read file "${file}": ${(error as Error).message}`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`tệp "${file}" không phải JSON hợp lệ / is not valid JSON: ${(error as Error).message}`);
  }
}

function policyFlags(flags: Map<string, string>): ClassifyOptions {
  const options: Record<string, string | boolean> = {};
  for (const key of ['bands', 'gap', 'mitigation', 'targets']) {
    const value = flags.get(key);
    if (value !== undefined) options[key] = value;
  }
  const nested = flags.get('nested');
  if (nested !== undefined) {
    if (nested !== 'true' && nested !== 'false')
      throw new UsageError('--nested nhận true hoặc false / takes true or false');
    options.nested = nested === 'true';
  }
  return options as ClassifyOptions;
}

function packFlag(flags: Map<string, string>): Pack | undefined {
  const ref = flags.get('pack');
  if (ref === undefined) return undefined;
  return builtinPack(ref) ?? parsePack(readJson(ref));
}

/** --pack for classify and year: a tusoi.pack/1 or /2, built-in id or file. */
function anyPackFlag(flags: Map<string, string>): Pack | Pack2 | undefined {
  const ref = flags.get('pack');
  if (ref === undefined) return undefined;
  const builtin = builtinPack(ref) ?? builtinPack2(ref);
  if (builtin !== undefined) return builtin;
  const json = readJson(ref);
  return (json as { format?: unknown })?.format === PACK2_FORMAT ? parsePack2(json) : parsePack(json);
}

const QUARTER_FLAGS = [
  ['year-mode', 'yearMode', ['no-average', 'mean']],
  ['q4', 'q4', ['integrated', 'rated']],
  ['head-cap', 'headCap', ['rank', 'score', 'off']],
  ['khtnv-quarter', 'khtnvQuarter', ['all', 'managers', 'off']],
] as const;

function quarterFlags(flags: Map<string, string>): ClassifyOptions {
  const options: Record<string, string> = {};
  for (const [flag, key, values] of QUARTER_FLAGS) {
    const value = flags.get(flag);
    if (value === undefined) continue;
    if (!(values as readonly string[]).includes(value))
      throw new UsageError(`--${flag} nhận ${values.join(' | ')} / takes ${values.join(' | ')}`);
    options[key] = value;
  }
  return options as ClassifyOptions;
}

function indicators(flags: Map<string, string>, lang: Lang): string {
  const group = flags.get('group');
  if (group !== undefined && !['I', 'II', 'III'].includes(group))
    throw new UsageError('--group nhận I, II hoặc III / takes I, II or III');
  const file = flags.get('catalogue');
  const files = file === undefined ? [] : [parseCatalogueFile(readJson(file))];
  const list = indicatorCatalogue(files).filter((i) => group === undefined || i.group === group);
  if (flags.has('json')) return JSON.stringify(list, null, 2);
  return list
    .map((i) => {
      const text = lang === 'vi' ? (i.textVi ?? `— (${i.topicVi})`) : i.glossEn;
      const mark = i.verified ? '' : ` [${i.label[lang]}]`;
      return `${i.id}. ${text}${mark}`;
    })
    .join('\n');
}

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === '') {
      out(USAGE);
      return args.command === '' && !args.flags.has('help') ? 2 : 0;
    }
    const lang = (args.flags.get('lang') ?? 'vi') as Lang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang nhận vi hoặc en / takes vi or en');
    if (args.command === 'indicators') {
      out(indicators(args.flags, lang));
      return 0;
    }
    if (args.file === '') throw new UsageError('thiếu tên tệp / FILE is missing');
    const text = args.flags.has('text');
    if (args.command === 'pack validate') {
      const json = readJson(args.file);
      if ((json as { format?: unknown })?.format === PACK2_FORMAT) {
        const p2 = parsePack2(json);
        out(
          lang === 'vi'
            ? `Bảng quý "${p2.id}" hợp lệ: cách tính ${p2.results.mode}, 30 + 70 điểm.`
            : `Quarterly pack "${p2.id}" is valid: ${p2.results.mode}, 30 + 70 points.`,
        );
        return 0;
      }
      const pack = parsePack(json);
      const n = packCriteria(pack).length;
      out(
        lang === 'vi'
          ? `Bảng "${pack.id}" hợp lệ: ${n} tiêu chí, 30 + 70 điểm.`
          : `Pack "${pack.id}" is valid: ${n} criteria, 30 + 70 points.`,
      );
      return 0;
    }
    if (args.command === 'items-from-csv') {
      const pack = packFlag(args.flags);
      if (pack === undefined) throw new UsageError('cần --pack FILE|ID / --pack is required');
      out(JSON.stringify({ pack: pack.id, items: itemsFromCsv(readText(args.file), pack) }, null, 2));
      return 0;
    }
    if (args.command === 'classify') {
      const pack = anyPackFlag(args.flags);
      const result = classify(readJson(args.file), {
        ...policyFlags(args.flags),
        ...quarterFlags(args.flags),
        ...(pack ? { pack } : {}),
      });
      out(text ? formatResult(result, lang) : JSON.stringify(result, null, 2));
      return 0;
    }
    if (args.command === 'year') {
      const pack = anyPackFlag(args.flags);
      const options = { ...policyFlags(args.flags), ...quarterFlags(args.flags), ...(pack ? { pack } : {}) };
      const result = classifyYear(args.files.map(readJson), options, args.files);
      out(text ? formatResult(result, lang) : JSON.stringify(result, null, 2));
      return 0;
    }
    if (args.command === 'cohort') {
      const rounding = args.flags.get('rounding');
      if (rounding !== undefined && rounding !== 'floor' && rounding !== 'half-up')
        throw new UsageError('--rounding nhận floor hoặc half-up / takes floor or half-up');
      // A spreadsheet saved as CSV is read as the party cell's list (cohortFromCsv).
      const cohort = /\.csv$/i.test(args.file) ? cohortFromCsv(readText(args.file)) : readJson(args.file);
      const result = applyQuota(cohort, rounding ? { rounding } : undefined);
      out(text ? formatCohortResult(result, lang) : JSON.stringify(result, null, 2));
      return 0;
    }
    throw new UsageError(`lệnh không có / unknown command: ${args.command}`);
  } catch (error) {
    if (error instanceof TusoiInputError) err(formatIssues(error.issues));
    else if (error instanceof UsageError) err(`${error.message}\n${USAGE}`);
    else throw error;
    return 2;
  }
}

process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(`${s}\n`),
  (s) => process.stderr.write(`${s}\n`),
);
