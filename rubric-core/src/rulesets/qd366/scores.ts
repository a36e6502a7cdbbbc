import * as v from 'valibot';
import { toMicro } from '../../decimal.js';
import { type InputIssue, TusoiInputError } from '../../errors.js';
import { textKey } from '../../internal/key.js';
import { formatNumber } from '../../message.js';
import { builtinPack } from '../../packs/builtin.js';
import { checkedPack } from '../../packs/checked.js';
import { scoreItems } from '../../packs/compute.js';
import { type Pack, parsePack } from '../../packs/pack.js';
import { type Assessment, CriteriaSchema, SUBJECT_KINDS } from '../../schemas/assessment.js';
import { pointsSchema } from '../../schemas/common.js';
import { quarterlyPackIssue } from './quarterly-pack-issue.js';

/**
 * Both group totals of an annual assessment: `scores`, or computed from `criteria` with its
 * tusoi.pack/1 (the `pack` option, or the built-in pack `criteria.pack` names).
 *
 * @throws {TusoiInputError} No pack, another pack, a pack not for the kind, bad or missing criteria,
 *   scores that disagree: every one at once.
 */
export function scoresOf(a: Assessment, pack: unknown): { general: number; results: number } {
  if (a.criteria === undefined) return a.scores as NonNullable<Assessment['scores']>;
  const { issues, scores } = criteriaCheck(a, pack, true);
  if (issues.length > 0 || scores === undefined) throw new TusoiInputError(issues);
  return scores;
}

type Loose = Readonly<Record<string, unknown>>;
const obj = (x: unknown): Loose | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Loose) : undefined;

const ITEM_VALUE = CriteriaSchema.entries.items.value;
const itemReadable = (x: unknown) => v.is(ITEM_VALUE, x);
const POINTS = { general: pointsSchema(0, 30), results: pointsSchema(0, 70) };

/** What {@link criteriaCheck} found. */
export interface CriteriaCheck {
  /** Every problem of `criteria` (and `scores` against it), paths from the assessment's root. */
  readonly issues: InputIssue[];
  /** The group totals from the pack, when every check could run and none failed. */
  readonly scores?: { readonly general: number; readonly results: number };
}

const issue = (code: string, path: string, vi: string, en: string): InputIssue => ({
  code,
  path,
  message: { vi, en },
});

/**
 * Checks an assessment's `criteria` against its tusoi.pack/1: the pack named, the kinds it is for,
 * every criterion's value, criteria not scored, and `scores` when given with `criteria`. Reads the
 * input defensively, so that it runs in the same pass as the field checks: a check whose inputs are
 * themselves invalid (reported there) is skipped, never guessed at.
 *
 * @param input An assessment, possibly not well-shaped.
 * @param packOption The `pack` option of classify; undefined looks up the built-in pack by id.
 * @param required Whether a missing pack is a problem (classify) or a check left out (validation alone).
 */
export function criteriaCheck(input: unknown, packOption: unknown, required: boolean): CriteriaCheck {
  const issues: InputIssue[] = [];
  const a = obj(input);
  const criteria = obj(a?.criteria);
  if (a === undefined || criteria === undefined) return { issues };
  const named = typeof criteria.pack === 'string' && criteria.pack.trim() !== '' ? criteria.pack : undefined;
  let p: Pack | undefined;
  // A quarterly pack under the annual rules: say so and why, not the pack/1 errors of its fields.
  const quarterly = quarterlyPackIssue(a, named, packOption);
  if (quarterly !== undefined) return { issues: [quarterly] };
  if (packOption !== undefined) {
    try {
      p = checkedPack<Pack>(packOption, parsePack);
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      // The pack given is itself invalid: its own problems, under the option's name.
      for (const i of e.issues) issues.push({ ...i, path: i.path === '' ? 'options.pack' : `options.pack.${i.path}` });
      return { issues };
    }
  } else if (named !== undefined) {
    p = builtinPack(textKey(named));
    if (p === undefined && required)
      issues.push(
        issue(
          'pack',
          'criteria.pack',
          `cần bảng thang điểm "${named}" (tuỳ chọn pack) để tính điểm`,
          `the scoring pack "${named}" (option pack) is needed to compute the scores`,
        ),
      );
  }
  if (p === undefined || named === undefined) return { issues };
  if (textKey(p.id) !== textKey(named)) {
    // The values belong to another pack: checking them against this one would say false things.
    issues.push(
      issue(
        'pack',
        'criteria.pack',
        `đánh giá dùng bảng "${named}" nhưng bảng được đưa vào là "${p.id}"`,
        `the assessment names pack "${named}" but "${p.id}" was given`,
      ),
    );
    return { issues };
  }
  const kind = obj(a.subject)?.kind;
  if ((SUBJECT_KINDS as readonly unknown[]).includes(kind) && !p.kinds.includes(kind as Pack['kinds'][number]))
    issues.push(
      issue(
        'pack',
        'subject.kind',
        `bảng "${p.id}" không dành cho đối tượng "${kind}"`,
        `pack "${p.id}" is not for kind "${kind}"`,
      ),
    );
  const items = obj(criteria.items);
  if (items === undefined) return { issues };
  const checked = scoreItems(p, items, itemReadable);
  for (const i of checked.issues) issues.push({ ...i, path: `criteria.${i.path}` });
  const computed = checked.scores;
  if (computed === undefined) return { issues };
  for (const id of computed.missing)
    issues.push(issue('missing', `criteria.items.${id}`, 'tiêu chí chưa được chấm', 'criterion not scored yet'));
  if (computed.missing.length > 0) return { issues };
  const s = obj(a.scores);
  if (s !== undefined && v.is(POINTS.general, s.general) && v.is(POINTS.results, s.results)) {
    const mismatch = scoresMismatch({ general: s.general as number, results: s.results as number }, computed);
    if (mismatch !== undefined) issues.push(mismatch);
  }
  return issues.length > 0 ? { issues } : { issues, scores: { general: computed.general, results: computed.results } };
}

type GroupTotals = { readonly general: number; readonly results: number };

/**
 * The `scores-mismatch` issue (path `scores`) when the group totals given in `scores` differ from the
 * ones a pack computes from the criteria (and, for a quarter, the task list): the one wording of both
 * rule sets. A group the pack did not compute is passed as given, so that it never differs.
 */
export function scoresMismatch(given: GroupTotals, computed: GroupTotals): InputIssue | undefined {
  if (toMicro(given.general) === toMicro(computed.general) && toMicro(given.results) === toMicro(computed.results))
    return undefined;
  const both = (t: GroupTotals, lang: 'vi' | 'en') =>
    `${formatNumber(t.general, lang)} + ${formatNumber(t.results, lang)}`;
  return issue(
    'scores-mismatch',
    'scores',
    `điểm ghi (${both(given, 'vi')}) khác điểm tính từ bảng (${both(computed, 'vi')})`,
    `the scores given (${both(given, 'en')}) differ from the pack's (${both(computed, 'en')})`,
  );
}
