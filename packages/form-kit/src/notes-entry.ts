/**
 * Check notes drawn beside a form's fields (annotations.ts): the code form-kit needs only when a
 * check runs, kept out of the portal content script.
 *
 * @module @tusoi/form-kit/notes
 */
import { annotate } from './annotations';
import { registerNoteKit } from './note-kit';

export { annotate };

/** Loads the note code into this JavaScript world (idempotent). */
export function loadNotes(): void {
  registerNoteKit({ annotate });
}
