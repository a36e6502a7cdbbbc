// An annual draft of the quarterly years pulls in the same person's quarterly drafts of that year:
// which drafts those are is read from the draft list (by name and period), so the panel's badge,
// its result and the history's level all rest on the same quarters.

/** What the list says of a draft: enough to find a person's quarters. */
export interface QuarterSource {
  readonly id: string;
  readonly person: string;
  readonly periodKey: string;
  readonly updatedAt: number;
}

/** Whether an assessment is an annual self-review of a year the quarterly review applies to (from `from` on). */
export function isQuarterlyYear(assessment: Record<string, unknown>, from: number): boolean {
  const period = assessment.period as { year?: unknown; quarter?: unknown } | undefined;
  return period?.quarter === undefined && typeof period?.year === 'number' && period.year >= from;
}

/** The name an annual draft is matched by (trimmed; '' when it has none). */
export function personOf(assessment: Record<string, unknown>): string {
  const name = (assessment.subject as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name.trim() : '';
}

/**
 * The person's drafts of quarters I–IV of the annual draft's year, in order (undefined: none), the
 * latest of each: `list` is newest first. A draft with no name pulls in nothing.
 */
export function quarterDraftsOf<S extends QuarterSource>(
  list: readonly S[],
  annualId: string,
  assessment: Record<string, unknown>,
): (S | undefined)[] {
  const person = personOf(assessment);
  const year = (assessment.period as { year?: unknown } | undefined)?.year;
  return [1, 2, 3, 4].map((q) =>
    person === ''
      ? undefined
      : list.find((s) => s.id !== annualId && s.person.trim() === person && s.periodKey === `${year}-Q${q}`),
  );
}

/** A key that changes when any of the quarters found changes (or another is found). */
export function quartersKey(found: readonly (QuarterSource | undefined)[]): string {
  return found.map((s) => (s ? `${s.id}@${s.updatedAt}` : '-')).join(',');
}

/**
 * The quarters the year is rolled from, as the panel's year result (readYear) rolls it: those read
 * that have a result of their own; a quarter not yet rated (or unreadable) is left out. Given to the
 * portal check's proposal judgement and to the annual document, so that all show the same year.
 */
export function yearInputs<Q>(
  quarters: readonly (Q | undefined)[],
  perQuarter: readonly { readonly result: unknown }[],
): Q[] {
  return quarters.filter((q, i): q is Q => q !== undefined && perQuarter[i]?.result != null);
}
