/**
 * 批量检查 in the options page: a chosen `.xlsx` / `.csv` (or `.ndjson` / `.json`) through the
 * batch engine, in the page — nothing leaves the machine. What it holds is bounded whatever the
 * file's length (a 200 MB export is 1.7 M rows):
 * - the counts and the ten worst items (`BatchTally`);
 * - for the table, per result the `KEEP_PER_STATUS` worst rows with their requests
 *   (`core/batch/kept-rows.ts`), so a row's full report is recomputed on a click; the rest are
 *   only counted. A kept row is a copy: a cell of a CSV can be a V8 slice of a whole chunk of
 *   the file's text, and 10 000 kept cells must not pin 10 000 chunks;
 * - the verdicts CSV, written as the run goes into Blob parts of ~1 MB: a Blob's bytes go to the
 *   browser process, which keeps large ones on disk, so the page holds one part at a time.
 * The file's reader is cancelled when the run ends, fails or is aborted (`signal`).
 */
import {
  checkBatch,
  checkItem,
  type BatchOptions,
  type BatchResult,
  type Position,
} from '@/core/batch/engine';
import { KEEP_PER_STATUS, KeptRows } from '@/core/batch/kept-rows';
import { BatchTally, type BatchSummary } from '@/core/batch/tally';
import { statusOf, type ItemStatus } from '@/core/batch/verdict';
import { verdictCsvHeader, verdictCsvRow, type CsvLang } from '@/core/batch/verdict-csv';
import type { Status } from '@/core/report';
import type { FieldIssue } from '@/core/request';
import { formatOf, readBatchInputs } from './inputs';

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
  /** The kept rows, worst first: at most 6 × `keptPerStatus` (one heap a result). */
  rows: BatchRow[];
  keptPerStatus: number;
  /** Items counted in `summary` and written to `csv` but not kept in `rows`. */
  dropped: number;
  summary: BatchSummary;
  /** Headers the file has that no column alias knows. */
  ignored: string[];
  /** The verdicts of every item (UTF-8 with BOM), in the language of the run. */
  csv: Blob;
}

export interface RunHooks {
  lang: CsvLang;
  onProgress: (done: number, fraction: number) => void;
  /** Stops the run (the page is closed or another file chosen); the promise then rejects. */
  signal?: AbortSignal;
  /** Rows kept per result; the shipped `KEEP_PER_STATUS` unless a test wants a small one. */
  keepPerStatus?: number;
}

export class BatchFileError extends Error {}

const empty = { pass: 0, fail: 0, warn: 0, unknown: 0 };
const CSV_TYPE = 'text/csv;charset=utf-8';
/** Characters of CSV gathered before they become one Blob part (~1–3 MB of UTF-8). */
const CSV_PART_CHARS = 1 << 20;

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

/** Text appended piece by piece into Blob parts, so no more than one part is a JS string. */
class BlobWriter {
  private parts: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CSV_PART_CHARS) this.flush();
  }

  close(type: string): Blob {
    this.flush();
    const blob = new Blob(this.parts, { type });
    this.parts = [];
    return blob;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingChars = 0;
  }
}

/**
 * The file's bytes with a count of those read so far, for the progress bar (an xlsx is read
 * twice: 0–50–100 %). Its reader is cancelled however the reading ends.
 */
async function* counted(
  file: Blob,
  onBytes: (bytes: number) => void,
  readers: Set<ReadableStreamDefaultReader<Uint8Array>>,
): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  readers.add(reader);
  try {
    for (let read = 0; ;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.length;
      onBytes(read);
      yield value;
    }
  } finally {
    readers.delete(reader);
    void reader.cancel().catch(() => undefined);
  }
}

const abortError = () => new DOMException('The batch check was stopped', 'AbortError');

export async function runBatchFile(
  file: File,
  options: BatchOptions,
  hooks: RunHooks,
): Promise<BatchRun> {
  const format = formatOf(file.name);
  if (!format) throw new BatchFileError(file.name);
  const { signal, onProgress } = hooks;
  const passes = format === 'xlsx' ? 2 : 1;
  let pass = 0;
  let fraction = 0;
  const ignored: string[] = [];
  const readers = new Set<ReadableStreamDefaultReader<Uint8Array>>();
  const inputs = readBatchInputs(
    format,
    () => {
      const started = pass;
      pass += 1;
      return counted(
        file,
        (bytes) => (fraction = (started + bytes / Math.max(file.size, 1)) / passes),
        readers,
      );
    },
    // Not `push(...ignored)`: a header's unused columns can be too many arguments for one call.
    {
      onHeader: (reader) => {
        for (const name of reader.ignored) ignored.push(name);
      },
    },
  );
  const kept = new KeptRows<BatchRow>(hooks.keepPerStatus ?? KEEP_PER_STATUS);
  const tally = new BatchTally();
  const csv = new BlobWriter();
  csv.write(verdictCsvHeader(hooks.lang));
  let checked = 0;
  let lastPaint = performance.now();
  // The engine sees each input once; keep its request beside the result for the row.
  let lastRequest: unknown = null;
  async function* remembering() {
    for await (const input of inputs) {
      lastRequest = 'request' in input ? input.request : null;
      yield input;
    }
  }
  try {
    for await (const result of checkBatch(remembering(), options)) {
      if (signal?.aborted) throw abortError();
      checked += 1;
      tally.add(result);
      // A kept row is cloned: its strings may be slices of a 64 KB chunk of the file's text.
      kept.add(toRow(result, lastRequest), structuredClone);
      csv.write(verdictCsvRow(result, hooks.lang));
      if (performance.now() - lastPaint > 50) {
        onProgress(checked, fraction);
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastPaint = performance.now();
      }
    }
  } finally {
    // A reader left open by a reader that stopped early (an error, an abort).
    for (const reader of readers) void reader.cancel().catch(() => undefined);
    lastRequest = null;
  }
  onProgress(checked, 1);
  return {
    rows: kept.rows(),
    keptPerStatus: kept.perStatus,
    dropped: kept.dropped,
    summary: tally.result(),
    ignored,
    csv: csv.close(CSV_TYPE),
  };
}

/** The full result of one row again (its report for the detail view, or its issues). */
export function recheckRow(row: BatchRow, options: BatchOptions): BatchResult {
  if (row.status === 'invalid' && row.request === null) {
    return { ok: false, at: row.at, itemId: row.itemId, issues: row.issues };
  }
  return checkItem({ at: row.at, request: row.request }, options);
}
