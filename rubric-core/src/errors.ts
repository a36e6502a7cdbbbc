import type * as v from 'valibot';
import { MAX_DECIMALS } from './decimal.js';
import type { Message } from './message.js';

/** One problem in an input, with the field path it concerns. */
export interface InputIssue {
  /**
   * Stable machine-readable kind of problem, e.g. `missing`, `type`, `unknown-field`, `min-value`,
   * `decimals`, `date`, `completed-over-assigned`, `csv-extra-fields`, `csv-encoding` (see docs/format.md).
   */
  readonly code: string;
  /** Field path such as `tasks.completed` or `priorShortcomings[1].status`; empty for the whole input. */
  readonly path: string;
  /** What is wrong, in Vietnamese and English. */
  readonly message: Message;
}

/**
 * The brand every TusoiInputError carries. `Symbol.for` gives the same symbol in every copy of the
 * library, so the ESM and the CommonJS builds (or two installed versions) recognise each other's errors.
 */
const BRAND = Symbol.for('@tusoi/rubric-core/TusoiInputError');

/**
 * Thrown for input that cannot be classified. Lists every problem found, so that a form can
 * show them all at once; no level is ever computed from such input.
 */
export class TusoiInputError extends Error {
  /** Every problem found. */
  readonly issues: readonly InputIssue[];

  /** Issues without a `code` get `invalid`. */
  constructor(issues: readonly IssueInit[]) {
    const full = issues.map((i): InputIssue => (i.code === undefined ? { ...i, code: 'invalid' } : (i as InputIssue)));
    super(formatIssues(full, MAX_PRINTED_ISSUES));
    this.name = 'TusoiInputError';
    this.issues = full;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `e` is a {@link TusoiInputError} from any copy of the library. Prefer it to `instanceof`,
 * which is false when one part of an app `require`s the package (CommonJS build) and another
 * `import`s it (ESM build): each build has its own class. Checks the brand
 * (`Symbol.for('@tusoi/rubric-core/TusoiInputError')`) and the `issues` array.
 */
export function isTusoiInputError(e: unknown): e is TusoiInputError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { [BRAND]?: unknown })[BRAND] === true &&
    Array.isArray((e as { issues?: unknown }).issues)
  );
}

/** An issue as built by callers: the code may be left to the default `invalid`. */
export type IssueInit = Omit<InputIssue, 'code'> & { readonly code?: string };

/** Default number of issues {@link formatIssues} prints before summing up the rest. */
export const MAX_PRINTED_ISSUES = 50;

/**
 * The issues as text lines: Vietnamese, then English; at most `max` of them, then a line counting
 * the rest (so 100,000 bad rows print a screenful, not megabytes).
 */
export function formatIssues(issues: readonly IssueInit[], max = Number.POSITIVE_INFINITY): string {
  const lines: string[] = ['Dữ liệu không hợp lệ / Invalid input:'];
  const shown = Math.min(issues.length, max);
  for (let i = 0; i < shown; i++) {
    const issue = issues[i] as IssueInit;
    const at = issue.path === '' ? '(toàn bộ / whole input)' : issue.path;
    lines.push(`- ${at}: ${issue.message.vi} / ${issue.message.en}`);
  }
  const rest = issues.length - shown;
  if (rest > 0) lines.push(`… và ${rest} lỗi khác / … and ${rest} more issues`);
  return lines.join('\n');
}

const CUSTOM: Readonly<Record<string, Message>> = {
  decimals: {
    vi: `điểm chỉ được có tối đa ${MAX_DECIMALS} chữ số thập phân`,
    en: `points may have at most ${MAX_DECIMALS} decimal places`,
  },
  'indicator-id': {
    vi: 'mã biểu hiện phải có dạng I-1 … III-9',
    en: 'indicator ids look like I-1 … III-9',
  },
  'iso-date': { vi: 'ngày phải có dạng YYYY-MM-DD', en: 'dates look like YYYY-MM-DD' },
  date: { vi: 'ngày không có thật trên lịch', en: 'the date does not exist in the calendar' },
  'pack-id': {
    vi: 'mã phải bắt đầu bằng chữ cái hoặc chữ số, sau đó chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới',
    en: 'ids start with a letter or digit, then use only letters, digits, dots, hyphens and underscores',
  },
  'reserved-key': {
    vi: 'không dùng được "__proto__", "constructor", "prototype" làm mã hay khoá (tên dành riêng của JavaScript): đổi tên khác',
    en: '"__proto__", "constructor" and "prototype" cannot be ids or keys (names JavaScript reserves): rename it',
  },
  'negative-zero': {
    vi: 'phải từ 0 trở lên: bỏ dấu trừ của -0',
    en: 'must be 0 or more: drop the minus sign of -0',
  },
  // Quarterly review (tusoi.assessment/2, tusoi.pack/2).
  'decimals-2': { vi: 'tối đa 2 chữ số thập phân', en: 'at most 2 decimal places' },
  'decimals-4': { vi: 'tối đa 4 chữ số thập phân', en: 'at most 4 decimal places' },
  'rounding-one-of': {
    vi: 'quy tắc làm tròn cần đúng một trong decimals hoặc step',
    en: 'a rounding rule needs exactly one of decimals or step',
  },
};

