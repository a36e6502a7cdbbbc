// The shape of a problem the check finds on a form (check.ts, rows-check.ts), beside the field it concerns.

import type { Message } from '@tusoi/rubric-core';
import type { MappableField } from './formmap';

/** A problem found on the form, beside the field it concerns. */
export interface FormProblem {
  readonly code:
    | 'EMPTY_REQUIRED'
    | 'NOT_A_NUMBER'
    | 'OUT_OF_RANGE'
    | 'TOTAL_MISMATCH'
    | 'NO_PROPOSED_LEVEL'
    | 'PROPOSED_ABOVE_RULES'
    | 'PRIOR_NO_STATUS'
    | 'PAGE_INVALID'
    | 'DECIMAL_REFUSED'
    | 'DIFFERS_FROM_DRAFT'
    /** A field the page locks (the name from the login) holds other than the draft: never written. */
    | 'READONLY_DIFFERS'
    /** The user's own pack the panel sent could not be used (rubric-core refused it): reasons not judged. */
    | 'PACK_REFUSED'
    | 'ROW_MISSING'
    | 'BOX_DIFFERS'
    /** The draft's quarter could not be compared: the page's quarter field not found, or several match. */
    | 'NOT_COMPARED';
  /**
   * The draft field, `criteria.` and a criterion's id, `tasks.N.cell` for a cell of task N's row, or
   * `page:` and the page's label for a control of the form that no map step names.
   */
  readonly field: MappableField | `criteria.${string}` | `page:${string}` | `tasks.${string}`;
  readonly message: Message;
  /** The field on the page, when found. */
  readonly element: Element | null;
  /**
   * Drawn from draft facts the page does not hold (task counts, findings): shown in the side
   * panel only, never noted on the page, where the page's own scripts could read it.
   */
  readonly panelOnly?: true;
}
