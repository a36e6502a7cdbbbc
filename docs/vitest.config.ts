import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['rubric-source', 'module', 'node', 'development'] },
  test: { name: 'docs', environment: 'node', include: ['playground/**/*.test.ts'] },
});
