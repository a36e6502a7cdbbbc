import type { FormProblem } from './form-problem';

// The code that places check notes on the page (annotations.ts, note-place.ts) is loaded only for a
// check: the portal content script carries just this call, and `@tusoi/form-kit/notes` (loadNotes)
// puts the code here. Without it, a check still reports every problem; none is drawn on the page.

/** What form-kit calls to draw check notes once loaded (see annotations.ts). */
export interface NoteKit {
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
