import {
  type Answer,
  type Assessment,
  computeScores,
  fromMicro,
  fromValibotIssue,
  type InputIssue,
  issuePath,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  type Message,
  type Pack,
  TusoiInputError,
  toMicro,
} from '@tusoi/rubric-core';
import * as v from 'valibot';
import { quarterOf, quarterText } from './choices';
import type { FieldValue } from './fill';
import type { FillPlan, FillPlanStep } from './fill-plan';
import { describeFormMap } from './formmap-descriptions';
import type { Locator } from './locator-types';
import { TASK_CELLS, type TaskCell, type TaskRowsStep, taskSteps } from './rows';
import { urlMatches, urlPatternProblem } from './url-pattern';

/** Format tag of a form map. */
export const FORMMAP_FORMAT = 'tusoi.formmap/1';
/** How a map detected on a page begins its id (`detected-<host>`): its task tables add rows with the page's own button. */
export const DETECTED_ID = 'detected-';

/** The assessment fields a form map can fill or read (total = general + results, computed exactly). */
export const MAPPABLE_FIELDS = [
  'subject.name',
  'subject.unit',
  'subject.cell',
  'subject.birthDate',
  'review.strengths',
  'review.shortcomings',
  'priorShortcomings',
  'review.suggestedIssues',
  'review.collectiveResponsibility',
  'review.direction',
  'scores.general',
  'scores.results',
  'scores.total',
  'proposedLevel',
  'period.quarter',
  // The review year, where a page asks for it apart from the quarter (a select or box "Năm").
  'period.year',
  // The weight frame (khung tỷ trọng K1–K4) a quarterly draft is scored by (tusoi.assessment/2 `frame.id`).
  'frame.id',
] as const;

/** A field a map can fill. */
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

const css = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const LabelLocator = v.strictObject({ label: v.pipe(v.string(), v.minLength(1)) });
const NameLocator = v.strictObject({ name: v.pipe(v.string(), v.minLength(1)) });
const CssLocator = v.strictObject({ css: v.pipe(v.string(), v.minLength(1)) });
const TableLocator = v.strictObject({
  table: v.string(),
  row: v.pipe(v.string(), v.minLength(1)),
  column: v.pipe(v.string(), v.minLength(1)),
  choice: v.optional(v.pipe(v.string(), v.minLength(1))),
});
// A cell of a row (rows.ts): the row by position (from 1) or by the code a cell shows exactly.
const RowCellLocator = v.strictObject({
  rows: css,
  row: v.union([v.pipe(v.number(), v.integer(), v.minValue(1)), v.pipe(v.string(), v.minLength(1))]),
  cell: css,
});
const LocatorSchema = v.union([LabelLocator, NameLocator, CssLocator, TableLocator, RowCellLocator]);
// Each kind of locator (and of step, below) is told by a key of its own: a locator or step the
// schema refuses is explained by the kind its key names, not as "must be an object".
const LOCATOR_KINDS: readonly (readonly [string, v.GenericSchema])[] = [
  ['label', LabelLocator],
  ['name', NameLocator],
  ['css', CssLocator],
  ['table', TableLocator],
  ['rows', RowCellLocator],
];

const perCell = <S extends v.GenericSchema>(s: S) =>
  v.strictObject(
    Object.fromEntries(TASK_CELLS.map((c) => [c, v.optional(s)])) as Record<TaskCell, v.OptionalSchema<S, undefined>>,
  );

/** A task table of a quarterly form: which cell of a task row takes which part of a task (see formmap-descriptions.ts). */
const TasksSchema = v.strictObject({
  rows: css,
  cells: perCell(css),
  add: v.optional(LocatorSchema),
  values: v.optional(perCell(v.record(v.string(), v.string()))),
  decimal: v.optional(v.picklist([',', '.'])),
  waitMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
});

