// An annual draft of the quarterly years pulls in the same person's quarterly drafts of that year:
// which drafts those are is read from the draft list (by name and period), so the panel's badge,
// its result and the history's level all rest on the same quarters.

import { fieldLabels } from '@tusoi/ui';

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

/** A stored draft as read for the year: its assessment, or why it could not be read (see Store.getDraft). */
export interface QuarterDraft {
  readonly data: { readonly assessment: Record<string, unknown> };
  readonly unreadable?: readonly {
    readonly path?: string;
    readonly message: { readonly vi: string; readonly en: string };
  }[];
}

/** The quarters of a year as read from the store, and those whose stored draft could not be read. */
export interface QuartersRead {
  /** Quarters I–IV in order: the assessment, or undefined (no draft, or not readable). */
  readonly quarters: (Record<string, unknown> | undefined)[];
  /** Quarters (1–4) whose stored draft exists but could not be read, with the store's reason. */
  readonly unreadable: readonly { readonly quarter: number; readonly why: { vi: string; en: string } }[];
}

const CANNOT_READ = { vi: 'không đọc được', en: 'cannot be read' };

/** The store's reason, with the field it concerns named in words when it names one (not "data.assessment.taskList"). */
function reasonOf(issue: NonNullable<QuarterDraft['unreadable']>[number]): { vi: string; en: string } {
  const path = issue.path?.replace(/^data\.assessment\.?/, '') ?? '';
  if (path === '') return issue.message;
  const field = fieldLabels(path);
  return { vi: `${field.vi}: ${issue.message.vi}`, en: `${field.en}: ${issue.message.en}` };
}

/**
 * Reads the quarters found for a year (see {@link quarterDraftsOf}) with `get` (Store.getDraft).
 * A quarter whose stored draft is damaged, fails the draft's checks or cannot be decrypted (the
 * store flags it `unreadable`), or whose reading throws, is left out of the year and named in
 * `unreadable`; nothing stored is changed. The side panel, the .docx and the print page read
 * the year through this one function.
 */
export async function readQuarterDrafts(
  found: readonly ({ readonly id: string } | undefined)[],
  get: (id: string) => Promise<QuarterDraft | undefined>,
): Promise<QuartersRead> {
  const read = await Promise.all(
    found.map(async (s) => {
      if (!s) return { draft: undefined };
      try {
        return { draft: await get(s.id) };
      } catch {
        return { draft: undefined, failed: true };
      }
    }),
  );
  const unreadable: { quarter: number; why: { vi: string; en: string } }[] = [];
  const quarters = read.map((r, i) => {
    const bad = r.draft?.unreadable;
    if ('failed' in r || (bad && bad.length > 0)) {
      unreadable.push({ quarter: i + 1, why: bad?.[0] ? reasonOf(bad[0]) : CANNOT_READ });
      return undefined;
    }
    return r.draft?.data.assessment;
  });
  return { quarters, unreadable };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * What the user is told of the quarters that could not be read, Vietnamese and English (null: none):
 * each quarter named with the store's reason, the year made from the others, nothing changed.
 */
export function unreadableQuartersText(
  read: Pick<QuartersRead, 'unreadable'>,
  year: unknown,
): { vi: string; en: string } | null {
  if (read.unreadable.length === 0) return null;
  const of = (lang: 'vi' | 'en') =>
    read.unreadable
      .map(({ quarter, why }) => `${ROMAN[quarter - 1]}${typeof year === 'number' ? `/${year}` : ''} (${why[lang]})`)
      .join(', ');
  return {
    vi: `Không đọc được bản kiểm điểm đã lưu của quý ${of('vi')}: kết quả cả năm được tính từ các quý còn lại. Dữ liệu đã lưu không bị thay đổi; có thể xuất hoặc xoá bản đó trong danh sách.`,
    en: `The stored self-review of quarter ${of('en')} could not be read: the year is worked out from the other quarters. Nothing stored was changed; that draft can be exported or deleted from the list.`,
  };
}
