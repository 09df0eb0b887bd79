import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { Observation } from '@/core/messages';
import { createPriceHistoryStore, dedupeWindowMs } from '@/lib/storage/price-history';

const day = 86_400_000;
const now = Date.UTC(2023, 1, 20, 2, 0, 0); // 2023-02-20 10:00 in Shanghai
const seen = (fen: number, at: number, itemId = 'A1'): Observation => ({
  itemId,
  fen,
  at,
  pageKind: 'goods-list',
  priceKind: 'sale',
  source: 'page',
});

beforeEach(() => fakeBrowser.reset());

describe('price history store', () => {
  it('stores the same price seen again within 10 minutes only once', async () => {
    const store = createPriceHistoryStore();
    const { stored } = await store.record(
      [seen(9900, now - 9 * 60_000), seen(9900, now - 5 * 60_000), seen(9900, now)],
      180,
      now,
    );
    expect(stored).toBe(1);
    // Seen again in a later message: still the same sighting.
    expect((await store.record([seen(9900, now - 60_000)], 180, now)).stored).toBe(0);
    expect((await store.history('A1', 180, now)).count).toBe(1);
  });

  it('keeps a price change, a change back, and the same price after the window', async () => {
    const store = createPriceHistoryStore();
    const start = now - day;
    const { stored } = await store.record(
      [
        seen(9900, start),
        seen(8800, start + 60_000),
        seen(9900, start + 120_000),
        seen(9900, start + 120_000 + dedupeWindowMs),
      ],
      180,
      now,
    );
    expect(stored).toBe(4);
    const history = await store.history('A1', 180, now);
    expect(history.points.map((point) => point.fen)).toEqual([9900, 8800, 9900, 9900]);
    expect(history).toMatchObject({ lowFen: 8800, highFen: 9900, count: 4, lookbackDays: 180 });
  });

  it('keeps observations oldest first even when they arrive out of order', async () => {
    const store = createPriceHistoryStore();
    await store.record([seen(500, now - day)], 180, now);
    await store.record([seen(700, now - 3 * day)], 180, now);
    const history = await store.history('A1', 180, now);
    expect(history.points).toEqual([
      { at: now - 3 * day, fen: 700, kind: 'sale' },
      { at: now - day, fen: 500, kind: 'sale' },
    ]);
  });

  it('prunes beyond the look-back window on write, and reads only within it', async () => {
    const store = createPriceHistoryStore();
    expect(
      (await store.record([seen(100, now - 200 * day), seen(300, now - 20 * day)], 180, now))
        .stored,
    ).toBe(1);
    expect((await store.readPoints('A1')).map((point) => point.fen)).toEqual([300]);

    await store.record([seen(200, now - 5 * day)], 180, now);
    const narrow = await store.history('A1', 10, now);
    expect(narrow).toMatchObject({ lowFen: 200, highFen: 200, count: 1 });
    expect(await store.summary('A1', 180, now)).toEqual({
      lowFen: 200,
      highFen: 300,
      count: 2,
      otherCount: 0,
    });

    // A later write drops what has aged out of the window since — except the all-time high,
    // which D-ORIG must remember.
    await store.record([seen(150, now - 15 * day), seen(250, now)], 180, now);
    await store.record([seen(260, now + 60_000)], 10, now);
    expect((await store.readPoints('A1')).map((point) => point.fen)).toEqual([300, 200, 250, 260]);
    expect(await store.summary('A1', 10, now)).toEqual({
      lowFen: 200,
      highFen: 300,
      count: 3,
      otherCount: 0,
    });
  });

  it('answers an empty history for an unknown item', async () => {
    const store = createPriceHistoryStore();
    expect(await store.summary('none', 180, now)).toEqual({
      lowFen: null,
      highFen: null,
      count: 0,
      otherCount: 0,
    });
    expect(await store.history('none', 180, now)).toMatchObject({
      points: [],
      lowFen: null,
      count: 0,
    });
  });

  it('stores compactly: parallel arrays in epoch seconds under one key per item', async () => {
    const store = createPriceHistoryStore();
    await store.record(
      [seen(9900, now), { ...seen(100, now, 'B2'), pageKind: 'live-room', source: 'page-low' }],
      180,
      now,
    );
    expect(await storage.getItem('local:history:A1')).toEqual({
      v: 2,
      at: [now / 1000],
      fen: [9900],
      kind: [0],
      src: [0],
      pk: [1],
    });
    expect(await storage.getItem('local:history:B2')).toEqual({
      v: 2,
      at: [now / 1000],
      fen: [100],
      kind: [4],
      src: [1],
      pk: [1],
    });
  });

  it('answers the low from the day index exactly as from the full series', async () => {
    const store = createPriceHistoryStore();
    // 400 sightings over ~200 days at uneven hours, prices wandering; a fixed seed keeps it stable.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const observations = Array.from({ length: 400 }, (_, index) =>
      seen(5000 + Math.floor(random() * 3000), now - Math.floor(random() * 200 * day) - index),
    );
    await store.record(observations, 3650, now);
    const answers = [];
    for (const [lookback, at] of [
      [180, now],
      [30, now],
      [1, now],
      [7, now - 100 * day],
      [3650, now + 5 * day],
    ] as const) {
      answers.push(await store.summary('A1', lookback, at));
    }
    await storage.removeItem('local:history-days:A1');
    for (const [position, [lookback, at]] of (
      [
        [180, now],
        [30, now],
        [1, now],
        [7, now - 100 * day],
        [3650, now + 5 * day],
      ] as const
    ).entries()) {
      expect(await store.summary('A1', lookback, at), `${lookback} days`).toEqual(
        answers[position],
      );
    }
    expect(answers[0]?.count).toBeGreaterThan(100);
  });

  it('loses no sighting when two pages record the same item at once', async () => {
    const store = createPriceHistoryStore();
    const counts = await Promise.all([
      store.record([seen(100, now - 2 * day)], 180, now),
      store.record([seen(200, now - day)], 180, now),
      store.record([seen(300, now)], 180, now),
    ]);
    expect(counts.map((count) => count.stored)).toEqual([1, 1, 1]);
    expect((await store.history('A1', 180, now)).count).toBe(3);
  });

  it('exports CSV with a BOM, Shanghai times and plain yuan', async () => {
    const store = createPriceHistoryStore();
    await store.record([seen(129900, now), seen(990, now, 'B,2')], 180, now);
    const { csv, rows } = await store.exportCsv();
    expect(rows).toBe(2);
    expect(csv.startsWith('\uFEFF商品ID')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe('A1,2023-02-20 10:00:00,1299.00,goods-list,sale,page');
    expect(lines[2]).toBe('"B,2",2023-02-20 10:00:00,9.90,goods-list,sale,page');
  });

  it('clears one item or all, answering how many observations went', async () => {
    const store = createPriceHistoryStore();
    await store.record([seen(1, now - day), seen(2, now), seen(3, now, 'B2')], 180, now);
    expect(await store.clear('A1')).toBe(2);
    expect(await store.itemIds()).toEqual(['B2']);
    expect(await storage.getItem('local:history-days:A1')).toBeNull();
    expect(await store.summary('A1', 180, now)).toEqual({
      lowFen: null,
      highFen: null,
      count: 0,
      otherCount: 0,
    });
    expect(await store.clear()).toBe(1);
    expect(await store.itemIds()).toEqual([]);
  });

  it('summarises a whole batch in two storage reads: indexed, unindexed and unknown items', async () => {
    const store = createPriceHistoryStore();
    await store.record([seen(500, now - day), seen(400, now), seen(900, now, 'B2')], 180, now);
    // B2's index lost (a restore from an older backup): its series still answers.
    await storage.removeItem('local:history-days:B2');
    const reads = vi.spyOn(storage, 'getItems');
    const found = await store.summaries(['A1', 'B2', 'none', 'A1'], 180, now);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(found.get('A1')).toEqual({ lowFen: 400, highFen: 500, count: 2, otherCount: 0 });
    expect(found.get('B2')).toEqual({ lowFen: 900, highFen: 900, count: 1, otherCount: 0 });
    expect(found.has('none')).toBe(false);
    reads.mockRestore();
  });
});

