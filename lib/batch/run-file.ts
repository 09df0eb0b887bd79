/**
 * 批量检查 in the options page: a chosen `.xlsx` / `.csv` (or `.ndjson` / `.json`) through the
 * batch engine, in the page — nothing leaves the machine. Keeps one small row an item for the
 * table (its verdict and its request, so the full report is recomputed on a click instead of
 * holding 10 000 reports), and hands the page back the event loop as it goes so the progress bar
 * paints.
 */
import {
  checkBatch,
  checkItem,
  type BatchOptions,
  type BatchResult,
  type Position,
} from '@/core/batch/engine';
import { BatchTally, type BatchSummary } from '@/core/batch/tally';
import { statusOf, type ItemStatus } from '@/core/batch/verdict';
import { verdictCsvHeader, verdictCsvRow, type CsvLang } from '@/core/batch/verdict-csv';
import type { Status } from '@/core/report';
import type { FieldIssue } from '@/core/request';
import { formatOf, readBatchInputs } from './inputs';
import { streamChunks } from './text-stream';

export interface BatchRow {
  at: Position;
  itemId: string | null;
  title: string | null;
  status: ItemStatus;
  counts: Record<Status, number>;
  /** The checked request, to recompute the full report when the row is opened. */
  request: unknown;
  issues: FieldIssue[];
}

export interface BatchRun {
  rows: BatchRow[];
  summary: BatchSummary;
  /** Headers the file has that no column alias knows. */
  ignored: string[];
}

export class BatchFileError extends Error {}

const empty = { pass: 0, fail: 0, warn: 0, unknown: 0 };

function toRow(result: BatchResult, request: unknown): BatchRow {
  return {
    at: result.at,
    itemId: result.itemId,
    title: result.ok ? result.title : null,
    status: statusOf(result),
    counts: result.ok ? result.report.summary : empty,
    request,
    issues: result.ok ? [] : result.issues,
  };
}

/** Bytes read so far out of the file, for the progress bar (an xlsx is read twice: 0–50–100 %). */
async function* counted(file: Blob, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of streamChunks(file.stream())) {
    read += chunk.length;
    onBytes(read);
    yield chunk;
  }
}

export async function runBatchFile(
  file: File,
  options: BatchOptions,
  onProgress: (done: number, fraction: number) => void,
): Promise<BatchRun> {
  const format = formatOf(file.name);
  if (!format) throw new BatchFileError(file.name);
  const passes = format === 'xlsx' ? 2 : 1;
  let pass = 0;
  let fraction = 0;
  const ignored: string[] = [];
  const inputs = readBatchInputs(
    format,
    () => {
      const started = pass;
      pass += 1;
      return counted(
        file,
        (bytes) => (fraction = (started + bytes / Math.max(file.size, 1)) / passes),
      );
    },
    // Not `push(...ignored)`: a header's unused columns can be too many arguments for one call.
    {
      onHeader: (reader) => {
        for (const name of reader.ignored) ignored.push(name);
      },
    },
  );
  const rows: BatchRow[] = [];
  const tally = new BatchTally();
  let lastPaint = performance.now();
  // The engine sees each input once; keep its request beside the result for the row.
  let lastRequest: unknown = null;
  async function* remembering() {
    for await (const input of inputs) {
      lastRequest = 'request' in input ? input.request : null;
      yield input;
    }
  }
  for await (const result of checkBatch(remembering(), options)) {
    tally.add(result);
    rows.push(toRow(result, lastRequest));
    if (performance.now() - lastPaint > 50) {
      onProgress(rows.length, fraction);
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastPaint = performance.now();
    }
  }
  onProgress(rows.length, 1);
  return { rows, summary: tally.result(), ignored };
}

/** The full result of one row again (its report for the detail view, or its issues). */
export function recheckRow(row: BatchRow, options: BatchOptions): BatchResult {
  if (row.status === 'invalid' && row.request === null) {
    return { ok: false, at: row.at, itemId: row.itemId, issues: row.issues };
  }
  return checkItem({ at: row.at, request: row.request }, options);
}

/** The verdicts CSV of a run (UTF-8 with BOM), each row re-checked from its request. */
export function verdictsCsv(
  rows: readonly BatchRow[],
  options: BatchOptions,
  lang: CsvLang,
): string {
  return (
    verdictCsvHeader(lang) +
    rows.map((row) => verdictCsvRow(recheckRow(row, options), lang)).join('')
  );
}
