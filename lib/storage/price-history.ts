/**
 * Every price the extension has seen, per item (SPEC §8).
 *
 * Why storage.local and not IndexedDB: the only hot query is "the low of ONE item", and with one
 * key per item that is one get of one small value. Each item has two keys:
 * - `local:history:<itemId>` — every observation as parallel arrays in epoch seconds: 21 bytes of
 *   JSON each (measured: 10 000 → 210 KB; an array of objects would be 99 bytes each), so the
 *   10 MB quota holds ≈ 475 000 observations after de-duplication and pruning;
 * - `local:history-days:<itemId>` — per Shanghai day the low, high and count (≈ 3 KB for 104
 *   days), which is all the low query reads, whatever the number of observations.
 * Measured (test/lib/worker.bench.ts, 10 000 observations): parsing the 210 KB series and
 * scanning it takes ≈ 0.75–1.8 ms — over the 1 ms budget — while the day index answers in
 * ≈ 0.03 ms including its JSON parse. IndexedDB would deserialise the same bytes, and add a schema
 * with its own versioning and a transaction per query, for no gain at this size; the options
 * page's "all items" export is the only full scan, and it is rare.
 */
/**
 * Every price the extension has seen, per item (SPEC §8), in `storage.local` under a stated byte
 * budget.
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
 * to its own `historyBudgetBytes` (64 MB): a window of ~7 000 daily-seen items. Over budget, items
 * seen only once go first, then the least recently seen (a page inventing ids must not push out
 * real histories). A daily sweep shrinks every item whose last sighting left the look-back window
 * to the one point D-ORIG needs (its all-time high). Bytes are counted as Chrome counts them (key
 * + JSON of the value); the running total is kept in the worker's memory and in
 * `local:history-meta`, and recounted exactly by the sweep. IndexedDB (e.g. `idb`) was not
 * chosen: the same bytes, a schema and a transaction per query, and no quota gain over this.
 *
 * Versions: v2 (this one) stores each point's price kind (`pk`) and indexes only `sale` lows. A
 * v1 series (no `pk`) is read as is and written back as v2 on its next write, nothing dropped: a
 * v1 point recorded on the goods list was its 单价 → `sale`; any other v1 point is of `unknown`
 * kind — kept for D-ORIG and the sparkline, never D-LOW90's reference, because a v1 detail or cart
 * point of a deposit item may be its own presale price (the bug was D-LOW90 comparing the activity
 * price with itself). A v1 day index is ignored and the low answered from the series instead.
 */
import { storage } from 'wxt/utils/storage';
import { csvRow } from '@/core/csv';
import { shanghaiDay } from '@/core/dates';
import {
  historicalHigh,
  historicalLow,
  lookbackWindow,
  maxFutureMs,
  mergeObservations,
  pointsInWindow,
  prune,
} from '@/core/history';
import { formatFen } from '@/core/money';
import { pageKinds, type PageKind } from '@/core/settings';
import type { Observation, PriceHistory, StoredPriceKind } from '@/core/messages';

export const historyKeyPrefix = 'history:';
const dayIndexPrefix = 'history-days:';
const observationSources = ['page', 'page-low', 'merchant'] as const;
type ObservationSource = (typeof observationSources)[number];
/** Index 0 is what a v1 point off the goods list was not: its kind is unknown. */
const storedPriceKinds = ['unknown', 'sale', 'activity'] as const satisfies StoredPriceKind[];

/** The same price seen again within this window is the same sighting, not new evidence. */
export const dedupeWindowMs = 10 * 60_000;

/** History's byte budget (with `unlimitedStorage`; see above for the measured grounds). */
export const historyBudgetBytes = 64 * 1024 * 1024;
/** Eviction frees down to this share of the budget, so it does not run again on the next write. */
const evictToShare = 0.9;
/** How often the sweep recounts the bytes and shrinks the items not seen within the window. */
export const sweepIntervalMs = 24 * 3_600_000;

/** One item's observations as parallel arrays, oldest first: compact in JSON. */
export interface StoredSeries {
  /** 2 since price kinds; absent in v1. */
  v?: 2;
  /** Epoch seconds (ms precision is noise for a price history and costs 3 digits each). */
  at: number[];
  fen: number[];
  /** Index into `pageKinds`. */
  kind: number[];
  /** Index into the observation sources (`page`, `page-low`, `merchant`). */
  src: number[];
  /** Index into `unknown`, `sale`, `activity`; absent in v1. */
  pk?: number[];
}

/** A point as core/history sees it (`at` in epoch ms), with what the CSV export names. */
export interface StoredPoint {
  at: number;
  fen: number;
  pageKind: PageKind;
  priceKind: StoredPriceKind;
  source: ObservationSource;
}

