import { defineConfig } from 'vitest/config';

// Pure helpers run in node; component tests (*.test.tsx) say `@vitest-environment happy-dom`.
export default defineConfig({
  resolve: { conditions: ['rubric-source', 'module', 'node', 'development'] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: { name: 'ui', environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
});
