// The document input wrapper `{assessment, notes, packs, place, date, taskList}`: shapes checked with
// Valibot, so that the CLI, the side panel and the playground refuse the same bad input the same way.
import * as v from 'valibot';
import { type InputIssue, TusoiInputError } from '../errors.js';
import { textKey } from '../internal/key.js';
import { parseShape } from '../internal/shape.js';
import { builtinPack } from '../packs/builtin.js';
import { packCriteria } from '../packs/compute.js';
import { type Pack, PackSchema } from '../packs/pack.js';
import { builtinPack2 } from '../packs/quarterly-builtin.js';
import { groupsFor, PACK2_FORMAT, type Pack2, Pack2Schema } from '../packs/quarterly-pack.js';
import type { Assessment } from '../schemas/assessment.js';
import { dateSchema, textSchema } from '../schemas/common.js';
import { parseAssessment } from '../validate.js';

/** A place name for the date line ("Hà Nội"): a line of text, at most 200 characters. */
const placeSchema = v.pipe(v.string(), v.maxLength(200));

/**
 * One row of a quarter's task list (columns of the quarterly appendix "Kết quả thực hiện nhiệm vụ,
 * công việc được giao"). Every cell is free text, printed as written; only `task` is required.
 */
export const TaskRowSchema = v.strictObject({
  /** Nội dung nhiệm vụ, công việc. */
  task: textSchema,
  /** Thời hạn hoàn thành, as written ("30/6/2026"). */
  deadline: v.optional(textSchema),
  /** Tình hình thực hiện. */
  status: v.optional(textSchema),
  /** Sản phẩm hoàn thành. */
  product: v.optional(textSchema),
  /** Đánh giá tiến độ. */
  progress: v.optional(textSchema),
  /** Ghi chú. */
  note: v.optional(textSchema),
});

/**
 * A quarter of the year whose self-review exists but could not be read (the extension's stored draft
 * that fails its checks): named in the document's year section, Vietnamese then English, so the
 * year's result is never read as made from four quarters when it was not. `why`: the reason, as the
 * store gave it, each language a line of text.
 */
export const UnreadableQuarterSchema = v.strictObject({
  /** 1–4. */
  quarter: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  why: v.optional(
    v.strictObject({ vi: v.pipe(v.string(), v.maxLength(500)), en: v.pipe(v.string(), v.maxLength(500)) }),
  ),
});

/** Valibot schema of the document input; `assessment` is checked apart, as a tusoi.assessment/1. */
export const DocumentInputSchema = v.strictObject({
  assessment: v.unknown(),
  notes: v.optional(v.record(v.string(), textSchema)),
  packs: v.optional(v.array(v.variant('format', [PackSchema, Pack2Schema]))),
  place: v.optional(placeSchema),
  date: v.optional(dateSchema),
  taskList: v.optional(v.array(TaskRowSchema)),
  quarters: v.optional(v.array(v.unknown())),
  unreadableQuarters: v.optional(v.pipe(v.array(UnreadableQuarterSchema), v.maxLength(4))),
});

/** A quarter that could not be read, as the document names it. */
export type UnreadableQuarter = v.InferOutput<typeof UnreadableQuarterSchema>;

/** One row of a quarter's task list. */
export type TaskRow = v.InferOutput<typeof TaskRowSchema>;

/** What a document is made from: the assessment, plus what a draft keeps beside it. */
export interface DocumentInput {
  /** A tusoi.assessment/1 object; validated here. */
  readonly assessment: unknown;
  /** Reasons for criteria not met, by criterion id (the extension draft's `notes`). */
  readonly notes?: Readonly<Record<string, string>>;
  /** Packs that `criteria.pack` may name beyond the built-in ones: tusoi.pack/1, or a quarter's tusoi.pack/2. */
  readonly packs?: readonly (Pack | Pack2)[];
  /** Place for the date line ("Hà Nội"), at most 200 characters; dots when absent. */
  readonly place?: string;
  /** Date of the document, ISO `YYYY-MM-DD` and a day that exists; dots when absent, so it can be written by hand. */
  readonly date?: string;
  /** A quarter's task list; when absent the task counts of the assessment are shown. */
  readonly taskList?: readonly TaskRow[];
  /**
   * An annual assessment's quarterly assessments of the same subject and year (tusoi.assessment/2,
   * each checked as `tusoi year` checks it): the document then carries the year's result from them
   * (classifyYear: each quarter's level and total, the year's level, score, the reasons and flags).
   * Only for an annual assessment. An annual tusoi.assessment/2 that writes its quarters' results
   * inside (`assessment.quarters`) gets the same section without this; both at once are refused.
   */
  readonly quarters?: readonly unknown[];
  /**
   * Quarters of the year (1–4) whose self-review exists but could not be read, with the reason:
   * the year section names each (Vietnamese, then English) and says the year is worked out from the
   * other quarters. Only for an annual assessment.
   */
  readonly unreadableQuarters?: readonly UnreadableQuarter[];
}

