/**
 * 批量检查 in the real options page refuses hostile files cheaply and stays usable: an xlsx whose
 * sheet inflates to 256 MiB of one cell (a zip bomb), a CSV with one 50 MB cell and a CSV of
 * 200 000 columns (which once failed here on a raw "Maximum call stack size exceeded") are each
 * refused with a message naming the file, the part and the bound; the page's heap stays small; a
 * header with two columns for one field is told what to change in the sheet (no CLI flag); then a
 * normal export is checked as usual. All files are generated here, none committed.
 *
 * Chromium only: choosing a file needs Playwright's `setInputFiles`, which the Firefox side of the
 * harness (puppeteer over BiDi) does not offer; the readers' bounds are the same code, unit-tested
 * in test/lib/batch.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import {
  exportHeader,
  hugeCellCsv,
  sampleRow,
  wideCsv,
  writeXlsx,
  xlsxWithHugeCell,
} from '@/scripts/batch-samples';
import { e2eBrowser, testNoExtensionTraffic, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();
const dir = mkdtempSync(join(tmpdir(), 'batch-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFile(name: string, pieces: Iterable<string | Uint8Array>): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  for (const piece of pieces) writeFileSync(path, piece, { flag: 'a' });
  return path;
}

test.skipIf(e2eBrowser === 'firefox')(
  'refuses a zip bomb, a 50 MB cell, 200 000 columns and a doubled column, then checks a normal export',
  { timeout: 240_000 },
  async () => {
    const options = (await harness.openExtensionPage('options.html')) as unknown as PlaywrightPage;
    const problems: string[] = [];
    options.on('pageerror', (error) => problems.push(error.message));
    const input = options.locator('.pp-dropzone input[type=file]');
    const alert = options.locator('.pp-error[role=alert]');

    const bomb: Uint8Array[] = [];
    xlsxWithHugeCell(256 << 20, (chunk) => bomb.push(chunk));
    const hostile = [
      {
        path: writeFile('bomb.xlsx', bomb),
        said: '无法读取文件：bomb.xlsx — xl/worksheets/sheet1.xml 单元格 B2：一段文字或标签超过 1 MiB XML',
      },
      {
        path: writeFile('huge-cell.csv', hugeCellCsv(50e6)),
        said: '无法读取文件：huge-cell.csv — 单元格 B2：文字超过 32 767 个字符（Excel 单元格的上限）',
      },
      {
        path: writeFile('wide.csv', wideCsv(200_000)),
        said: '无法读取文件：wide.csv — 第 1 行：超过 16 384 列（Excel 的列数上限，A 到 XFD）',
      },
    ];
    for (const file of hostile) {
      await input.setInputFiles(file.path);
      await expect.poll(() => alert.textContent(), { timeout: 120_000 }).toContain(file.said);
    }
    // What the page holds after the refusals: the 256 MiB cell was never a string here.
    const heapMb = await options.evaluate(
      () =>
        (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize /
        2 ** 20,
    );
    console.log(`options page JS heap after the hostile files: ${heapMb.toFixed(1)} MB`);
    expect(heapMb).toBeLessThan(128);

    // Two columns for one field: what to change in the sheet, never a command-line flag.
    await input.setInputFiles({
      name: 'twice.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('商品ID,价格,售价\r\n1,99,98\r\n'),
    });
    await expect
      .poll(() => alert.textContent(), { timeout: 60_000 })
      .toContain('无法读取文件：twice.csv — “价格”和“售价”两列都表示价格：请在表格里删除其中一列');
    expect(await alert.textContent()).not.toContain('--');

    function* rows() {
      yield exportHeader;
      for (let i = 0; i < 100; i += 1) yield sampleRow(i);
    }
    await input.setInputFiles({
      name: 'goods.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(writeXlsx(rows())),
    });
    const status = options.locator('.pp-batch-status');
    await status.waitFor({ timeout: 100_000 });
    expect(await status.textContent()).toContain('共 100 项');
    expect(await alert.count()).toBe(0);
    expect(problems).toEqual([]);
  },
);

// The only test is Chromium's: in Firefox no page is opened, so there is no traffic to judge.
if (e2eBrowser !== 'firefox') testNoExtensionTraffic(harness);
