/**
 * A check of a form against the draft (check.ts) and its notes drawn beside the fields
 * (annotations.ts): the code form-kit needs only when a check runs, kept out of the portal content
 * script.
 *
 * @module @tusoi/form-kit/notes
 */
import { annotate } from './annotations';
import { checkForm } from './check';
import { registerNoteKit } from './note-kit';

export { annotate, checkForm };

/** Loads the check's code into this JavaScript world (idempotent). */
export function loadNotes(): void {
  registerNoteKit({ check: checkForm, annotate });
}
