import { type FormMap, parseFormMap } from '@tusoi/form-kit';
import {
  fromValibotIssue,
  type InputIssue,
  PACK2_FORMAT,
  type Pack,
  type Pack2,
  parsePack,
  parsePack2,
  TusoiInputError,
} from '@tusoi/rubric-core';
import * as v from 'valibot';
import {
  type DraftData,
  type DraftIndexRecord,
  type DraftRecord,
  type FormMapRecord,
  type PackRecord,
  periodKey,
  type Sealed,
  type TusoiDB,
} from './db';
import {
  applyChange,
  buildIndex,
  changeNames,
  type DraftSummary,
  headOf,
  type IndexChange,
  type IndexEntry,
  metaOf,
  type Names,
  type NamesPlan,
  sameNames,
  summariesOf,
  summaryOf,
} from './draft-index';
import { draftShapeIssues, heldIssues, unsafeKeyIssues } from './draft-shape';
import { replacedBy } from './form-maps';
import { forgetKept, heldKey, heldKeys, pendingKeys, readKept, writeKept } from './kept';
import { createLock, type LockSettings, open, seal, sealNow, unlockKey } from './lock';
import { type ClosingEdits, type Conflict, closingEdits, getPath, mergeClosing, mergeFields } from './merge';
import { nextPeriodAssessment } from './next-period';

/** A draft as the UI sees it: always readable. */
export interface Draft {
  id: string;
  person: string;
  periodKey: string;
  createdAt: number;
  updatedAt: number;
  /** The stored revision this draft was read at (0: never stored). */
  rev: number;
  data: DraftData;
  /** When this draft was imported as a copy beside a newer stored one ("Giữ cả hai"). */
  importedAt?: number;
  /** Why a stored draft cannot be edited (wrong shape, or sealed with a key that no longer opens it). */
  unreadable?: readonly InputIssue[];
}

export type { DraftSummary } from './draft-index';

/** Format tag of an export file. */
export const EXPORT_FORMAT = 'tusoi.export/1';

const DraftSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1)),
  person: v.string(),
  periodKey: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  // Exports before revisions have none.
  rev: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  // A copy kept beside a newer draft by an earlier import ("Giữ cả hai").
  importedAt: v.optional(v.number()),
  // The draft's content is checked by draftShapeIssues (rubric-core's assessment schema).
  data: v.record(v.string(), v.unknown()),
  // Values a same-field conflict held back for the user to choose (field path → value; null: emptied),
  // checked by heldIssues. Exports before held values were exported have none.
  held: v.optional(v.record(v.string(), v.unknown())),
});

/** A scoring pack checked by rubric-core: a quarterly tusoi.pack/2 by parsePack2, any other by parsePack. */
export function parseAnyPack(input: unknown): Pack | Pack2 {
  const format = typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined;
  return format === PACK2_FORMAT ? parsePack2(input) : parsePack(input);
}

/** Valibot schema of an export file (packs are checked again by rubric-core's parsePack / parsePack2). */
export const ExportSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  exportedAt: v.string(),
  drafts: v.array(DraftSchema),
  packs: v.array(v.strictObject({ id: v.string(), pack: v.record(v.string(), v.unknown()), importedAt: v.number() })),
  formmaps: v.optional(
    v.array(v.strictObject({ id: v.string(), map: v.record(v.string(), v.unknown()), savedAt: v.number() })),
  ),
  settings: v.strictObject({ lang: v.optional(v.picklist(['vi', 'en'])), defaultPack: v.optional(v.string()) }),
});

/** An export of everything (drafts in the clear; the lock's parameters are never exported). */
export type ExportFile = v.InferOutput<typeof ExportSchema>;

/** Validates an export file; throws {@link TusoiInputError} naming every problem. */
export function parseExport(input: unknown): ExportFile {
  // Checked on the file as read: Valibot's records leave such keys out of their output silently.
  const unsafe = unsafeKeyIssues(input, '');
  if (unsafe.length > 0) throw new TusoiInputError(unsafe);
  const parsed = v.safeParse(ExportSchema, input);
  if (!parsed.success) {
    throw new TusoiInputError(parsed.issues.map(fromValibotIssue));
  }
  const issues: InputIssue[] = [];
  parsed.output.drafts.forEach((d, i) => {
    const shape = draftShapeIssues(d.data, `drafts[${i}].data`);
    issues.push(...shape);
    if (d.held !== undefined && shape.length === 0) issues.push(...heldIssues(d.data, d.held, `drafts[${i}].held`));
  });
  parsed.output.packs.forEach((p, i) => {
    try {
      parseAnyPack(p.pack);
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: `packs[${i}].pack.${issue.path}` });
    }
  });
  (parsed.output.formmaps ?? []).forEach((m, i) => {
    try {
      parseFormMap(m.map);
    } catch (e) {
      if (!(e instanceof TusoiInputError)) throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: `formmaps[${i}].map.${issue.path}` });
    }
  });
  if (issues.length > 0) throw new TusoiInputError(issues);
  return parsed.output;
}

/** Throws {@link TusoiInputError} naming each `__proto__`/`constructor`/`prototype` key of a pack or map file. */
function refuseUnsafeKeys(input: unknown): void {
  const issues = unsafeKeyIssues(input, '');
  if (issues.length > 0) throw new TusoiInputError(issues);
}

/** Thrown when sealed data is needed but the lock has not been opened. */
export class LockedError extends Error {
  constructor() {
    super('Dữ liệu đang khoá / Data is locked');
    this.name = 'LockedError';
  }
}

/**
 * Thrown instead of writing when another page changed what this page's write rests on: the
 * lock was turned on or off (this page's key is no longer the store's), or the draft was
 * deleted. Nothing was written; the page must read the store again.
 */
export class StaleError extends Error {
  constructor(readonly reason: 'lock' | 'deleted') {
    super(
      reason === 'lock'
        ? 'Khoá dữ liệu vừa được bật/tắt ở trang khác: chưa lưu, hãy mở lại / The lock changed in another page: not saved, reopen'
        : 'Bản kiểm điểm đã bị xoá ở trang khác: chưa lưu / The draft was deleted in another page: not saved',
    );
    this.name = 'StaleError';
  }
}

