/**
 * Every price the extension has seen, per item (SPEC §8).
 *
 * Why storage.local and not IndexedDB: the only hot query is "the low of ONE item", and with one
 * key per item (`local:history:<itemId>`) that is one get of one small value. Stored as parallel
 * arrays in epoch seconds an observation costs 21 bytes of JSON (measured: 10 000 → 210 KB;
 * as an array of objects it would be 99 bytes), so storage.local's 10 MB quota holds ≈ 475 000
 * observations — after the 10-minute de-duplication and the look-back pruning, far more than one
 * merchant's browsing produces. IndexedDB would add a schema with its own versioning and a
 * transaction per query for no gain at this size; the options page's "all items" export is the
 * only full scan and is rare. Timings: test/lib/worker.bench.ts (low of a 10 000-observation item
 * read from storage: 0.2 ms mean; the in-memory scan alone: 0.03 ms).
 */
import { storage } from 'wxt/utils/storage';
import { historicalHigh, historicalLow, mergeObservations, pointsInWindow } from '@/core/history';
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

const itemKey = (itemId: string) => `local:${historyKeyPrefix}${itemId}` as const;

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
    const points = pointsInWindow(toPoints(await readSeries(itemId)), nowMs, lookbackDays).map(
      ({ at, fen }) => ({ at, fen }),
    );
    const { lowFen, highFen, count } = historicalLow(points, nowMs, lookbackDays);
    return { itemId, points, lowFen, highFen, count, lookbackDays };
  }

  /**
   * What the worker fills a request with: the low and count over the window (D-LOW90), and the
   * highest price ever observed (D-ORIG is all-time; pruning keeps that point on purpose).
   */
  async function summary(itemId: string, lookbackDays: number, nowMs: number) {
    const series = await readSeries(itemId);
    if (!series) return { lowFen: null, highFen: null, count: 0 };
    const points = series.at.map((atSeconds, index) => ({
      at: atSeconds * 1000,
      fen: series.fen[index] ?? 0,
    }));
    const { lowFen, count } = historicalLow(points, nowMs, lookbackDays);
    return { lowFen, highFen: historicalHigh(points).highFen, count };
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
          formatShanghaiTime(point.at),
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
