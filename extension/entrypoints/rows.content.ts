import { loadRows } from '@tusoi/form-kit/rows';

// The row code of form-kit (criterion rows, task rows, the page's "+" button), injected beside
// the portal script only when a form map addresses rows, so the portal script stays small.
export default defineContentScript({
  registration: 'runtime',
  main() {
    loadRows();
  },
});
