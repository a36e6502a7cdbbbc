import * as v from 'valibot';

// Messages between the side panel and the content script, validated on arrival: a page can
// post anything, so nothing is acted on unless it has exactly this shape.

const LocatorSchema = v.union([
  v.strictObject({ label: v.string() }),
  v.strictObject({ name: v.string() }),
  v.strictObject({ css: v.string() }),
  // A table's row × column; `choice` the button of that cell with this text ("Đạt").
  v.strictObject({ table: v.string(), row: v.string(), column: v.string(), choice: v.optional(v.string()) }),
  // A cell of a row (form-kit rows.ts): a task's row may be known by the name in its name cell.
  v.strictObject({
    rows: v.string(),
    row: v.union([v.number(), v.string()]),
    cell: v.string(),
    named: v.optional(v.strictObject({ cell: v.string(), text: v.string() })),
  }),
]);

const StepSchema = v.strictObject({
  key: v.string(),
  locator: LocatorSchema,
  value: v.optional(v.union([v.string(), v.number(), v.boolean()])),
  click: v.optional(v.literal(true)),
  waitMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000))),
  /** The decimal mark a form map states for the field. */
  decimal: v.optional(v.picklist([',', '.'])),
  /** Make room for a row: the page's add-row button, pressed only through form-kit's safety checks (`own`: the table's own, found by form-kit, for a detected map). */
  addRow: v.optional(v.strictObject({ press: v.optional(LocatorSchema), own: v.optional(v.literal(true)) })),
  /** The draft has nothing for the field: written nothing, named in the report with this reason. */
  absent: v.optional(v.strictObject({ vi: v.string(), en: v.string() })),
  /** A choice the page made already (its review period) is kept: written only when empty. */
  keepChosen: v.optional(v.literal(true)),
  /** More words a choice may be offered in (a task's axis by its title in the pack). */
  aliases: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(10))),
});

/** A request from the side panel to the page. */
export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tusoi:fill'), plan: v.array(StepSchema), onlyEmpty: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('tusoi:undo') }),
  v.strictObject({
    type: v.literal('tusoi:detect'),
    /** The draft's pack criteria (id and wording): criteria table rows become criterion steps. */
    criteria: v.optional(
      v.pipe(
        v.array(
          v.strictObject({ id: v.pipe(v.string(), v.maxLength(200)), vi: v.pipe(v.string(), v.maxLength(5000)) }),
        ),
        v.maxLength(500),
      ),
    ),
  }),
  v.strictObject({
    type: v.literal('tusoi:check'),
    map: v.unknown(),
    draft: v.record(v.string(), v.unknown()),
    lang: v.picklist(['vi', 'en']),
    /** rubric-core classified the draft's quarter as not rated (Q26-30): no level is asked for. */
    unrated: v.optional(v.literal(true)),
    /** The draft's scores as rubric-core classified it in the panel (a quarterly draft has no others). */
    score: v.optional(
      v.strictObject({
        general: v.number(),
        results: v.number(),
        total: v.number(),
        tasks: v.optional(v.pipe(v.array(v.number()), v.maxLength(500))),
      }),
    ),
    /**
     * The user's own tusoi.pack/2 the draft is scored by (never a built-in one): criterion reasons
     * are judged by its rules. Only its outline is checked here (an object, its format); the row
     * code, which runs the rules, checks it whole with rubric-core's parsePack2 before using it
     * (form-kit rows-check.ts), so the pack schema stays out of the portal script.
     */
    pack: v.optional(
      v.looseObject({ format: v.literal('tusoi.pack/2'), id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
    ),
  }),
  v.strictObject({ type: v.literal('tusoi:url') }),
  v.strictObject({
    type: v.literal('tusoi:pick'),
    /** The draft field being picked, in words (shown on the page's banner as text). */
    label: v.pipe(v.string(), v.maxLength(200)),
    timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(600_000))),
    /** Origins of frames the user granted, where the panel picks too: not covered on this page. */
    open: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20))),
  }),
  v.strictObject({ type: v.literal('tusoi:pick-cancel') }),
  v.strictObject({ type: v.literal('tusoi:frames') }),
  /** What a map's locators point at (captions, and whether a press would be refused), for its preview. */
  v.strictObject({ type: v.literal('tusoi:describe'), locators: v.pipe(v.array(LocatorSchema), v.maxLength(500)) }),
  /** For a preview: what each field shows now and what the plan would write there (nothing is written). */
  v.strictObject({ type: v.literal('tusoi:planned'), plan: v.array(StepSchema) }),
]);

/** A request to the content script. */
export type PortalRequest = v.InferOutput<typeof RequestSchema>;

/** The request, or null when a message is not one of ours. */
export function parseRequest(message: unknown): PortalRequest | null {
  const parsed = v.safeParse(RequestSchema, message);
  return parsed.success ? parsed.output : null;
}
