/**
 * The worker's two latencies that users feel: the first answer after an MV3 restart (fresh
 * handler state, settings and history already in storage) and the historical-low query of an
 * item with 10 000 observations (budget: ≤ 1 ms). Fake storage is an in-memory map, so these
 * measure our code (parsing, validation, the scan), not the browser's storage I/O.
 */
import { bench, describe } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { historicalLow } from '@/core/history';
import { createWorker } from '@/lib/worker/handlers';
import { createPriceHistoryStore, type StoredSeries } from '@/lib/storage/price-history';

const now = Date.UTC(2023, 1, 20, 2, 0, 0);
const observationCount = 10_000;

/** 10 000 observations, 15 minutes apart (≈ 104 days, inside the 180-day window). */
function bigSeries(): StoredSeries {
  const at: number[] = [];
  const fen: number[] = [];
  for (let index = 0; index < observationCount; index += 1) {
    at.push(now / 1000 - index * 900);
    fen.push(10_000 + ((index * 7919) % 5_000));
  }
  at.reverse();
  fen.reverse();
  return { at, fen, kind: at.map(() => 0), src: at.map(() => 0) };
}

async function seedStorage() {
  fakeBrowser.reset();
  await storage.setItem('local:settings', {
    language: 'zh',
    merchant: { experienceScore: 4.5, onTimeShipRate30d: 0.95, disputeRate30d: 0.00002 },
  });
  await storage.setMeta('local:settings', { v: 2 });
  await storage.setItem('local:history:big', bigSeries());
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

describe('worker', () => {
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
    'historical low of one item, 10 000 observations, read from storage',
    async () => {
      const summary = await store.summary('big', 180, now);
      if (summary.count !== observationCount) throw new Error(`count ${summary.count}`);
    },
    { setup: seedStorage, time: 1000 },
  );

  const points = (() => {
    const series = bigSeries();
    return series.at.map((atSeconds, index) => ({
      at: atSeconds * 1000,
      fen: series.fen[index] ?? 0,
    }));
  })();
  bench(
    'historicalLow over 10 000 points already in memory',
    () => {
      historicalLow(points, now, 180);
    },
    { time: 500 },
  );
});