/** A step that fills one field of the draft. */
const FieldStep = v.strictObject({
  field: v.picklist(MAPPABLE_FIELDS),
  locator: LocatorSchema,
  /** How a value is written: the portal's value for each of the draft's (a level code, a quarter "3"…). */
  values: v.optional(v.record(v.string(), v.string())),
  /** The decimal mark the field takes, when the page does not show it ("," for "27,5"). */
  decimal: v.optional(v.picklist([',', '.'])),
  required: v.optional(v.boolean()),
  waitMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
});
/** A step that answers one criterion row. */
const CriterionStep = v.strictObject({
  /** A criterion of the draft's scoring pack (criteria.items[id]), filled where the portal asks for it. */
  criterion: v.pipe(v.string(), v.minLength(1)),
  /** Pressed when the criterion is met (đảm bảo). */
  met: v.optional(LocatorSchema),
  /** Pressed when it is not met (không đảm bảo). */
  notMet: v.optional(LocatorSchema),
  /** Pressed when it does not apply (K/AD, không áp dụng). */
  notApplicable: v.optional(LocatorSchema),
  /** Where points go, for a criterion scored in points. */
  points: v.optional(LocatorSchema),
  /** Where the draft's reason for a criterion not met goes (it may appear only after "Không đảm bảo"). */
  reason: v.optional(LocatorSchema),
  waitMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
});
/** A step that fills the task table. */
const TasksStep = v.strictObject({
  /** The draft's task list (tusoi.assessment/2 `taskList`) into a task table, one row per task. */
  tasks: TasksSchema,
});
/** A step that presses something on the page (never submit, delete or send: see the press safety). */
const ClickStep = v.strictObject({
  click: LocatorSchema,
  waitMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
});

const STEP_KINDS: readonly (readonly [string, v.GenericSchema])[] = [
  ['field', FieldStep],
  ['criterion', CriterionStep],
  ['tasks', TasksStep],
  ['click', ClickStep],
];

/** Valibot schema of tusoi.formmap/1. */
export const FormMapSchema = v.strictObject({
  format: v.literal(FORMMAP_FORMAT),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][\w.-]*$/)),
  title: v.strictObject({ vi: v.string(), en: v.optional(v.string()) }),
  /** URL patterns with `*` wildcards, e.g. `https://kiemdiem.example.gov.vn/*`. */
  // Each must also name a site: `*`, `<all_urls>`, `*.vn` are refused by parseFormMap (url-pattern.ts).
  match: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(2048))), v.minLength(1)),
  steps: v.array(v.union([FieldStep, CriterionStep, TasksStep, ClickStep])),
});

/** The JSON Schema of tusoi.formmap/1, given @valibot/to-json-schema's `toJsonSchema` (kept out of the bundle). */
export function formMapJsonSchema(
  toJsonSchema: (schema: typeof FormMapSchema, config: { errorMode: 'ignore' }) => object,
) {
  return {
    $id: 'https://tusoi.invalid/schema/formmap.schema.json',
    title: FORMMAP_FORMAT,
    description:
      'A form map: which assessment field goes to which place on which portal page, for filling and checking a form. Also checked by the library, not expressible here: each match pattern names a site.',
    ...describeFormMap(toJsonSchema(FormMapSchema, { errorMode: 'ignore' })),
  };
}

/** A form map: which assessment field goes to which locator on which portal. */
export type FormMap = v.InferOutput<typeof FormMapSchema>;
/** One step of a form map. */
export type FormMapStep = FormMap['steps'][number];

const joinPath = (outer: string, inner: string): string =>
  inner === '' ? outer : outer === '' || inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;

/**
 * A Valibot issue as input issues. A step or locator none of whose kinds fits is explained by the
 * kind its key names (`{ field: "total", … }` is a field step whose field is not allowed, listing the
 * allowed ones), or, with no such key, by the keys a step or locator must have.
 */
