import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Real-browser tests, every spec once per browser: the projects `chromium` (Debian's Chromium,
 * playwright-core) and `firefox` (Debian's Firefox ESR, puppeteer-core over WebDriver BiDi).
 * One browser per spec file, files one after another (2 cores), one `wxt build` per project
 * (test/e2e/global-setup.ts). One browser only: `--project chromium` / `--project firefox`.
 */
const browserProject = (browser: 'chromium' | 'firefox') => ({
  extends: true as const,
  test: {
    name: browser,
    env: { E2E_BROWSER: browser },
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [browserProject('chromium'), browserProject('firefox')],
  },
});
