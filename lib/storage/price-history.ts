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
import { storage } from 'wxt/utils/storage';
import { csvRow } from '@/core/csv';
import { shanghaiDay } from '@/core/dates';
import {
  historicalHigh,
  historicalLow,
  lookbackWindow,
  mergeObservations,
  pointsInWindow,
} from '@/core/history';
import { formatFen } from '@/core/money';
import { pageKinds, type PageKind } from '@/core/settings';
import type { Observation, PriceHistory } from '@/core/messages';

export const historyKeyPrefix = 'history:';
const observationSources = ['page', 'page-low', 'merchant'] as const;
type ObservationSource = (typeof observationSources)[number];

/** The same price seen again within this window is the same sighting, not new evidence. */
export const dedupeWindowMs = 10 * 60_000;

/** One item's observations as parallel arrays, oldest first: compact in JSON. */
export interface StoredSeries {
  /** Epoch seconds (ms precision is noise for a price history and costs 3 digits each). */
  at: number[];
  fen: number[];
  /** Index into `pageKinds`. */
  kind: number[];
  /** Index into the observation sources (`page`, `page-low`, `merchant`). */
  src: number[];
}

/** A point as core/history sees it (`at` in epoch ms), with what the CSV export names. */
export interface StoredPoint {
  at: number;
  fen: number;
  pageKind: PageKind;
  source: ObservationSource;
}

/**
 * Per Shanghai day, oldest first: the low, the high and how many observations. The look-back
 * window is whole Shanghai days (core/history), so the window's low and count read exactly off
 * this index — at most `lookbackDays` entries however many observations an item has.
 */
export interface DayIndex {
  day: string[];
  low: number[];
  high: number[];
  n: number[];
  /** The highest price ever observed (D-ORIG), kept by pruning on purpose. */
  top: number | null;
}

export interface HistorySummary {
  lowFen: number | null;
  highFen: number | null;
  count: number;
}

const itemKey = (itemId: string) => `local:${historyKeyPrefix}${itemId}` as const;
const dayIndexKey = (itemId: string) => `local:history-days:${itemId}` as const;

/** Built from the points being written (sorted oldest first), so it always matches them. */
function toDayIndex(points: readonly StoredPoint[]): DayIndex {
  const index: DayIndex = {
    day: [],
    low: [],
    high: [],
    n: [],
    top: historicalHigh(points).highFen,
  };
  for (const point of points) {
    const day = shanghaiDay(point.at);
    const last = index.day.length - 1;
    if (index.day[last] === day) {
      index.low[last] = Math.min(index.low[last] ?? point.fen, point.fen);
      index.high[last] = Math.max(index.high[last] ?? point.fen, point.fen);
      index.n[last] = (index.n[last] ?? 0) + 1;
    } else {
      index.day.push(day);
      index.low.push(point.fen);
      index.high.push(point.fen);
      index.n.push(1);
    }
  }
  return index;
}

/** The window's low and count from the day index, and the all-time high. */
export function summariseDayIndex(
  index: DayIndex,
  nowMs: number,
  lookbackDays: number,
): HistorySummary {
  const { fromDay, toDay } = lookbackWindow(nowMs, lookbackDays);
  let lowFen: number | null = null;
  let count = 0;
  for (let position = 0; position < index.day.length; position += 1) {
    const day = index.day[position] as string;
    if (day < fromDay || day > toDay) continue;
    const low = index.low[position] as number;
    if (lowFen === null || low < lowFen) lowFen = low;
    count += index.n[position] ?? 0;
  }
  return { lowFen, highFen: index.top, count };
}

function toPoints(series: StoredSeries | null): StoredPoint[] {
  if (!series) return [];
  return series.at.map((atSeconds, index) => ({
    at: atSeconds * 1000,
    fen: series.fen[index] ?? 0,
    pageKind: pageKinds[series.kind[index] ?? 0] ?? 'detail',
    source: observationSources[series.src[index] ?? 0] ?? 'page',
  }));
}

