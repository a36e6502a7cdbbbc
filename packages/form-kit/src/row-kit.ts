import type { Assessment, Message } from '@tusoi/rubric-core';
import type { FillOutcome } from './fill';
import type { FormProblem } from './form-problem';
import type { FormMap } from './formmap';
import type { RowLocator, RowRoom, TaskCell } from './rows';

// The code for rows (rows.ts, rows-check.ts) is loaded only where a map addresses rows: the
// portal content script carries just these calls, and `@tusoi/form-kit/rows` (loadRows) puts the
// code here. Without it, a row is not found and a row to add is said missing.

/** What form-kit calls for rows once loaded (see rows.ts, rows-check.ts). */
export interface RowKit {
  readonly cellOf: (scope: ParentNode, l: RowLocator) => Element | null;
  readonly ensureRow: (
    scope: ParentNode,
    l: RowLocator,
    add: Element | null | undefined | 'two-buttons',
    press: (el: Element) => boolean,
    waitMs?: number,
  ) => Promise<RowRoom>;
  readonly markMissing: (
    results: Record<string, FillOutcome>,
    gaps: ReadonlyMap<string, Exclude<RowRoom, 'there' | 'added'>>,
    notes?: ReadonlyMap<string, Message>,
  ) => void;
  readonly addedRowsStay: (n: number) => Message;
  readonly nameCells: (results: Record<string, FillOutcome>) => void;
  readonly positionOf: (scope: ParentNode, l: RowLocator) => RowLocator | null;
  readonly taskCellName: (key: string, lang?: 'vi' | 'en') => string | undefined;
  readonly checkTaskRows: (
    root: Document | ShadowRoot,
    map: FormMap,
    draft: Partial<Assessment>,
    points?: readonly number[],
    ownPack?: unknown,
  ) => FormProblem[];
  readonly checkReasons: (
    root: Document | ShadowRoot,
    map: FormMap,
    draft: Partial<Assessment>,
    ownPack?: unknown,
  ) => FormProblem[];
  readonly taskTables: (scope: ParentNode) => { rows: string; cells: Partial<Record<TaskCell, string>> }[];
}

// One per JavaScript world (a content script's isolated world is shared by the scripts injected into it).
const KEY = '__tusoiRowKit';
const world = globalThis as unknown as Record<string, RowKit | undefined>;

/** The row code, when loaded. */
export const rowKit = (): RowKit | undefined => world[KEY];

/** Makes the row code available to fill, check and undo. */
export function registerRowKit(kit: RowKit): void {
  world[KEY] = kit;
}