/** Thrown when another page changed the same fields of a draft: nothing was written. */
export class ConflictError extends Error {
  constructor(
    /** The draft as stored now. */
    readonly stored: Draft,
    /** This page's edits merged into it, conflicting fields holding this page's values. */
    readonly merged: DraftData,
    readonly conflicts: readonly Conflict[],
  ) {
    super(
      `Trang khác đã sửa cùng trường: ${conflicts.map((c) => c.path).join(', ')} / Another page changed the same fields`,
    );
    this.name = 'ConflictError';
  }
}

/** A draft in an import that is older than the one stored under its id. */
export interface NewerStored {
  readonly id: string;
  readonly person: string;
  readonly storedAt: number;
  readonly importedAt: number;
}

/**
 * The time of a save (ms since the epoch): now, but always later than the version it replaces, so
 * that an import told apart by dates ({@link ImportConflictError}) sees the save as newer even in the
 * millisecond of the export, or after the clock was set back.
 */
function laterThan(previous: number): number {
  const now = Date.now();
  return Number.isFinite(previous) && previous >= now ? previous + 1 : now;
}

/** Thrown when an import would replace newer drafts: nothing was written; ask and import again with a choice. */
export class ImportConflictError extends Error {
  constructor(readonly newer: readonly NewerStored[]) {
    super(
      `${newer.length} bản trên máy mới hơn bản trong tệp nhập / ${newer.length} stored drafts are newer than the imported ones`,
    );
    this.name = 'ImportConflictError';
  }
}

/** A draft write made ready ahead: see {@link Store.prepareNow}. */
export interface PreparedWrite {
  readonly salt: string | null;
  /** The stored revision the edit was based on: the record is written over that revision only. */
  readonly baseRev: number;
  readonly record: DraftRecord;
  /**
   * The fields the edit changed ({@link ClosingEdits}, kept as by {@link Store.keepNow}: sealed
   * when the lock is on), merged field by field into the stored draft when it moved meanwhile.
   */
  readonly edits: string;
  /** The draft's line of the list (its `meta.rev` is set when written). */
  readonly entry: IndexEntry;
  /** The names part of the list, sealed ahead when the lock is on (never plaintext then). */
  readonly plan: NamesPlan;
}

/** What {@link Store.writePrepared} did with a prepared write. */
export type PreparedOutcome =
  /** Written over the revision it was based on. */
  | { readonly kind: 'written'; readonly id: string }
  /**
   * The draft had moved: the edit was merged field by field (`rev`: the stored revision now).
   * `held` lists the fields another page changed too: the stored value stays, the closing
   * page's value (`ours`) is for the user to choose.
   */
  | { readonly kind: 'merged'; readonly id: string; readonly rev: number; readonly held: readonly Conflict[] }
  /** Nothing written: the lock changed, the draft was deleted, or it cannot be read now. */
  | { readonly kind: 'dropped'; readonly id: string; readonly reason: 'lock' | 'deleted' | 'unreadable' };

/** What {@link Store.deleteAll} deleted: drafts, imported scoring packs, form maps (settings too). */
export interface DeletedCounts {
  readonly drafts: number;
  readonly packs: number;
  readonly formmaps: number;
  /** Held values (fields of drafts a conflict held back) and close-time edits kept on this machine. */
  readonly held: number;
}

/**
 * What an import did: drafts written (`replaced` of them over stored ones, `copies` kept beside
 * them), drafts `kept` as stored, packs, and held fields restored (read back from where they are kept).
 */
export interface ImportOutcome {
  readonly drafts: number;
  readonly packs: number;
  readonly replaced: number;
  readonly copies: number;
  readonly kept: number;
  readonly held: number;
}

/** Held values by draft id (field path → value; null: emptied). */
export type HeldValues = Map<string, Record<string, unknown>>;

/** What to do with drafts stored newer than the imported ones. */
export type ImportChoice = 'replace' | 'keep-both' | 'keep-mine';

/** A change another page made, heard through the BroadcastChannel. */
export type StoreEvent =
  | { readonly kind: 'draft'; readonly id: string; readonly rev: number }
  | { readonly kind: 'lock' }
  /** Everything changed at once (an import; `deleted`: everything was deleted; `replaced`: drafts an import replaced). */
  | { readonly kind: 'all'; readonly deleted?: boolean; readonly replaced?: readonly string[] }
  | { readonly kind: 'settings' }
  /** Form maps were saved or deleted: open panels fill with the stored maps only. */
  | { readonly kind: 'maps' };

interface Inner {
  data: DraftData;
  person: string;
  periodKey: string;
}

/** Why a stored record cannot be opened (said in the panel beside export and delete). */
const UNREADABLE = {
  rev: (id: string, rev: unknown): InputIssue => ({
    code: 'bad-rev',
    path: id,
    message: {
      vi: `số phiên bản lưu kèm bị hỏng (${JSON.stringify(rev)}), nên không thể sửa an toàn`,
      en: `its stored revision number is damaged (${JSON.stringify(rev)}), so it cannot be edited safely`,
    },
  }),
  noLock: (id: string): InputIssue => ({
    code: 'sealed-no-lock',
    path: id,
    message: {
      vi: 'đã được mã hoá nhưng máy này không còn khoá để mở (một lần bật/tắt khoá có thể đã bị gián đoạn)',
      en: 'it is encrypted but no lock is set here any more to open it (a lock change may have been interrupted)',
    },
  }),
};

const lockSalt = (value: unknown) => (value as LockSettings | undefined)?.salt ?? null;

/** Marks a draft kept as it is although its shape cannot be edited (its list line says unreadable). */
const SHAPE_UNREADABLE: readonly InputIssue[] = [
  { code: 'shape', path: '', message: { vi: 'dạng không đọc được', en: 'unreadable shape' } },
];

/** A draft as stored without the lock. */
function plainRecord(d: Draft): DraftRecord {
  const { unreadable: _u, ...plain } = d;
  return plain;
}

/** A draft's line of the list. */
const entryOf = (d: Draft): IndexEntry => ({ id: d.id, person: d.person, periodKey: d.periodKey, meta: metaOf(d) });

/** Name and period as the assessment holds them (what the list shows). */
function namesOf(data: DraftData): { person: string; periodKey: string } {
  const a = data.assessment as { subject?: { name?: unknown }; period?: { year?: unknown; quarter?: unknown } };
  return {
    person: typeof a.subject?.name === 'string' ? a.subject.name : '',
    periodKey: periodKey(a.period?.year, a.period?.quarter),
  };
}

