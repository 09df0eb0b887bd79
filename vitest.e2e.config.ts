import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Real-browser tests: one Chromium per spec file, files one after another (2 cores), and one
// `wxt build` for the whole run (test/e2e/global-setup.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
