import * as v from 'valibot';
import { ResultSchema } from './result.js';

/** Format tag of one line of `tusoi classify --batch` output. */
export const BATCH_FORMAT = 'tusoi.batch/1';

const d = v.description;

const entries = {
  format: v.pipe(v.literal(BATCH_FORMAT), d('Format tag, always "tusoi.batch/1".')),
  source: v.pipe(
    v.string(),
    d('Which input the line is about: "line N" of an NDJSON file (from 1), or the file name in a folder.'),
  ),
};

/** One problem of an input, as thrown in a TusoiInputError (`issues`). */
export const InputIssueSchema = v.strictObject({
  code: v.pipe(v.string(), d('Stable error code (see "Mã lỗi / Error codes").')),
  path: v.pipe(v.string(), d('Field path, e.g. "tasks.completed"; "" for the whole input.')),
  message: v.pipe(
    v.strictObject({ vi: v.pipe(v.string(), d('Vietnamese text.')), en: v.pipe(v.string(), d('English text.')) }),
    d('What is wrong, in Vietnamese and English.'),
  ),
});

/** A line for an input that was classified. */
export const BatchResultLineSchema = v.strictObject({
  ...entries,
  result: v.pipe(ResultSchema, d('The tusoi.result/1 of this input.')),
});

/** A line for an input that could not be classified. */
export const BatchIssuesLineSchema = v.strictObject({
  ...entries,
  issues: v.pipe(v.array(InputIssueSchema), v.minLength(1), d('Every problem found in this input.')),
});

/**
 * Valibot schema of one NDJSON line of `tusoi classify --batch`: one line per input, in order,
 * with `result` or (bad input) `issues`. With `--errors json` the `issues` lines go to stderr.
 */
export const BatchLineSchema = v.pipe(
  v.union([BatchResultLineSchema, BatchIssuesLineSchema]),
  v.title('tusoi.batch/1'),
  d(
    "One line of `tusoi classify --batch` (NDJSON): the input's `source` and its `result`, or its `issues` when it is bad. One line per input, in input order; exit 2 if any input was bad. With `--errors json` the `issues` lines are written to stderr instead of stdout.",
  ),
);

/** One line of `tusoi classify --batch` output. */
export type BatchLine = v.InferOutput<typeof BatchLineSchema>;
