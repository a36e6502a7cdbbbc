import { type InputIssue, TusoiInputError } from './errors.js';
import { deepFreeze } from './internal/frozen.js';
import { compileGuard } from './internal/guard.js';
import { within } from './internal/prune.js';
import { isPlainQuarter } from './internal/quarter-guard.js';
import { reservedKeyIssues } from './internal/reserved-keys.js';
import { parseShape } from './internal/shape.js';
import type { Message } from './message.js';
import { rulesetIdOf } from './ruleset/select.js';
import { kindGroup } from './rulesets/qd366/facts.js';
import { criteriaCheck } from './rulesets/qd366/scores.js';
import {
  ASSESSMENT_FORMAT,
  type Assessment,
  AssessmentSchema,
  SUBJECT_KINDS,
  type SubjectKind,
} from './schemas/assessment.js';
import { ASSESSMENT_FORMAT_2, QUARTERLY_FIELDS } from './schemas/quarterly.js';
import { taskFlagIssues } from './task-flags.js';

/** The rulesets this version carries. */
export const RULESETS = /* @__PURE__ */ deepFreeze(['qd366', 'q2026'] as const);
/** A ruleset id. */
export type RulesetId = (typeof RULESETS)[number];

/** First evaluation year QĐ 366-QĐ/TW governs. */
export const QD366_FIRST_YEAR = 2025;

/** Whether Điều 11 judges this kind on the units it directly leads (`ledUnits`). */
export function isLeaderKind(kind: SubjectKind): boolean {
  return kindGroup(kind) === 'leader';
}

function olderRuleset(year: number): Message {
  if (year >= 2023) {
    return {
      vi: 'Quy định 124-QĐ/TW (2023) và Hướng dẫn 25-HD/BTCTW',
      en: 'Quy định 124-QĐ/TW (2023) with Hướng dẫn 25-HD/BTCTW',
    };
  }
  if (year >= 2018) {
    return {
      vi: 'Quy định 132-QĐ/TW (2018) và Hướng dẫn 16, 21-HD/BTCTW',
      en: 'Quy định 132-QĐ/TW (2018) with Hướng dẫn 16 and 21-HD/BTCTW',
    };
  }
  return { vi: 'các hướng dẫn trước năm 2018', en: 'the pre-2018 guidance' };
}

// Cross-field checks read the raw input defensively, so that they run in the same pass as the
// field checks: a field that is not the right shape is reported there and skipped here.
type Loose = Readonly<Record<string, unknown>>;
const obj = (x: unknown): Loose | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Loose) : undefined;
const count = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : undefined;

/** The task counts checked against `completed`, as the form names them. */
const COUNT_WORDS = {
  exceeded: { vi: 'số vượt mức yêu cầu', en: 'tasks above requirements' },
  onTimeWithQuality: { vi: 'số đúng hạn, bảo đảm chất lượng', en: 'tasks on time with quality' },
  late: { vi: 'số chưa bảo đảm tiến độ', en: 'late tasks' },
} as const;

function countIssues(prefix: string, raw: unknown, out: InputIssue[]): void {
  const c = obj(raw);
  if (c === undefined) return;
  const at = (field: string) => `${prefix}.${field}`;
  const assigned = count(c.assigned);
  const completed = count(c.completed);
  if (completed !== undefined && assigned !== undefined && completed > assigned) {
    out.push({
      code: 'completed-over-assigned',
      path: at('completed'),
      message: {
        vi: `số hoàn thành (${completed}) lớn hơn số được giao (${assigned})`,
        en: `completed (${completed}) exceeds assigned (${assigned})`,
      },
    });
  }
  if (completed === undefined) return;
  for (const field of ['exceeded', 'onTimeWithQuality', 'late'] as const) {
    const n = count(c[field]);
    if (n !== undefined && n > completed) {
      out.push({
        code: 'count-over-completed',
        path: at(field),
        message: {
          vi: `${COUNT_WORDS[field].vi} (${n}) lớn hơn số hoàn thành (${completed})`,
          en: `${COUNT_WORDS[field].en} (${n}) exceeds completed (${completed})`,
        },
      });
    }
  }
  const onTime = count(c.onTimeWithQuality);
  const late = count(c.late);
  // BigInt: the sum of two safe integers may pass 2^53, where doubles round.
  if (onTime !== undefined && late !== undefined && BigInt(onTime) + BigInt(late) > BigInt(completed)) {
    out.push({
      code: 'on-time-plus-late-over-completed',
      path: at('late'),
      message: {
        vi: `đúng hạn (${onTime}) cộng chưa bảo đảm tiến độ (${late}) lớn hơn số hoàn thành (${completed})`,
        en: `tasks on time with quality (${onTime}) plus late tasks (${late}) exceed completed (${completed})`,
      },
    });
  }
}

