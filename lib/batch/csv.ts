/**
 * A CSV export, one product a row, parsed by papaparse (RFC 4180 quoting, quoted line breaks,
 * `""` escapes). Its chunk-level `Parser` is fed the text as it arrives — the same way papaparse's
 * own streamers use it — so the reader runs unchanged in Node and in the options page and never
 * holds more than a chunk.
 */
import Papa from 'papaparse';

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

export async function* readCsvRows(texts: AsyncIterable<string>): AsyncGenerator<SheetRow> {
  let parser: Papa.Parser | null = null;
  let partial = '';
  let base = 0;
  let n = 0;
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
      yield { n, cells };
    }
  };
  const start = (text: string) => {
    const newline = (/\r\n|\r|\n/.exec(text)?.[0] ?? '\n') as '\r\n' | '\r' | '\n';
    parser = new Papa.Parser({ delimiter: guessDelimiter(text), newline });
  };
  for await (const text of texts) {
    if (!parser) {
      // The header line decides the line break and the separator: wait until it is whole.
      partial += text;
      const breakAt = partial.search(/[\r\n]/);
      // A lone \r at the end may be the first half of \r\n.
      if (breakAt < 0 || breakAt === partial.length - 1) continue;
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
