// A hand-written accept-only check for the common shape of a quarterly assessment
// (tusoi.assessment/2: period, subject, scores or criteria answers, frame, task list).
// `isPlainQuarter(x)` true means the assessment schema accepts `x` as it is; false means "not
// sure": the caller then runs the derived guard (./guard.ts) and, failing that, Valibot, so error
// reports are unchanged. Plain property reads and typeof checks, no closures: on a 7-task quarter
// it costs a fraction of the derived guard. Each strict object is read field by field and its
// enumerable keys are counted, so an unknown key (or a key set to undefined) makes the count
// differ. Every limit below restates ../schemas/quarterly.ts and ../schemas/assessment.ts; a test
// pins them to the schemas and a property test pins "true ⇒ Valibot accepts".
import { toMicro } from '../decimal.js';
import { LEVELS } from '../levels.js';
import type { Assessment } from '../schemas/assessment.js';
import { ASSESSMENT_FORMAT_2 } from '../schemas/quarterly.js';
import { SUBJECT_KINDS } from '../subject-kinds.js';
import { isReservedKey } from './reserved-keys.js';

type Obj = Record<string, unknown>;

/** The top-level fields the check reads; any other sends the file to the generic checks (a switch: no call per key). */
function isTopKey(k: string): boolean {
  switch (k) {
    case 'format':
    case 'ruleset':
    case 'period':
    case 'subject':
    case 'scores':
    case 'criteria':
    case 'frame':
    case 'taskList':
    case 'proposedLevel':
      return true;
    default:
      return false;
  }
}

const KINDS: readonly unknown[] = SUBJECT_KINDS;
const LEVEL_CODES: readonly unknown[] = LEVELS;

// Each check below spells out its own plainness test and key count instead of sharing a helper:
// V8 keeps property-access feedback per code site, and one `x.constructor` or for-in site shared
// by every kind of object turns megamorphic (several times slower than one site per shape).
// Plain means `constructor` is Object: an object literal or parsed JSON, not an array, a class
// instance or an object without a prototype (those go to the generic checks). Read as a property:
// V8 does not inline Object.getPrototypeOf, which cost more than the rest of the check.

/** 1 for a field that is given, 0 for one that is not. */
const given = (x: unknown): number => (x === undefined ? 0 : 1);

/** textSchema: a string of at most 100,000 characters. */
const isText = (x: unknown): boolean => typeof x === 'string' && x.length <= 100_000;
/** An id: a non-empty string. */
const isId = (x: unknown): boolean => typeof x === 'string' && x.length >= 1;
const isBoolean = (x: unknown): boolean => typeof x === 'boolean';

/** A number in [0, max] with at most 6 − log10(unit) decimals (a whole number in range always qualifies). */
function isDecimal(x: unknown, max: number, unit: number): boolean {
  if (typeof x !== 'number' || !(x >= 0 && x <= max)) return false;
  if (Number.isInteger(x)) return true;
  const m = toMicro(x);
  return !Number.isNaN(m) && m % unit === 0;
}

/** pointsSchema(0, max): at most 6 decimals, and not -0. */
const isPoints = (x: unknown, max: number): boolean => isDecimal(x, max, 1) && !Object.is(x, -0);

/** countSchema: a whole number 0 … 2^53 − 1, not -0. */
const isCount = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0 && !Object.is(x, -0);

const isYear = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 1990 && (x as number) <= 2100;
const isQuarter = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 4;

function isPeriod(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { year, quarter } = x as Obj;
  if (!isYear(year) || (quarter !== undefined && !isQuarter(quarter))) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 1 + given(quarter);
}

/** The subject with its kind and names; a birth date goes to the generic checks (calendar rules). */
function isSubject(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { kind, name, unit, cell } = x as Obj;
  if (
    !KINDS.includes(kind) ||
    (name !== undefined && !isText(name)) ||
    (unit !== undefined && !isText(unit)) ||
    (cell !== undefined && !isText(cell))
  )
    return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 1 + given(name) + given(unit) + given(cell);
}

function isScores(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { general, results } = x as Obj;
  if (!isPoints(general, 30) || !isPoints(results, 70)) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 2;
}