/**
 * Per Shanghai day, oldest first: the low of the `sale` prices (null on a day with none), the
 * high of all, and how many `sale` and other observations. The look-back window is whole Shanghai
 * days (core/history), so the window's low and counts read exactly off this index.
 */
export interface DayIndex {
  v?: 2;
  day: string[];
  low: (number | null)[];
  high: number[];
  /** `sale` observations that day. */
  n: number[];
  /** Observations of another kind (activity, or unknown) that day. */
  o?: number[];
  /** The highest price ever observed, any kind (D-ORIG), kept by pruning on purpose. */
  top: number | null;
}

export interface HistorySummary {
  /** The lowest `sale` price in the window. */
  lowFen: number | null;
  /** The highest price ever observed, of any kind. */
  highFen: number | null;
  /** `sale` observations in the window. */
  count: number;
  /** Observations in the window that are not `sale`: an activity price seen, the ordinary not. */
  otherCount: number;
}

export interface HistoryUsage {
  bytes: number;
  budgetBytes: number;
  items: number;
  /** Epoch ms of the last sweep (0: never). */
  sweptAt: number;
}

/** What a record call did: points kept, and observations refused (stamped more than a day ahead). */
export interface RecordResult {
  stored: number;
  refused: number;
}

const itemKey = (itemId: string) => `local:${historyKeyPrefix}${itemId}` as const;
const dayIndexKey = (itemId: string) => `local:${dayIndexPrefix}${itemId}` as const;
const metaKey = 'local:history-meta' as const;
interface HistoryMeta {
  bytes: number;
  sweptAt: number;
}

const isSale = (point: StoredPoint) => point.priceKind === 'sale';

/** Built from the points being written (sorted oldest first), so it always matches them. */
function toDayIndex(points: readonly StoredPoint[]): DayIndex {
  const index: Required<DayIndex> = {
    v: 2,
    day: [],
    low: [],
    high: [],
    n: [],
    o: [],
    top: historicalHigh(points).highFen,
  };
  for (const point of points) {
    const day = shanghaiDay(point.at);
    let last = index.day.length - 1;
    if (index.day[last] !== day) {
      index.day.push(day);
      index.low.push(null);
      index.high.push(point.fen);
      index.n.push(0);
      index.o.push(0);
      last += 1;
    }
    index.high[last] = Math.max(index.high[last] ?? point.fen, point.fen);
    if (isSale(point)) {
      const low = index.low[last] ?? null;
      index.low[last] = low === null ? point.fen : Math.min(low, point.fen);
      index.n[last] = (index.n[last] ?? 0) + 1;
    } else {
      index.o[last] = (index.o[last] ?? 0) + 1;
    }
  }
  return index;
}

/** The window's `sale` low and counts from the day index, and the all-time high. */
export function summariseDayIndex(
  index: DayIndex,
  nowMs: number,
  lookbackDays: number,
): HistorySummary {
  const { fromDay, toDay } = lookbackWindow(nowMs, lookbackDays);
  let lowFen: number | null = null;
  let count = 0;
  let otherCount = 0;
  for (let position = 0; position < index.day.length; position += 1) {
    const day = index.day[position] as string;
    if (day < fromDay || day > toDay) continue;
    const low = index.low[position] ?? null;
    if (low !== null && (lowFen === null || low < lowFen)) lowFen = low;
    count += index.n[position] ?? 0;
    otherCount += index.o?.[position] ?? 0;
  }
  return { lowFen, highFen: index.top, count, otherCount };
}

/** The summary straight from the points (a series without a v2 index). */
function summarisePoints(
  points: readonly StoredPoint[],
  nowMs: number,
  lookbackDays: number,
): HistorySummary {
  const sale = historicalLow(points.filter(isSale), nowMs, lookbackDays);
  const all = historicalLow(points, nowMs, lookbackDays);
  return {
    lowFen: sale.lowFen,
    highFen: historicalHigh(points).highFen,
    count: sale.count,
    otherCount: all.count - sale.count,
  };
}

/** A v1 point: on the goods list it was the 单价 (`sale`); elsewhere its kind is unknown. */
const legacyKind = (pageKind: PageKind): StoredPriceKind =>
  pageKind === 'goods-list' ? 'sale' : 'unknown';