function countsHold(c: NonNullable<Assessment['tasks']>): boolean {
  return (
    c.completed <= c.assigned &&
    c.exceeded <= c.completed &&
    c.onTimeWithQuality <= c.completed &&
    c.late <= c.completed &&
    c.onTimeWithQuality + c.late <= c.completed &&
    c.onTimeWithQuality + c.late <= Number.MAX_SAFE_INTEGER
  );
}

/** Whether a well-shaped assessment breaks no cross-field rule: the allocation-free happy path. */
function holdsTogether(a: Assessment): boolean {
  const leader = isLeaderKind(a.subject.kind);
  return (
    (a.ruleset === undefined || a.ruleset === 'qd366') &&
    (a.format !== ASSESSMENT_FORMAT || onlyVersion1(a)) &&
    rulesetIdOf(a) === 'qd366' &&
    a.period.year >= QD366_FIRST_YEAR &&
    a.scores !== undefined &&
    a.criteria === undefined &&
    (leader ? a.ledUnits !== undefined : a.tasks !== undefined) &&
    (a.tasks === undefined || countsHold(a.tasks)) &&
    (a.taskList === undefined || taskFlagIssues(a.taskList).length === 0) &&
    (a.ledUnits === undefined ||
      (countsHold(a.ledUnits) && (a.ledUnits.unitsRatedNotCompleted ?? 0) <= (a.ledUnits.unitsResponsible ?? 0))) &&
    (a.confidenceVote?.held !== true || a.confidenceVote.lowShare !== undefined)
  );
}

/** Whether a /1 file carries none of the /2 additions (the quarterly fields, answer objects). */
function onlyVersion1(a: Assessment): boolean {
  // An indexed loop: the list is frozen (V8 steps a for-of over a frozen array through a call per element).
  for (let i = 0; i < QUARTERLY_FIELDS.length; i++)
    if (a[QUARTERLY_FIELDS[i] as keyof Assessment] !== undefined) return false;
  if (a.criteria !== undefined)
    for (const key in a.criteria.items) if (typeof a.criteria.items[key] === 'object') return false;
  return true;
}

function version1Issues(a: Loose, out: InputIssue[]): void {
  const need = (path: string) =>
    out.push({
      code: 'needs-format-2',
      path,
      message: {
        vi: `trường này chỉ có từ định dạng "${ASSESSMENT_FORMAT_2}" (tệp ghi "${ASSESSMENT_FORMAT}")`,
        en: `this field needs format "${ASSESSMENT_FORMAT_2}" (the file says "${ASSESSMENT_FORMAT}")`,
      },
    });
  for (const field of QUARTERLY_FIELDS) if (a[field] !== undefined) need(field);
  const items = obj(obj(a.criteria)?.items);
  if (items !== undefined)
    for (const key of Object.keys(items))
      if (typeof items[key] === 'object' && items[key] !== null) need(`criteria.items.${key}`);
}

/** The rule set a raw input names or falls to by period (as ./ruleset/select.ts, read defensively). */
function rulesetOfInput(a: Loose): string {
  if (typeof a.ruleset === 'string') return a.ruleset;
  const period = obj(a.period);
  return a.format === ASSESSMENT_FORMAT_2 &&
    typeof period?.quarter === 'number' &&
    typeof period.year === 'number' &&
    period.year >= 2026
    ? 'q2026'
    : 'qd366';
}

