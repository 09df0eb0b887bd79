/**
 * A batch file → the engine's inputs, by its format: the one place the command line and the
 * options page choose a reader. Spreadsheet rows go through the header's column mapping.
 */
import type { BatchInput } from '@/core/batch/engine';
import { makeRowReader, type RowReader, type RowReaderOptions } from '@/core/batch/columns';
import { readCategory } from '@/core/facts/category';
import { readCsvRows, type SheetRow } from './csv';
import { readJsonRequests, type JsonShape } from './json-stream';
import { readNdjson } from './ndjson';
import { decodeUtf8, type ByteSource } from './text-stream';
import { readXlsxRows } from './xlsx';

export const batchFormats = ['json', 'ndjson', 'csv', 'xlsx'] as const;
export type BatchFormat = (typeof batchFormats)[number];

/** By the file name's extension; null for one no reader knows. */
export function formatOf(fileName: string): BatchFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  return null;
}

export interface InputHooks extends Omit<RowReaderOptions, 'readCategory'> {
  /** A `.json` file: one request or an array (decides the `--json` output's shape). */
  onShape?: (shape: JsonShape) => void;
  /** A spreadsheet's header was read: which columns are used and which are ignored. */
  onHeader?: (reader: RowReader) => void;
}

/** Header row (the first non-blank one) → the mapping; then each row → one input. */
export async function* rowsToInputs(
  rows: AsyncIterable<SheetRow>,
  hooks: InputHooks = {},
): AsyncGenerator<BatchInput> {
  let reader: RowReader | null = null;
  for await (const row of rows) {
    if (!reader) {
      if (row.cells.every((cell) => cell.trim() === '')) continue;
      reader = makeRowReader(row.cells, { columns: hooks.columns, readCategory });
      hooks.onHeader?.(reader);
      continue;
    }
    const input = reader.toInput(row.cells, { unit: 'row', n: row.n });
    if (input) yield input;
  }
}

/** `open` gives the file's bytes from the start; an `.xlsx` is opened twice. */
export function readBatchInputs(
  format: BatchFormat,
  open: () => ByteSource,
  hooks: InputHooks = {},
): AsyncIterable<BatchInput> {
  switch (format) {
    case 'json':
      return readJsonRequests(decodeUtf8(open()), hooks.onShape);
    case 'ndjson':
      return readNdjson(decodeUtf8(open()));
    case 'csv':
      return rowsToInputs(readCsvRows(decodeUtf8(open())), hooks);
    case 'xlsx':
      return rowsToInputs(readXlsxRows(open), hooks);
  }
}
