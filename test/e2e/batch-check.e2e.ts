/**
 * 批量检查 in the real options page: a 10 000-row xlsx export, generated here, is read and checked
 * in the page under the extension's CSP (no eval, no Worker, nothing fetched), and its table and
 * a full report work; a CSV longer than the table's shipped bound is counted whole and its
 * verdicts download byte for byte as the unbounded engine writes them.
 *
 * Chromium only for now: choosing a file needs Playwright's `setInputFiles`, which the Firefox
 * side of the harness (firefox-page.ts, over puppeteer's BiDi) does not offer yet; the reading and
 * checking run on the same engine as in the unit tests (test/lib/batch, test/components/options).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { KEEP_PER_STATUS } from '@/core/batch/kept-rows';
import { tallyText } from '@/core/present/words';
import type { BatchOptions } from '@/core/batch/engine';
import { exportHeader, sampleRow, writeXlsx } from '@/scripts/batch-samples';
import { goodsCsv, sampleMerchant, unboundedRun } from '../lib/batch/unbounded-run';
import {
  askWorker,
  e2eBrowser,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
} from './harness';

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

const LONG = KEEP_PER_STATUS * 6;

test.skipIf(e2eBrowser === 'firefox')(
  `a ${LONG}-row CSV, longer than the table's bound, is counted and exported whole`,
  { timeout: 180_000 },
  async () => {
    const reply = (await askWorker(harness, {
      type: 'set-settings',
      patch: { asOfDate: '2023-03-01', merchant: sampleMerchant },
    })) as {
      ok: boolean;
      data: { merchant: Record<string, unknown>; feeRatesBp: BatchOptions['feeRatesBp'] };
    };
    expect(reply.ok).toBe(true);
    // A title a spreadsheet would run as a formula: the export must neutralise it.
    const csv = goodsCsv(LONG, (row, i) => {
      if (i === 2) row[1] = '=1+2';
    });
    const page = (await harness.openExtensionPage('options.html')) as unknown as PlaywrightPage;
    await page.locator('.pp-dropzone input[type=file]').setInputFiles({
      name: 'long.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const status = page.locator('.pp-batch-status');
    await status.waitFor({ timeout: 150_000 });
    const expected = await unboundedRun(csv, {
      merchant: reply.data.merchant,
      feeRatesBp: reply.data.feeRatesBp,
      date: '2023-03-01',
    });
    const s = expected.summary;
    // The one presenter's words (core/present), as the CLI and the CSV say them.
    expect(await status.textContent()).toContain(tallyText(s, 'zh'));
    expect(s.items).toBe(LONG);
    // A result outnumbers the bound here, so the table lists fewer than the file has, and says so.
    expect(Math.max(s.fails, s.warns, s.unknowns, s.passes, s.nones, s.invalid)).toBeGreaterThan(
      KEEP_PER_STATUS,
    );
    const note = (await page.locator('.pp-batch-kept').textContent()) ?? '';
    const listed = Number(/共列出 (\d+) 项/.exec(note)?.[1]);
    expect(listed).toBeLessThanOrEqual(6 * KEEP_PER_STATUS);
    expect(note).toContain(`另有 ${LONG - listed} 项未列出`);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: '下载检查结果（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('long-verdicts.csv');
    const saved = readFileSync(await download.path());
    expect(saved.toString('utf8')).toBe(expected.verdicts);
    expect(saved.toString('utf8')).toContain(",'=1+2,");
    await page.close();
  },
);

// The only test is Chromium's: in Firefox no page is opened, so there is no traffic to judge.
if (e2eBrowser !== 'firefox') testNoExtensionTraffic(harness);
