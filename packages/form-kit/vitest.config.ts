import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['rubric-source', 'module', 'node', 'development'] },
  test: { name: 'form-kit', environment: 'happy-dom', include: ['src/**/*.test.ts'] },
});
