import { defineConfig } from 'vitest/config';

// Components are exercised through the extension's tests (happy-dom); the pure helpers here.
export default defineConfig({
  resolve: { conditions: ['rubric-source', 'module', 'node', 'development'] },
  test: { name: 'ui', environment: 'node', include: ['src/**/*.test.ts'] },
});
