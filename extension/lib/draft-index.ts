import type { DraftIndexRecord, DraftMeta, Sealed } from './db';

/** A line of the draft list: no draft is read whole or decrypted for it. */
export interface DraftSummary {
  id: string;
  person: string;
  periodKey: string;
  updatedAt: number;
  rev: number;
  /** When this draft was imported as a copy beside a newer stored one ("Giữ cả hai"). */
  importedAt?: number;
  /** The draft cannot be opened (its shape, or a key that no longer opens it): the panel says so. */
  unreadable?: true;
}

/** Name and period key by draft id: the part of the list that is sealed when the lock is on. */
export type Names = Record<string, [string, string]>;

/** One draft's line as a write puts it into the index. */
export interface IndexEntry {
  readonly id: string;
  readonly person: string;
  readonly periodKey: string;
  readonly meta: DraftMeta;
}

/** What a write changes in the list: drafts put (new or rewritten) and drafts removed. */
export interface IndexChange {
  readonly put: readonly IndexEntry[];
  readonly remove: readonly string[];
}

/**
 * How a write changes the names, made ready before its transaction (sealing cannot run inside
 * one): `plain` (no lock: applied to the names in the clear), `sealed` (the names blob whose `iv`
 * is `basedOn`, with the change applied and sealed again; `sealed: null` when the change leaves
 * every name as it is, so the blob stays; `basedOn: ''` when there is no list yet), or `drop` (the lock is on but this page cannot read
 * the blob: the index is deleted and rebuilt by the next read).
 */
export type NamesPlan =
  | { readonly kind: 'plain' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'sealed'; readonly basedOn: string; readonly sealed: Sealed | null };

/** The names after a change (a new object; `names` is not modified). */
export function changeNames(names: Names, change: IndexChange): Names {
  const next = { ...names };
  for (const id of change.remove) delete next[id];
  for (const e of change.put) next[e.id] = [e.person, e.periodKey];
  return next;
}

/** Whether a change leaves every name as `names` holds it (nothing added, removed or renamed). */
export function sameNames(names: Names, change: IndexChange): boolean {
  return (
    change.remove.every((id) => !(id in names)) &&
    change.put.every((e) => names[e.id]?.[0] === e.person && names[e.id]?.[1] === e.periodKey)
  );
}

/**
 * The index after a write, inside the write's transaction. `stored` gives each changed draft's
 * revision as the drafts table held it before the write (undefined: absent). Returns `null` when
 * the index must be deleted instead (it disagrees with the drafts, is in the wrong form for the
 * lock, or this page cannot read it), and `'moved'` when the sealed names changed since the plan
 * was made (seal the change again on the new blob).
 */
export function applyChange(
  index: DraftIndexRecord,
  change: IndexChange,
  plan: NamesPlan,
  stored: Readonly<Record<string, number | undefined>>,
): DraftIndexRecord | null | 'moved' {
  for (const [id, rev] of Object.entries(stored)) if (index.meta[id]?.rev !== rev) return null;
  if (plan.kind === 'drop') return null;
  let names: Pick<DraftIndexRecord, 'names' | 'sealed'>;
  if (plan.kind === 'plain') {
    if (index.names === undefined || index.sealed !== undefined) return null;
    names = { names: changeNames(index.names, change) };
  } else {
    if (index.sealed === undefined || index.names !== undefined) return null;
    if (index.sealed.iv !== plan.basedOn) return 'moved';
    names = { sealed: plan.sealed ?? index.sealed };
  }
  const meta = { ...index.meta };
  for (const id of change.remove) delete meta[id];
  for (const e of change.put) meta[e.id] = e.meta;
  return { key: 'drafts', meta, ...names };
}

/** An index of exactly these drafts (names in the clear; the caller seals them when the lock is on). */
export function buildIndex(entries: readonly IndexEntry[]): { meta: Record<string, DraftMeta>; names: Names } {
  const meta: Record<string, DraftMeta> = {};
  const names: Names = {};
  for (const e of entries) {
    meta[e.id] = e.meta;
    names[e.id] = [e.person, e.periodKey];
  }
  return { meta, names };
}

/** The list's order: newest change first, then by id (so equal times keep one order on every read). */
export function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1);
}

/** One draft's line of the list. */
export function summaryOf(e: IndexEntry): DraftSummary {
  const row: DraftSummary = {
    id: e.id,
    person: e.person,
    periodKey: e.periodKey,
    updatedAt: e.meta.updatedAt,
    rev: e.meta.rev,
  };
  if (e.meta.importedAt !== undefined) row.importedAt = e.meta.importedAt;
  if (e.meta.unreadable) row.unreadable = true;
  return row;
}

/**
 * The start of the list from the newest drafts, read in `updatedAt` order (newest first), given
 * the time of the first draft not read (undefined: every draft was read): the lines certain to
 * be the first ones of the whole list, in its order. Drafts sharing that time are left out (the
 * whole list may put an unread one before them).
 */
export function headOf(read: readonly IndexEntry[], nextTime: number | undefined): DraftSummary[] {
  return read
    .filter((e) => nextTime === undefined || e.meta.updatedAt !== nextTime)
    .map(summaryOf)
    .sort(newestFirst);
}

/** The list, newest change first; null when a draft of `meta` has no name entry (the index is damaged). */
export function summariesOf(meta: Readonly<Record<string, DraftMeta>>, names: Names): DraftSummary[] | null {
  const out: DraftSummary[] = [];
  for (const id in meta) {
    const m = meta[id] as DraftMeta;
    const n = names[id];
    if (n === undefined) return null;
    const row: DraftSummary = { id, person: n[0], periodKey: n[1], updatedAt: m.updatedAt, rev: m.rev };
    if (m.importedAt !== undefined) row.importedAt = m.importedAt;
    if (m.unreadable) row.unreadable = true;
    out.push(row);
  }
  return out.sort(newestFirst);
}

/** The list's meta of a draft (what is not secret), as a write stores it. */
export function metaOf(d: { updatedAt: number; rev: number; importedAt?: number; unreadable?: unknown }): DraftMeta {
  return {
    updatedAt: d.updatedAt,
    rev: d.rev,
    ...(d.importedAt !== undefined ? { importedAt: d.importedAt } : {}),
    ...(d.unreadable ? { unreadable: true as const } : {}),
  };
}
