/**
 * The reference for the options page's bounded run: a goods-export CSV and what the engine makes
 * of it with nothing dropped — the summary and the verdicts CSV the command line's `--out` writes.
 */
import { checkBatch, type BatchOptions } from '@/core/batch/engine';
import { BatchTally } from '@/core/batch/tally';
import { verdictCsvHeader, verdictCsvRow } from '@/core/batch/verdict-csv';
import { readBatchInputs } from '@/lib/batch/inputs';
import { exportHeader, sampleRequest, sampleRow, writeCsv } from '@/scripts/batch-samples';

/** The shop of the samples, so every result occurs (without it most checks are unknown). */
export const sampleMerchant = sampleRequest(0).merchant as Record<string, unknown>;

/** `count` sample rows; `edit` may change one (a formula title, a price that is not one). */
export function goodsCsv(count: number, edit: (row: (string | number)[], i: number) => void) {
  const rows: (string | number)[][] = [exportHeader];
  for (let i = 0; i < count; i += 1) {
    const row = sampleRow(i);
    edit(row, i);
    rows.push(row);
  }
  return writeCsv(rows);
}

export async function unboundedRun(csv: string, options: BatchOptions) {
  const tally = new BatchTally();
  let verdicts = verdictCsvHeader('zh');
  const inputs = readBatchInputs('csv', () => [new TextEncoder().encode(csv)]);
  for await (const result of checkBatch(inputs, options)) {
    tally.add(result);
    verdicts += verdictCsvRow(result, 'zh');
  }
  return { summary: tally.result(), verdicts };
}