const TYPE_NAMES: Readonly<Record<string, Message>> = {
  number: { vi: 'một số', en: 'a number' },
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  Object: { vi: 'một đối tượng JSON', en: 'a JSON object' },
  Array: { vi: 'một mảng', en: 'an array' },
};

/** The field path of a Valibot issue, as `a.b[2].c`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as unknown;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns a Valibot issue into a bilingual input issue. */
export function fromValibotIssue(issue: v.BaseIssue<unknown>): InputIssue {
  return { code: codeOf(issue), path: issuePath(issue), message: describe(issue) };
}

/** The stable code of a Valibot issue: custom check codes as they are, else from the issue kind. */
function codeOf(issue: v.BaseIssue<unknown>): string {
  if (CUSTOM[issue.message]) return issue.message;
  if (issue.received === 'undefined') return 'missing';
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown-field';
  switch (issue.type) {
    case 'min_value':
    case 'max_value':
    case 'min_length':
    case 'max_length':
      return issue.type.replace('_', '-');
    case 'integer':
    case 'safe_integer':
      return 'integer';
    case 'finite':
      return 'finite';
    case 'literal':
    case 'picklist':
    case 'union':
      return 'not-allowed';
    case 'regex':
      return 'pattern';
  }
  return 'type';
}

function describe(issue: v.BaseIssue<unknown>): Message {
  const custom = CUSTOM[issue.message];
  if (custom) return custom;
  const expected = issue.expected ?? '';
  const received = issue.received;
  if (received === 'undefined') {
    return { vi: 'thiếu trường bắt buộc', en: 'required field is missing' };
  }
  if (issue.type === 'strict_object' && expected === 'never') {
    return {
      vi: 'trường không có trong định dạng (có thể gõ sai tên)',
      en: 'field is not part of the format (a misspelt name?)',
    };
  }
  const requirement = String((issue as { requirement?: unknown }).requirement);
  switch (issue.type) {
    case 'min_value':
      return {
        vi: `phải từ ${requirement} trở lên (nhận ${received})`,
        en: `must be at least ${requirement} (got ${received})`,
      };
    case 'max_value':
      return {
        vi: `không được vượt quá ${requirement} (nhận ${received})`,
        en: `must be at most ${requirement} (got ${received})`,
      };
    case 'integer':
    case 'safe_integer':
      return { vi: `phải là số nguyên (nhận ${received})`, en: `must be a whole number (got ${received})` };
    case 'finite':
      return { vi: 'phải là số hữu hạn', en: 'must be a finite number' };
    case 'min_length':
      return { vi: 'không được để trống', en: 'must not be empty' };
    case 'max_length':
      // A length, never read back: grouped as each language writes thousands (100.000 / 100,000).
      return typeof issue.input === 'string'
        ? {
            vi: `quá dài (tối đa ${Number(requirement).toLocaleString('vi-VN')} ký tự)`,
            en: `too long (at most ${Number(requirement).toLocaleString('en-GB')} characters)`,
          }
        : {
            vi: `quá nhiều mục (tối đa ${Number(requirement).toLocaleString('vi-VN')})`,
            en: `too many items (at most ${Number(requirement).toLocaleString('en-GB')})`,
          };
    case 'literal':
    case 'picklist':
    case 'union':
      return { vi: `phải là ${expected} (nhận ${received})`, en: `must be ${expected} (got ${received})` };
  }
  const name = TYPE_NAMES[expected];
  if (name) return { vi: `phải là ${name.vi} (nhận ${received})`, en: `must be ${name.en} (got ${received})` };
  return {
    vi: `giá trị không hợp lệ (cần ${expected}, nhận ${received})`,
    en: `invalid value (expected ${expected}, got ${received})`,
  };
}