describe('price kinds (SPEC §8)', () => {
  const activity = (fen: number, at: number, itemId = 'A1'): Observation => ({
    ...seen(fen, at, itemId),
    pageKind: 'detail',
    priceKind: 'activity',
  });

  it('takes the low from sale prices only; activity prices count for the high', async () => {
    const store = createPriceHistoryStore();
    await store.record(
      [seen(10000, now - day), activity(7000, now), activity(12000, now - 2 * day)],
      180,
      now,
    );
    expect(await store.summary('A1', 180, now)).toEqual({
      lowFen: 10000,
      highFen: 12000,
      count: 1,
      otherCount: 2,
    });
    const history = await store.history('A1', 180, now);
    expect(history.points.map((point) => point.kind)).toEqual(['activity', 'sale', 'activity']);
    expect(history).toMatchObject({ lowFen: 10000, count: 1 });
  });

  it('with only activity prices there is no low, and says how many were seen', async () => {
    const store = createPriceHistoryStore();
    await store.record([activity(7000, now - day), activity(7000, now)], 180, now);
    expect(await store.summary('A1', 180, now)).toEqual({
      lowFen: null,
      highFen: 7000,
      count: 0,
      otherCount: 2,
    });
  });

  it('migrates a v1 series without loss: list points are sale, others of unknown kind', async () => {
    const store = createPriceHistoryStore();
    const at = (ms: number) => Math.floor(ms / 1000);
    // v1: no `pk`; kind 0 = goods-list, 5 = detail (the detail point is the presale price).
    await storage.setItems([
      {
        key: 'local:history:A1',
        value: {
          at: [at(now - 2 * day), at(now - day)],
          fen: [10000, 7000],
          kind: [0, 5],
          src: [0, 0],
        },
      },
      // A v1 index counted the presale price in its low: it must not be believed.
      {
        key: 'local:history-days:A1',
        value: {
          day: ['2023-02-18', '2023-02-19'],
          low: [10000, 7000],
          high: [10000, 7000],
          n: [1, 1],
          top: 10000,
        },
      },
    ]);
    expect(await store.summary('A1', 180, now)).toEqual({
      lowFen: 10000,
      highFen: 10000,
      count: 1,
      otherCount: 1,
    });
    // The next write stores v2 with every old point kept, kinds as read.
    await store.record([seen(9000, now)], 180, now);
    expect(await storage.getItem('local:history:A1')).toMatchObject({
      v: 2,
      fen: [10000, 7000, 9000],
      pk: [1, 0, 1],
    });
    expect(await store.summary('A1', 180, now)).toMatchObject({ lowFen: 9000, count: 2 });
  });

  it('refuses observations stamped more than a day ahead, and counts them', async () => {
    const store = createPriceHistoryStore();
    const result = await store.record(
      [seen(100, now + day), seen(99_999_00, now + day + 1, 'B2')],
      180,
      now,
    );
    expect(result).toEqual({ stored: 1, refused: 1 });
    expect(await store.itemIds()).toEqual(['A1']);
  });
});