/** The scoring pack of a classify call: `pack` is its option (undefined: the built-in pack named). */
export interface PackContext {
  readonly pack: unknown;
}

/**
 * Cross-field problems (spec §1.2–1.3), each with its code. Reads the input defensively, so it can
 * run on input whose fields are not all well-shaped (those are left to the field checks). The
 * criteria are checked against their pack (qd366): the one in `packContext` (classify, where a pack
 * is required), or else a built-in pack named by `criteria.pack` (validation alone).
 */
export function assessmentIssues(input: unknown, packContext?: PackContext): InputIssue[] {
  const out: InputIssue[] = [];
  const a = obj(input);
  if (a === undefined) return out;
  if (a.format === ASSESSMENT_FORMAT) version1Issues(a, out);
  if (typeof a.ruleset === 'string' && !(RULESETS as readonly string[]).includes(a.ruleset)) {
    out.push({
      code: 'ruleset-unknown',
      path: 'ruleset',
      message: {
        vi: `bộ quy tắc "${a.ruleset}" không có; phiên bản này chỉ có "qd366" (QĐ 366-QĐ/TW) và "q2026" (đánh giá hằng quý 2026)`,
        en: `ruleset "${a.ruleset}" is not carried; this version has only "qd366" (QĐ 366-QĐ/TW) and "q2026" (2026 quarterly review)`,
      },
    });
    return out;
  }
  // Another rule set's own requirements are checked by classify (Ruleset.issues), so that
  // validation does not pull every rule set into a bundle.
  if (rulesetOfInput(a) !== 'qd366') return out;
  const year = obj(a.period)?.year;
  if (typeof year === 'number' && Number.isInteger(year) && year < QD366_FIRST_YEAR) {
    const older = olderRuleset(year);
    out.push({
      code: 'year-before-ruleset',
      path: 'period.year',
      message: {
        vi: `năm ${year} được đánh giá theo ${older.vi}; phiên bản này chỉ có quy tắc QĐ 366-QĐ/TW (từ năm 2025)`,
        en: `year ${year} is rated under ${older.en}; this version carries only QĐ 366-QĐ/TW (2025 on)`,
      },
    });
  }
  if (a.scores === undefined && a.criteria === undefined) {
    out.push({
      code: 'scores-missing',
      path: 'scores',
      message: {
        vi: 'chưa có điểm tự chấm: chọn bảng thang điểm rồi chấm từng tiêu chí, hoặc ghi điểm của từng nhóm tiêu chí',
        en: 'no self-assessed scores yet: choose a scoring pack and score each criterion, or enter the score of each criteria group',
      },
    });
  }
  const kind = obj(a.subject)?.kind;
  if ((SUBJECT_KINDS as readonly unknown[]).includes(kind)) {
    if (isLeaderKind(kind as SubjectKind)) {
      if (a.ledUnits === undefined) {
        out.push({
          code: 'led-units-missing',
          path: 'ledUnits',
          message: {
            vi: 'người giữ chức vụ lãnh đạo, quản lý cần ghi số liệu ở mục “Nhiệm vụ của các đơn vị trực tiếp lãnh đạo, quản lý”',
            en: 'leaders fill in the figures under “Tasks of the units directly led”',
          },
        });
      }
    } else if (a.tasks === undefined && a.taskList === undefined) {
      out.push({
        code: 'tasks-missing',
        path: 'tasks',
        message: {
          vi: 'chưa có số liệu ở mục “Nhiệm vụ được giao”: ghi số nhiệm vụ được giao, hoàn thành, đúng hạn, vượt mức và chưa bảo đảm tiến độ (ghi 0 nếu không có)',
          en: 'no figures under “Assigned tasks” yet: enter how many tasks were assigned, completed, on time, exceeded and late (0 if none)',
        },
      });
    }
  }
  countIssues('tasks', a.tasks, out);
  out.push(...taskFlagIssues(a.taskList));
  countIssues('ledUnits', a.ledUnits, out);
  const led = obj(a.ledUnits);
  if (led !== undefined) {
    const responsible = led.unitsResponsible === undefined ? 0 : count(led.unitsResponsible);
    const rated = led.unitsRatedNotCompleted === undefined ? 0 : count(led.unitsRatedNotCompleted);
    if (responsible !== undefined && rated !== undefined && rated > responsible) {
      out.push({
        code: 'units-rated-over-responsible',
        path: 'ledUnits.unitsRatedNotCompleted',
        message: {
          vi: `số đơn vị xếp loại không hoàn thành (${rated}) lớn hơn số đơn vị phụ trách (${responsible})`,
          en: `units rated KHTNV (${rated}) exceeds units responsible (${responsible})`,
        },
      });
    }
  }
  const vote = obj(a.confidenceVote);
  if (vote?.held === true && vote.lowShare === undefined) {
    out.push({
      code: 'low-share-missing',
      path: 'confidenceVote.lowShare',
      message: {
        vi: 'đã lấy phiếu tín nhiệm thì cần tỉ lệ phiếu tín nhiệm thấp',
        en: 'a held vote needs its low-confidence share',
      },
    });
  }
  if (a.criteria !== undefined) out.push(...criteriaCheck(a, packContext?.pack, packContext !== undefined).issues);
  return out;
}

