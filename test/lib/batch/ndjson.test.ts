import { describe, expect, it } from 'vitest';
import { readNdjson } from '@/lib/batch/ndjson';
import { decodeUtf8, readLines } from '@/lib/batch/text-stream';
import { byteChunks, chunksOf, collect } from './helpers';

describe('readNdjson', () => {
  it('reads one request a line, numbered as an editor does, skipping blank lines', async () => {
    const text = '{"a":1}\r\n\n  \n{"b":"中"}\n{"c":3}';
    for (const size of [1, 4, 1000]) {
      const items = await collect(readNdjson(chunksOf(text, size)));
      expect(items).toEqual([
        { at: { unit: 'line', n: 1 }, request: { a: 1 } },
        { at: { unit: 'line', n: 4 }, request: { b: '中' } },
        { at: { unit: 'line', n: 5 }, request: { c: 3 } },
      ]);
    }
  });

  it('reports a line that is not JSON by its number and goes on', async () => {
    const items = await collect(readNdjson(chunksOf('{"a":1}\n{oops\n{"c":3}\n', 5)));
    expect(items[1]).toMatchObject({ at: { unit: 'line', n: 2 }, issues: [{ path: '(line)' }] });
    expect(items[2]).toEqual({ at: { unit: 'line', n: 3 }, request: { c: 3 } });
  });
});

describe('text streams', () => {
  it('decodes UTF-8 split inside a character and drops a BOM', async () => {
    const bytes = new TextEncoder().encode('\ufeff价格,中\n');
    for (const size of [1, 2, 5]) {
      expect((await collect(decodeUtf8(byteChunks(bytes, size)))).join('')).toBe('价格,中\n');
    }
  });

  it('numbers lines, with or without a last line break', async () => {
    expect(await collect(readLines(chunksOf('a\nb', 1)))).toEqual([
      { n: 1, line: 'a' },
      { n: 2, line: 'b' },
    ]);
  });
});
