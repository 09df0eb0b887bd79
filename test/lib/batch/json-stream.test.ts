import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonShapeError, readJsonRequests, type JsonShape } from '@/lib/batch/json-stream';
import { chunksOf, collect } from './helpers';

async function read(text: string, size = 7) {
  let shape: JsonShape | null = null;
  const items = await collect(readJsonRequests(chunksOf(text, size), (s) => (shape = s)));
  return { shape, items };
}

describe('readJsonRequests', () => {
  it('splits an array into its elements whatever the chunk size', async () => {
    const value = [
      { product: { itemId: '1', title: 'a [b] {c} "d" \\ e', priceFen: 100 } },
      { product: { title: '\u0000 é 中 😀', deposit: { amountFen: 1 } } },
      [1, [2]],
      7,
      'text',
      null,
    ];
    const text = JSON.stringify(value, null, 2);
    for (const size of [1, 2, 3, 5, 64, 100_000]) {
      const { shape, items } = await read(text, size);
      expect(shape).toBe('array');
      expect(items.map((item) => ('request' in item ? item.request : item))).toEqual(value);
      expect(items.map((item) => item.at)).toEqual(
        value.map((_, i) => ({ unit: 'item', n: i + 1 })),
      );
    }
  });

  it('gives any JSON array back element by element, however it is cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        async (value, size) => {
          const { items } = await read(JSON.stringify(value), size);
          expect(items.map((item) => ('request' in item ? item.request : null))).toEqual(
            JSON.parse(JSON.stringify(value)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a single request as one item', async () => {
    const { shape, items } = await read(' \n{"product": {"priceFen": 1}}\n', 3);
    expect(shape).toBe('single');
    expect(items).toEqual([{ at: { unit: 'item', n: 1 }, request: { product: { priceFen: 1 } } }]);
  });

  it('reads an empty array as no items', async () => {
    expect((await read('[ ]')).items).toEqual([]);
  });

  it('reports a malformed element by its number and goes on', async () => {
    const { items } = await read('[{"a":1}, {"b": tru}, {"c":3}]');
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ at: { unit: 'item', n: 2 }, issues: [{ path: '(item)' }] });
    expect(items[2]).toEqual({ at: { unit: 'item', n: 3 }, request: { c: 3 } });
  });

  it('refuses a file that is not a request or an array, cut short, or with text after it', async () => {
    await expect(read('')).rejects.toThrow(/empty/);
    await expect(read('"x"')).rejects.toThrow(JsonShapeError);
    await expect(read('[{"a":1},')).rejects.toThrow(/cut short after 1 items/);
    await expect(read('[1] x')).rejects.toThrow(/after the closing/);
  });
});