/** Outcome of {@link safeParseAssessment}. */
export type ParseOutcome =
  | { readonly success: true; readonly output: Assessment }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/**
 * Validates an assessment and reports every problem in one pass, never throwing: field problems
 * (shapes, ranges, decimals, dates, unknown fields, arrays for objects) and cross-field problems
 * (completed ≤ assigned …) together, each with its code and path.
 */
export function safeParseAssessment(input: unknown, packContext?: PackContext): ParseOutcome {
  const shape = parseShape(AssessmentSchema, input, guard);
  let issues = [...(shape.success ? [] : shape.issues), ...assessmentIssues(input, packContext)];
  // tusoi.assessment/2: a record key "__proto__", "constructor" or "prototype" is refused (the guards
  // send such input here). Named once: the other issues at that key repeat its cause.
  if ((input as { format?: unknown } | null)?.format === ASSESSMENT_FORMAT_2) {
    const reserved = reservedKeyIssues(AssessmentSchema, input);
    if (reserved.length > 0) {
      const at = reserved.map((r) => r.path);
      issues = [...reserved, ...issues.filter((i) => !at.some((p) => within(i.path, p)))];
    }
  }
  return issues.length > 0 || !shape.success ? { success: false, issues } : { success: true, output: shape.output };
}

// Valibot's own parse runs only for input the derived guard does not accept outright.
const guard = compileGuard(AssessmentSchema);
const isWellShaped = (input: unknown): input is Assessment => guard(input);

/**
 * Validates an assessment; throws {@link TusoiInputError} listing every problem. With `packContext`
 * (classify), criteria are checked against the pack in the same pass.
 */
export function parseAssessment(input: unknown, packContext?: PackContext): Assessment {
  // Happy path first: the hand-written quarterly check or the derived guard, plus allocation-free
  // cross-field checks. Criteria are then checked, all at once, where the scores are computed
  // (../rulesets/qd366/scores.ts, ../packs/quarterly-score.ts).
  const quarter = isPlainQuarter(input);
  // A quarter bound for q2026 meets no cross-field rule here (assessmentIssues leaves it to its rule set).
  if (quarter && rulesetOfInput(input) === 'q2026') return input;
  if (quarter || isWellShaped(input)) {
    if (holdsTogether(input)) return input;
    const issues = assessmentIssues(input, packContext);
    if (issues.length === 0) return input;
    throw new TusoiInputError(issues);
  }
  const outcome = safeParseAssessment(input, packContext);
  if (!outcome.success) throw new TusoiInputError(outcome.issues);
  return outcome.output;
}