describe('budget', () => {
  it('counts bytes as the quota does and evicts the least recently seen items over budget', async () => {
    const store = createPriceHistoryStore(4_000);
    // 40 items seen one a minute apart: A00 least recently.
    for (let index = 0; index < 40; index += 1) {
      const id = `A${String(index).padStart(2, '0')}`;
      await store.record([seen(1000 + index, now - (40 - index) * 60_000, id)], 180, now);
    }
    const usage = await store.usage();
    expect(usage.bytes).toBeLessThanOrEqual(4_000);
    expect(usage.budgetBytes).toBe(4_000);
    const kept = (await store.itemIds()).sort();
    expect(kept.length).toBeLessThan(40);
    // What went is the oldest; the most recent item is always kept.
    expect(kept).toContain('A39');
    expect(kept).not.toContain('A00');
    expect(kept[0]! > 'A00').toBe(true);
  });

  it('the sweep shrinks an item not seen within the window to its all-time high point', async () => {
    const store = createPriceHistoryStore();
    await store.record(
      [seen(500, now - 100 * day), seen(900, now - 90 * day), seen(700, now - 80 * day)],
      180,
      now,
    );
    await store.record([seen(100, now, 'B2')], 180, now);
    // 30 days on, with a 30-day window: A1 was last seen 110 days ago.
    const later = now + 30 * day;
    const usage = await store.cleanup(30, later);
    expect((await store.readPoints('A1')).map((point) => point.fen)).toEqual([900]);
    expect((await store.readPoints('B2')).map((point) => point.fen)).toEqual([100]);
    expect(usage.sweptAt).toBe(later);
    expect(usage.items).toBe(2);
  });
});