function toPoints(series: StoredSeries | null): StoredPoint[] {
  if (!series) return [];
  return series.at.map((atSeconds, index) => {
    const pageKind = pageKinds[series.kind[index] ?? 0] ?? 'detail';
    return {
      at: atSeconds * 1000,
      fen: series.fen[index] ?? 0,
      pageKind,
      priceKind: series.pk
        ? (storedPriceKinds[series.pk[index] ?? 0] ?? 'unknown')
        : legacyKind(pageKind),
      source: observationSources[series.src[index] ?? 0] ?? 'page',
    };
  });
}

function toSeries(points: readonly StoredPoint[]): StoredSeries {
  return {
    v: 2,
    at: points.map((point) => Math.floor(point.at / 1000)),
    fen: points.map((point) => point.fen),
    kind: points.map((point) => Math.max(0, pageKinds.indexOf(point.pageKind))),
    src: points.map((point) => Math.max(0, observationSources.indexOf(point.source))),
    pk: points.map((point) => Math.max(0, storedPriceKinds.indexOf(point.priceKind))),
  };
}

/** Bytes as Chrome's quota counts them: the key plus the JSON of the value. */
const bytesOf = (key: string, value: unknown) =>
  value === null || value === undefined ? 0 : key.length + JSON.stringify(value).length;

function itemBytes(itemId: string, series: StoredSeries | null, index: DayIndex | null): number {
  const stored = (key: string) => key.slice('local:'.length);
  return bytesOf(stored(itemKey(itemId)), series) + bytesOf(stored(dayIndexKey(itemId)), index);
}