function explained(issue: v.BaseIssue<unknown>, toIssue: (i: v.BaseIssue<unknown>) => InputIssue): InputIssue[] {
  const input = issue.input;
  if (issue.type !== 'union' || typeof input !== 'object' || input === null || Array.isArray(input))
    return [toIssue(issue)];
  const path = issue.path ?? [];
  const isStep = typeof path.at(-1)?.key === 'number' && path.at(-2)?.key === 'steps';
  const kinds = isStep ? STEP_KINDS : LOCATOR_KINDS;
  const at = issuePath(issue);
  const kind = kinds.find(([key]) => Object.hasOwn(input, key));
  if (kind === undefined) {
    const keys = kinds.map(([key]) => `"${key}"`).join(', ');
    return [
      {
        code: 'not-allowed',
        path: at,
        message: isStep
          ? { vi: `bước điền cần một trong các khoá ${keys}`, en: `a step needs one of the keys ${keys}` }
          : { vi: `vị trí trên trang cần một trong các khoá ${keys}`, en: `a locator needs one of the keys ${keys}` },
      },
    ];
  }
  const own = v.safeParse(kind[1], input);
  if (own.success) return [toIssue(issue)];
  return own.issues.flatMap((i) => explained(i, toIssue)).map((i) => ({ ...i, path: joinPath(at, i.path) }));
}

/** Validates a form map (an import, a pick-mode edit); throws {@link TusoiInputError}. */
export function parseFormMap(input: unknown): FormMap {
  const parsed = v.safeParse(FormMapSchema, input);
  if (!parsed.success) {
    throw new TusoiInputError(parsed.issues.flatMap((i) => explained(i, fromValibotIssue)));
  }
  const broad = parsed.output.match.flatMap((pattern, i) => {
    const message = urlPatternProblem(pattern);
    return message ? [{ path: `match[${i}]`, message }] : [];
  });
  const wrong = [...broad, ...valueKeyIssues(parsed.output)];
  if (wrong.length > 0) throw new TusoiInputError(wrong);
  return parsed.output;
}

// The draft's values a field can hold, where they are a closed list: a key of `values` outside it
// ("GOOD" for a level) would never be used, silently.
const VALUE_KEYS: Partial<Record<MappableField, readonly string[]>> = {
  proposedLevel: LEVELS,
  'period.quarter': ['1', '2', '3', '4'],
};

/** Each key of a field step's `values` that the draft's field can never hold (`not-allowed`, at its path). */
function valueKeyIssues(map: FormMap): InputIssue[] {
  const out: InputIssue[] = [];
  map.steps.forEach((step, i) => {
    if (!('field' in step) || step.values === undefined) return;
    const allowed = VALUE_KEYS[step.field];
    if (allowed === undefined) return;
    for (const key of Object.keys(step.values))
      if (!allowed.includes(key))
        out.push({
          code: 'not-allowed',
          path: `steps[${i}].values.${key}`,
          message: {
            vi: `"${key}" không phải giá trị của trường này (chỉ ${allowed.join(', ')})`,
            en: `"${key}" is not a value of this field (only ${allowed.join(', ')})`,
          },
        });
  });
  return out;
}

/**
 * A form map the side panel sends to the page's script (the panel validated it when it was
 * imported, picked or detected): checked again against the schema, refused by path. The full
 * wording of each problem stays with {@link parseFormMap}, so the page's script does not carry
 * rubric-core's table of messages. Throws {@link TusoiInputError}.
 */
export function formMapFromPanel(input: unknown): FormMap {
  const parsed = v.safeParse(FormMapSchema, input);
  if (parsed.success) return parsed.output;
  // By the schema's own paths (a step refused whole is `steps[i]`): the panel checked the map with
  // parseFormMap, which explains each step; this check only keeps a bad map off the page.
  throw new TusoiInputError(
    parsed.issues.map((issue) => ({
      code: 'form-map',
      path: issuePath(issue),
      message: { vi: 'bản đồ biểu mẫu gửi tới trang không hợp lệ', en: 'the form map sent to the page is not valid' },
    })),
  );
}

/** Whether a map is for this URL (linear time; a pattern too broad matches nothing). */
export function mapMatches(map: FormMap, url: string): boolean {
  return map.match.some((pattern) => urlMatches(pattern, url));
}

