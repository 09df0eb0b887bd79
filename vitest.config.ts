import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Correctness, never speed: a test that imports the worker afresh or spawns the CLI takes
    // ~1 s alone and several on a loaded 2-core machine, so vitest's 5 s default fails it there.
    // Speed is measured in the benchmarks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    benchmark: { include: ['test/**/*.bench.{ts,tsx}'] },
  },
});
