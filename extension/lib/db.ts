import type { FormMap } from '@tusoi/form-kit';
import type { Pack, Pack2 } from '@tusoi/rubric-core';
import Dexie, { type Table } from 'dexie';

/** An encrypted payload (AES-GCM), base64. */
export interface Sealed {
  readonly iv: string;
  readonly ct: string;
}

/** What a draft holds: the assessment being written (possibly incomplete) and its scoring pack. */
export interface DraftData {
  readonly assessment: Record<string, unknown>;
  readonly packId?: string;
  /** Why a criterion is not met (lý do không đảm bảo), by criterion id: portals ask for it beside the table. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** A stored draft. When the lock is on, `data` is absent, `sealed` holds it, and person/period are blank. */
export interface DraftRecord {
  id: string;
  /** Whose review: the subject's name as typed (blank when sealed). */
  person: string;
  /** "2025" or "2025-Q2" (blank when sealed). */
  periodKey: string;
  createdAt: number;
  updatedAt: number;
  data?: DraftData;
  sealed?: Sealed;
  /** Revision: 1 on creation, +1 on every write (absent in drafts written before version 4). */
  rev?: number;
  /** When this draft was imported as a copy beside a newer stored one ("Giữ cả hai"). */
  importedAt?: number;
}

/** What the list needs of one draft besides its name: not secret (the drafts table keeps these in the clear too). */
export interface DraftMeta {
  updatedAt: number;
  rev: number;
  /** When this draft was imported as a copy beside a newer stored one ("Giữ cả hai"). */
  importedAt?: number;
  /** The draft cannot be opened (wrong shape, or sealed with a key that no longer opens it). */
  unreadable?: true;
}

/**
 * The draft list in one record (key "drafts"), written in the same transaction as every draft
 * write, so that opening the panel reads one record instead of 10,000 (and, with the lock on,
 * decrypts one blob). When it exists it matches the drafts table; a write that cannot keep it so
 * deletes it, and the next read rebuilds it from the drafts.
 */
export interface DraftIndexRecord {
  key: 'drafts';
  /** By draft id. */
  meta: Record<string, DraftMeta>;
  /** By draft id: [name, period key], in the clear (no lock). */
  names?: Record<string, [string, string]>;
  /** With the lock on: the same names sealed as one blob; its `iv` identifies this version of it. */
  sealed?: Sealed;
}
/** An imported scoring pack: a tusoi.pack/1, or a quarterly tusoi.pack/2. */
export interface PackRecord {
  id: string;
  pack: Pack | Pack2;
  importedAt: number;
}

/** A form map the user accepted, imported or made. */
export interface FormMapRecord {
  id: string;
  map: FormMap;
  savedAt: number;
}

/** A setting: language, default pack, lock parameters. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The period key of a year and optional quarter. */
export function periodKey(year: unknown, quarter: unknown): string {
  if (typeof year !== 'number') return '';
  return typeof quarter === 'number' ? `${year}-Q${quarter}` : String(year);
}

/**
 * The extension's database. Version 1 was the first draft layout (a flat record with
 * `personName`, `year`, `quarter` and `assessment`); version 2 indexes drafts by person and
 * period for the history, moves the assessment under `data` (so it can be sealed by the lock)
 * and adds imported packs. Version 3 adds form maps (no data changes). Version 4 added one
 * summary record per draft; version 5 replaces them with one index record of the whole list
 * (`lists`), built from the drafts on the first read.
 */
export class TusoiDB extends Dexie {
  drafts!: Table<DraftRecord, string>;
  packs!: Table<PackRecord, string>;
  settings!: Table<SettingRecord, string>;
  formmaps!: Table<FormMapRecord, string>;
  lists!: Table<DraftIndexRecord, string>;

  constructor(name = 'tusoi') {
    super(name);
    this.version(1).stores({ drafts: 'id, personName, year', settings: 'key' });
    this.version(2)
      .stores({ drafts: 'id, person, periodKey, [person+periodKey], updatedAt', packs: 'id', settings: 'key' })
      .upgrade((tx) =>
        tx
          .table('drafts')
          .toCollection()
          .modify((d: Record<string, unknown>) => {
            d.person = typeof d.personName === 'string' ? d.personName : '';
            d.periodKey = periodKey(d.year, d.quarter);
            d.data = { assessment: (d.assessment as Record<string, unknown>) ?? {} };
            d.createdAt = typeof d.updatedAt === 'number' ? d.updatedAt : Date.now();
            d.updatedAt = d.createdAt;
            delete d.personName;
            delete d.year;
            delete d.quarter;
            delete d.assessment;
          }),
      );
    this.version(3).stores({ formmaps: 'id' });
    this.version(4)
      .stores({ summaries: 'id, updatedAt' })
      .upgrade(async (tx) => {
        const drafts = (await tx.table('drafts').toArray()) as DraftRecord[];
        await tx.table('summaries').bulkPut(
          drafts
            .filter((d) => d.sealed === undefined)
            .map((d) => ({
              id: d.id,
              person: d.person,
              periodKey: d.periodKey,
              updatedAt: d.updatedAt,
              rev: d.rev ?? 0,
            })),
        );
      });
    this.version(5).stores({ summaries: null, lists: 'key' });
  }
}
