import { GROUP_TOTALS, type Pack } from '@tusoi/rubric-core';

// Switching the scoring pack keeps what the two share: a pack whose each group is one criterion
// of the group's whole points (the 100-point frame) holds the same two group scores as a draft
// without a pack, so they move across instead of opening empty.

type Group = 'general' | 'results';
const GROUPS: readonly Group[] = ['general', 'results'];

/** The one criterion that is a whole group of `pack` (max = the group's points), if the group is only that. */
function groupCriterion(pack: Pack, group: Group): string | undefined {
  const all = pack[group].sections.flatMap((s) => s.criteria);
  const only = all.length === 1 ? all[0] : undefined;
  return only && only.mode === 'points' && only.max === GROUP_TOTALS[group] ? only.id : undefined;
}

/** The pack's items holding the two group scores, or `undefined` when the pack does not score by whole groups. */
export function itemsFromScores(pack: Pack, scores: unknown): Record<string, number> | undefined {
  const ids = GROUPS.map((g) => groupCriterion(pack, g));
  if (ids.some((id) => id === undefined) || typeof scores !== 'object' || scores === null) return undefined;
  const out: Record<string, number> = {};
  GROUPS.forEach((g, i) => {
    const v = (scores as Record<string, unknown>)[g];
    if (typeof v === 'number') out[ids[i] as string] = v;
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The two group scores a whole-group pack's items hold, or `undefined` (another pack, or nothing scored). */
export function scoresFromItems(
  pack: Pack,
  items: Readonly<Record<string, unknown>>,
): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const g of GROUPS) {
    const id = groupCriterion(pack, g);
    if (id === undefined) return undefined;
    const v = items[id];
    if (typeof v === 'number') out[g] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