/** AnswerSchema. */
function isAnswer(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { answer, points, reason } = x as Obj;
  if (
    (answer !== 'met' && answer !== 'notMet' && answer !== 'notApplicable') ||
    (points !== undefined && !isPoints(points, 30)) ||
    (reason !== undefined && !isText(reason))
  )
    return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 1 + given(points) + given(reason);
}

/** The criteria items: by non-empty id, a finite number, true / false, or an answer. */
function isItems(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const items = x as Obj;
  // Every enumerable key, `__proto__` included (a parsed file may carry it), checked alike.
  for (const id in items) {
    // A reserved key is left to the full check, which refuses it (./reserved-keys.ts).
    if (id.length === 0 || isReservedKey(id)) return false;
    const item = items[id];
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
    } else if (typeof item !== 'boolean' && !isAnswer(item)) return false;
  }
  return true;
}

function isCriteria(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { pack, items } = x as Obj;
  if (!isId(pack) || !isItems(items)) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 2;
}

/** An adjusted frame weight: percent 0–100 with at most 2 decimals. */
const isFrameWeight = (x: unknown): boolean => x === undefined || isDecimal(x, 100, 10_000);

/** FrameChoiceSchema. */
function isFrame(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { id, A, B, C, D } = x as Obj;
  if (!isId(id) || !isFrameWeight(A) || !isFrameWeight(B) || !isFrameWeight(C) || !isFrameWeight(D)) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === 1 + given(A) + given(B) + given(C) + given(D);
}

/** A component: percent 0–120 with at most 4 decimals (-0 passes, as minValue(0) lets it). */
const isComponent = (x: unknown): boolean => x === undefined || isDecimal(x, 120, 100);

/** ComponentsSchema. */
function isComponents(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { A, B, C, D } = x as Obj;
  if (!isComponent(A) || !isComponent(B) || !isComponent(C) || !isComponent(D)) return false;
  let n = 0;
  for (const _ in x) n++;
  return n === given(A) + given(B) + given(C) + given(D);
}

const isEventCount = (x: unknown): boolean => x === undefined || isCount(x);

/** The task's event counts. */
function isEvents(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const { revisions, reminders, daysLate, failedReviews, delays, objectiveFailedReviews, objectiveDelays } = x as Obj;
  if (
    !isEventCount(revisions) ||
    !isEventCount(reminders) ||
    !isEventCount(daysLate) ||
    !isEventCount(failedReviews) ||
    !isEventCount(delays) ||
    !isEventCount(objectiveFailedReviews) ||
    !isEventCount(objectiveDelays)
  )
    return false;
  let n = 0;
  for (const _ in x) n++;
  return (
    n ===
    given(revisions) +
      given(reminders) +
      given(daysLate) +
      given(failedReviews) +
      given(delays) +
      given(objectiveFailedReviews) +
      given(objectiveDelays)
  );
}

/** TaskSchema. */
function isTask(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || (x as Obj).constructor !== Object) return false;
  const {
    name,
    completed,
    axis,
    weight,
    components,
    frame,
    exceeded,
    key,
    kind,
    safety,
    keyLevel,
    late,
    objectiveReason,
    note,
    events,
  } = x as Obj;
  if (
    !isText(name) ||
    !isBoolean(completed) ||
    (axis !== undefined && !isId(axis)) ||
    (weight !== undefined && (!isDecimal(weight, 70, 10_000) || Object.is(weight, -0))) ||
    (components !== undefined && !isComponents(components)) ||
    (frame !== undefined && !isId(frame)) ||
    (exceeded !== undefined && !isBoolean(exceeded)) ||
    (key !== undefined && !isBoolean(key)) ||
    (kind !== undefined && kind !== 'unplanned' && kind !== 'regular') ||
    (safety !== undefined && !isBoolean(safety)) ||
    (keyLevel !== undefined && keyLevel !== 1 && keyLevel !== 2 && keyLevel !== 3) ||
    (late !== undefined && !isBoolean(late)) ||
    (objectiveReason !== undefined && !isText(objectiveReason)) ||
    (note !== undefined && !isText(note)) ||
    (events !== undefined && !isEvents(events))
  )
    return false;
  let n = 0;
  for (const _ in x) n++;
  return (
    n ===
    2 +
      given(axis) +
      given(weight) +
      given(components) +
      given(frame) +
      given(exceeded) +
      given(key) +
      given(kind) +
      given(safety) +
      given(keyLevel) +
      given(late) +
      given(objectiveReason) +
      given(note) +
      given(events)
  );
}

