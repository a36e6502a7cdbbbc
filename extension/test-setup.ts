import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

beforeEach(() => {
  fakeBrowser.reset();
});
// Without vitest globals, @testing-library/preact cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