/** Writes to one item are serialised: two tabs recording at once must not lose a sighting. */
function createKeyedLock() {
  const tails = new Map<string, Promise<unknown>>();
  return function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

const shanghaiTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** `2023-02-20 10:00:00`, Beijing time whatever the browser's zone (the CSV and the table). */
export const formatShanghaiTime = (ms: number) => shanghaiTimeFormat.format(ms);

/** Plain yuan for a spreadsheet (`1299.00`): the shared formatter without the symbol and commas. */
const csvYuan = (fen: number) => formatFen(fen).replace(/[¥,]/g, '');

export const historyCsvHeader = [
  '商品ID item id',
  '时间(北京时间) time (Asia/Shanghai)',
  '价格(¥) price',
  '页面 page kind',
  '价格类型 price kind',
  '来源 source',
];

export function createPriceHistoryStore(budgetBytes = historyBudgetBytes) {
  const withLock = createKeyedLock();
  /** The running byte total (the worker's memory; `local:history-meta` across restarts). */
  let meta: HistoryMeta | null = null;
  let evicting: Promise<void> | null = null;
  let sweeping: Promise<void> | null = null;

  async function readSeries(itemId: string): Promise<StoredSeries | null> {
    return storage.getItem<StoredSeries>(itemKey(itemId));
  }

  async function loadMeta(): Promise<HistoryMeta> {
    meta ??= (await storage.getItem<HistoryMeta>(metaKey)) ?? (await recount());
    return meta;
  }

  /** Every history item's bytes and last sighting, from one full read (sweep, eviction). */
  async function census() {
    const everything = await storage.snapshot('local');
    const items = new Map<string, { bytes: number; lastSeenMs: number; series: StoredSeries }>();
    for (const [key, value] of Object.entries(everything)) {
      if (!key.startsWith(historyKeyPrefix) || key.endsWith('$')) continue;
      const itemId = key.slice(historyKeyPrefix.length);
      const series = value as StoredSeries;
      const index = (everything[`${dayIndexPrefix}${itemId}`] ?? null) as DayIndex | null;
      items.set(itemId, {
        bytes: itemBytes(itemId, series, index),
        lastSeenMs: Math.max(0, ...series.at) * 1000,
        series,
      });
    }
    return items;
  }

  async function recount(): Promise<HistoryMeta> {
    let bytes = 0;
    for (const item of (await census()).values()) bytes += item.bytes;
    return { bytes, sweptAt: meta?.sweptAt ?? 0 };
  }

  /**
   * Over budget: items seen only once, then the least recently seen, go until the total is 90 % of
   * the budget.
   */
  async function evict(): Promise<void> {
    // Items seen once go first (a page inventing ids must not push out real histories), then
    // the least recently seen.
    const once = (series: StoredSeries) => (series.at.length <= 1 ? 0 : 1);
    const items = [...(await census())].sort(
      (a, b) => once(a[1].series) - once(b[1].series) || a[1].lastSeenMs - b[1].lastSeenMs,
    );
    let bytes = items.reduce((sum, [, item]) => sum + item.bytes, 0);
    const gone: string[] = [];
    for (const [itemId, item] of items) {
      if (bytes <= budgetBytes * evictToShare) break;
      gone.push(itemId);
      bytes -= item.bytes;
    }
    await Promise.all(
      gone.map((itemId) =>
        withLock(itemId, () => storage.removeItems([itemKey(itemId), dayIndexKey(itemId)])),
      ),
    );
    meta = { bytes, sweptAt: meta?.sweptAt ?? 0 };
    await storage.setItem(metaKey, meta);
  }

  /**
   * Items whose last sighting left the look-back window keep only what D-ORIG needs (the
   * all-time high point); the byte total is recounted exactly.
   */
  async function sweep(lookbackDays: number, nowMs: number): Promise<void> {
    const { startMs } = lookbackWindow(nowMs, lookbackDays);
    for (const [itemId, item] of await census()) {
      if (item.lastSeenMs >= startMs) continue;
      await withLock(itemId, async () => {
        const points = toPoints(await readSeries(itemId));
        const kept = prune(points, nowMs, lookbackDays);
        if (kept.length === points.length) return;
        await storage.setItems([
          { key: itemKey(itemId), value: toSeries(kept) },
          { key: dayIndexKey(itemId), value: toDayIndex(kept) },
        ]);
      });
    }
    meta = { ...(await recount()), sweptAt: nowMs };
    await storage.setItem(metaKey, meta);
    if (meta.bytes > budgetBytes) await evict();
  }

  /** After a write: a sweep once a day, an eviction when over budget; one of each at a time. */
  function keepInBudget(lookbackDays: number, nowMs: number): Promise<void> {
    if (!meta) return Promise.resolve();
    if (!sweeping && nowMs - meta.sweptAt >= sweepIntervalMs) {
      sweeping = sweep(lookbackDays, nowMs).finally(() => (sweeping = null));
      return sweeping;
    }
    if (!evicting && !sweeping && meta.bytes > budgetBytes) {
      evicting = evict().finally(() => (evicting = null));
      return evicting;
    }
    return sweeping ?? evicting ?? Promise.resolve();
  }

  /**
   * Stores new sightings: per item and price kind at most one a minute, the same price once per
   * 10 minutes, none stamped more than a day ahead of the worker's clock (refused and counted).
   */
  async function record(
    observations: readonly Observation[],
    lookbackDays: number,
    nowMs: number,
  ): Promise<RecordResult> {
    const byItem = new Map<string, Observation[]>();
    let refused = 0;
    for (const observation of observations) {
      if (observation.at > nowMs + maxFutureMs) {
        refused += 1;
        continue;
      }
      const list = byItem.get(observation.itemId);
      if (list) list.push(observation);
      else byItem.set(observation.itemId, [observation]);
    }
    if (byItem.size === 0) return { stored: 0, refused };
    const current = await loadMeta();
    let stored = 0;
    await Promise.all(
      [...byItem].map(([itemId, incoming]) =>
        withLock(itemId, async () => {
          const [seriesRead, indexRead] = await storage.getItems([
            itemKey(itemId),
            dayIndexKey(itemId),
          ]);
          const series = (seriesRead?.value ?? null) as StoredSeries | null;
          const existing = toPoints(series);
          const fresh = incoming.map((observation): StoredPoint => ({
            // Whole seconds, as stored: a repeat must compare equal to what is on disk.
            at: Math.floor(observation.at / 1000) * 1000,
            fen: observation.fen,
            pageKind: observation.pageKind,
            priceKind: observation.priceKind,
            source: observation.source,
          }));
          const kept = mergeObservations(existing, fresh, {
            nowMs,
            lookbackDays,
            intervalMs: dedupeWindowMs,
            groupOf: (point) => point.priceKind,
          });
          const freshSet = new Set(fresh);
          const freshKept = kept.filter((point) => freshSet.has(point)).length;
          if (freshKept === 0 && kept.length === existing.length) return;
          stored += freshKept;
          const nextSeries = toSeries(kept);
          const nextIndex = toDayIndex(kept);
          const before = itemBytes(itemId, series, (indexRead?.value ?? null) as DayIndex | null);
          current.bytes += itemBytes(itemId, nextSeries, nextIndex) - before;
          // One set call for both keys: the index never describes other points than the series.
          await storage.setItems([
            { key: itemKey(itemId), value: nextSeries },
            { key: dayIndexKey(itemId), value: nextIndex },
            { key: metaKey, value: { ...current } },
          ]);
        }),
      ),
    );
    await keepInBudget(lookbackDays, nowMs);
    return { stored, refused };
  }

  async function history(
    itemId: string,
    lookbackDays: number,
    nowMs: number,
  ): Promise<PriceHistory> {
    const inWindow = pointsInWindow(toPoints(await readSeries(itemId)), nowMs, lookbackDays);
    const { lowFen, highFen, count } = summarisePoints(inWindow, nowMs, lookbackDays);
    const points = inWindow.map(({ at, fen, priceKind }) => ({ at, fen, kind: priceKind }));
    return { itemId, points, lowFen, highFen, count, lookbackDays };
  }

  /**
   * What the worker fills a request with: the `sale` low and count over the window (D-LOW90), and
   * the highest price ever observed (D-ORIG is all-time; pruning keeps that point on purpose).
   * The hot query of every evaluation, so it reads the small day index, not the series.
   */
  async function summary(
    itemId: string,
    lookbackDays: number,
    nowMs: number,
  ): Promise<HistorySummary> {
    const found = await summaries([itemId], lookbackDays, nowMs);
    return found.get(itemId) ?? { lowFen: null, highFen: null, count: 0, otherCount: 0 };
  }

  /**
   * `summary` for a whole batch in two storage reads, not two per item: a 200-item cart made 400
   * storage round trips before its verdicts could go out.
   */
  async function summaries(
    itemIds: readonly string[],
    lookbackDays: number,
    nowMs: number,
  ): Promise<Map<string, HistorySummary>> {
    const found = new Map<string, HistorySummary>();
    const unique = [...new Set(itemIds)];
    if (unique.length === 0) return found;
    const indexes = await storage.getItems(unique.map(dayIndexKey));
    const unindexed: string[] = [];
    unique.forEach((itemId, position) => {
      const index = indexes[position]?.value as DayIndex | null | undefined;
      // A v1 index counted every kind in its low: answer from the series instead.
      if (index?.v === 2) found.set(itemId, summariseDayIndex(index, nowMs, lookbackDays));
      else unindexed.push(itemId);
    });
    if (unindexed.length === 0) return found;
    // A series written without its index (v1, or restored from a backup): answer from the series.
    const series = await storage.getItems(unindexed.map(itemKey));
    unindexed.forEach((itemId, position) => {
      const points = toPoints((series[position]?.value as StoredSeries | null | undefined) ?? null);
      if (points.length > 0) found.set(itemId, summarisePoints(points, nowMs, lookbackDays));
    });
    return found;
  }

  async function itemIds(): Promise<string[]> {
    const everything = await storage.snapshot('local');
    return Object.keys(everything)
      .filter((key) => key.startsWith(historyKeyPrefix) && !key.endsWith('$'))
      .map((key) => key.slice(historyKeyPrefix.length));
  }

  /** UTF-8 with a BOM so Excel shows the Chinese headers; one row per observation. */
  async function exportCsv(): Promise<{ csv: string; rows: number }> {
    const lines = [csvRow(historyCsvHeader)];
    for (const itemId of (await itemIds()).sort()) {
      for (const point of toPoints(await readSeries(itemId))) {
        const cells = [
          itemId,
          formatShanghaiTime(point.at),
          csvYuan(point.fen),
          point.pageKind,
          point.priceKind,
          point.source,
        ];
        lines.push(csvRow(cells));
      }
    }
    return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
  }

  /** Removes one item's history, or all of it; answers how many observations went. */
  async function clear(itemId?: string): Promise<number> {
    const targets = itemId === undefined ? await itemIds() : [itemId];
    let removed = 0;
    for (const target of targets) {
      await withLock(target, async () => {
        removed += (await readSeries(target))?.at.length ?? 0;
        await storage.removeItems([itemKey(target), dayIndexKey(target)]);
      });
    }
    meta = await recount();
    await storage.setItem(metaKey, meta);
    return removed;
  }

  /** Storage use against the budget (the options page). */
  async function usage(): Promise<HistoryUsage> {
    const items = await census();
    let bytes = 0;
    for (const item of items.values()) bytes += item.bytes;
    meta = { bytes, sweptAt: meta?.sweptAt ?? 0 };
    return { bytes, budgetBytes, items: items.size, sweptAt: meta.sweptAt };
  }

  return {
    record,
    history,
    summary,
    summaries,
    itemIds,
    exportCsv,
    clear,
    usage,
    /** The options page's one-click cleanup: the sweep now, and eviction if still over budget. */
    cleanup: async (lookbackDays: number, nowMs: number) => {
      await sweep(lookbackDays, nowMs);
      return usage();
    },
    /** After `reset-all` cleared storage: forget the running total. */
    forget: () => {
      meta = null;
    },
    readPoints: async (itemId: string) => toPoints(await readSeries(itemId)),
  };
}
export type PriceHistoryStore = ReturnType<typeof createPriceHistoryStore>;
