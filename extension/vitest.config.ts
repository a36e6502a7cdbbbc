import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WXT reads wxt.config.ts from `root`; pin it for the root-level run.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [WxtVitest({ root }), preact()],
  // rubric-core from TS source; keep Vite's server defaults so Preact resolves once.
  resolve: { conditions: ['rubric-source', 'module', 'node', 'development'] },
  test: {
    name: 'extension',
    environment: 'happy-dom',
    include: ['**/*.test.{ts,tsx}'],
    setupFiles: ['./test-setup.ts'],
    exclude: ['node_modules', '.output', '.wxt', 'e2e'],
  },
});
