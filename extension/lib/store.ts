import { type FormMap, parseFormMap } from '@tusoi/form-kit';
import { fromValibotIssue, type InputIssue, parsePack, TusoiInputError } from '@tusoi/rubric-core';
import * as v from 'valibot';
import { type DraftData, type DraftRecord, type FormMapRecord, type PackRecord, periodKey, type TusoiDB } from './db';
import { createLock, type LockSettings, open, seal, unlockKey } from './lock';

/** A draft as the UI sees it: always readable. */
export interface Draft {
  id: string;
  person: string;
  periodKey: string;
  createdAt: number;
  updatedAt: number;
  data: DraftData;
}

/** What the history list shows of a draft (no assessment). */
export type DraftSummary = Pick<Draft, 'id' | 'person' | 'periodKey' | 'updatedAt'>;

/** Format tag of an export file. */
export const EXPORT_FORMAT = 'tusoi.export/1';

const DraftSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1)),
  person: v.string(),
  periodKey: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  data: v.strictObject({
    assessment: v.record(v.string(), v.unknown()),
    packId: v.optional(v.string()),
    notes: v.optional(v.record(v.string(), v.string())),
  }),
});

/** Valibot schema of an export file (packs are checked again by rubric-core's parsePack). */
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
  const parsed = v.safeParse(ExportSchema, input);
  if (!parsed.success) {
    throw new TusoiInputError(parsed.issues.map(fromValibotIssue));
  }
  const issues: InputIssue[] = [];
  parsed.output.packs.forEach((p, i) => {
    try {
      parsePack(p.pack);
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

/** Thrown when sealed data is needed but the lock has not been opened. */
export class LockedError extends Error {
  constructor() {
    super('Dữ liệu đang khoá / Data is locked');
    this.name = 'LockedError';
  }
}

/** Drafts, packs and settings, with the optional lock. */
export class Store {
  /** The lock's key while unlocked in this page; never stored. */
  private key: CryptoKey | null = null;

  constructor(readonly db: TusoiDB) {}

  async setting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  /** Whether a lock is set, and whether it is open in this page. */
  async lockState(): Promise<'none' | 'locked' | 'unlocked'> {
    if ((await this.setting<LockSettings>('lock')) === undefined) return 'none';
    return this.key === null ? 'locked' : 'unlocked';
  }

  private async toRecord(d: Draft): Promise<DraftRecord> {
    if (this.key === null) {
      if ((await this.lockState()) === 'locked') throw new LockedError();
      return { ...d };
    }
    const { data, person, periodKey: pk, ...rest } = d;
    return { ...rest, person: '', periodKey: '', sealed: await seal(this.key, { data, person, periodKey: pk }) };
  }

  private async fromRecord(r: DraftRecord): Promise<Draft> {
    if (r.sealed === undefined) return { ...r, data: r.data ?? { assessment: {} } };
    if (this.key === null) throw new LockedError();
    const inner = await open<{ data: DraftData; person: string; periodKey: string }>(this.key, r.sealed);
    const { sealed: _s, ...rest } = r;
    return { ...rest, ...inner };
  }

  /** Every draft, newest first. */
  async listDrafts(): Promise<Draft[]> {
    const records = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return Promise.all(records.map((r) => this.fromRecord(r)));
  }

  /**
   * Name, period and last change of every draft, newest change first, for the history list: one
   * bulk read, no per-draft work (key-only index cursors were measured slower: one round trip per
   * key). While the lock is open, names are sealed, so the drafts are opened.
   */
  async listDraftSummaries(): Promise<DraftSummary[]> {
    if (this.key !== null)
      return (await this.listDrafts()).map(({ id, person, periodKey: pk, updatedAt }) => ({
        id,
        person,
        periodKey: pk,
        updatedAt,
      }));
    const records = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return records.map(({ id, person, periodKey: pk, updatedAt }) => ({ id, person, periodKey: pk, updatedAt }));
  }

  async getDraft(id: string): Promise<Draft | undefined> {
    const r = await this.db.drafts.get(id);
    return r && this.fromRecord(r);
  }

  /** Saves a draft as it stands (called on every change, so nothing typed is lost). */
  async saveDraft(draft: Draft): Promise<Draft> {
    const a = draft.data.assessment as { subject?: { name?: unknown }; period?: { year?: unknown; quarter?: unknown } };
    const saved: Draft = {
      ...draft,
      person: typeof a.subject?.name === 'string' ? a.subject.name : '',
      periodKey: periodKey(a.period?.year, a.period?.quarter),
      updatedAt: Date.now(),
    };
    await this.db.drafts.put(await this.toRecord(saved));
    return saved;
  }

  /** Stores a new draft; name and period are read from its assessment. */
  private saveNew(data: DraftData): Promise<Draft> {
    const now = Date.now();
    return this.saveDraft({ id: crypto.randomUUID(), person: '', periodKey: '', createdAt: now, updatedAt: now, data });
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

  /** The next period's draft: this period's shortcomings become its prior shortcomings, not fixed yet. */
  async nextPeriod(from: Draft): Promise<Draft> {
    const a = structuredClone(from.data.assessment) as Record<string, unknown> & {
      period?: { year?: number; quarter?: number };
      review?: { shortcomings?: { text: string; responsibility?: string }[] };
    };
    const year = a.period?.year ?? new Date().getFullYear();
    const quarter = a.period?.quarter;
    a.period =
      quarter === undefined
        ? { year: year + 1 }
        : quarter === 4
          ? { year: year + 1, quarter: 1 }
          : { year, quarter: quarter + 1 };
    a.priorShortcomings = (a.review?.shortcomings ?? []).map((s) => ({
      text: s.text,
      status: 'not-fixed',
      ...(s.responsibility ? { responsibility: s.responsibility } : {}),
    }));
    for (const key of [
      'review',
      'scores',
      'criteria',
      'tasks',
      'ledUnits',
      'findings',
      'selfCheck',
      'proposedLevel',
      'confidenceVote',
      'socioEconomicTargets',
    ])
      delete a[key];
    return this.saveNew({ assessment: a, ...(from.data.packId ? { packId: from.data.packId } : {}) });
  }

  async deleteDraft(id: string): Promise<void> {
    await this.db.drafts.delete(id);
  }

  async listPacks(): Promise<PackRecord[]> {
    return this.db.packs.toArray();
  }

  /** Imports a scoring pack after rubric-core validates it. */
  async importPack(input: unknown): Promise<PackRecord> {
    const pack = parsePack(input);
    const record = { id: pack.id, pack, importedAt: Date.now() };
    await this.db.packs.put(record);
    return record;
  }

  async listMaps(): Promise<FormMapRecord[]> {
    return this.db.formmaps.toArray();
  }

  /** Saves a form map after form-kit validates it (an accepted detection, an import). */
  async saveMap(input: unknown): Promise<FormMap> {
    const map = parseFormMap(input);
    await this.db.formmaps.put({ id: map.id, map, savedAt: Date.now() });
    return map;
  }

  async deleteMap(id: string): Promise<void> {
    await this.db.formmaps.delete(id);
  }

  /** Everything, drafts in the clear (needs the lock open). */
  async exportAll(): Promise<ExportFile> {
    const drafts = (await this.listDrafts()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const packs = (await this.listPacks()).map((p) => ({ ...p, pack: p.pack as unknown as Record<string, unknown> }));
    const lang = await this.setting<'vi' | 'en'>('lang');
    const defaultPack = await this.setting<string>('defaultPack');
    const formmaps = (await this.listMaps()).map((m) => ({ ...m, map: m.map as unknown as Record<string, unknown> }));
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      drafts,
      packs,
      formmaps,
      settings: { ...(lang ? { lang } : {}), ...(defaultPack ? { defaultPack } : {}) },
    };
  }

  /**
   * Imports an export file, all or nothing: the file is validated whole first, then written in
   * one transaction; a bad file changes nothing and the error names what is wrong.
   */
  async importAll(input: unknown): Promise<{ drafts: number; packs: number }> {
    const file = parseExport(input);
    const records = await Promise.all(file.drafts.map((d) => this.toRecord(d as Draft)));
    await this.db.transaction('rw', [this.db.drafts, this.db.packs, this.db.settings, this.db.formmaps], async () => {
      await this.db.drafts.bulkPut(records);
      await this.db.packs.bulkPut(file.packs as unknown as PackRecord[]);
      await this.db.formmaps.bulkPut((file.formmaps ?? []) as unknown as FormMapRecord[]);
      for (const [key, value] of Object.entries(file.settings)) await this.db.settings.put({ key, value });
    });
    return { drafts: records.length, packs: file.packs.length };
  }

  /** Deletes every draft, pack and setting, the lock included. */
  async deleteAll(): Promise<void> {
    await this.db.transaction('rw', [this.db.drafts, this.db.packs, this.db.settings, this.db.formmaps], async () => {
      await Promise.all([
        this.db.drafts.clear(),
        this.db.packs.clear(),
        this.db.settings.clear(),
        this.db.formmaps.clear(),
      ]);
    });
    this.key = null;
  }

  /** Opens the lock for this page; a wrong passphrase throws and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    const settings = await this.setting<LockSettings>('lock');
    if (settings === undefined) return;
    this.key = await unlockKey(settings, passphrase);
  }

  /** Sets a passphrase: every draft is sealed at rest from now on. */
  async enableLock(passphrase: string, iterations?: number): Promise<void> {
    if ((await this.lockState()) === 'locked') throw new LockedError();
    const drafts = await this.listDrafts();
    const { settings, key } = await createLock(passphrase, iterations);
    const previous = this.key;
    this.key = key;
    try {
      const records = await Promise.all(drafts.map((d) => this.toRecord(d)));
      await this.db.transaction('rw', this.db.drafts, this.db.settings, async () => {
        await this.db.drafts.bulkPut(records);
        await this.db.settings.put({ key: 'lock', value: settings });
      });
    } catch (e) {
      this.key = previous;
      throw e;
    }
  }

  /** Removes the lock (it must be open): drafts are stored in the clear again. */
  async disableLock(): Promise<void> {
    const drafts = await this.listDrafts();
    this.key = null;
    await this.db.transaction('rw', this.db.drafts, this.db.settings, async () => {
      await this.db.drafts.bulkPut(drafts.map((d) => ({ ...d })));
      await this.db.settings.delete('lock');
    });
  }

  /** Forgets the key in this page (the data stays sealed). */
  lock(): void {
    this.key = null;
  }
}
