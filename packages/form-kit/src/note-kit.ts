import type { checkForm } from './check';
import type { FormProblem } from './form-problem';

// The code of a check, reading the form against the draft (check.ts) and placing its notes on the
// page (annotations.ts, note-place.ts), is loaded only for a check: the portal content script
// carries just this call, and `@tusoi/form-kit/notes` (loadNotes) puts the code here.

/** What a check calls once the check's code is loaded (see check.ts and annotations.ts). */
export interface NoteKit {
  /** {@link checkForm}: the problems of the form against the draft. */
  readonly check: typeof checkForm;
  /** Draws the problems' notes beside their fields. */
  readonly annotate: (problems: readonly FormProblem[], lang?: 'vi' | 'en') => Element[];
}

// One per JavaScript world (a content script's isolated world is shared by the scripts injected into it).
const KEY = '__tusoiNoteKit';
const world = globalThis as unknown as Record<string, NoteKit | undefined>;

/** The note code, when loaded. */
export const noteKit = (): NoteKit | undefined => world[KEY];

/** Makes the note code available to the portal script. */
export function registerNoteKit(kit: NoteKit): void {
  world[KEY] = kit;
}