function isTaskList(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  // A plain loop: a hole reads as undefined and is refused, as Valibot refuses it.
  for (let i = 0; i < x.length; i++) if (!isTask(x[i])) return false;
  return true;
}

/**
 * Reads the header of each part of a quarter (period, subject, criteria and each answer, frame, each
 * task with its components, name and axis) in one tight pass, and returns how many were objects or
 * strings (never negative). The parts of a file parsed and kept for a while lie far apart in memory,
 * and each first read waits for memory: issued together here, those waits overlap, where the checks
 * (several reads and a key count per part) would meet them one at a time. Reads only; a part of any
 * type is passed over.
 */
function touchParts(period: unknown, subject: unknown, criteria: unknown, frame: unknown, taskList: unknown): number {
  let n =
    (typeof period === 'object' ? 1 : 0) + (typeof subject === 'object' ? 1 : 0) + (typeof frame === 'object' ? 1 : 0);
  if (typeof criteria === 'object' && criteria !== null) {
    const items = (criteria as Obj).items;
    if (typeof items === 'object' && items !== null)
      for (const id in items) {
        const item = (items as Obj)[id];
        // An answer's reason is one read further: asked for here too.
        if (typeof item === 'object' && item !== null && typeof (item as Obj).reason === 'string') n++;
      }
  }
  if (Array.isArray(taskList))
    for (let i = 0; i < taskList.length; i++) {
      const t = taskList[i];
      if (typeof t !== 'object' || t === null) continue;
      const { components, name, axis } = t as Obj;
      if (typeof components === 'object') n++;
      if (typeof name === 'string') n++;
      if (typeof axis === 'string') n++;
    }
  return n;
}

/**
 * Whether `x` is a tusoi.assessment/2 of the common quarterly shape (format, ruleset, period,
 * subject, scores, criteria, frame, taskList, proposedLevel) that the assessment schema accepts as
 * it is. Accept-only: false for whatever it does not cover (other fields, a /1 file, a birth date,
 * an object that is not a plain one), which the generic checks then judge.
 */
export function isPlainQuarter(x: unknown): x is Assessment {
  // The format first: the other reads then only ever meet /2 files, so that annual files of every
  // shape (a batch, a mixed cohort) do not make them megamorphic for the quarters that follow.
  if (typeof x !== 'object' || x === null || (x as Obj).format !== ASSESSMENT_FORMAT_2) return false;
  // The key names next, before any other read: a file with other fields (an annual one with its
  // quarters, in objects of many shapes) is left at once, without reads that miss.
  let n = 0;
  for (const k in x) {
    if (!isTopKey(k)) return false;
    n++;
  }
  if ((x as Obj).constructor !== Object) return false;
  const { ruleset, period, subject, scores, criteria, frame, taskList, proposedLevel } = x as Obj;
  if (
    n !==
    3 + given(ruleset) + given(scores) + given(criteria) + given(frame) + given(taskList) + given(proposedLevel)
  )
    return false;
  // Whatever this returns, the checks below give the same answer; it only makes them wait less.
  if (touchParts(period, subject, criteria, frame, taskList) < 0) return false;
  return (
    (ruleset === undefined || typeof ruleset === 'string') &&
    isPeriod(period) &&
    isSubject(subject) &&
    (scores === undefined || isScores(scores)) &&
    (criteria === undefined || isCriteria(criteria)) &&
    (frame === undefined || isFrame(frame)) &&
    (taskList === undefined || isTaskList(taskList)) &&
    (proposedLevel === undefined || LEVEL_CODES.includes(proposedLevel))
  );
}
