/**
 * The history's running totals — bytes as Chrome's quota counts them, and items — kept by the
 * writes, so that no answer needs a read of every stored item: the options page's storage view
 * reads one small key. Counting them on each ask read all 58 MB at the budget and held every other
 * storage read (a tab's verdict question) behind it for 5 s (issue 21).
 *
 * Persisted in `local:history-meta` in the same set call as each item's write (an MV3 worker may
 * die between any two calls, so nothing lives only in memory). Self-healing: totals that are
 * missing or implausible (the first run of this version, a worker that died between a removal and
 * its total) are rebuilt by a census, and the daily sweep takes a census anyway. A census reads the
 * items a chunk at a time, so another read waits for one chunk (≈ 1 MB), never for the whole
 * history. Writes go on during a census: storage answers in the order it is asked, so a write to
 * an item whose chunk was already asked for (or that was not listed) is added to the census's
 * totals too; one to an item still to be read is seen by that read.
 */
import { storage } from 'wxt/utils/storage';
import { listStoredKeys } from '../stored-keys';
import {
  dayIndexKey,
  itemBytes,
  itemIdOfKey,
  itemKey,
  type DayIndex,
  type StoredSeries,
} from './stored-format';

export const countsKey = 'local:history-meta' as const;
/** Items per read of a census: ≈ 1 MB at the budget's ≈ 10 KB an item. */
export const censusChunkItems = 100;

export interface UsageCounts {
  bytes: number;
  items: number;
  /** Epoch ms of the last sweep (0: never). */
  sweptAt: number;
}

/** What a census learns of each item: what eviction sorts by. */
export interface CensusEntry {
  bytes: number;
  lastSeenMs: number;
  points: number;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Stored totals worth believing, or null (missing, corrupt, or from before `items` was kept). */
function validCounts(value: unknown): UsageCounts | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bytes, items, sweptAt } = value as Record<string, unknown>;
  if (!isCount(bytes) || !isCount(items) || !isCount(sweptAt)) return null;
  return { bytes, items, sweptAt };
}

interface Tally {
  bytes: number;
  items: number;
  /** Listed items not yet asked for; null while the keys are being listed. */
  unread: Set<string> | null;
  /** Changes made while the keys were being listed, kept until it is known who was listed. */
  early: Map<string, { bytes: number; items: number }>;
}

export function createUsageCounts() {
  let counts: UsageCounts | null = null;
  let loading: Promise<UsageCounts | null> | null = null;
  let tally: Tally | null = null;
  let running: Promise<Map<string, CensusEntry>> | null = null;
  /** A sweep time read from totals that were otherwise not believed (kept across a rebuild). */
  let carriedSweptAt = 0;
  /** Bumped by `forget`: a census that began before a reset-all must not write its totals. */
  let generation = 0;

  const entry = () => (counts ? [{ key: countsKey, value: { ...counts } }] : []);
  const persist = () => (counts ? storage.setItem(countsKey, { ...counts }) : Promise.resolve());

  /** The totals (read from storage once per worker); null while a census rebuilds them. */
  function current(): Promise<UsageCounts | null> {
    if (counts) return Promise.resolve(counts);
    loading ??= (async () => {
      const started = generation;
      const stored = await storage.getItem<unknown>(countsKey);
      if (started !== generation) return counts;
      loading = null;
      counts ??= validCounts(stored);
      if (!counts) {
        const sweptAt = (stored as { sweptAt?: unknown } | null)?.sweptAt;
        carriedSweptAt = isCount(sweptAt) ? sweptAt : 0;
        void census().catch((error: unknown) => console.warn('Recounting history failed', error));
      }
      return counts;
    })();
    return loading;
  }

  /** The totals, waiting for a census if they are being rebuilt (the storage view). */
  async function settled(): Promise<UsageCounts> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const known = (await current()) ?? (await census(), counts);
      if (known) return known;
    }
    return { bytes: 0, items: 0, sweptAt: 0 };
  }

  /**
   * An item's write or removal, issued in the same turn as this call: `bytes` and `items` are
   * what it adds (negative when it frees). Returns the totals' entry for the same set call.
   */
  function change(itemId: string, bytes: number, items: number) {
    if (counts) {
      counts = { ...counts, bytes: counts.bytes + bytes, items: counts.items + items };
      // Below zero can only be drift (a total from before a crash): rebuild rather than show it.
      if (counts.bytes < 0 || counts.items < 0) {
        counts = null;
        void census().catch(() => undefined);
      }
    }
    if (tally) {
      if (tally.unread === null) {
        const before = tally.early.get(itemId) ?? { bytes: 0, items: 0 };
        tally.early.set(itemId, { bytes: before.bytes + bytes, items: before.items + items });
      } else if (!tally.unread.has(itemId)) {
        tally.bytes += bytes;
        tally.items += items;
      }
    }
    return entry();
  }

  /** Every item's bytes, last sighting and length, a chunk at a time; the totals recounted. */
  function census(): Promise<Map<string, CensusEntry>> {
    if (running) return running;
    const run = takeCensus().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  }

  async function takeCensus(): Promise<Map<string, CensusEntry>> {
    const started = generation;
    const counting: Tally = { bytes: 0, items: 0, unread: null, early: new Map() };
    tally = counting;
    const found = new Map<string, CensusEntry>();
    try {
      const itemIds = (await listStoredKeys()).flatMap((key) => itemIdOfKey(key) ?? []);
      counting.unread = new Set(itemIds);
      for (const [itemId, early] of counting.early) {
        if (counting.unread.has(itemId)) continue;
        counting.bytes += early.bytes;
        counting.items += early.items;
      }
      for (let start = 0; start < itemIds.length; start += censusChunkItems) {
        const chunk = itemIds.slice(start, start + censusChunkItems);
        for (const itemId of chunk) counting.unread.delete(itemId);
        const read = await storage.getItems(chunk.flatMap((id) => [itemKey(id), dayIndexKey(id)]));
        chunk.forEach((itemId, position) => {
          const series = (read[2 * position]?.value ?? null) as StoredSeries | null;
          // Removed since the keys were listed: its removal was counted as a change.
          if (!series) return;
          const index = (read[2 * position + 1]?.value ?? null) as DayIndex | null;
          const bytes = itemBytes(itemId, series, index);
          counting.bytes += bytes;
          counting.items += 1;
          found.set(itemId, {
            bytes,
            lastSeenMs: series.at.reduce((last, at) => Math.max(last, at), 0) * 1000,
            points: series.at.length,
          });
        });
      }
      if (started === generation) {
        const sweptAt = counts?.sweptAt ?? carriedSweptAt;
        counts = { bytes: counting.bytes, items: counting.items, sweptAt };
        await persist();
      }
      return found;
    } finally {
      if (tally === counting) tally = null;
    }
  }

  return {
    current,
    settled,
    change,
    census,
    /** The totals' entry, to be written in the same set call as an item. */
    entry,
    persist,
    async markSwept(nowMs: number) {
      if (counts) counts = { ...counts, sweptAt: nowMs };
      else carriedSweptAt = nowMs;
      await persist();
    },
    /** After `reset-all` cleared storage: what was counted is gone with it. */
    forget() {
      generation += 1;
      counts = null;
      loading = null;
      tally = null;
      running = null;
      carriedSweptAt = 0;
    },
    /** The totals as last known, without waiting (the budget check after a write). */
    known: () => counts,
  };
}
export type UsageCountsStore = ReturnType<typeof createUsageCounts>;