function toSeries(points: readonly StoredPoint[]): StoredSeries {
  return {
    at: points.map((point) => Math.floor(point.at / 1000)),
    fen: points.map((point) => point.fen),
    kind: points.map((point) => Math.max(0, pageKinds.indexOf(point.pageKind))),
    src: points.map((point) => Math.max(0, observationSources.indexOf(point.source))),
  };
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
  '来源 source',
];

export function createPriceHistoryStore() {
  const withLock = createKeyedLock();

  async function readSeries(itemId: string): Promise<StoredSeries | null> {
    return storage.getItem<StoredSeries>(itemKey(itemId));
  }

  /** Stores new sightings; returns how many were new (not duplicates, not outside the window). */
  async function record(
    observations: readonly Observation[],
    lookbackDays: number,
    nowMs: number,
  ): Promise<number> {
    const byItem = new Map<string, Observation[]>();
    for (const observation of observations) {
      const list = byItem.get(observation.itemId);
      if (list) list.push(observation);
      else byItem.set(observation.itemId, [observation]);
    }
    let stored = 0;
    await Promise.all(
      [...byItem].map(([itemId, incoming]) =>
        withLock(itemId, async () => {
          const existing = toPoints(await readSeries(itemId));
          const fresh = incoming.map((observation): StoredPoint => ({
            // Whole seconds, as stored: a repeat must compare equal to what is on disk.
            at: Math.floor(observation.at / 1000) * 1000,
            fen: observation.fen,
            pageKind: observation.pageKind,
            source: observation.source,
          }));
          // Existing points come first, so of two equal sightings the new one is the repeat.
          const kept = mergeObservations(existing, fresh, {
            nowMs,
            lookbackDays,
            intervalMs: dedupeWindowMs,
          });
          const freshSet = new Set(fresh);
          const freshKept = kept.filter((point) => freshSet.has(point)).length;
          if (freshKept === 0 && kept.length === existing.length) return;
          stored += freshKept;
          // One set call for both keys: the index never describes other points than the series.
          await storage.setItems([
            { key: itemKey(itemId), value: toSeries(kept) },
            { key: dayIndexKey(itemId), value: toDayIndex(kept) },
          ]);
        }),
      ),
    );
    return stored;
  }

  async function history(
    itemId: string,
    lookbackDays: number,
    nowMs: number,
  ): Promise<PriceHistory> {
    const points = pointsInWindow(toPoints(await readSeries(itemId)), nowMs, lookbackDays).map(
      ({ at, fen }) => ({ at, fen }),
    );
    const { lowFen, highFen, count } = historicalLow(points, nowMs, lookbackDays);
    return { itemId, points, lowFen, highFen, count, lookbackDays };
  }

  /**
   * What the worker fills a request with: the low and count over the window (D-LOW90), and the
   * highest price ever observed (D-ORIG is all-time; pruning keeps that point on purpose). The hot
   * query of every evaluation, so it reads the small day index, not the series.
   */
  async function summary(
    itemId: string,
    lookbackDays: number,
    nowMs: number,
  ): Promise<HistorySummary> {
    const found = await summaries([itemId], lookbackDays, nowMs);
    return found.get(itemId) ?? { lowFen: null, highFen: null, count: 0 };
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
      if (index) found.set(itemId, summariseDayIndex(index, nowMs, lookbackDays));
      else unindexed.push(itemId);
    });
    if (unindexed.length === 0) return found;
    // A series written without its index (e.g. restored from a backup): answer from the series.
    const series = await storage.getItems(unindexed.map(itemKey));
    unindexed.forEach((itemId, position) => {
      const points = toPoints((series[position]?.value as StoredSeries | null | undefined) ?? null);
      if (points.length === 0) return;
      const { lowFen, count } = historicalLow(points, nowMs, lookbackDays);
      found.set(itemId, { lowFen, highFen: historicalHigh(points).highFen, count });
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
    return removed;
  }

  return {
    record,
    history,
    summary,
    summaries,
    itemIds,
    exportCsv,
    clear,
    readPoints: async (itemId: string) => toPoints(await readSeries(itemId)),
  };
}
export type PriceHistoryStore = ReturnType<typeof createPriceHistoryStore>;
