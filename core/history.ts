/**
 * Recorded prices of one item (SPEC §8): the historical low over a look-back window, the highest
 * ever observed (D-ORIG), and the pure store operations the worker applies before saving.
 *
 * The look-back window is `lookbackDays` Shanghai calendar days ending today, both ends included:
 * with 180 days on 2023-06-30 it runs from 2023-01-02 00:00 to 2023-06-30 24:00 UTC+8, so the day
 * exactly 180 days ago (2023-01-01) is out — "近30天" on the pages counts today as one of the 30.
 * A point stamped after today (a clock that was ahead) is outside the window.
 *
 * D-ORIG's "higher than any price ever observed" is all time: `historicalHigh` takes every point,
 * and `prune` keeps the highest point even when it has left the window, so pruning never forgets it.
 *
 * Points with a non-integer or negative fen, or a non-finite time, are ignored everywhere.
 */
import { addDays, shanghaiDay, shanghaiDayStartMs } from './dates';

export interface PricePoint {
  fen: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface LookbackWindow {
  fromDay: string;
  toDay: string;
  /** Window start, inclusive (epoch ms). */
  startMs: number;
  /** Window end, exclusive: the start of tomorrow in Shanghai. */
  endMs: number;
}

export interface HistoricalRange {
  lowFen: number | null;
  highFen: number | null;
  /** Observations inside the window. */
  count: number;
}

function isValidPoint(point: PricePoint): boolean {
  return Number.isSafeInteger(point.fen) && point.fen >= 0 && Number.isFinite(point.at);
}

export function lookbackWindow(nowMs: number, lookbackDays: number): LookbackWindow {
  if (!Number.isInteger(lookbackDays) || lookbackDays < 1) {
    throw new RangeError(`lookbackDays must be a whole number ≥ 1, got ${lookbackDays}`);
  }
  const toDay = shanghaiDay(nowMs);
  const fromDay = addDays(toDay, 1 - lookbackDays);
  return {
    fromDay,
    toDay,
    startMs: shanghaiDayStartMs(fromDay),
    endMs: shanghaiDayStartMs(addDays(toDay, 1)),
  };
}

/** Lowest and highest price inside the look-back window, in any order of points: one pass. */
export function historicalLow(
  points: readonly PricePoint[],
  nowMs: number,
  lookbackDays: number,
): HistoricalRange {
  const { startMs, endMs } = lookbackWindow(nowMs, lookbackDays);
  let lowFen = Infinity;
  let highFen = -Infinity;
  let count = 0;
  for (const point of points) {
    if (point.at < startMs || point.at >= endMs || !isValidPoint(point)) continue;
    count += 1;
    if (point.fen < lowFen) lowFen = point.fen;
    if (point.fen > highFen) highFen = point.fen;
  }
  return count === 0 ? { lowFen: null, highFen: null, count } : { lowFen, highFen, count };
}

/** The highest price ever observed (all time, for D-ORIG) and how many points it rests on. */
export function historicalHigh(points: readonly PricePoint[]): {
  highFen: number | null;
  count: number;
} {
  let highFen: number | null = null;
  let count = 0;
  for (const point of points) {
    if (!isValidPoint(point)) continue;
    count += 1;
    if (highFen === null || point.fen > highFen) highFen = point.fen;
  }
  return { highFen, count };
}

/** Valid points, oldest first (a copy; equal times keep their order). */
export function sortByTime<T extends PricePoint>(points: readonly T[]): T[] {
  return points.filter(isValidPoint).sort((a, b) => a.at - b.at);
}

/** In points sorted oldest first: the index of the first point at or after `atMs`. */
export function firstIndexAtOrAfter(sorted: readonly PricePoint[], atMs: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as PricePoint).at < atMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The window's points of a store kept sorted oldest first: two binary searches, no scan. */
export function pointsInWindow<T extends PricePoint>(
  sorted: readonly T[],
  nowMs: number,
  lookbackDays: number,
): T[] {
  const { startMs, endMs } = lookbackWindow(nowMs, lookbackDays);
  return sorted.slice(firstIndexAtOrAfter(sorted, startMs), firstIndexAtOrAfter(sorted, endMs));
}

/**
 * What to keep in storage: every point from the window start on (up to a day ahead, so a clock
 * that was a little ahead loses nothing), plus the all-time highest point (its latest sighting) so D-ORIG keeps
 * its memory. Oldest first.
 */
export function prune<T extends PricePoint>(
  points: readonly T[],
  nowMs: number,
  lookbackDays: number,
): T[] {
  // A point stamped more than a day ahead is a broken clock, not a price: kept, it would be the
  // item's all-time high forever.
  const sorted = sortByTime(points).filter((point) => point.at <= nowMs + maxFutureMs);
  const start = firstIndexAtOrAfter(sorted, lookbackWindow(nowMs, lookbackDays).startMs);
  const kept = sorted.slice(start);
  let highest: T | undefined;
  for (const point of sorted) if (!highest || point.fen >= highest.fen) highest = point;
  if (highest && !kept.some((point) => point.fen >= (highest as T).fen)) kept.unshift(highest);
  return kept;
}

/** Whatever the price, an item keeps at most one observation of a kind per minute (flooding pages). */
export const minGapMs = 60_000;

/** How far ahead of the worker's clock an observation may be stamped; later ones are refused. */
export const maxFutureMs = 86_400_000;

/**
 * What is kept, oldest first. Stored points always stay (a migration or a new rule never drops
 * what is on disk); a new point is dropped when the last kept point of its group (an item's
 * price kind) is less than `gapMs` before it whatever the price — a flooding page adds at most one
 * point a minute — or is the same price less than `intervalMs` before it.
 */
export function dedupe<T extends PricePoint>(
  points: readonly T[],
  intervalMs: number,
  options: { groupOf?: (point: T) => string; gapMs?: number; stored?: ReadonlySet<T> } = {},
): T[] {
  const { groupOf = () => '', gapMs = minGapMs, stored } = options;
  const kept: T[] = [];
  const lastOf = new Map<string, T>();
  for (const point of sortByTime(points)) {
    const group = groupOf(point);
    const last = lastOf.get(group);
    const repeat =
      last !== undefined &&
      (point.at - last.at < gapMs || (last.fen === point.fen && point.at - last.at < intervalMs));
    if (repeat && !stored?.has(point)) continue;
    kept.push(point);
    lastOf.set(group, point);
  }
  return kept;
}

/**
 * The worker's whole write path: new observations merged in (none stamped more than a day ahead),
 * repeats dropped, old ones pruned.
 */
export function mergeObservations<T extends PricePoint>(
  stored: readonly T[],
  incoming: readonly T[],
  options: {
    nowMs: number;
    lookbackDays: number;
    intervalMs: number;
    groupOf?: (point: T) => string;
  },
): T[] {
  const notFuture = incoming.filter((point) => point.at <= options.nowMs + maxFutureMs);
  const merged = dedupe([...stored, ...notFuture], options.intervalMs, {
    groupOf: options.groupOf,
    stored: new Set(stored),
  });
  return prune(merged, options.nowMs, options.lookbackDays);
}
