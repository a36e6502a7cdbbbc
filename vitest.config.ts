import { defineConfig } from 'vitest/config';

// One run, one report for the whole repository; each package has its own vitest config.
export default defineConfig({
  test: {
    projects: ['rubric-core', 'extension'],
  },
});
