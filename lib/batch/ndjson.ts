/** NDJSON / JSON Lines: one SPEC §9 request a line; blank lines are skipped. */
import type { BatchInput } from '@/core/batch/engine';
import { parseJsonInput } from './json-stream';
import { readLines } from './text-stream';

export async function* readNdjson(texts: AsyncIterable<string>): AsyncGenerator<BatchInput> {
  for await (const { n, line } of readLines(texts)) {
    if (line.trim() !== '') yield parseJsonInput(line, { unit: 'line', n });
  }
}
