import { toMicro } from '../../decimal.js';
import { TusoiInputError } from '../../errors.js';
import { checkedPack } from '../../packs/checked.js';
import { computeScores, type Scores } from '../../packs/compute.js';
import { type Pack, parsePack } from '../../packs/pack.js';
import type { Assessment } from '../../schemas/assessment.js';

/**
 * Both group totals of an annual assessment: `scores`, or computed from `criteria` with its tusoi.pack/1.
 *
 * @throws {TusoiInputError} No pack, another pack, a pack not for the kind, a bad or missing criterion, scores that disagree.
 */
export function scoresOf(a: Assessment, pack: unknown): { general: number; results: number } {
  if (a.criteria === undefined) return a.scores as NonNullable<Assessment['scores']>;
  return scoresFromCriteria(a, pack);
}

function scoresFromCriteria(a: Assessment, pack: unknown): { general: number; results: number } {
  const criteria = a.criteria as NonNullable<Assessment['criteria']>;
  const fail = (path: string, vi: string, en: string): never => {
    throw new TusoiInputError([{ code: 'pack', path, message: { vi, en } }]);
  };
  if (pack === undefined) {
    fail(
      'criteria.pack',
      `cần bảng thang điểm "${criteria.pack}" (tuỳ chọn pack) để tính điểm`,
      `the scoring pack "${criteria.pack}" (option pack) is needed to compute the scores`,
    );
  }
  const p = checkedPack<Pack>(pack, parsePack);
  if (p.id !== criteria.pack) {
    fail(
      'criteria.pack',
      `đánh giá dùng bảng "${criteria.pack}" nhưng bảng được đưa vào là "${p.id}"`,
      `the assessment names pack "${criteria.pack}" but "${p.id}" was given`,
    );
  }
  if (!p.kinds.includes(a.subject.kind)) {
    fail(
      'subject.kind',
      `bảng "${p.id}" không dành cho đối tượng "${a.subject.kind}"`,
      `pack "${p.id}" is not for kind "${a.subject.kind}"`,
    );
  }
  let computed: Scores;
  try {
    computed = computeScores(p, criteria.items);
  } catch (e) {
    if (e instanceof TusoiInputError)
      throw new TusoiInputError(e.issues.map((i) => ({ ...i, path: `criteria.${i.path}` })));
    throw e;
  }
  if (computed.missing.length > 0) {
    throw new TusoiInputError(
      computed.missing.map((id) => ({
        code: 'missing',
        path: `criteria.items.${id}`,
        message: { vi: 'tiêu chí chưa được chấm', en: 'criterion not scored yet' },
      })),
    );
  }
  const s = a.scores;
  if (
    s !== undefined &&
    (toMicro(s.general) !== toMicro(computed.general) || toMicro(s.results) !== toMicro(computed.results))
  ) {
    fail(
      'scores',
      `điểm ghi (${s.general} + ${s.results}) khác điểm tính từ bảng (${computed.general} + ${computed.results})`,
      `the scores given (${s.general} + ${s.results}) differ from the pack's (${computed.general} + ${computed.results})`,
    );
  }
  return computed;
}
