/** NDJSON / JSON Lines: one SPEC §9 request a line; blank lines are skipped. */
import type { BatchInput } from '@/core/batch/engine';
import { nestsDeeperThan, parseJsonInput } from './json-stream';
import { batchLimits, places, refuse, type BatchLimits } from './limits';
import { readLines } from './text-stream';

/** A line longer or deeper than `limits` allow refuses the file (BatchLimitError, its number). */
export async function* readNdjson(
  texts: AsyncIterable<string>,
  limits: BatchLimits = batchLimits,
): AsyncGenerator<BatchInput> {
  const lines = readLines(texts, limits.jsonChars, (n) =>
    refuse(limits, 'jsonChars', places.line(n)),
  );
  for await (const { n, line } of lines) {
    if (line.trim() === '') continue;
    if (nestsDeeperThan(line, limits.depth)) refuse(limits, 'depth', places.line(n));
    yield parseJsonInput(line, { unit: 'line', n });
  }
}
