import * as v from 'valibot';
import { fromValibotIssue, type InputIssue, TusoiInputError } from './errors.js';
import { compileGuard } from './internal/guard.js';
import type { Message } from './message.js';
import { rulesetIdOf } from './ruleset/select.js';
import { kindGroup } from './rulesets/qd366/facts.js';
import { ASSESSMENT_FORMAT, type Assessment, AssessmentSchema, type SubjectKind } from './schemas/assessment.js';
import { ASSESSMENT_FORMAT_2, QUARTERLY_FIELDS } from './schemas/quarterly.js';

/** The rulesets this version carries. */
export const RULESETS = ['qd366', 'q2026'] as const;
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

function countIssues(prefix: string, c: NonNullable<Assessment['tasks']>, out: InputIssue[]): void {
  const at = (field: string) => `${prefix}.${field}`;
  if (c.completed > c.assigned) {
    out.push({
      path: at('completed'),
      message: {
        vi: `số hoàn thành (${c.completed}) lớn hơn số được giao (${c.assigned})`,
        en: `completed (${c.completed}) exceeds assigned (${c.assigned})`,
      },
    });
  }
  for (const field of ['exceeded', 'onTimeWithQuality', 'late'] as const) {
    if (c[field] > c.completed) {
      out.push({
        path: at(field),
        message: {
          vi: `${field} (${c[field]}) lớn hơn số hoàn thành (${c.completed})`,
          en: `${field} (${c[field]}) exceeds completed (${c.completed})`,
        },
      });
    }
  }
  if (c.onTimeWithQuality + c.late > c.completed) {
    out.push({
      path: at('late'),
      message: {
        vi: `đúng hạn (${c.onTimeWithQuality}) cộng chưa bảo đảm tiến độ (${c.late}) lớn hơn số hoàn thành (${c.completed})`,
        en: `onTimeWithQuality (${c.onTimeWithQuality}) plus late (${c.late}) exceeds completed (${c.completed})`,
      },
    });
  }
}

function countsHold(c: NonNullable<Assessment['tasks']>): boolean {
  return c.completed <= c.assigned && c.exceeded <= c.completed && c.onTimeWithQuality + c.late <= c.completed;
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
    (leader ? a.ledUnits !== undefined : a.tasks !== undefined) &&
    (a.tasks === undefined || countsHold(a.tasks)) &&
    (a.ledUnits === undefined ||
      (countsHold(a.ledUnits) && (a.ledUnits.unitsRatedNotCompleted ?? 0) <= (a.ledUnits.unitsResponsible ?? 0))) &&
    (a.confidenceVote?.held !== true || a.confidenceVote.lowShare !== undefined)
  );
}

/** Whether a /1 file carries none of the /2 additions (the quarterly fields, answer objects). */
function onlyVersion1(a: Assessment): boolean {
  for (const field of QUARTERLY_FIELDS) if (a[field] !== undefined) return false;
  if (a.criteria !== undefined)
    for (const key in a.criteria.items) if (typeof a.criteria.items[key] === 'object') return false;
  return true;
}

function version1Issues(a: Assessment, out: InputIssue[]): void {
  const need = (path: string) =>
    out.push({
      path,
      message: {
        vi: `trường này chỉ có từ định dạng "${ASSESSMENT_FORMAT_2}" (tệp ghi "${ASSESSMENT_FORMAT}")`,
        en: `this field needs format "${ASSESSMENT_FORMAT_2}" (the file says "${ASSESSMENT_FORMAT}")`,
      },
    });
  for (const field of QUARTERLY_FIELDS) if (a[field] !== undefined) need(field);
  if (a.criteria !== undefined)
    for (const key in a.criteria.items) if (typeof a.criteria.items[key] === 'object') need(`criteria.items.${key}`);
}

