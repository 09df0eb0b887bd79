import { describe, expect, it } from 'vitest';
import { checkBatch } from '@/core/batch/engine';
import { BatchTally } from '@/core/batch/tally';
import { verdictCsvHeader, verdictCsvRow } from '@/core/batch/verdict-csv';
import { readBatchInputs } from '@/lib/batch/inputs';
import { runBatchFile } from '@/lib/batch/run-file';
import { exportHeader, sampleRequest, sampleRow, writeCsv } from '@/scripts/batch-samples';
import { byteChunks } from './helpers';

const options = {
  date: '2023-03-01',
  merchant: (sampleRequest(0) as { merchant: Record<string, unknown> }).merchant,
};
const ROWS = 400;

function goodsCsv(): string {
  const rows: (string | number)[][] = [exportHeader];
  for (let i = 0; i < ROWS; i += 1) rows.push(sampleRow(i));
  // A title a spreadsheet would run as a formula, and a row that is not a product.
  (rows[5] as (string | number)[])[1] = '=HYPERLINK("http://x")';
  (rows[7] as (string | number)[])[2] = '暂无报价';
  return writeCsv(rows);
}

/** The whole run again without any bound: every result, as the CLI's `--out` writes them. */
async function unbounded(text: string) {
  const bytes = new TextEncoder().encode(text);
  const tally = new BatchTally();
  let csv = verdictCsvHeader('zh');
  const inputs = readBatchInputs('csv', () => byteChunks(bytes, 4096));
  for await (const result of checkBatch(inputs, options)) {
    tally.add(result);
    csv += verdictCsvRow(result, 'zh');
  }
  return { summary: tally.result(), csv };
}

const noProgress = () => undefined;

describe('runBatchFile', () => {
  it('keeps at most 5 × the bound for the table, yet counts and exports every item', async () => {
    const text = goodsCsv();
    const run = await runBatchFile(new File([text], 'goods.csv'), options, {
      lang: 'zh',
      onProgress: noProgress,
      keepPerStatus: 7,
    });
    const expected = await unbounded(text);
    expect(run.summary).toEqual(expected.summary);
    expect(run.summary.items).toBe(ROWS);
    expect(run.rows.length).toBeLessThanOrEqual(5 * 7);
    expect(run.dropped).toBe(ROWS - run.rows.length);
    expect(run.rows[0]?.status).toBe('invalid');
    expect(run.csv.type).toBe('text/csv;charset=utf-8');
    // Byte for byte what the unbounded run writes: BOM, every row in order, formulas neutralised.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await run.csv.arrayBuffer());
    expect(csv).toBe(expected.csv);
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
