// `tusoi document FILE --format docx [-o OUT]`: kept apart from cli.ts so that only this command
// loads the docx package (cli.ts imports it lazily).
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIssues, TusoiInputError } from '../errors.js';
import { inexactIntegers, withRawNumbers } from '../raw-numbers.js';
import { buildReviewDocument, type DocumentInput } from './build.js';
import { renderDocx } from './docx.js';
import { documentFileName } from './file-name.js';

export const DOCUMENT_USAGE = '  tusoi document FILE --format docx [-o OUT] [--force]';

const fail = (err: (s: string) => void, message: string) => {
  err(`${message}\nCách dùng / Usage:\n${DOCUMENT_USAGE}`);
  return 2;
};

/** The real path of a file, or of where it would be (its folder's real path and its name). */
function realTarget(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/**
 * Writes the review document of an assessment (or of `{assessment, notes, place, date, taskList}`)
 * as .docx; OUT defaults to the document's own file name beside FILE. Never writes onto FILE itself
 * (compared by real path, so links and `./` do not slip by), and never replaces an existing file
 * unless `--force`. Returns the exit code: 0, or 2 with a bilingual message on stderr and nothing
 * written.
 */
export async function documentCommand(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  let file: string | undefined;
  let format: string | undefined;
  let output: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') ? (arg.slice(2).split('=', 2) as [string, string?]) : [arg];
    if (name === 'format' || name === '-o' || name === 'out') {
      const value = inline ?? argv[++i];
      if (value === undefined) return fail(err, `${arg} cần một giá trị / needs a value`);
      if (name === 'format') format = value;
      else output = value;
    } else if (name === 'force' && inline === undefined) force = true;
    else if (arg.startsWith('-')) return fail(err, `tuỳ chọn không có / unknown option: ${arg}`);
    else if (file === undefined) file = arg;
    else return fail(err, `thừa đối số / extra arguments: ${arg}`);
  }
  if (file === undefined) return fail(err, 'thiếu tên tệp / FILE is missing');
  if (format !== 'docx') return fail(err, '--format nhận docx / takes docx');
  let json: unknown;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(err, `không đọc được tệp JSON / cannot read JSON file "${file}": ${(error as Error).message}`);
  }
  const wrapped = typeof json === 'object' && json !== null && 'assessment' in json;
  const input = (wrapped ? json : { assessment: json }) as DocumentInput;
  try {
    const doc = buildReviewDocument(input);
    const a = input.assessment as { period: { year: number; quarter?: number }; subject: { name?: string } };
    const target = output ?? join(dirname(file), documentFileName(doc, a.period, a.subject.name));
    if (realTarget(target) === realTarget(file))
      return fail(
        err,
        `không ghi bản Word đè lên chính tệp đầu vào / will not write the Word file over the input file "${file}"; chọn tên khác với -o / choose another name with -o`,
      );
    if (!force && existsSync(target))
      return fail(
        err,
        `tệp "${target}" đã có; thêm --force để ghi đè / file "${target}" already exists; add --force to overwrite it`,
      );
    const bytes = await renderDocx(doc);
    try {
      // 'wx' refuses a file that appeared since the check above.
      writeFileSync(target, bytes, { flag: force ? 'w' : 'wx' });
    } catch (error) {
      return fail(err, `không ghi được tệp / cannot write file "${target}": ${(error as Error).message}`);
    }
    out(target);
    return 0;
  } catch (error) {
    if (error instanceof TusoiInputError) {
      // A number JSON rounded is shown as the file wrote it; issue paths start inside the assessment.
      const raw = [...inexactIntegers(text)].flatMap(([path, literal]): [string, string][] =>
        !wrapped ? [[path, literal]] : path.startsWith('assessment.') ? [[path.slice(11), literal]] : [],
      );
      err(formatIssues(withRawNumbers(error.issues, new Map(raw))));
      return 2;
    }
    throw error;
  }
}
