import * as v from 'valibot';
import { toMicro } from '../decimal.js';
import { type InputIssue, TusoiInputError } from '../errors.js';
import { GROUP_TOTALS } from '../frame.js';
import { parseShape } from '../internal/shape.js';
import { formatNumber } from '../message.js';
import { pointsSchema } from '../schemas/common.js';
import { SUBJECT_KINDS } from '../subject-kinds.js';
import { noteId } from './unique-ids.js';

/** Format tag of a scoring pack (bảng thang điểm). */
export const PACK_FORMAT = 'tusoi.pack/1';

const d = v.description;
const text = (what: string) => v.pipe(v.string(), v.minLength(1), v.maxLength(5_000), d(what));
const id = (what: string) =>
  v.pipe(v.string(), v.regex(/^[A-Za-z0-9][\w.-]*$/, 'pack-id'), d(`${what} Letters, digits, ".", "-", "_".`));

/** One criterion: max points, wording, and how it is scored. */
export const CriterionSchema = v.strictObject({
  id: id('Criterion id, unique in the pack (after NFC and trimming); any name, "constructor" included.'),
  vi: text('Vietnamese wording.'),
  en: v.optional(text('English gloss.')),
  max: v.pipe(
    pointsSchema(0, 70),
    v.minValue(0.000001),
    d('Maximum points, more than 0 and at most 70, at most 6 decimals.'),
  ),
  mode: v.pipe(
    v.picklist(['points', 'binary']),
    d('points: any value from 0 to max; binary: đảm bảo = max, không đảm bảo = 0.'),
  ),
  verified: v.optional(
    v.pipe(v.boolean(), d('False when the wording is not verbatim from a legal text (shown as such). Default true.')),
  ),
  cite: v.optional(text('Where the criterion comes from.')),
});

const SectionSchema = v.strictObject({
  id: id('Section id, unique in the pack.'),
  vi: text('Section heading in Vietnamese.'),
  en: v.optional(text('Section heading in English.')),
  criteria: v.pipe(v.array(CriterionSchema), v.minLength(1), d('The criteria of the section, at least one.')),
});

const group = (what: string) =>
  v.pipe(
    v.strictObject({ sections: v.pipe(v.array(SectionSchema), v.minLength(1), d('Sections, at least one.')) }),
    d(what),
  );

/** Valibot schema of tusoi.pack/1 (field shapes; sums and ids are checked by {@link parsePack}). */
export const PackSchema = v.pipe(
  v.strictObject({
    format: v.pipe(v.literal(PACK_FORMAT), d('Format tag, always "tusoi.pack/1".')),
    id: id('Pack id, named by an assessment’s criteria.pack.'),
    title: v.pipe(
      v.strictObject({ vi: text('Title in Vietnamese.'), en: v.optional(text('Title in English.')) }),
      d('Title of the pack.'),
    ),
    kinds: v.pipe(
      v.array(v.picklist(SUBJECT_KINDS)),
      v.minLength(1),
      d('Subject kinds the pack is for (assessment subject.kind).'),
    ),
    source: v.pipe(
      v.strictObject({
        citation: text('The document the pack follows.'),
        grade: v.pipe(
          v.picklist(['A', 'B', 'C', 'D', 'X']),
          d('A = central legal text; B, C, D = subordinate or provincial documents; X = an example of Tự Soi’s.'),
        ),
        note: v.optional(text('A note on the source.')),
      }),
      d('Where the pack comes from.'),
    ),
    general: group('Nhóm tiêu chí chung: criteria maxima add up to exactly 30.'),
    results: group('Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: criteria maxima add up to exactly 70.'),
  }),
  v.title('tusoi.pack/1'),
  d(
    'A scoring pack (bảng thang điểm). Cross-field rules the library checks (JSON Schema cannot): general maxima add up to exactly 30 and results maxima to exactly 70 (exact decimals); every section and criterion id unique after NFC and trimming.',
  ),
);

/** A scoring pack (bảng thang điểm). */
export type Pack = v.InferOutput<typeof PackSchema>;
/** One criterion of a pack. */
export type Criterion = v.InferOutput<typeof CriterionSchema>;

const GROUP_NAMES = {
  general: { vi: 'Nhóm tiêu chí chung', en: 'general criteria group' },
  results: { vi: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', en: 'task results group' },
} as const;

type Loose = Readonly<Record<string, unknown>>;
const obj = (x: unknown): Loose | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Loose) : undefined;
const ID = CriterionSchema.entries.id;
const MAX = CriterionSchema.entries.max;

/**
 * Problems beyond field shapes: group sums, unique ids. Reads the input defensively, so that it runs
 * in the same pass as the field checks: an id that is not a valid id is not compared, and a group
 * whose structure or maxima are themselves invalid has no sum to check.
 */
export function packIssues(pack: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const unique = (path: string, itemId: unknown) => {
    if (v.is(ID, itemId)) noteId(seen, itemId, path, issues);
  };
  const p = obj(pack);
  for (const group of ['general', 'results'] as const) {
    const sections = obj(p?.[group])?.sections;
    if (!Array.isArray(sections)) continue;
    let micro = 0;
    let summable = sections.length > 0;
    sections.forEach((raw, s) => {
      const section = obj(raw);
      unique(`${group}.sections[${s}].id`, section?.id);
      const criteria = section?.criteria;
      if (!Array.isArray(criteria) || criteria.length === 0) {
        summable = false;
        return;
      }
      criteria.forEach((c, i) => {
        const criterion = obj(c);
        unique(`${group}.sections[${s}].criteria[${i}].id`, criterion?.id);
        if (v.is(MAX, criterion?.max)) micro += toMicro(criterion?.max as number);
        else summable = false;
      });
    });
    const want = GROUP_TOTALS[group];
    if (summable && micro !== want * 1_000_000) {
      const got = micro / 1_000_000;
      issues.push({
        code: 'group-sum',
        path: group,
        message: {
          vi: `${GROUP_NAMES[group].vi}: tổng điểm tối đa các tiêu chí là ${formatNumber(got, 'vi')}, phải đúng ${want}`,
          en: `${GROUP_NAMES[group].en}: criteria maxima add up to ${got}, must be exactly ${want}`,
        },
      });
    }
  }
  return issues;
}

/**
 * Validates a scoring pack; throws {@link TusoiInputError} naming every problem in one pass: field
 * shapes, a group whose maxima are off, a duplicated id.
 */
export function parsePack(input: unknown): Pack {
  const parsed = parseShape(PackSchema, input);
  const issues = [...(parsed.success ? [] : parsed.issues), ...packIssues(input)];
  if (issues.length > 0 || !parsed.success) throw new TusoiInputError(issues);
  return parsed.output;
}