/** Cross-field problems of a well-shaped assessment (spec §1.2–1.3). */
export function assessmentIssues(a: Assessment): InputIssue[] {
  const out: InputIssue[] = [];
  if (a.format === ASSESSMENT_FORMAT) version1Issues(a, out);
  if (a.ruleset !== undefined && !(RULESETS as readonly string[]).includes(a.ruleset)) {
    out.push({
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
  if (rulesetIdOf(a) !== 'qd366') return out;
  if (a.period.year < QD366_FIRST_YEAR) {
    const older = olderRuleset(a.period.year);
    out.push({
      path: 'period.year',
      message: {
        vi: `năm ${a.period.year} được đánh giá theo ${older.vi}; phiên bản này chỉ có quy tắc QĐ 366-QĐ/TW (từ năm 2025)`,
        en: `year ${a.period.year} is rated under ${older.en}; this version carries only QĐ 366-QĐ/TW (2025 on)`,
      },
    });
  }
  if (a.scores === undefined && a.criteria === undefined) {
    out.push({
      path: 'scores',
      message: { vi: 'cần có điểm (scores) hoặc bảng chấm điểm (criteria)', en: 'scores (or criteria) are required' },
    });
  }
  const kind = a.subject.kind;
  if (isLeaderKind(kind)) {
    if (a.ledUnits === undefined) {
      out.push({
        path: 'ledUnits',
        message: {
          vi: 'người giữ chức vụ lãnh đạo, quản lý cần số liệu nhiệm vụ của các đơn vị trực tiếp lãnh đạo (ledUnits)',
          en: 'leaders need the task counts of the units they directly lead (ledUnits)',
        },
      });
    }
  } else if (a.tasks === undefined && a.taskList === undefined) {
    out.push({
      path: 'tasks',
      message: { vi: 'cần số liệu nhiệm vụ được giao (tasks)', en: 'task counts (tasks) are required' },
    });
  }
  if (a.tasks) countIssues('tasks', a.tasks, out);
  if (a.ledUnits) {
    countIssues('ledUnits', a.ledUnits, out);
    const { unitsResponsible = 0, unitsRatedNotCompleted = 0 } = a.ledUnits;
    if (unitsRatedNotCompleted > unitsResponsible) {
      out.push({
        path: 'ledUnits.unitsRatedNotCompleted',
        message: {
          vi: `số đơn vị xếp loại không hoàn thành (${unitsRatedNotCompleted}) lớn hơn số đơn vị phụ trách (${unitsResponsible})`,
          en: `units rated KHTNV (${unitsRatedNotCompleted}) exceeds units responsible (${unitsResponsible})`,
        },
      });
    }
  }
  if (a.confidenceVote?.held && a.confidenceVote.lowShare === undefined) {
    out.push({
      path: 'confidenceVote.lowShare',
      message: {
        vi: 'đã lấy phiếu tín nhiệm thì cần tỉ lệ phiếu tín nhiệm thấp',
        en: 'a held vote needs its low-confidence share',
      },
    });
  }
  return out;
}

/** Outcome of {@link safeParseAssessment}. */
export type ParseOutcome =
  | { readonly success: true; readonly output: Assessment }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/** Validates an assessment and reports every problem, never throwing. */
export function safeParseAssessment(input: unknown): ParseOutcome {
  let output: Assessment;
  if (isWellShaped(input)) {
    output = input;
  } else {
    const parsed = v.safeParse(AssessmentSchema, input);
    if (!parsed.success) return { success: false, issues: parsed.issues.map(fromValibotIssue) };
    output = parsed.output;
  }
  const issues = assessmentIssues(output);
  return issues.length > 0 ? { success: false, issues } : { success: true, output };
}

// Valibot's own parse runs only for input the derived guard does not accept outright.
const guard = compileGuard(AssessmentSchema);
const isWellShaped = (input: unknown): input is Assessment => guard(input);

/** Validates an assessment; throws {@link TusoiInputError} listing every problem. */
export function parseAssessment(input: unknown): Assessment {
  // Happy path first: derived guard plus allocation-free cross-field checks.
  if (isWellShaped(input)) {
    if (holdsTogether(input)) return input;
    const issues = assessmentIssues(input);
    if (issues.length === 0) return input;
    throw new TusoiInputError(issues);
  }
  const outcome = safeParseAssessment(input);
  if (!outcome.success) throw new TusoiInputError(outcome.issues);
  return outcome.output;
}
