import {
  ASSESSMENT_FORMAT_2,
  type InputIssue,
  isTusoiInputError,
  type Message,
  type Pack2,
  type SubjectKind,
  scoreQuarter,
  sumExact,
} from '@tusoi/rubric-core';

// What the quarterly editor asks rubric-core about the criteria answers, so that the editor shows
// the pack's requirements (a reason for K/AD, for a deduction of N points or more) without
// restating them: the answers are scored alone and the issues read by path.

/** A criterion answer as the draft keeps it (numbers and true/false are the /1 shorthand). */
export type AnswerValue =
  | { readonly answer: 'met' | 'notMet' | 'notApplicable'; readonly points?: number; readonly reason?: string }
  | number
  | boolean;

/** What rubric-core says about the answers: messages by path, and which criteria need a reason. */
export interface AnswerCheck {
  /** Problems by path (`criteria.items.<id>`, `….points`, `….reason`); unanswered criteria are left out. */
  readonly issues: ReadonlyMap<string, readonly Message[]>;
  /** Criteria whose answer needs a reason under the pack (K/AD, a deduction of at least the pack's minimum). */
  readonly reasonNeeded: ReadonlySet<string>;
}

/** Scores the answers alone (results given as 0) and returns rubric-core's issues, or none. */
function answerIssues(
  pack: Pack2,
  kind: SubjectKind,
  items: Readonly<Record<string, AnswerValue>>,
  leader: boolean,
): readonly InputIssue[] {
  try {
    scoreQuarter(
      pack,
      {
        format: ASSESSMENT_FORMAT_2,
        period: { year: 2026, quarter: 1 },
        subject: { kind },
        criteria: { pack: pack.id, items: items as never },
        scores: { general: 0, results: 0 },
      } as never,
      leader,
    );
    return [];
  } catch (e) {
    if (isTusoiInputError(e)) return e.issues;
    // A half-typed answer of the wrong shape: the full classification names it.
    return [];
  }
}

/**
 * Checks the criteria answers with rubric-core: the problems of each answered criterion, and which
 * criteria need a reason (found by asking again with every reason left out).
 */
export function checkAnswers(
  pack: Pack2,
  kind: SubjectKind,
  items: Readonly<Record<string, AnswerValue>>,
  leader = false,
): AnswerCheck {
  const issues = new Map<string, Message[]>();
  for (const issue of answerIssues(pack, kind, items, leader)) {
    if (issue.code === 'missing') continue;
    issues.set(issue.path, [...(issues.get(issue.path) ?? []), issue.message]);
  }
  const bare: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(items)) {
    if (typeof value !== 'object') bare[id] = value;
    else {
      const { reason: _r, ...rest } = value;
      bare[id] = rest;
    }
  }
  const reasonNeeded = new Set<string>();
  for (const issue of answerIssues(pack, kind, bare, leader)) {
    const m = /^criteria\.items\.(.+)\.reason$/.exec(issue.path);
    if (issue.code === 'reason-missing' && m) reasonNeeded.add(m[1] as string);
  }
  return { issues, reasonNeeded };
}

/** The issues at a path and under it (`taskList[2]` holds `taskList[2].weight`), by exact path. */
export function issuesUnder(issues: readonly InputIssue[], prefix: string): ReadonlyMap<string, readonly Message[]> {
  const out = new Map<string, Message[]>();
  for (const i of issues)
    if (i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`))
      out.set(i.path, [...(out.get(i.path) ?? []), i.message]);
  return out;
}

/** The weights of a task list added up exactly (tasks without a weight count 0). */
export function weightTotal(tasks: readonly { readonly weight?: number | undefined }[]): number {
  return sumExact(tasks.map((t) => t.weight ?? 0));
}

/** A person's weight frame as the draft keeps it: the frame's id and the weights the assigning level adjusted. */
export interface FrameValue {
  readonly id?: string;
  readonly A?: number;
  readonly B?: number;
  readonly C?: number;
  readonly D?: number;
}

// One task at full marks: enough for rubric-core to weigh the frame, nothing else to complain of.
const FRAME_PROBE_TASK = { name: '-', weight: 70, components: { A: 100, B: 100, C: 100, D: 100 }, completed: true };

/**
 * What rubric-core says about a person's (adjusted) frame under a pack, by path (`frame`, `frame.A`, …):
 * a weight more than the pack's ± percentage points from the frame (HD 03-HD/TVĐU tr.13), weights not
 * adding up to 100%, a frame the pack lacks. The frame is weighed alone, so its problems show even
 * while the rest of the draft is half-typed. Empty when the frame holds.
 */
export function frameIssues(pack: Pack2, frame: FrameValue | undefined): ReadonlyMap<string, readonly Message[]> {
  try {
    scoreQuarter(
      pack,
      {
        format: ASSESSMENT_FORMAT_2,
        period: { year: 2026, quarter: 1 },
        subject: { kind: 'staff' },
        scores: { general: 0, results: 0 },
        taskList: [FRAME_PROBE_TASK],
        ...(frame === undefined ? {} : { frame }),
      } as never,
      false,
    );
    return new Map();
  } catch (e) {
    if (isTusoiInputError(e)) return issuesUnder(e.issues, 'frame');
    return new Map();
  }
}
