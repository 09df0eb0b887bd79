/**
 * Every price the extension has seen, per item (SPEC §8), in `storage.local` under a stated byte
 * budget. This file puts the parts together; each concern has its own file in ./history/:
 * `stored-format.ts` (keys, the compact series and day index, bytes), `migration.ts` (reading v1),
 * `recording.ts`, `reading.ts` (the hot low query, an item's points, the CSV export),
 * `budget.ts` (eviction and the daily sweep) and `usage-counts.ts` (the running totals).
 *
 * Why storage.local and not IndexedDB: the only hot query is "the low of ONE item", and with one
 * key per item that is one get of one small value. Each item has two keys:
 * - `local:history:<itemId>` — every observation as parallel arrays in epoch seconds: ≈ 23 bytes
 *   of JSON each (an array of objects would be 99 bytes each);
 * - `local:history-days:<itemId>` — per Shanghai day the `sale` low, the high and the count, which
 *   is all the low query reads, whatever the number of observations.
 * Measured (test/lib/worker.bench.ts, 10 000 observations): parsing the series and scanning it
 * takes ≈ 0.75–1.8 ms, the day index answers in ≈ 0.03 ms including its JSON parse. IndexedDB
 * would deserialise the same bytes and add a schema and a transaction per query for no gain.
 *
 * Why `unlimitedStorage` plus a byte budget: Chrome's `storage.local` quota is 10 MB, shared with
 * the settings and the rule pack; unbounded history filled it (5 000 SKUs seen daily in ~40 days)
 * and then every settings save failed. Measured (`npm run bench`, test/lib/storage/
 * history-budget.bench.ts): an item seen once a day costs ≈ 51 bytes a day (series point + day
 * index entry), so 5 000 daily SKUs over the 180-day window need ≈ 46 MB — a 10 MB quota cannot
 * hold one window of a big shop, whatever the eviction. So the quota is lifted and history keeps
 * to its own `historyBudgetBytes` (64 MB): a window of ~7 000 daily-seen items. Bytes are counted
 * as Chrome counts them (key + JSON of the value), as running totals kept by the writes in
 * `local:history-meta` — never by reading every item to answer (issue 21) — and recounted exactly
 * by the daily sweep.
 */
import type { PriceHistory } from '@/core/messages';
import type { HistorySummary } from './history/reading';
import { createBudgetKeeper, historyBudgetBytes } from './history/budget';
import { createKeyedLock } from './history/keyed-lock';
import { removeItem } from './history/item-writes';
import {
  exportHistoryCsv,
  readHistory,
  readItemIds,
  readPoints,
  readSummaries,
  readSummary,
} from './history/reading';
import { createRecorder } from './history/recording';
import { createUsageCounts } from './history/usage-counts';

export { historyBudgetBytes } from './history/budget';
export { dedupeWindowMs, type RecordResult } from './history/recording';
export { formatShanghaiTime, summariseDayIndex, type HistorySummary } from './history/reading';
export { type DayIndex, type StoredPoint, type StoredSeries } from './history/stored-format';

export interface HistoryUsage {
  bytes: number;
  budgetBytes: number;
  items: number;
  /** Epoch ms of the last sweep (0: never). */
  sweptAt: number;
}

export function createPriceHistoryStore(budgetBytes = historyBudgetBytes) {
  const withLock = createKeyedLock();
  const counts = createUsageCounts();
  const budget = createBudgetKeeper({ budgetBytes, withLock, counts });
  const record = createRecorder({ withLock, counts, keepInBudget: budget.keepInBudget });

  /** Removes one item's history, or all of it; answers how many observations went. */
  async function clear(itemId?: string): Promise<number> {
    const targets = itemId === undefined ? await readItemIds() : [itemId];
    let removed = 0;
    for (const target of targets) {
      removed += await withLock(target, () => removeItem(target, counts));
    }
    return removed;
  }

  /** Storage use against the budget (the options page): the running totals, one small read. */
  async function usage(): Promise<HistoryUsage> {
    const { bytes, items, sweptAt } = await counts.settled();
    return { bytes, budgetBytes, items, sweptAt };
  }

  return {
    record,
    history: (itemId: string, lookbackDays: number, nowMs: number): Promise<PriceHistory> =>
      readHistory(itemId, lookbackDays, nowMs),
    summary: (itemId: string, lookbackDays: number, nowMs: number): Promise<HistorySummary> =>
      readSummary(itemId, lookbackDays, nowMs),
    summaries: readSummaries,
    itemIds: readItemIds,
    exportCsv: exportHistoryCsv,
    clear,
    usage,
    /** The options page's one-click cleanup: the sweep now, and eviction if still over budget. */
    cleanup: async (lookbackDays: number, nowMs: number) => {
      await budget.sweep(lookbackDays, nowMs);
      return usage();
    },
    /** After `reset-all` cleared storage: forget the running totals. */
    forget: () => counts.forget(),
    readPoints,
  };
}
export type PriceHistoryStore = ReturnType<typeof createPriceHistoryStore>;