function listText(
  items: readonly Record<string, string | number | undefined>[] | undefined,
  parts: readonly [string, string][],
): string | undefined {
  if (!items || items.length === 0) return undefined;
  return items
    .map((item, i) => {
      const extra = parts
        .filter(([key]) => item[key] !== undefined && item[key] !== '')
        .map(([key, name]) => `${name}: ${item[key]}`);
      return `${i + 1}. ${[item.text ?? item.issue, ...extra].filter(Boolean).join('. ')}`;
    })
    .join('\n');
}

const STATUS_VI = { fixed: 'đã khắc phục', 'in-progress': 'đang khắc phục', 'not-fixed': 'chưa khắc phục' } as const;
type Status = keyof typeof STATUS_VI;

/** Reads back the status a line of "Kết quả khắc phục" states, in the words {@link fieldValue} writes (or "khắc phục xong"). */
export function statusInText(line: string): Status | undefined {
  const text = line.normalize('NFC').toLowerCase();
  if (text.includes('khắc phục xong')) return 'fixed';
  return (Object.keys(STATUS_VI) as Status[]).find((s) => text.includes(STATUS_VI[s]));
}

/**
 * The scores rubric-core's classification gives a draft (`tusoi.result/1` `score`, and the points of
 * each task, `breakdown.tasks`): a quarterly draft (tusoi.assessment/2) carries none of its own, so
 * its totals are the classification's, never added up again here.
 */
export interface DraftScores {
  readonly general: number;
  readonly results: number;
  readonly total: number;
  /** Each task's points, in the order of the task list. */
  readonly tasks?: readonly number[];
}

/** What a fill needs beside the assessment: the scoring pack its criteria use, the reasons written for criteria not met, the classification's scores. */
export interface DraftContext {
  readonly pack?: Pack;
  readonly notes?: Readonly<Record<string, string>>;
  /** The draft's scores as rubric-core classified it (a quarterly draft's only scores). */
  readonly score?: DraftScores;
  /**
   * The user's own tusoi.pack/2 the draft is scored by (not a built-in one), as the panel sent it:
   * the check judges criterion reasons by it, after rubric-core's parsePack2 accepts it (rows-check.ts).
   */
  readonly ownPack?: unknown;
  /**
   * rubric-core classified the draft's quarter as not rated (decision `unrated`, Q26-30): it has no
   * level to propose, so a check does not ask for one (the level is left to the page).
   */
  readonly unrated?: boolean;
  /**
   * The result axes of the draft's pack (tusoi.pack/2 `results.axes`): a task's axis is chosen on the
   * page by the axis's title there ("Trục 1: …", "Trục 1", "1"), never by its id ("T1").
   */
  readonly axes?: readonly { readonly id: string; readonly vi: string }[];
}

const exactTotal = (s: { general: number; results: number }): DraftScores => ({
  general: s.general,
  results: s.results,
  total: fromMicro(toMicro(s.general) + toMicro(s.results)),
});

// The draft's own two scores (the total added exactly), else the classification's, else a draft
// scored by pack has its two groups computed by rubric-core from its criteria.
function scoresOf(a: Partial<Assessment>, context: DraftContext): DraftScores | undefined {
  if (a.scores) return exactTotal(a.scores);
  if (context.score) return context.score;
  const pack = context.pack;
  if (!(a.criteria && pack && pack.id === a.criteria.pack)) return undefined;
  try {
    return exactTotal(computeScores(pack, a.criteria.items));
  } catch (e) {
    if (e instanceof TusoiInputError) return undefined;
    throw e;
  }
}

/** The value a draft gives for a mappable field, as the form shows it (scores: the draft's own, else the context's classification, else computed from its pack). */
export function fieldValue(
  a: Partial<Assessment>,
  field: MappableField,
  context: DraftContext = {},
): FieldValue | undefined {
  return field.startsWith('scores.') ? draftValue(a, field, scoresOf(a, context)) : draftValue(a, field);
}

/**
 * {@link fieldValue} without a pack: the draft's own `scores`, else `score` (the classification's)
 * when given. What the page's check compares, so that the content script does not carry the packs' code.
 */