/** Drafts, packs and settings, with the optional lock, shared live with every other page of the extension. */
export class Store {
  /** The lock's key while unlocked in this page; never stored. */
  private key: CryptoKey | null = null;
  /** The salt of the lock `key` belongs to: a write checks it is still the store's. */
  private salt: string | null = null;
  /** Whether a lock was set when this page last looked: then nothing is kept in the clear without the key. */
  private lockSet = false;
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  /** The list's sealed names as this page last opened them (`iv` names the blob): spares decrypting it again. */
  private names: { iv: string; map: Names } | null = null;

  constructor(readonly db: TusoiDB) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`tusoi-store:${db.name}`) : null;
    if (this.channel) this.channel.onmessage = (e: MessageEvent<StoreEvent>) => void this.heard(e.data);
  }

  /** Listens to changes made by other pages; returns the unsubscribe. */
  onChange(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async heard(e: StoreEvent): Promise<void> {
    if (e.kind === 'lock' || e.kind === 'all') {
      // A key whose lock is gone must never seal again.
      const salt = lockSalt(await this.setting('lock'));
      this.lockSet = salt !== null;
      if (salt !== this.salt) this.forgetKey();
    }
    for (const listener of this.listeners) listener(e);
  }

  private tell(e: StoreEvent): void {
    this.channel?.postMessage(e);
  }

  /** Stops listening to other pages (tests; a page's channel closes with it). */
  close(): void {
    this.channel?.close();
  }

  private forgetKey(): void {
    this.key = null;
    this.salt = null;
    this.names = null;
  }

  async setting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
    this.tell({ kind: 'settings' });
  }

  /** Whether a lock is set, and whether it is open in this page. */
  async lockState(): Promise<'none' | 'locked' | 'unlocked'> {
    const salt = lockSalt(await this.setting('lock'));
    this.lockSet = salt !== null;
    if (salt === null) {
      if (this.key !== null) this.forgetKey();
      return 'none';
    }
    if (salt !== this.salt) this.forgetKey();
    return this.key === null ? 'locked' : 'unlocked';
  }

  private async toRecord(d: Draft, key: CryptoKey | null): Promise<DraftRecord> {
    if (key === null) return plainRecord(d);
    const { unreadable: _u, data, person, periodKey: pk, ...rest } = d;
    return {
      ...rest,
      person: '',
      periodKey: '',
      sealed: await seal(key, { data, person, periodKey: pk } satisfies Inner),
    };
  }

  /** The sealed names of an index, opened (from this page's copy when it is that blob); null if the key cannot. */
  private async openNames(index: DraftIndexRecord): Promise<Names | null> {
    if (index.sealed === undefined) return index.names ?? null;
    const key = this.key;
    if (key === null) throw new LockedError();
    if (this.names?.iv === index.sealed.iv) return this.names.map;
    try {
      const map = await open<Names>(key, index.sealed);
      if (this.key === key) this.names = { iv: index.sealed.iv, map };
      return map;
    } catch {
      return null;
    }
  }

  /**
   * Makes the names part of a write ready before its transaction: nothing to do without the lock;
   * with it, the change is applied to the names blob this page knows and sealed again (not when
   * no name changes), and the transaction checks the blob is still that one.
   */
  private async planNames(change: IndexChange): Promise<NamesPlan & { map?: Names }> {
    const key = this.key;
    if (key === null) return { kind: 'plain' };
    if (this.names === null) {
      const index = await this.db.lists.get('drafts');
      if (index?.sealed !== undefined) await this.openNames(index);
      // No list yet: one is started if the store holds no draft either (checked in the transaction).
      else if (index === undefined)
        return {
          kind: 'sealed',
          basedOn: '',
          sealed: await seal(key, changeNames({}, change)),
          map: changeNames({}, change),
        };
    }
    const known = this.names;
    if (known === null) return { kind: 'drop' };
    if (sameNames(known.map, change)) return { kind: 'sealed', basedOn: known.iv, sealed: null };
    const map = changeNames(known.map, change);
    return { kind: 'sealed', basedOn: known.iv, sealed: await seal(key, map), map };
  }

  /**
   * Puts a write's change into the list, inside the write's transaction. `stored` gives the
   * revisions the drafts table held before the write. An index that disagrees with the drafts
   * (or this page cannot keep) is deleted, to be rebuilt by the next read; returns 'moved' when
   * another page changed the sealed names meanwhile (nothing written: plan again).
   */
  private async putIndex(
    change: IndexChange,
    plan: NamesPlan & { map?: Names },
    stored: Record<string, number | undefined>,
  ): Promise<'ok' | 'moved'> {
    let index = await this.db.lists.get('drafts');
    if (index === undefined) {
      // No list and no draft (a new store, or after deleting everything): the list starts with this write.
      const fresh = plan.kind === 'plain' || (plan.kind === 'sealed' && plan.basedOn === '');
      if (!fresh || (await this.db.drafts.count()) > 0) return 'ok';
      index =
        plan.kind === 'plain'
          ? { key: 'drafts', meta: {}, names: {} }
          : { key: 'drafts', meta: {}, sealed: { iv: '', ct: '' } };
    }
    const next = applyChange(index, change, plan, stored);
    if (next === 'moved') return 'moved';
    if (next === null) await this.db.lists.delete('drafts');
    else await this.db.lists.put(next);
    return 'ok';
  }

  /** After a write committed: this page's copy of the sealed names follows what was written. */
  private keptNames(plan: NamesPlan & { map?: Names }, key: CryptoKey | null): void {
    if (plan.kind === 'sealed' && plan.sealed !== null && plan.map && this.key === key)
      this.names = { iv: plan.sealed.iv, map: plan.map };
  }

  /** A stored draft opened; `shape: false` skips checking its shape (a list line only, never to edit). */
  private async fromRecord(r: DraftRecord, shape = true): Promise<Draft> {
    const { sealed, data, ...rest } = r;
    const rev = r.rev ?? 0;
    const base = { ...rest, rev: Number.isSafeInteger(rev) && rev >= 0 ? rev : 0 };
    // A revision that is not a whole number cannot be compared: saving over it could erase work.
    if (base.rev !== rev) return { ...base, data: { assessment: {} }, unreadable: [UNREADABLE.rev(r.id, rev)] };
    let inner: Inner = { data: data ?? { assessment: {} }, person: r.person, periodKey: r.periodKey };
    if (sealed !== undefined) {
      if (this.key === null) {
        // Sealed with no lock set (a lock change interrupted): this record is unreadable, not the whole store.
        if (lockSalt(await this.setting('lock')) === null)
          return { ...base, data: { assessment: {} }, unreadable: [UNREADABLE.noLock(r.id)] };
        throw new LockedError();
      }
      try {
        inner = await open<Inner>(this.key, sealed);
      } catch {
        return {
          ...base,
          data: { assessment: {} },
          unreadable: [
            {
              code: 'sealed-key',
              path: r.id,
              message: { vi: 'không mở được bằng khoá hiện tại', en: 'cannot be opened with the current key' },
            },
          ],
        };
      }
    }
    const issues = shape ? draftShapeIssues(inner.data) : [];
    if (issues.length > 0) return { ...base, ...inner, data: { assessment: {} }, unreadable: issues };
    return { ...base, ...inner };
  }

  /** Every draft, newest first (unreadable ones included, flagged). */
  async listDrafts(): Promise<Draft[]> {
    const records = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return Promise.all(records.map((r) => this.fromRecord(r)));
  }

  /**
   * The draft list, newest first, from the one index record (with the lock on: one blob
   * decrypted, or none when this page opened that blob already). A missing index, or one that
   * does not match the drafts or cannot be opened, is rebuilt from the drafts and stored.
   * Throws {@link LockedError} when the list is sealed and the lock is closed here.
   */
  async listSummaries(): Promise<DraftSummary[]> {
    const [index, count] = await Promise.all([this.db.lists.get('drafts'), this.db.drafts.count()]);
    if (index !== undefined && Object.keys(index.meta).length === count) {
      // Sealed with no lock set (a lock change interrupted): rebuilt, each sealed draft listed as unreadable.
      const orphan = index.sealed !== undefined && this.key === null && lockSalt(await this.setting('lock')) === null;
      const names = orphan ? null : await this.openNames(index);
      const list = names && summariesOf(index.meta, names);
      if (list) return list;
    }
    return this.rebuildIndex();
  }

  /**
   * The list's first `limit` lines or fewer, read from the newest drafts alone (one request; not
   * even a count, which IndexedDB makes by walking every record), whether that is the whole list,
   * and the first line's draft opened (the panel opens it): what the panel shows before
   * {@link listSummaries} has read the whole list. Only that draft's shape is checked here, so the
   * other lines may lack their "unreadable" mark until the whole list comes.
   * Throws {@link LockedError} when a draft is sealed and the lock is closed here.
   */
  async listHead(limit: number): Promise<{ head: DraftSummary[]; whole: boolean; first?: Draft }> {
    const records = await this.db.drafts
      .orderBy('updatedAt')
      .reverse()
      .limit(limit + 1)
      .toArray();
    const whole = records.length <= limit;
    const lines = await Promise.all(records.slice(0, limit).map((r) => this.fromRecord(r, false)));
    const head = headOf(lines.map(entryOf), records[limit]?.updatedAt);
    const record = records.find((r) => r.id === head[0]?.id);
    if (record === undefined) return { head, whole };
    const first = await this.fromRecord(record);
    return { head: [summaryOf(entryOf(first)), ...head.slice(1)], whole, first };
  }

  /** Reads every draft once and stores the list built from them (unless a write came meanwhile). */
  private async rebuildIndex(): Promise<DraftSummary[]> {
    const { key, salt } = this;
    const records = await this.db.drafts.toArray();
    const drafts = await Promise.all(records.map((r) => this.fromRecord(r)));
    const entries = drafts.map(entryOf);
    const { meta, names } = buildIndex(entries);
    const sealed = key === null ? null : await seal(key, names);
    const revs = new Map(records.map((r) => [r.id, r.rev ?? 0]));
    const written = await this.db.transaction('rw', [this.db.drafts, this.db.lists, this.db.settings], async () => {
      if (lockSalt((await this.db.settings.get('lock'))?.value) !== salt) return false;
      const now = await this.db.drafts.toArray();
      if (now.length !== records.length || now.some((r) => revs.get(r.id) !== (r.rev ?? 0))) return false;
      await this.db.lists.put({ key: 'drafts', meta, ...(sealed === null ? { names } : { sealed }) });
      return true;
    });
    if (written && sealed !== null && this.key === key) this.names = { iv: sealed.iv, map: names };
    return summariesOf(meta, names) ?? [];
  }

  async getDraft(id: string): Promise<Draft | undefined> {
    const r = await this.db.drafts.get(id);
    return r && this.fromRecord(r);
  }

  /**
   * Saves a draft edited from `base` (the draft as this page last read or saved it). Resolves
   * only once the write has committed, with the draft as stored (its new `rev`). When another
   * page saved it meanwhile, edits to different fields are merged; the same field changed on
   * both sides throws {@link ConflictError}. Throws {@link StaleError} when the lock changed or
   * the draft was deleted in another page, and never writes then. `alsoOver` lists revisions this
   * page itself is writing right now, which the write may follow without merging (a flush at close).
   */
  async saveDraft(draft: Draft, base: Draft = draft, alsoOver: readonly number[] = []): Promise<Draft> {
    let next = draft;
    let from = base;
    for (let attempt = 0; attempt < 8; attempt++) {
      const saved: Draft = {
        id: next.id,
        ...namesOf(next.data),
        createdAt: next.createdAt,
        updatedAt: laterThan(next.updatedAt),
        rev: next.rev + 1,
        ...(next.importedAt !== undefined ? { importedAt: next.importedAt } : {}),
        data: next.data,
      };
      const { key, salt } = this;
      // Sealing is asynchronous work outside IndexedDB, so it cannot run inside the transaction;
      // the transaction checks instead that the key, the revision and the sealed list are still the store's.
      const entry = entryOf(saved);
      const change = { put: [entry], remove: [] };
      const [record, plan] = await Promise.all([this.toRecord(saved, key), this.planNames(change)]);
      const outcome = await this.db.transaction('rw', [this.db.drafts, this.db.lists, this.db.settings], async () => {
        if (lockSalt((await this.db.settings.get('lock'))?.value) !== salt) return 'lock' as const;
        const stored = await this.db.drafts.get(next.id);
        if (stored === undefined && next.rev > 0) return 'deleted' as const;
        const storedRev = stored?.rev ?? 0;
        if (stored !== undefined && storedRev !== next.rev && !alsoOver.includes(storedRev)) return 'moved' as const;
        saved.rev = stored === undefined ? 1 : storedRev + 1;
        const line = { ...entry, meta: { ...entry.meta, rev: saved.rev } };
        const listed = await this.putIndex({ put: [line], remove: [] }, plan, {
          [next.id]: stored === undefined ? undefined : storedRev,
        });
        if (listed === 'moved') return 'list' as const;
        await this.db.drafts.put({ ...record, rev: saved.rev });
        return 'ok' as const;
      });
      if (outcome === 'ok') {
        this.keptNames(plan, key);
        this.tell({ kind: 'draft', id: saved.id, rev: saved.rev });
        return saved;
      }
      if (outcome === 'lock') {
        await this.lockState();
        throw new StaleError('lock');
      }
      if (outcome === 'deleted') throw new StaleError('deleted');
      if (outcome === 'list') {
        // Another page changed the sealed list: seal this change on the list as it is now.
        this.names = null;
        continue;
      }
      const stored = await this.getDraft(next.id);
      if (stored === undefined) throw new StaleError('deleted');
      const { merged, conflicts } = mergeFields(from.data, next.data, stored.data);
      if (conflicts.length > 0) throw new ConflictError(stored, merged, conflicts);
      next = { ...stored, data: merged };
      from = stored;
    }
    throw new Error('Bản kiểm điểm đang được sửa liên tục ở trang khác / The draft keeps changing in another page');
  }

  /**
   * The latest edit of a page being closed, made ready synchronously (sealed with the lock's key
   * when the lock is on, so it holds no plaintext): nothing asynchronous may run once a page is
   * going away. `draft` is the edit, `base` the draft as stored when the page last read or wrote
   * it, `own` the data of the page's own write still in flight (null: none). Kept in
   * localStorage and written with {@link writePrepared}.
   */
  prepareNow(draft: Draft, base: Draft, own: DraftData | null = null): PreparedWrite {
    const { key, salt } = this;
    if (key === null && this.lockSet) throw new LockedError();
    const saved: Draft = { ...draft, ...namesOf(draft.data), rev: base.rev, updatedAt: laterThan(base.updatedAt) };
    const entry = entryOf(saved);
    const edits = this.keepNow(closingEdits(base.data, draft.data, own));
    const baseRev = base.rev;
    if (key === null) return { salt, baseRev, edits, record: plainRecord(saved), entry, plan: { kind: 'plain' } };
    const { unreadable: _u, data, person, periodKey: pk, ...rest } = saved;
    const record = { ...rest, person: '', periodKey: '', sealed: sealNow(key, { data, person, periodKey: pk }) };
    // The list's names, sealed again on the blob this page knows; not known here: the list is rebuilt by the next read.
    const known = this.names;
    const change = { put: [entry], remove: [] };
    const plan: NamesPlan =
      known === null
        ? { kind: 'drop' }
        : {
            kind: 'sealed',
            basedOn: known.iv,
            sealed: sameNames(known.map, change) ? null : sealNow(key, changeNames(known.map, change)),
          };
    // Names in the clear stay in this page: only the sealed blob goes into the write.
    return { salt, baseRev, edits, record, entry: { ...entry, person: '', periodKey: '' }, plan };
  }

  /**
   * A value a page keeps for itself outside the drafts (fields held back by a conflict),
   * synchronously, sealed when the lock is on; read back with {@link openKept}.
   */
  keepNow(value: unknown): string {
    const key = this.key;
    if (key === null && this.lockSet) throw new LockedError();
    return JSON.stringify(
      key === null ? { salt: null, plain: value } : { salt: this.salt, sealed: sealNow(key, value) },
    );
  }

  /** A value kept by {@link keepNow}; undefined when it cannot be opened with this page's lock now. */
  async openKept<T>(text: string): Promise<T | undefined> {
    try {
      const kept = JSON.parse(text) as { salt: string | null; plain?: T; sealed?: Sealed };
      if (kept.salt !== this.salt) return undefined;
      if (kept.sealed === undefined) return kept.plain;
      return this.key === null ? undefined : await open<T>(this.key, kept.sealed);
    } catch {
      return undefined;
    }
  }

  /**
   * The values same-field conflicts hold back on this machine for the user to choose, by draft
   * id, opened with this page's lock (see {@link keepHeld}); a record that does not open with it
   * (kept under another lock) is left out.
   */
  async heldValues(): Promise<HeldValues> {
    const out: HeldValues = new Map();
    for (const [id, key] of heldKeys(this.db.name)) {
      const values = await this.heldOf(id, key);
      if (values !== undefined) out.set(id, values);
    }
    return out;
  }

  /** The held values of one draft (field path → value; null: emptied), or undefined when none opens here. */
  async heldOf(id: string, key = heldKey(this.db.name, id)): Promise<Record<string, unknown> | undefined> {
    const text = readKept(key);
    const values = text === null ? undefined : await this.openKept<Record<string, unknown>>(text);
    const ok = typeof values === 'object' && values !== null && !Array.isArray(values);
    return ok && Object.keys(values).length > 0 ? values : undefined;
  }

  /**
   * Keeps the held values of a draft on this machine, synchronously (a closing page cannot wait),
   * sealed when the lock is on; none: forgotten. False when they could not be kept (storage full).
   * Throws {@link LockedError} when a lock is set and closed here.
   */
  keepHeld(id: string, values: Readonly<Record<string, unknown>>): boolean {
    const key = heldKey(this.db.name, id);
    if (Object.keys(values).length === 0) {
      forgetKept(key);
      return true;
    }
    return writeKept(key, this.keepNow(values));
  }

  /**
   * Writes a prepared draft if the lock is still the one it was sealed for. Over the revision it
   * was based on, the prepared record is written as it is. When the draft moved meanwhile
   * (another page wrote, or this page's own write in flight committed), the record is not written:
   * its changed fields are merged into the stored draft one by one ({@link mergeClosing}), and a
   * field changed on both sides keeps the stored value and comes back in `held`. When the sealed
   * list changed since it was prepared, the list is deleted (rebuilt by the next read).
   */
  async writePrepared(p: PreparedWrite): Promise<PreparedOutcome> {
    const id = p.record.id;
    const outcome = await this.db.transaction('rw', [this.db.drafts, this.db.lists, this.db.settings], async () => {
      if (lockSalt((await this.db.settings.get('lock'))?.value) !== p.salt) return 'lock' as const;
      const stored = await this.db.drafts.get(id);
      if (stored === undefined) return 'deleted' as const;
      if ((stored.rev ?? 0) !== p.baseRev) return 'moved' as const;
      const rev = p.baseRev + 1;
      const line = { ...p.entry, meta: { ...p.entry.meta, rev } };
      const listed = await this.putIndex({ put: [line], remove: [] }, p.plan, { [id]: p.baseRev });
      if (listed === 'moved') await this.db.lists.delete('drafts');
      await this.db.drafts.put({ ...p.record, rev });
      return 'ok' as const;
    });
    if (outcome === 'ok') {
      if (p.plan.kind === 'sealed' && p.plan.sealed !== null) this.names = null;
      this.tell({ kind: 'all' });
      return { kind: 'written', id };
    }
    if (outcome === 'moved') return this.mergePrepared(p);
    return { kind: 'dropped', id, reason: outcome };
  }

  /** A prepared write whose draft moved: its edits merged into the draft as stored now. */
  private async mergePrepared(p: PreparedWrite): Promise<PreparedOutcome> {
    const id = p.record.id;
    // The lock was checked by the write: edits that do not open were prepared by an earlier
    // version (none kept) or are damaged, and such a write goes over its own revision only.
    const edits = typeof p.edits === 'string' ? await this.openKept<ClosingEdits>(p.edits) : undefined;
    if (edits === undefined) return { kind: 'dropped', id, reason: 'unreadable' };
    // The page's last values: the prepared draft itself.
    const mine = await this.fromRecord(p.record);
    if (mine.unreadable) return { kind: 'dropped', id, reason: 'unreadable' };
    for (let attempt = 0; attempt < 8; attempt++) {
      const stored = await this.getDraft(id);
      if (stored === undefined) return { kind: 'dropped', id, reason: 'deleted' };
      if (stored.unreadable) return { kind: 'dropped', id, reason: 'unreadable' };
      const { merged, held } = mergeClosing(edits, mine.data, stored.data);
      if (JSON.stringify(merged) === JSON.stringify(stored.data)) return { kind: 'merged', id, rev: stored.rev, held };
      try {
        const saved = await this.saveDraft({ ...stored, data: merged }, stored);
        return { kind: 'merged', id, rev: saved.rev, held };
      } catch (e) {
        // Moved again, the same fields too: merge again on what is stored then.
        if (e instanceof ConflictError) continue;
        if (e instanceof StaleError) return { kind: 'dropped', id, reason: e.reason };
        throw e;
      }
    }
    throw new Error('Bản kiểm điểm đang được sửa liên tục ở trang khác / The draft keeps changing in another page');
  }

  /** Stores a new draft; name and period are read from its assessment. */
  private saveNew(data: DraftData): Promise<Draft> {
    const now = Date.now();
    return this.saveDraft({
      id: crypto.randomUUID(),
      person: '',
      periodKey: '',
      createdAt: now,
      updatedAt: now,
      rev: 0,
      data,
    });
  }

  /** A new draft for a subject kind and period. */
  async createDraft(kind: string, year: number, quarter?: number): Promise<Draft> {
    const assessment = {
      format: 'tusoi.assessment/1',
      period: { year, ...(quarter ? { quarter } : {}) },
      subject: { kind },
    };
    return this.saveNew({ assessment });
  }

  /**
   * The next period's draft (see nextPeriodAssessment): this period's shortcomings become its prior
   * shortcomings, not fixed yet; unfinished quarterly tasks carry over.
   */
  async nextPeriod(from: Draft): Promise<Draft> {
    const assessment = nextPeriodAssessment(from.data.assessment);
    return this.saveNew({ assessment, ...(from.data.packId ? { packId: from.data.packId } : {}) });
  }

  async deleteDraft(id: string): Promise<void> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const change = { put: [], remove: [id] };
      const key = this.key;
      const plan = await this.planNames(change);
      const outcome = await this.db.transaction('rw', [this.db.drafts, this.db.lists], async () => {
        const stored = await this.db.drafts.get(id);
        const listed = await this.putIndex(change, plan, {
          [id]: stored === undefined ? undefined : (stored.rev ?? 0),
        });
        if (listed === 'moved') return 'list' as const;
        await this.db.drafts.delete(id);
        return 'ok' as const;
      });
      if (outcome === 'ok') {
        this.keptNames(plan, key);
        // Its held values go with it.
        forgetKept(heldKey(this.db.name, id));
        this.tell({ kind: 'all' });
        return;
      }
      this.names = null;
    }
    throw new Error('Dữ liệu đang thay đổi liên tục ở trang khác / Data keeps changing in another page');
  }

  /** The stored record of a draft as it is (sealed stays sealed): what an unreadable draft can still be exported as. */
  async rawDraft(id: string): Promise<DraftRecord | undefined> {
    return this.db.drafts.get(id);
  }

  async listPacks(): Promise<PackRecord[]> {
    return this.db.packs.toArray();
  }

  /** Imports a scoring pack (tusoi.pack/1, or a quarterly tusoi.pack/2) after rubric-core validates it. */
  async importPack(input: unknown): Promise<PackRecord> {
    refuseUnsafeKeys(input);
    const pack = parseAnyPack(input);
    const record = { id: pack.id, pack, importedAt: Date.now() };
    await this.db.packs.put(record);
    this.tell({ kind: 'settings' });
    return record;
  }

  async listMaps(): Promise<FormMapRecord[]> {
    return this.db.formmaps.toArray();
  }

  /** Saves a form map after form-kit validates it (an accepted detection, an import). */
  async saveMap(input: unknown): Promise<FormMap> {
    refuseUnsafeKeys(input);
    const map = parseFormMap(input);
    await this.db.formmaps.put({ id: map.id, map, savedAt: Date.now() });
    this.tell({ kind: 'maps' });
    return map;
  }

  /**
   * Saves an accepted detection made on the page `url` (form-kit validates it first) and, in the
   * same transaction, deletes the earlier detected maps of the same form on that page that it
   * replaces (see `replacedBy`: never a map imported under another id, picked or built in).
   * Resolves after the write committed and was read back: `replaced` lists the ids read back as
   * gone while the new map is read back as stored (empty when nothing was replaced, or when the
   * read-back does not show it). Throws {@link TusoiInputError} for a map form-kit refuses.
   */
  async saveDetected(input: unknown, url: string): Promise<{ map: FormMap; replaced: string[] }> {
    refuseUnsafeKeys(input);
    const map = parseFormMap(input);
    const gone = await this.db.transaction('rw', this.db.formmaps, async () => {
      const stored = (await this.db.formmaps.toArray()).map((r) => r.map);
      const old = replacedBy(stored, map, url).map((m) => m.id);
      await this.db.formmaps.bulkDelete(old);
      await this.db.formmaps.put({ id: map.id, map, savedAt: Date.now() });
      return old;
    });
    this.tell({ kind: 'maps' });
    // Read back after the commit: only what the store now holds is said.
    const [kept, ...after] = await this.db.formmaps.bulkGet([map.id, ...gone]);
    const replaced = kept?.id === map.id ? gone.filter((_, i) => after[i] === undefined) : [];
    return { map, replaced };
  }

  async deleteMap(id: string): Promise<void> {
    await this.db.formmaps.delete(id);
    this.tell({ kind: 'maps' });
  }

  /**
   * Everything, drafts in the clear (needs the lock open). Unreadable drafts cannot be put in
   * an export that imports again: their ids are returned in `skipped` (export each from the panel).
   */
  async exportAll(): Promise<ExportFile & { skipped?: string[] }> {
    const all = await this.listDrafts();
    const skipped = all.filter((d) => d.unreadable).map((d) => d.id);
    const drafts = all
      .filter((d) => !d.unreadable)
      .map(({ unreadable: _u, ...d }) => ({ ...d, data: d.data as unknown as Record<string, unknown> }))
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const packs = (await this.listPacks()).map((p) => ({ ...p, pack: p.pack as unknown as Record<string, unknown> }));
    const lang = await this.setting<'vi' | 'en'>('lang');
    const defaultPack = await this.setting<string>('defaultPack');
    const formmaps = (await this.listMaps()).map((m) => ({ ...m, map: m.map as unknown as Record<string, unknown> }));
    // The values a conflict holds back are the user's own text too: each beside its draft, when
    // it still differs from the stored value (one that matches waits for nothing).
    const heldAll = await this.heldValues();
    const withHeld = drafts.map((d) => {
      const held = Object.entries(heldAll.get(d.id) ?? {}).filter(
        ([path, value]) => JSON.stringify(value ?? undefined) !== JSON.stringify(getPath(d.data, path)),
      );
      return held.length === 0 ? d : { ...d, held: Object.fromEntries(held) };
    });
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      drafts: withHeld,
      packs,
      formmaps,
      settings: { ...(lang ? { lang } : {}), ...(defaultPack ? { defaultPack } : {}) },
      ...(skipped.length > 0 ? { skipped } : {}),
    };
  }

  /**
   * Imports an export file (or restores a backup), all or nothing: the file is validated whole
   * first, each draft against rubric-core's assessment schema; a bad file changes nothing and the
   * error names the path. A draft stored newer than the file's is never replaced silently: without
   * `choice`, {@link ImportConflictError} lists them (both dates) and nothing is written.
   */
  async importAll(
    input: unknown,
    choice?: ImportChoice,
    /** The stored dates the user saw when choosing (id → updatedAt): a draft saved since is asked about again. */
    seen?: ReadonlyMap<string, number>,
  ): Promise<ImportOutcome> {
    const file = parseExport(input);
    for (let attempt = 0; attempt < 8; attempt++) {
      const { key, salt } = this;
      const stored = await this.db.drafts.bulkGet(file.drafts.map((d) => d.id));
      const newer: NewerStored[] = [];
      file.drafts.forEach((d, i) => {
        const s = stored[i];
        if (s && s.updatedAt > d.updatedAt) {
          newer.push({ id: d.id, person: d.person, storedAt: s.updatedAt, importedAt: d.updatedAt });
        }
      });
      if (newer.length > 0 && choice === undefined) throw new ImportConflictError(newer);
      // The answer was given to what the question showed: work saved since then is asked about again.
      if (seen !== undefined && newer.some((n) => seen.get(n.id) !== n.storedAt)) throw new ImportConflictError(newer);
      const newerIds = new Set(newer.map((n) => n.id));
      const drafts: Draft[] = [];
      const replaced: string[] = [];
      /** The held values of each draft written, by the id it is written under. */
      const held = new Map<string, Record<string, unknown>>();
      let copies = 0;
      file.drafts.forEach(({ held: h, ...d }, i) => {
        const s = stored[i];
        const incoming = { ...d, data: d.data as unknown as DraftData };
        if (newerIds.has(d.id) && choice === 'keep-mine') return;
        if (newerIds.has(d.id) && choice === 'keep-both') {
          // A copy: marked with the day it came in, so the list tells it from the draft it sits beside.
          copies++;
          const id = crypto.randomUUID();
          if (h) held.set(id, h);
          drafts.push({ ...incoming, id, rev: 1, importedAt: Date.now() });
          return;
        }
        if (s) replaced.push(d.id);
        if (h) held.set(d.id, h);
        // A replaced draft moves to a new revision, so a page editing it merges instead of overwriting.
        drafts.push({ ...incoming, rev: s ? Math.max(s.rev ?? 0, d.rev ?? 0) + 1 : Math.max(d.rev ?? 1, 1) });
      });
      const change = { put: drafts.map(entryOf), remove: [] };
      const [records, plan] = await Promise.all([
        Promise.all(drafts.map((d) => this.toRecord(d, key))),
        this.planNames(change),
      ]);
      const outcome = await this.db.transaction(
        'rw',
        [this.db.drafts, this.db.lists, this.db.packs, this.db.settings, this.db.formmaps],
        async () => {
          if (lockSalt((await this.db.settings.get('lock'))?.value) !== salt) return 'lock' as const;
          const now = await this.db.drafts.bulkGet(file.drafts.map((d) => d.id));
          const revOf = (r: DraftRecord | undefined) => (r === undefined ? -1 : (r.rev ?? 0));
          if (now.some((s, i) => revOf(s) !== revOf(stored[i]))) return 'moved' as const;
          const before: Record<string, number | undefined> = {};
          for (const d of drafts) before[d.id] = undefined;
          now.forEach((s, i) => {
            if (s !== undefined) before[file.drafts[i]?.id as string] = s.rev ?? 0;
          });
          if ((await this.putIndex(change, plan, before)) === 'moved') return 'list' as const;
          await this.db.drafts.bulkPut(records);
          await this.db.packs.bulkPut(file.packs as unknown as PackRecord[]);
          await this.db.formmaps.bulkPut((file.formmaps ?? []) as unknown as FormMapRecord[]);
          for (const [k, value] of Object.entries(file.settings)) await this.db.settings.put({ key: k, value });
          return 'ok' as const;
        },
      );
      if (outcome === 'lock') {
        await this.lockState();
        throw key === null ? new LockedError() : new StaleError('lock');
      }
      if (outcome === 'ok') {
        this.keptNames(plan, key);
        const restored = await this.restoreHeld(held);
        this.tell({ kind: 'all', replaced });
        return {
          drafts: records.length,
          packs: file.packs.length,
          replaced: replaced.length,
          copies,
          kept: file.drafts.length - records.length,
          held: restored,
        };
      }
      if (outcome === 'list') this.names = null;
    }
    throw new Error('Dữ liệu đang thay đổi liên tục ở trang khác / Data keeps changing in another page');
  }

  /**
   * Keeps imported held values beside those this machine holds for the same drafts (the file's
   * value wins for the same field); returns how many fields read back as kept.
   */
  private async restoreHeld(held: ReadonlyMap<string, Record<string, unknown>>): Promise<number> {
    let count = 0;
    for (const [id, values] of held) {
      this.keepHeld(id, { ...(await this.heldOf(id)), ...values });
      const back = (await this.heldOf(id)) ?? {};
      count += Object.entries(values).filter(([p, v]) => JSON.stringify(back[p]) === JSON.stringify(v)).length;
    }
    return count;
  }

  /** Deletes every draft, pack and setting, the lock included; every open page hears it. */
  async deleteAll(): Promise<DeletedCounts> {
    const tables = [this.db.drafts, this.db.lists, this.db.packs, this.db.settings, this.db.formmaps];
    const counts = await this.db.transaction('rw', tables, async () => {
      const [drafts, packs, formmaps] = await Promise.all([
        this.db.drafts.count(),
        this.db.packs.count(),
        this.db.formmaps.count(),
      ]);
      await Promise.all(tables.map((t) => t.clear()));
      return { drafts, packs, formmaps };
    });
    // What pages keep on this machine beside the database (held values, close-time edits) goes too.
    const kept = [...heldKeys(this.db.name).values(), ...pendingKeys(this.db.name)];
    for (const key of kept) forgetKept(key);
    this.forgetKey();
    this.tell({ kind: 'all', deleted: true });
    return { ...counts, held: kept.length };
  }

  /** Opens the lock for this page; a wrong passphrase throws and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    const settings = await this.setting<LockSettings>('lock');
    if (settings === undefined) return;
    this.key = await unlockKey(settings, passphrase);
    this.salt = settings.salt;
    this.lockSet = true;
  }

  /**
   * Rewrites every draft and summary with `key` (null: in the clear) and sets or removes the lock,
   * in one transaction; retried when another page wrote a draft meanwhile.
   */
  private async rewriteAll(
    read: (r: DraftRecord) => Promise<Draft>,
    key: CryptoKey | null,
    expectSalt: string | null,
    lock: LockSettings | null,
  ): Promise<void> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const records = await this.db.drafts.toArray();
      const drafts = await Promise.all(records.map(read));
      const sealed = await Promise.all(drafts.map((d) => this.toRecord(d, key)));
      // The list is written again with the drafts: sealed as one blob with the new key, or in the clear.
      const { meta, names } = buildIndex(
        drafts.map((d) => entryOf(draftShapeIssues(d.data).length > 0 ? { ...d, unreadable: SHAPE_UNREADABLE } : d)),
      );
      const sealedNames = key === null ? null : await seal(key, names);
      const revs = new Map(records.map((r) => [r.id, r.rev ?? 0]));
      const outcome = await this.db.transaction('rw', [this.db.drafts, this.db.lists, this.db.settings], async () => {
        if (lockSalt((await this.db.settings.get('lock'))?.value) !== expectSalt) return 'lock' as const;
        const now = await this.db.drafts.toArray();
        if (now.length !== records.length || now.some((r) => revs.get(r.id) !== (r.rev ?? 0))) return 'moved' as const;
        await this.db.drafts.bulkPut(sealed);
        await this.db.lists.put({
          key: 'drafts',
          meta,
          ...(sealedNames === null ? { names } : { sealed: sealedNames }),
        });
        if (lock === null) await this.db.settings.delete('lock');
        else await this.db.settings.put({ key: 'lock', value: lock });
        return 'ok' as const;
      });
      if (outcome === 'lock') {
        await this.lockState();
        throw new StaleError('lock');
      }
      if (outcome === 'ok') {
        this.names = key === null || sealedNames === null ? null : { iv: sealedNames.iv, map: names };
        return;
      }
    }
    throw new Error('Dữ liệu đang thay đổi liên tục ở trang khác / Data keeps changing in another page');
  }

  // A record kept as it is stored (an unreadable draft is sealed or unsealed as it stands).
  private async asIs(r: DraftRecord): Promise<Draft> {
    const d = await this.fromRecord(r);
    if (!d.unreadable) return d;
    if (r.sealed !== undefined) throw new Error(`Bản ${r.id} không mở được / Draft ${r.id} cannot be opened`);
    return { ...d, data: r.data ?? { assessment: {} }, unreadable: undefined } as Draft;
  }

  /**
   * Sets a passphrase: every draft is sealed at rest from now on, in one transaction. Works with
   * no draft at all, so that a lock set at first start means no plaintext ever reaches the disk.
   */
  async enableLock(passphrase: string, iterations?: number): Promise<void> {
    if ((await this.lockState()) !== 'none') throw new LockedError();
    const { settings, key } = await createLock(passphrase, iterations);
    const held = await this.heldValues();
    await this.rewriteAll((r) => this.asIs(r), key, null, settings);
    this.key = key;
    this.salt = settings.salt;
    this.lockSet = true;
    // Held values are sealed with the new lock too: none stays in the clear, none is lost.
    this.rekeyHeld(held);
    this.tell({ kind: 'lock' });
  }

  /** Removes the lock (it must be open here): drafts are stored in the clear again, in one transaction. */
  async disableLock(): Promise<void> {
    if ((await this.lockState()) !== 'unlocked') throw new LockedError();
    const held = await this.heldValues();
    await this.rewriteAll((r) => this.asIs(r), null, this.salt, null);
    this.forgetKey();
    this.lockSet = false;
    this.rekeyHeld(held);
    this.tell({ kind: 'lock' });
  }

  /** Keeps held values again under the lock as it is now (after turning it on or off). */
  private rekeyHeld(held: HeldValues): void {
    for (const [id, values] of held) this.keepHeld(id, values);
  }

  /** Forgets the key in this page (the data stays sealed). */
  lock(): void {
    this.forgetKey();
  }
}
