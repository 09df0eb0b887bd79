/**
 * 批量检查 in the real options page: a 10 000-row xlsx export, generated here, is read and checked
 * in the page under the extension's CSP (no eval, no Worker, nothing fetched), and its table and
 * a full report work.
 *
 * Chromium only for now: choosing a file needs Playwright's `setInputFiles`, which the Firefox
 * side of the harness (firefox-page.ts, over puppeteer's BiDi) does not offer yet; the reading and
 * checking run on the same engine as in the unit tests (test/lib/batch, test/components/options).
 */
import { expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { exportHeader, sampleRow, writeXlsx } from '@/scripts/batch-samples';
import { e2eBrowser, snap, testNoExtensionTraffic, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();
const ROWS = 10_000;
let options: PlaywrightPage;

test.skipIf(e2eBrowser === 'firefox')(
  `checks a ${ROWS}-row xlsx export in the page`,
  { timeout: 120_000 },
  async () => {
    // In Chromium the harness's pages are Playwright's own.
    options = (await harness.openExtensionPage('options.html')) as unknown as PlaywrightPage;
    const problems: string[] = [];
    options.on('pageerror', (error) => problems.push(error.message));
    options.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    function* rows() {
      yield exportHeader;
      for (let i = 0; i < ROWS; i += 1) yield sampleRow(i);
    }
    const started = performance.now();
    await options.locator('.pp-dropzone input[type=file]').setInputFiles({
      name: 'goods.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(writeXlsx(rows())),
    });
    const status = options.locator('.pp-batch-status');
    await status.waitFor({ timeout: 100_000 });
    console.log(
      `batch check of ${ROWS} xlsx rows in the page: ${Math.round(performance.now() - started)} ms`,
    );
    expect(await status.textContent()).toContain(`共 ${ROWS} 项`);
    expect(await options.locator('.pp-batch-table tbody tr').count()).toBe(200);
    await options.locator('.pp-batch-table tbody tr').first().click();
    await expect
      .poll(() => options.locator('.pp-batch-detail .ks-check-list').count())
      .toBeGreaterThan(0);
    await snap(options as unknown as Parameters<typeof snap>[0], 'options-batch-check');
    expect(problems).toEqual([]);
  },
);

// The only test is Chromium's: in Firefox no page is opened, so there is no traffic to judge.
if (e2eBrowser !== 'firefox') testNoExtensionTraffic(harness);