export function draftValue(
  a: Partial<Assessment>,
  field: MappableField,
  score: DraftScores | undefined = undefined,
): FieldValue | undefined {
  const s = a.scores ? exactTotal(a.scores) : score;
  switch (field) {
    case 'subject.name':
    case 'subject.unit':
    case 'subject.cell':
    case 'subject.birthDate':
      return a.subject?.[field.slice(8) as 'name'];
    case 'review.strengths':
    case 'review.collectiveResponsibility':
    case 'review.direction':
      return a.review?.[field.slice(7) as 'strengths'];
    case 'review.shortcomings':
      return listText(a.review?.shortcomings, [
        ['cause', 'Nguyên nhân'],
        ['responsibility', 'Trách nhiệm'],
        ['remedy', 'Khắc phục'],
      ]);
    case 'review.suggestedIssues':
      return listText(a.review?.suggestedIssues, [['explanation', 'Giải trình']]);
    case 'priorShortcomings':
      return listText(
        a.priorShortcomings?.map((s) => ({
          text: s.text,
          status: s.status ? STATUS_VI[s.status] : undefined,
          progress: s.progress === undefined ? undefined : `${Math.round(s.progress * 100)}%`,
        })),
        [
          ['status', 'Kết quả'],
          ['progress', 'Mức độ'],
        ],
      );
    case 'scores.general':
      return s?.general;
    case 'scores.results':
      return s?.results;
    case 'scores.total':
      return s?.total;
    case 'proposedLevel':
      return a.proposedLevel;
    case 'period.quarter':
      return a.period?.quarter === undefined ? undefined : String(a.period.quarter);
    case 'period.year':
      return a.period?.year === undefined ? undefined : String(a.period.year);
    case 'frame.id':
      return a.frame?.id;
  }
}

// A criterion becomes one or two steps: press met / not met (or write the points), then the
// reason, waited for because portals show it only after "Không đảm bảo".
function criterionSteps(
  step: Extract<FormMapStep, { criterion: string }>,
  a: Partial<Assessment>,
  context: DraftContext,
): FillPlanStep[] {
  const item: unknown = a.criteria?.items[step.criterion];
  const key = `criteria.${step.criterion}`;
  const wait = step.waitMs === undefined ? {} : { waitMs: step.waitMs };
  // A quarterly answer (tusoi.assessment/2): met, not met or K/AD, with its points and reason.
  const answer = typeof item === 'object' && item !== null ? (item as Answer) : undefined;
  const value = answer ? answer.answer === 'met' || (answer.answer === 'notMet' ? false : answer.answer) : item;
  if (typeof value === 'number') return step.points ? [{ key, locator: step.points as Locator, value, ...wait }] : [];
  if (value === true) return step.met ? [{ key, locator: step.met as Locator, value: true, ...wait }] : [];
  if (value !== false && value !== 'notApplicable') return [];
  const press = value === false ? step.notMet : step.notApplicable;
  const out: FillPlanStep[] = press ? [{ key, locator: press as Locator, value: true, ...wait }] : [];
  if (answer?.points !== undefined && step.points)
    out.push({ key: `${key}.points`, locator: step.points as Locator, value: answer.points, ...wait });
  const reason = answer?.reason ?? context.notes?.[step.criterion];
  if (step.reason && reason)
    out.push({ key: `${key}.reason`, locator: step.reason as Locator, value: reason, waitMs: step.waitMs ?? 2000 });
  return out;
}

// Why a field of the form gets nothing from the draft, as the report says it.
function absentWhy(field: MappableField, a: Partial<Assessment>): Message {
  return field === 'period.quarter' && a.period && a.period.quarter === undefined
    ? { vi: 'bản kiểm điểm là cả năm, không có quý', en: 'the draft is annual: it has no quarter' }
    : { vi: 'bản kiểm điểm chưa có nội dung này', en: 'the draft has nothing for it' };
}

/**
 * The fill plan a map gives for a draft: the fields the draft has a value for, plus the map's
 * clicks; a field it has none for is a step marked `absent` (why), written nothing.
 */
