/**
 * Rows of quarterly tables (criterion rows, task rows, rows added by the page's "+"): the code
 * form-kit needs only for maps that address rows, kept out of the portal content script.
 *
 * @module @tusoi/form-kit/rows
 */
import { registerRowKit } from './row-kit';
import { addedRowsStay, cellOf, ensureRow, markMissing, nameCells, positionOf, taskCellName } from './rows';
import { checkReasons, checkTaskRows } from './rows-check';
import { taskTables } from './task-table';

export {
  cellOf,
  missingRows,
  type RowLocator,
  type RowRoom,
  rowOf,
  rowsOf,
  TASK_CELLS,
  type TaskCell,
  taskCellLabel,
  taskSteps,
  taskValue,
} from './rows';
export { checkReasons, checkTaskRows, taskTables };

/** Loads the row code into this JavaScript world (idempotent). */
export function loadRows(): void {
  registerRowKit({
    cellOf,
    ensureRow,
    markMissing,
    nameCells,
    addedRowsStay,
    positionOf,
    taskCellName,
    checkTaskRows,
    checkReasons,
    taskTables,
  });
}