/** A document input whose every part has been checked. */
export interface ParsedDocumentInput extends Omit<DocumentInput, 'assessment'> {
  readonly assessment: Assessment;
}

/**
 * Checks a document input: the wrapper's fields (strict: an unknown key is refused) and the
 * assessment, all in one pass.
 *
 * @throws {TusoiInputError} Naming every problem: wrapper fields by their path (`taskList[1].task`,
 *   `date`), the assessment's by its own paths (`period.year`), in Vietnamese and English.
 */
export function parseDocumentInput(input: unknown): ParsedDocumentInput {
  const issues: InputIssue[] = [];
  // parseShape, not v.safeParse: an array for `notes` is refused, and the keys "__proto__" and
  // "constructor" are checked and kept as criterion ids like any other.
  const wrapper = parseShape(DocumentInputSchema, input);
  if (!wrapper.success) issues.push(...wrapper.issues);
  let assessment: Assessment | undefined;
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    try {
      assessment = parseAssessment((input as { assessment?: unknown }).assessment);
    } catch (error) {
      if (!(error instanceof TusoiInputError)) throw error;
      issues.push(...error.issues);
    }
  }
  const notes = wrapper.success
    ? keyedNotes(wrapper.output.notes, wrapper.output.packs, assessment, issues)
    : undefined;
  if (!wrapper.success || assessment === undefined || issues.length > 0) throw new TusoiInputError(issues);
  // Valibot types an optional key as possibly undefined; the builder treats both alike.
  return { ...wrapper.output, ...(notes === undefined ? {} : { notes }), assessment } as ParsedDocumentInput;
}

/**
 * The pack `criteria.pack` names: a pack given with the draft (tusoi.pack/1, or a user's own
 * tusoi.pack/2), else a built-in tusoi.pack/1, else a built-in tusoi.pack/2; ids compared after NFC
 * and trimming. Undefined when none is found.
 */
export function documentPack(
  a: Assessment,
  packs: readonly (Pack | Pack2)[] | undefined,
): { readonly pack: Pack } | { readonly pack2: Pack2 } | undefined {
  const id = a.criteria?.pack;
  if (id === undefined) return undefined;
  const key = textKey(id);
  const given = packs?.find((p) => textKey(p.id) === key);
  if (given !== undefined) return given.format === PACK2_FORMAT ? { pack2: given as Pack2 } : { pack: given as Pack };
  const pack = builtinPack(key);
  if (pack !== undefined) return { pack };
  const pack2 = builtinPack2(key);
  return pack2 === undefined ? undefined : { pack2 };
}

/** The criterion ids of the pack `criteria.pack` names (given or built-in), as compared; undefined if none is found. */
function criterionIds(a: Assessment, packs: readonly (Pack | Pack2)[] | undefined): Set<string> | undefined {
  const found = documentPack(a, packs);
  if (found === undefined) return undefined;
  if ('pack' in found) return new Set(packCriteria(found.pack).map(({ criterion }) => textKey(criterion.id)));
  return new Set(groupsFor(found.pack2, a.subject.kind).flatMap((g) => g.items.map((i) => textKey(i.id))));
}

/**
 * The notes by criterion id as compared (NFC, trimmed, as the assessment's ids): " pl4-1.1 " is
 * pl4-1.1. One id written twice is refused (`duplicate-id`), and so is an id the pack does not have
 * (`unknown-criterion`): a reason is never dropped silently.
 */
function keyedNotes(
  notes: Readonly<Record<string, string>> | undefined,
  packs: readonly (Pack | Pack2)[] | undefined,
  a: Assessment | undefined,
  issues: InputIssue[],
): Readonly<Record<string, string>> | undefined {
  if (notes === undefined) return undefined;
  const known = a === undefined ? undefined : criterionIds(a, packs);
  const out: Record<string, string> = {};
  for (const key of Object.keys(notes)) {
    const id = textKey(key);
    if (Object.hasOwn(out, id)) {
      issues.push({
        code: 'duplicate-id',
        path: `notes.${key}`,
        message: {
          vi: `ghi chú cho tiêu chí "${id}" được ghi hai lần`,
          en: `the note for criterion "${id}" is given twice`,
        },
      });
      continue;
    }
    if (known !== undefined && !known.has(id))
      issues.push({
        code: 'unknown-criterion',
        path: `notes.${key}`,
        message: {
          vi: `bảng "${a?.criteria?.pack}" không có tiêu chí "${id}": ghi chú này không có chỗ trong bản kiểm điểm`,
          en: `pack "${a?.criteria?.pack}" has no criterion "${id}": this note has no place in the review`,
        },
      });
    // defineProperty: "__proto__" stays a key like any other.
    Object.defineProperty(out, id, { value: notes[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}
