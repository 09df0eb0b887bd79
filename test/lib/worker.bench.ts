/**
 * The worker's two latencies that users feel: the first answer after an MV3 restart (fresh
 * handler state, settings and history already in storage) and the historical-low query of an
 * item with 10 000 observations (budget: ≤ 1 ms). Fake storage is an in-memory map that hands
 * back the stored object itself, so the "serialised JSON" cases add what a real storage.local
 * read costs on top: parsing the stored value.
 */
import { bench, describe } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { historicalLow } from '@/core/history';
import type { Observation } from '@/core/messages';
import { createWorker } from '@/lib/worker/handlers';
import {
  createPriceHistoryStore,
  summariseDayIndex,
  type DayIndex,
  type StoredSeries,
} from '@/lib/storage/price-history';

const now = Date.UTC(2023, 1, 20, 2, 0, 0);
const observationCount = 10_000;

/** 10 000 observations, 15 minutes apart (≈ 104 days, inside the 180-day window), all distinct. */
const observations: Observation[] = Array.from({ length: observationCount }, (_, index) => ({
  itemId: 'big',
  fen: 10_000 + ((index * 7919) % 5_000),
  at: now - index * 900_000,
  pageKind: 'goods-list',
  priceKind: 'sale',
  source: 'page',
}));

async function seedStorage() {
  fakeBrowser.reset();
  await storage.setItem('local:settings', {
    language: 'zh',
    merchant: { experienceScore: 4.5, onTimeShipRate30d: 0.95, disputeRate30d: 0.00002 },
  });
  await storage.setMeta('local:settings', { v: 2 });
  const { stored } = await createPriceHistoryStore().record(observations, 180, now);
  if (stored !== observationCount) throw new Error(`seeded ${stored}`);
}

const firstMessage = {
  type: 'evaluate',
  requests: [
    {
      date: '2023-02-20',
      product: {
        itemId: 'big',
        priceFen: 129_900,
        deposit: { amountFen: 10_000, deductionFen: 20_000 },
        installment: { periods: 3, payer: 'consumer' },
      },
    },
  ],
};

describe('worker', async () => {
  await seedStorage();
  const indexJson = JSON.stringify(await storage.getItem<DayIndex>('local:history-days:big'));
  const seriesJson = JSON.stringify(await storage.getItem<StoredSeries>('local:history:big'));

  bench(
    'cold start: fresh worker answers its first evaluate (history of 10 000 obs)',
    async () => {
      const worker = createWorker(undefined, () => now);
      const reply = await worker.handle(firstMessage);
      if (!reply.ok) throw new Error(reply.error);
    },
    { setup: seedStorage, time: 1000 },
  );

  const store = createPriceHistoryStore();
  bench(
    'historical low, 10 000 observations, through the store (day index)',
    async () => {
      const summary = await store.summary('big', 180, now);
      if (summary.count !== observationCount) throw new Error(`count ${summary.count}`);
    },
    { setup: seedStorage, time: 1000 },
  );

  bench(
    `historical low, 10 000 observations, from the day index's JSON (${indexJson.length} B, ≈ real read)`,
    () => {
      summariseDayIndex(JSON.parse(indexJson) as DayIndex, now, 180);
    },
    { time: 1000 },
  );

  bench(
    `historical low, 10 000 observations, from the full series' JSON (${seriesJson.length} B, no index)`,
    () => {
      const series = JSON.parse(seriesJson) as StoredSeries;
      const points = series.at.map((atSeconds, index) => ({
        at: atSeconds * 1000,
        fen: series.fen[index] ?? 0,
      }));
      historicalLow(points, now, 180);
    },
    { time: 1000 },
  );
});