export function planFromMap(map: FormMap, a: Partial<Assessment>, context: DraftContext = {}): FillPlan {
  const plan: FillPlanStep[] = [];
  map.steps.forEach((step, i) => {
    if ('tasks' in step) {
      plan.push(
        ...(taskSteps(
          step.tasks as TaskRowsStep,
          a.taskList ?? [],
          context.score?.tasks,
          context.axes,
          map.id.startsWith(DETECTED_ID),
        ) as FillPlanStep[]),
      );
      return;
    }
    const wait = step.waitMs === undefined ? {} : { waitMs: step.waitMs };
    if ('click' in step) {
      plan.push({ key: `click-${i}`, locator: step.click as Locator, click: true, ...wait });
      return;
    }
    if ('criterion' in step) {
      plan.push(...criterionSteps(step, a, context));
      return;
    }
    let value = fieldValue(a, step.field, context);
    if (value === undefined) {
      plan.push({ key: step.field, locator: step.locator as Locator, absent: absentWhy(step.field, a) });
      return;
    }
    const mapped = step.values?.[String(value)];
    if (mapped !== undefined) value = mapped;
    else if (step.field === 'proposedLevel') value = LEVEL_NAMES[value as Level].vi;
    // A form may ask for one value twice (the points as a number and again in words).
    const key = plan.some((p) => p.key === step.field) ? `${step.field}#${i}` : step.field;
    const quarter = step.field === 'period.quarter' ? quarterOf(String(value)) : null;
    plan.push({
      key,
      locator: step.locator as Locator,
      value,
      // The page's own review period (quarter, year) is the page's: chosen only when it is empty (said otherwise).
      ...(step.field === 'period.quarter' || step.field === 'period.year' ? { keepChosen: true as const } : {}),
      // The draft's year goes with its quarter: "Quý III/2026" is chosen over "Quý III/2025", and named so.
      ...(quarter && a.period?.year !== undefined ? { aliases: [quarterText(quarter.quarter, a.period.year)] } : {}),
      ...wait,
      ...(step.decimal ? { decimal: step.decimal } : {}),
    });
  });
  return plan;
}

/** What a draft holds that a map has no place for: fields with a value, criteria answered. */
export interface NotOnPage {
  readonly fields: readonly MappableField[];
  /** Criterion codes the draft answers (met, not met, K/AD or points) that no criterion step of the map covers or can press. */
  readonly criteria: readonly string[];
  /** Tasks of the draft's task list when no step of the map fills a task table (0 otherwise). */
  readonly tasks: number;
}

/**
 * The draft's values a map cannot write (no step for them): said beside "Đã điền N/N", which counts
 * only the fields the map tried, so that N/N is never read as "everything in the draft".
 */
export function notOnPage(map: FormMap, a: Partial<Assessment>, context: DraftContext = {}): NotOnPage {
  const mapped = new Set<string>();
  for (const s of map.steps) {
    if ('field' in s) mapped.add(s.field);
    // A K/AD answer needs a K/AD control; the others are pressed or written where the step says.
    else if ('criterion' in s) {
      const item: unknown = a.criteria?.items[s.criterion];
      if ((item as Answer | undefined)?.answer !== 'notApplicable' || s.notApplicable)
        mapped.add(`criteria.${s.criterion}`);
    }
  }
  // A form that takes both group scores needs no criteria, and computes its total from them; one
  // that takes criteria computes the scores from them.
  const byGroups = mapped.has('scores.general') && mapped.has('scores.results');
  const byCriteria = map.steps.some((s) => 'criterion' in s);
  // The year is no content of the review: most pages carry it in their quarter or not at all.
  const fields = MAPPABLE_FIELDS.filter((f) => !mapped.has(f) && fieldValue(a, f, context) !== undefined).filter(
    (f) => f !== 'period.year' && !((f === 'scores.total' && byGroups) || (f.startsWith('scores.') && byCriteria)),
  );
  const criteria = byGroups
    ? []
    : Object.entries(a.criteria?.items ?? {})
        .filter(([code, v]) => v !== undefined && v !== null && !mapped.has(`criteria.${code}`))
        .map(([code]) => code);
  const tasks = map.steps.some((s) => 'tasks' in s) ? 0 : (a.taskList?.length ?? 0);
  return { fields, criteria, tasks };
}
