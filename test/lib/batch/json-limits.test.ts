/**
 * JSON and NDJSON held to their bounds (lib/batch/limits.ts): one request's characters (a line, an
 * array element, a whole `.json`) and its nesting — just at and just past each, and the hostile
 * forms (a 50 MB string, a million keys, a million deep) refused before they are held or parsed.
 */
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, readJsonRequests } from '@/lib/batch/json-stream';
import { batchLimits, BatchLimitError } from '@/lib/batch/limits';
import { readNdjson } from '@/lib/batch/ndjson';
import { deepJson, longStringNdjson, manyKeysNdjson } from '@/scripts/batch-samples';
import { chunksOf, collect, refusal } from './helpers';

const small = { ...batchLimits, jsonChars: 12, depth: 3 };

async function refused(items: AsyncIterable<unknown>) {
  const error = await refusal(items);
  expect(error).toBeInstanceOf(BatchLimitError);
  return error as BatchLimitError;
}

/** Pieces of a generator as chunks of `size`, never joined whole. */
async function* piecesOf(pieces: Iterable<string>, size: number): AsyncGenerator<string> {
  for (const piece of pieces) yield* chunksOf(piece, size);
}

describe('nestsDeeperThan', () => {
  it('counts brackets outside strings, escapes included', () => {
    expect(nestsDeeperThan('{"a":[[1]]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[[[1]]]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[{{{{","b":"\\\\"}', 1)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[[","b":[[1]]}', 2)).toBe(true);
    expect(nestsDeeperThan('{"a":"unterminated [[[[', 1)).toBe(false);
  });
});

describe('readNdjson: bounds', { timeout: 60_000 }, () => {
  it('reads a line of the bound and refuses one past it, by its number, however cut', async () => {
    for (const size of [1, 5, 100]) {
      const at = '{"a":"1234"}'; // 12 characters
      expect(await collect(readNdjson(chunksOf(`{"a":1}\r\n${at}\r\n`, size), small))).toHaveLength(
        2,
      );
      const error = await refused(readNdjson(chunksOf(`{"a":1}\n{"a":"12345"}\n`, size), small));
      expect(error.text).toEqual({
        zh: '第 2 行：超过 12 个字符（一个请求最多这么长）；文件未继续读取',
        en: 'line 2: longer than 12 characters (the most one request may be); the file was not read further',
      });
    }
  });

  it('reads a line nested to the bound and refuses one deeper', async () => {
    const limits = { ...batchLimits, depth: 3 };
    expect(await collect(readNdjson(chunksOf('{"a":[[1]]}\n', 4), limits))).toHaveLength(1);
    const error = await refused(readNdjson(chunksOf('{"a":1}\n\n{"a":[[[1]]]}\n', 4), limits));
    expect(error.text.en).toBe('line 3: nested more than 3 deep; the file was not read further');
  });

  it('refuses a 50 MB string, a million keys, a million and a thousand deep by the default bounds', async () => {
    const long = await refused(readNdjson(piecesOf(longStringNdjson(50e6), 256 * 1024)));
    expect(long.limit).toBe('jsonChars');
    const keys = await refused(readNdjson(piecesOf(manyKeysNdjson(1e6), 256 * 1024)));
    expect(keys.limit).toBe('jsonChars');
    // A line nested a million deep is 2 M characters: refused by its length before its depth.
    const million = await refused(
      readNdjson(chunksOf(`${'['.repeat(1e6)}${']'.repeat(1e6)}\n`, 256 * 1024)),
    );
    expect(million.limit).toBe('jsonChars');
    const deep = await refused(
      readNdjson(chunksOf(`${'['.repeat(1000)}${']'.repeat(1000)}\n`, 256)),
    );
    expect(deep.text.en).toContain('line 1: nested more than 64 deep');
  });
});

describe('readJsonRequests: bounds', { timeout: 60_000 }, () => {
  it('holds an array element to the bound in characters, whole in a chunk or spread over many', async () => {
    for (const size of [1, 4, 1000]) {
      const items = await collect(
        readJsonRequests(chunksOf('[{"a":"1234"},1]', size), undefined, small),
      );
      expect(items).toHaveLength(2);
      const error = await refused(
        readJsonRequests(chunksOf('[1, {"a":"12345"}]', size), undefined, small),
      );
      expect(error.text.en).toMatch(/^item 2: longer than 12 characters/);
    }
  });

  it('holds an element to the depth bound, and refuses a million deep', async () => {
    expect(
      await collect(readJsonRequests(chunksOf('[[[[1]]]]', 2), undefined, small)),
    ).toHaveLength(1);
    const error = await refused(readJsonRequests(chunksOf('[1,[[[[1]]]]]', 2), undefined, small));
    expect(error.text.en).toBe('item 2: nested more than 3 deep; the file was not read further');
    const million = await refused(readJsonRequests(piecesOf(deepJson(1e6), 256 * 1024)));
    expect(million.text.en).toContain('item 1: nested more than 64 deep');
  });

  it('holds a single request to both bounds', async () => {
    expect(
      await collect(readJsonRequests(chunksOf('{"a":[[1]]}', 3), undefined, small)),
    ).toHaveLength(1);
    const long = await refused(
      readJsonRequests(chunksOf('{"a":"123456789"}', 3), undefined, small),
    );
    expect(long.text.en).toMatch(/^the request: longer than 12 characters/);
    const deep = await refused(
      readJsonRequests(chunksOf('{"a":[[[1]]]}', 3), undefined, { ...small, jsonChars: 100 }),
    );
    expect(deep.text.zh).toBe('请求：嵌套超过 3 层；文件未继续读取');
  });
});
