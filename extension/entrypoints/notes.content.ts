import { loadNotes } from '@tusoi/form-kit/notes';

// The check notes' code of form-kit (placing each note clear of the page's controls and words),
// injected beside the portal script only for a check, so the portal script stays small.
export default defineContentScript({
  registration: 'runtime',
  main() {
    loadNotes();
  },
});
