// The shapes of a field's address (Locator) and of a place to search (Scope), apart from the search itself.

import type { RowLocator } from './rows';

/** How to find a field: by its label text, name or id, a CSS selector, a table's row × column, or a cell of a row (rows.ts). */
export type Locator =
  | { readonly label: string }
  | { readonly name: string }
  | { readonly css: string }
  | {
      readonly table: string;
      readonly row: string;
      readonly column: string;
      /** The button or pill of that cell with this text ("Đạt"), when the cell holds a pair. */
      readonly choice?: string;
    }
  | RowLocator;

/** A document or shadow root to search. */
export type Scope = Document | ShadowRoot;
