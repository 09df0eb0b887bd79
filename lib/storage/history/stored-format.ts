/**
 * How one item's history is stored (v2): its keys, the compact series and the per-day index, and
 * what they cost in bytes as Chrome's quota counts them. Reading older versions: ./migration.ts.
 */
import { historicalHigh } from '@/core/history';
import { shanghaiDay } from '@/core/dates';
import { pageKinds, type PageKind } from '@/core/settings';
import type { StoredPriceKind } from '@/core/messages';

const historyKeyPrefix = 'history:';
const dayIndexPrefix = 'history-days:';
export const observationSources = ['page', 'page-low', 'merchant'] as const;
type ObservationSource = (typeof observationSources)[number];
/** Index 0 is what a v1 point off the goods list was not: its kind is unknown. */
export const storedPriceKinds = [
  'unknown',
  'sale',
  'activity',
] as const satisfies StoredPriceKind[];

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

export const itemKey = (itemId: string) => `local:${historyKeyPrefix}${itemId}` as const;
export const dayIndexKey = (itemId: string) => `local:${dayIndexPrefix}${itemId}` as const;

/** The item id of a stored key, or null for any other key (WXT's `…$` metadata keys too). */
export function itemIdOfKey(storedKey: string): string | null {
  if (!storedKey.startsWith(historyKeyPrefix) || storedKey.endsWith('$')) return null;
  return storedKey.slice(historyKeyPrefix.length);
}

export const isSale = (point: StoredPoint) => point.priceKind === 'sale';

/** Built from the points being written (sorted oldest first), so it always matches them. */
export function toDayIndex(points: readonly StoredPoint[]): DayIndex {
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

export function toSeries(points: readonly StoredPoint[]): StoredSeries {
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

export function itemBytes(
  itemId: string,
  series: StoredSeries | null,
  index: DayIndex | null,
): number {
  const stored = (key: string) => key.slice('local:'.length);
  return bytesOf(stored(itemKey(itemId)), series) + bytesOf(stored(dayIndexKey(itemId)), index);
}
