import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'rubric-core',
    include: ['src/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/cli.ts', 'src/index.ts'],
      thresholds: { lines: 95 },
      reportsDirectory: 'coverage',
    },
  },
});
