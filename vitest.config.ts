import { defineConfig } from 'vitest/config';

// One run, one report for the whole repository; each package has its own vitest config.
export default defineConfig({
  test: {
    projects: ['rubric-core', 'extension', 'packages/form-kit', 'packages/ui', 'docs'],
    coverage: {
      provider: 'v8',
      include: ['rubric-core/src/**/*.ts'],
      exclude: [
        '**/*.test.ts',
        'rubric-core/src/test-support/**',
        'rubric-core/src/cli.ts',
        'rubric-core/src/index.ts',
      ],
      thresholds: { lines: 95 },
      reporter: ['text-summary', 'html'],
      reportsDirectory: '.ci-reports/coverage',
    },
  },
});
