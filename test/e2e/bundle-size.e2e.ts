/** Every built content script stays inside its gzip budget (the benchmark prints the figures). */
import { expect, inject, test } from 'vitest';
import { contentScriptSizes, gzipBudgetBytes } from '../../scripts/content-script-sizes';

test('one content script per site family, each at most 25 KB gzip', () => {
  const sizes = contentScriptSizes(inject('extensionDir'));
  expect(sizes.map((size) => size.file).sort()).toEqual([
    'detail.js',
    'live-console.js',
    'live-room.js',
    'workbench.js',
  ]);
  for (const size of sizes) {
    expect(size.gzipBytes, `${size.file}: ${size.gzipBytes} bytes gzip`).toBeLessThanOrEqual(
      gzipBudgetBytes,
    );
  }
});
