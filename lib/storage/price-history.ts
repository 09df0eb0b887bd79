/**
 * Every price the extension has seen, per item (SPEC §8).
 *
 * Why storage.local and not IndexedDB: the only hot query is "the low of ONE item", and with one
 * key per item (`local:history:<itemId>`) that is a single small get — ~21 bytes per observation
 * as parallel arrays, so even an item with 10 000 observations is ~210 KB, read in one call.
 * IndexedDB would need an index scan and a transaction per query, is awkward in MV3 workers on
 * Firefox private windows, and buys nothing until the store nears storage.local's 10 MB quota
 * (≈ 400 000 observations after the 10-minute de-duplication and the look-back pruning — far
 * beyond what one merchant's browsing produces). See test/lib/worker.bench.ts for the timings.
 */
import { storage } from 'wxt/utils/storage';
import { historicalLow } from '@/core/history';
import { formatFen } from '@/core/money';
import { pageKinds, type PageKind } from '@/core/settings';
import type { Observation, PriceHistory } from '@/core/messages';

export const historyKeyPrefix = 'history:';
const observationSources = ['page', 'page-low', 'merchant'] as const;
type ObservationSource = (typeof observationSources)[number];

/** The same price seen again within this window is the same sighting, not new evidence. */
export const dedupeWindowMs = 10 * 60_000;
const dayMs = 86_400_000;

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

export interface StoredPoint {
  atMs: number;
  fen: number;
  pageKind: PageKind;
  source: ObservationSource;
}

const itemKey = (itemId: string) => `local:${historyKeyPrefix}${itemId}` as const;

function toPoints(series: StoredSeries | null): StoredPoint[] {
  if (!series) return [];
  return series.at.map((atSeconds, index) => ({
    atMs: atSeconds * 1000,
    fen: series.fen[index] ?? 0,
    pageKind: pageKinds[series.kind[index] ?? 0] ?? 'detail',
    source: observationSources[series.src[index] ?? 0] ?? 'page',
  }));
}

function toSeries(points: readonly StoredPoint[]): StoredSeries {
  return {
    at: points.map((point) => Math.floor(point.atMs / 1000)),
    fen: points.map((point) => point.fen),
    kind: points.map((point) => Math.max(0, pageKinds.indexOf(point.pageKind))),
    src: points.map((point) => Math.max(0, observationSources.indexOf(point.source))),
  };
}

/**
 * Oldest first; drops a point when the previous kept one has the same price and is less than
 * `dedupeWindowMs` older (a price that changes and changes back is real and kept).
 */
function dedupeSorted(points: readonly StoredPoint[]): StoredPoint[] {
  const kept: StoredPoint[] = [];
  for (const point of points) {
    const previous = kept[kept.length - 1];
    if (previous && previous.fen === point.fen && point.atMs - previous.atMs < dedupeWindowMs) {
      continue;
    }
    kept.push(point);
  }
  return kept;
}

const windowStartMs = (nowMs: number, lookbackDays: number) => nowMs - lookbackDays * dayMs;

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

const shanghaiTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A CSV cell: quoted when it holds a separator, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

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
    const startMs = windowStartMs(nowMs, lookbackDays);
    let stored = 0;
    await Promise.all(
      [...byItem].map(([itemId, incoming]) =>
        withLock(itemId, async () => {
          const existing = toPoints(await readSeries(itemId));
          const fresh = incoming.map((observation): StoredPoint => ({
            atMs: Math.floor(observation.at / 1000) * 1000,
            fen: observation.fen,
            pageKind: observation.pageKind,
            source: observation.source,
          }));
          // Stable sort keeps an existing point ahead of an identical new one, so the new one
          // is the duplicate that goes.
          const merged = [...existing, ...fresh]
            .filter((point) => point.atMs >= startMs)
            .sort((a, b) => a.atMs - b.atMs);
          const kept = dedupeSorted(merged);
          const freshSet = new Set(fresh);
          const freshKept = kept.filter((point) => freshSet.has(point)).length;
          if (freshKept === 0 && kept.length === existing.length) return;
          stored += freshKept;
          await storage.setItem(itemKey(itemId), toSeries(kept));
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
    const startMs = windowStartMs(nowMs, lookbackDays);
    const points = toPoints(await readSeries(itemId))
      .filter((point) => point.atMs >= startMs && point.atMs <= nowMs)
      .map((point) => ({ at: point.atMs, fen: point.fen }));
    const { lowFen, highFen, count } = historicalLow(points, nowMs, lookbackDays);
    return { itemId, points, lowFen, highFen, count, lookbackDays };
  }

  /** Low, high and count only: what the worker needs to fill a request. */
  async function summary(itemId: string, lookbackDays: number, nowMs: number) {
    const series = await readSeries(itemId);
    if (!series) return { lowFen: null, highFen: null, count: 0 };
    const points = series.at.map((atSeconds, index) => ({
      at: atSeconds * 1000,
      fen: series.fen[index] ?? 0,
    }));
    return historicalLow(points, nowMs, lookbackDays);
  }

  async function itemIds(): Promise<string[]> {
    const everything = await storage.snapshot('local');
    return Object.keys(everything)
      .filter((key) => key.startsWith(historyKeyPrefix) && !key.endsWith('$'))
      .map((key) => key.slice(historyKeyPrefix.length));
  }

  /** UTF-8 with a BOM so Excel shows the Chinese headers; one row per observation. */
  async function exportCsv(): Promise<{ csv: string; rows: number }> {
    const lines = [historyCsvHeader.map(csvCell).join(',')];
    for (const itemId of (await itemIds()).sort()) {
      for (const point of toPoints(await readSeries(itemId))) {
        const cells = [
          itemId,
          shanghaiTime.format(point.atMs),
          csvYuan(point.fen),
          point.pageKind,
          point.source,
        ];
        lines.push(cells.map(csvCell).join(','));
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
        await storage.removeItem(itemKey(target));
      });
    }
    return removed;
  }

  return {
    record,
    history,
    summary,
    itemIds,
    exportCsv,
    clear,
    readPoints: async (itemId: string) => toPoints(await readSeries(itemId)),
  };
}
export type PriceHistoryStore = ReturnType<typeof createPriceHistoryStore>;
