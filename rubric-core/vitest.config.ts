import { defineConfig } from 'vitest/config';

// Coverage is configured once, in the root vitest.config.ts (lines ≥ 95% for rubric-core).
export default defineConfig({
  test: {
    name: 'rubric-core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CLI tests spawn node; on a loaded machine a handful of spawns take seconds.
    testTimeout: 30_000,
  },
});
