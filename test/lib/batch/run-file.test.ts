import { describe, expect, it } from 'vitest';
import { runBatchFile } from '@/lib/batch/run-file';
import { exportHeader, sampleRow, writeCsv } from '@/scripts/batch-samples';
import { goodsCsv, sampleMerchant, unboundedRun } from './unbounded-run';

const options = { date: '2023-03-01', merchant: sampleMerchant };
const ROWS = 400;

const noProgress = () => undefined;

describe('runBatchFile', () => {
  it('keeps at most 6 × the bound for the table (one heap a result, none included), yet counts and exports every item', async () => {
    const text = goodsCsv(ROWS, (row, i) => {
      // A title a spreadsheet would run as a formula, and a row that is not a product.
      if (i === 4) row[1] = '=HYPERLINK("http://x")';
      if (i === 6) row[2] = '暂无报价';
    });
    const run = await runBatchFile(new File([text], 'goods.csv'), options, {
      lang: 'zh',
      onProgress: noProgress,
      keepPerStatus: 7,
    });
    const expected = await unboundedRun(text, options);
    expect(run.summary).toEqual(expected.summary);
    expect(run.summary.items).toBe(ROWS);
    expect(run.rows.length).toBeLessThanOrEqual(6 * 7);
    expect(run.dropped).toBe(ROWS - run.rows.length);
    expect(run.rows[0]?.status).toBe('invalid');
    expect(run.csv.type).toBe('text/csv;charset=utf-8');
    // Byte for byte what the unbounded run writes: BOM, every row in order, formulas neutralised.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await run.csv.arrayBuffer());
    expect(csv).toBe(expected.verdicts);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(ROWS + 2);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
  });

  it('stops when aborted and cancels the file reader', async () => {
    const controller = new AbortController();
    let cancelled = false;
    const head = new TextEncoder().encode(writeCsv([exportHeader, sampleRow(1), sampleRow(2)]));
    const file = new File([], 'goods.csv');
    // A file that never ends: the page leaves while it is still being read.
    let pulls = 0;
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          pull(stream) {
            pulls += 1;
            if (pulls === 1) stream.enqueue(head);
            else {
              controller.abort();
              stream.enqueue(new TextEncoder().encode(writeCsv([sampleRow(3)]).slice(1)));
            }
          },
          cancel() {
            cancelled = true;
          },
        }),
    });
    await expect(
      runBatchFile(file, options, {
        lang: 'zh',
        onProgress: noProgress,
        signal: controller.signal,
      }),
    ).rejects.toThrow(/stopped/);
    expect(cancelled).toBe(true);
  });
});
