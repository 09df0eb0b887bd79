/**
 * The storage figures of issue 10, printed by `npm run bench`: bytes per observation and per item,
 * how many items the budget holds, and the time to reach it in the busy cases — measured through
 * the real store (and the real content-script recorder for the flooding pages) over WXT's fake
 * browser storage, with bytes counted as Chrome's quota counts them.
 */
import { bench, describe } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Observation } from '@/core/messages';
import type { Send } from '@/lib/content/env';
import { createObservationRecorder, maxItemsPerPage } from '@/lib/content/observations';
import { createPriceHistoryStore, historyBudgetBytes } from '@/lib/storage/price-history';

const now = Date.UTC(2023, 6, 1, 2);
const day = 86_400_000;
const minute = 60_000;
const sale = (itemId: string, fen: number, at: number): Observation => ({
  itemId,
  fen,
  at,
  pageKind: 'goods-list',
  priceKind: 'sale',
  source: 'page',
});

async function bytesAfter(
  write: (store: ReturnType<typeof createPriceHistoryStore>) => Promise<void>,
) {
  fakeBrowser.reset();
  const store = createPriceHistoryStore();
  await write(store);
  return (await store.usage()).bytes;
}

/** What the real recorder lets out of a page over `seconds` at 60 fps, repricing as `frame` says. */
function recordedByPage(
  seconds: number,
  frame: (index: number, record: (id: string, fen: number) => void) => void,
) {
  const ctx = new ContentScriptContext(`budget-bench-${Math.random()}`);
  let time = now;
  const recorder = createObservationRecorder(
    ctx,
    (async () => ({})) as unknown as Send,
    () => time,
  );
  const out: Observation[] = [];
  for (let index = 0; index < seconds * 60; index += 1) {
    time = now + Math.round((index * 1000) / 60);
    frame(index, (id, fen) => recorder.record(id, fen, 'goods-list', 'sale'));
    out.push(...recorder.take());
  }
  ctx.abort();
  return out;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('history budget (figures printed once)', async () => {
  // One item, 1 000 distinct prices a minute apart: the marginal cost of an observation.
  const thousand = await bytesAfter(async (store) => {
    await store.record(
      Array.from({ length: 1000 }, (_, index) =>
        sale('25801234567811', 10_000 + index, now - index * minute),
      ),
      180,
      now,
    );
  });
  const one = await bytesAfter(async (store) => {
    await store.record([sale('25801234567811', 10_000, now)], 180, now);
  });
  const perObservation = (thousand - one) / 999;
  // An item seen once a day for the whole 180-day window (a big shop's list opened daily).
  const window = await bytesAfter(async (store) => {
    await store.record(
      Array.from({ length: 180 }, (_, index) =>
        sale('25801234567811', 10_000 + (index % 3), now - index * day),
      ),
      180,
      now,
    );
  });
  const perItemDay = window / 180;

  // A page repricing 60 items every frame for 5 minutes: what reaches storage.
  const repriced = recordedByPage(300, (index, record) => {
    for (let item = 0; item < 60; item += 1)
      record(`2700000000${item}`, 10_000 + ((index * 7 + item) % 900));
  });
  const repricedBytes = await bytesAfter(async (store) => {
    for (let at = 0; at < repriced.length; at += 500)
      await store.record(repriced.slice(at, at + 500), 180, now + day);
  });
  const repricePerHour = (repricedBytes / 300) * 3600;
  // A page showing a new item id every frame for 60 s (one page load): capped per page load.
  const inventing = recordedByPage(60, (index, record) => record(`2800000${index}`, 9_900));
  const inventingBytes = await bytesAfter(async (store) => {
    for (let at = 0; at < inventing.length; at += 500)
      await store.record(inventing.slice(at, at + 500), 180, now + day);
  });

  const figures = [
    ['bytes per observation (marginal, one item)', `${perObservation.toFixed(1)} B`],
    ['bytes of an item seen once (two keys)', `${one} B`],
    ['bytes per item per day (seen daily, 180 days)', `${perItemDay.toFixed(1)} B`],
    ['budget', mb(historyBudgetBytes)],
    [
      'items at budget, each seen daily for the whole window',
      Math.floor(historyBudgetBytes / window).toLocaleString('en'),
    ],
    ['items at budget, each seen once', Math.floor(historyBudgetBytes / one).toLocaleString('en')],
    ['5 000 SKUs opened daily: bytes at steady state (180-day window)', mb(5000 * window)],
    [
      '5 000 SKUs opened daily: time to budget',
      5000 * window > historyBudgetBytes
        ? `${(historyBudgetBytes / (5000 * perItemDay)).toFixed(0)} days`
        : 'never (the window is pruned first)',
    ],
    [
      'page repricing 60 items every frame: observations stored per hour',
      (repriced.length * 12).toLocaleString('en'),
    ],
    ['page repricing 60 items every frame: growth', `${kb(repricePerHour)}/h (was ≈ 37 KB/s)`],
    [
      'page repricing 60 items every frame: time to budget, open non-stop',
      `${(historyBudgetBytes / repricePerHour / 24).toFixed(0)} days`,
    ],
    [
      `page inventing an id every frame: items kept per page load (cap ${maxItemsPerPage})`,
      new Set(inventing.map((o) => o.itemId)).size.toLocaleString('en'),
    ],
    ['page inventing an id every frame: growth per page load (≤ 1 MB)', kb(inventingBytes)],
    [
      'page inventing an id every frame: page loads to budget (then its items go first)',
      Math.floor(historyBudgetBytes / inventingBytes).toLocaleString('en'),
    ],
  ];
  console.log(
    `\nStorage figures (issue 10)\n${figures.map(([what, value]) => `  ${String(what).padEnd(84)} ${value}`).join('\n')}\n`,
  );

  bench(
    'record one observation of a known item (store, fake storage)',
    async () => {
      fakeBrowser.reset();
      const store = createPriceHistoryStore();
      await store.record([sale('A', 100, now)], 180, now);
    },
    { time: 500 },
  );
});
