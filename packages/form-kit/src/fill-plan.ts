// The shape of a fill plan: the steps a fill takes (from a form map, or written by hand), in order.

import type { Message } from '@tusoi/rubric-core';
import type { FieldValue } from './fill';
import type { Locator } from './locator-types';
import type { DecimalMark } from './numbers';

/** One step: where, what, and whether to wait for the field to appear. */
export interface FillPlanStep {
  readonly key: string;
  readonly locator: Locator;
  /** The value to fill; absent with `click`. */
  readonly value?: FieldValue;
  /** Press a button that moves on (a wizard's "Tiếp tục"); refused for anything that submits, completes or deletes. */
  readonly click?: true;
  readonly waitMs?: number;
  /** The decimal mark the form map states for this field. */
  readonly decimal?: DecimalMark;
  /** More words a choice may be offered in (a task's axis by its title in the pack), see `WriteOptions.aliases`. */
  readonly aliases?: readonly string[];
  /**
   * Make room for the row `locator` names (a row locator by position): when the page has fewer
   * rows, press `press` (the page's add-row button, through the safety checks) and wait for the
   * row. Counted in no result; a row that could not be made is said in the summary. Without
   * `press`, `own` (a map detected on the page) looks for the table's own add-row button (add-row.ts).
   */
  readonly addRow?: { readonly press?: Locator; readonly own?: true };
  /**
   * The draft has no value for this field (an annual draft has no quarter): nothing is written,
   * and the report names the field with this reason, so that every previewed field is accounted for.
   */
  readonly absent?: Message;
  /**
   * A choice the page has made already (its review period) is the page's: when the field holds
   * another value than this one, nothing is written and the report says what the page shows and
   * what the draft has. Written only when the field is empty.
   */
  readonly keepChosen?: true;
}

/** A fill of many fields, in order. */
export type FillPlan = readonly FillPlanStep[];
