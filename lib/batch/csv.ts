/**
 * A CSV export, one product a row, parsed by papaparse (RFC 4180 quoting, quoted line breaks,
 * `""` escapes). Its chunk-level `Parser` is fed the text as it arrives — the same way papaparse's
 * own streamers use it — so the reader runs unchanged in Node and in the options page and never
 * holds more than a chunk and the row being read, which `limits` bounds (its cells, their text,
 * the row's text): a 50 MB cell is refused at its row's bound, never held whole.
 */
import Papa from 'papaparse';
import { batchLimits, places, refuse, type BatchLimits } from './limits';

export interface SheetRow {
  /** The spreadsheet's row number: the header is row 1. */
  n: number;
  cells: string[];
}

/** `,` unless the header line has more tabs or semicolons (a "CSV" saved by some tools). */
function guessDelimiter(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Row `n`'s cells held to the bounds: the first cell too long, then the count, then the row. */
function checkRow(cells: readonly string[], n: number, limits: BatchLimits): void {
  let chars = 0;
  for (let c = 0; c < cells.length; c += 1) {
    const length = (cells[c] as string).length;
    if (length > limits.cellChars) refuse(limits, 'cellChars', places.cell(c, n));
    chars += length;
  }
  if (cells.length > limits.rowCells) refuse(limits, 'rowCells', places.row(n));
  if (chars > limits.rowChars) refuse(limits, 'rowChars', places.row(n));
}

export async function* readCsvRows(
  texts: AsyncIterable<string>,
  limits: BatchLimits = batchLimits,
): AsyncGenerator<SheetRow> {
  let parser: Papa.Parser | null = null;
  let config: Papa.ParseConfig = {};
  let partial = '';
  let base = 0;
  let n = 0;
  /**
   * The row not yet ended has outgrown the bound on a row's text: say which bound it breaks —
   * a cell too long, too many cells, or the row as a whole — by parsing what is held of it.
   */
  const tooLong = (text: string): never => {
    const cells = (Papa.parse<string[]>(text, config).data[0] ?? []) as string[];
    checkRow(cells, n + 1, limits);
    return refuse(limits, 'rowChars', places.row(n + 1));
  };
  const rows = function* (text: string, last: boolean): Generator<SheetRow> {
    const results = (parser as Papa.Parser).parse(text, base, !last) as {
      data: string[][];
      meta: { cursor: number };
    };
    const cursor = results.meta.cursor;
    partial = last ? '' : text.slice(cursor - base);
    base = cursor;
    for (const cells of results.data) {
      n += 1;
      checkRow(cells, n, limits);
      yield { n, cells };
    }
    // The unfinished row is parsed again with each chunk: held to the bound, it costs little.
    if (partial.length > limits.rowChars) tooLong(partial);
  };
  const start = (text: string) => {
    const newline = (/\r\n|\r|\n/.exec(text)?.[0] ?? '\n') as '\r\n' | '\r' | '\n';
    config = { delimiter: guessDelimiter(text), newline };
    parser = new Papa.Parser(config);
  };
  for await (const text of texts) {
    if (!parser) {
      // The header line decides the line break and the separator: wait until it is whole.
      partial += text;
      const breakAt = partial.search(/[\r\n]/);
      // A lone \r at the end may be the first half of \r\n.
      if (breakAt < 0 || breakAt === partial.length - 1) {
        if (partial.length > limits.rowChars) {
          config = { delimiter: guessDelimiter(partial) };
          tooLong(partial);
        }
        continue;
      }
      const header = partial;
      partial = '';
      start(header);
      yield* rows(header, false);
      continue;
    }
    yield* rows(partial + text, false);
  }
  if (!parser && partial !== '') start(partial);
  if (parser && partial !== '') yield* rows(partial, true);
}
