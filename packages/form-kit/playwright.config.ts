import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './test',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../.ci-reports/form-kit-results',
});
