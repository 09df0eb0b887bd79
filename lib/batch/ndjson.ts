/** NDJSON / JSON Lines: one SPEC §9 request a line; blank lines are skipped. */
import type { BatchInput } from '@/core/batch/engine';
import { readLines } from './text-stream';

export async function* readNdjson(texts: AsyncIterable<string>): AsyncGenerator<BatchInput> {
  for await (const { n, line } of readLines(texts)) {
    if (line.trim() === '') continue;
    const at = { unit: 'line', n } as const;
    try {
      yield { at, request: JSON.parse(line) };
    } catch (error) {
      yield {
        at,
        itemId: null,
        issues: [{ path: '(line)', message: `not JSON: ${(error as Error).message}` }],
      };
    }
  }
}
