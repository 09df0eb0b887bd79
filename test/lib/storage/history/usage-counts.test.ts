/**
 * The running totals of the price history (issue 21): kept by every write, read in one small get,
 * kept across a worker restart, rebuilt exactly when missing or corrupt — while writes go on.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { Observation } from '@/core/messages';
import { censusChunkItems, countsKey } from '@/lib/storage/history/usage-counts';
import { createPriceHistoryStore } from '@/lib/storage/price-history';
import { probeStorageReads } from '../read-probe';

const day = 86_400_000;
const now = Date.UTC(2023, 1, 20, 2, 0, 0);
const seen = (index: number, at = now, fen = 1000 + index): Observation => ({
  itemId: `2580${String(index).padStart(6, '0')}`,
  fen,
  at,
  pageKind: 'goods-list',
  priceKind: 'sale',
  source: 'page',
});
/** `count` items from `from`, each seen on `days` days. */
const items = (from: number, count: number, days = 3) =>
  Array.from({ length: count }, (_, offset) =>
    Array.from({ length: days }, (_, back) => seen(from + offset, now - back * day)),
  ).flat();

/** What a census of what is stored now says: a fresh worker with the totals gone. */
async function recounted() {
  const stored = await storage.getItem(countsKey);
  await storage.removeItem(countsKey);
  const usage = await createPriceHistoryStore().usage();
  await storage.setItem(countsKey, stored);
  return { bytes: usage.bytes, items: usage.items };
}

let probe: ReturnType<typeof probeStorageReads>;
beforeEach(() => {
  fakeBrowser.reset();
  probe = probeStorageReads();
});

describe('running totals', () => {
  it('answers the storage view from one small read, exactly what a census counts', async () => {
    const store = createPriceHistoryStore();
    await store.record(items(0, 30), 180, now);
    await store.record([seen(3, now - 5 * day, 7), seen(40)], 180, now);
    probe.reset();
    const usage = await store.usage();
    expect(probe.reads).toEqual({ full: 0, values: 0, keyListings: 0 });
    // A fresh worker (an MV3 restart) reads the persisted totals: one value.
    const restarted = await createPriceHistoryStore().usage();
    expect(probe.reads).toEqual({ full: 0, values: 1, keyListings: 0 });
    expect(restarted).toEqual(usage);
    expect({ bytes: usage.bytes, items: usage.items }).toEqual(await recounted());
    expect(usage.items).toBe(31);
  });

  it('stays exact through removals: one item, eviction, the sweep, all', async () => {
    const store = createPriceHistoryStore(20_000);
    for (let batch = 0; batch < 8; batch += 1) {
      await store.record(items(batch * 20, 20, 1 + (batch % 3)), 180, now - (8 - batch) * 60_000);
    }
    const evicted = await store.usage();
    expect(evicted.bytes).toBeLessThanOrEqual(20_000);
    expect({ bytes: evicted.bytes, items: evicted.items }).toEqual(await recounted());
    await store.clear((await store.itemIds())[0]);
    const cleaned = await store.cleanup(2, now + 10 * day);
    expect({ bytes: cleaned.bytes, items: cleaned.items }).toEqual(await recounted());
    await store.clear();
    expect(await store.usage()).toMatchObject({ bytes: 0, items: 0 });
  });

  it.each([
    ['missing', undefined],
    ['from before items were counted', { bytes: 123, sweptAt: now }],
    ['corrupt', { bytes: -5, items: 'many', sweptAt: now }],
    ['not an object', 'oops'],
  ])('rebuilds totals that are %s, off the hot path and without a full read', async (_, bad) => {
    const writer = createPriceHistoryStore();
    await writer.record(items(0, 250), 180, now);
    const truth = await recounted();
    await storage.setItem(countsKey, bad ?? null);
    probe.reset();
    const store = createPriceHistoryStore();
    // A record with no totals to carry writes its item and starts the census; it does not wait.
    await store.record([seen(999)], 180, now);
    const usage = await store.usage();
    expect(probe.reads.full).toBe(0);
    expect(usage).toMatchObject({ bytes: expect.any(Number), items: truth.items + 1 });
    expect({ bytes: usage.bytes, items: usage.items }).toEqual(await recounted());
    if (bad && typeof bad === 'object' && bad.sweptAt === now) expect(usage.sweptAt).toBe(now);
  });

  it.each([0, 20])(
    'a census with writes going on counts every write once: new items, grown ones, removed ones (key list answered after %i ms)',
    async (keyListingDelayMs) => {
      probe = probeStorageReads({ keyListingDelayMs });
      const writer = createPriceHistoryStore();
      await writer.record(items(0, censusChunkItems * 3), 180, now);
      await storage.removeItem(countsKey);
      const store = createPriceHistoryStore();
      const settled = store.usage();
      // Interleaved with the census's chunks: items early and late in the listing, new ones, gone ones.
      const writes = [
        0,
        censusChunkItems * 2 + 5,
        censusChunkItems * 3 + 7,
        1,
        censusChunkItems + 3,
      ]
        .map((index): Promise<unknown> => store.record([seen(index, now + 60_000, 77)], 180, now))
        .concat([
          store.clear('2580000002'),
          store.clear(`2580${String(censusChunkItems * 3 - 1).padStart(6, '0')}`),
        ]);
      await Promise.all([settled, ...writes]);
      const usage = await store.usage();
      expect({ bytes: usage.bytes, items: usage.items }).toEqual(await recounted());
      expect(usage.items).toBe(censusChunkItems * 3 + 1 - 2);
    },
  );

  it('a census reads the items a chunk at a time, never everything at once', async () => {
    const writer = createPriceHistoryStore();
    await writer.record(items(0, censusChunkItems * 2 + 10), 180, now);
    await storage.removeItem(countsKey);
    const gets = vi.spyOn(fakeBrowser.storage.local, 'get');
    await createPriceHistoryStore().usage();
    const sizes = gets.mock.calls.map(([keys]) => (Array.isArray(keys) ? keys.length : 1));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(censusChunkItems * 2);
    expect(probe.reads.full).toBe(0);
  });

  it('after reset-all cleared storage, the totals start again from nothing', async () => {
    const store = createPriceHistoryStore();
    await store.record(items(0, 5), 180, now);
    await storage.clear('local');
    store.forget();
    expect(await store.usage()).toMatchObject({ bytes: 0, items: 0 });
    await store.record(items(0, 2), 180, now);
    expect(await store.usage()).toMatchObject({ items: 2 });
  });
});

describe('without getKeys (an older browser)', () => {
  it('still lists and counts, paying one full read for the key list', async () => {
    probe = probeStorageReads({ withoutGetKeys: true });
    const store = createPriceHistoryStore();
    await store.record(items(0, 3), 180, now);
    expect((await store.itemIds()).sort()).toEqual(['2580000000', '2580000001', '2580000002']);
    expect(probe.reads.full).toBeGreaterThan(0);
  });
});
