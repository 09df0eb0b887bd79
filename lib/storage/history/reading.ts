/**
 * Reading recorded prices: the hot query (an item's `sale` low and count over the window and its
 * all-time high, for D-LOW90 and D-ORIG), an item's points for the options page, the item list
 * and the CSV export.
 */
import { storage } from 'wxt/utils/storage';
import { csvRow } from '@/core/csv';
import { historicalHigh, historicalLow, lookbackWindow, pointsInWindow } from '@/core/history';
import type { PriceHistory } from '@/core/messages';
import { formatFen } from '@/core/money';
import { listStoredKeys } from '../stored-keys';
import { isCurrentDayIndex, toPoints } from './migration';
import {
  dayIndexKey,
  isSale,
  itemIdOfKey,
  itemKey,
  type DayIndex,
  type StoredPoint,
  type StoredSeries,
} from './stored-format';

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

const noHistory: HistorySummary = { lowFen: null, highFen: null, count: 0, otherCount: 0 };

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

const readSeries = (itemId: string): Promise<StoredSeries | null> =>
  storage.getItem<StoredSeries>(itemKey(itemId));

export const readPoints = async (itemId: string) => toPoints(await readSeries(itemId));

/** An item's points in the window with the low, high and count the checks use (options page). */
export async function readHistory(
  itemId: string,
  lookbackDays: number,
  nowMs: number,
): Promise<PriceHistory> {
  const inWindow = pointsInWindow(await readPoints(itemId), nowMs, lookbackDays);
  const { lowFen, highFen, count } = summarisePoints(inWindow, nowMs, lookbackDays);
  const points = inWindow.map(({ at, fen, priceKind }) => ({ at, fen, kind: priceKind }));
  return { itemId, points, lowFen, highFen, count, lookbackDays };
}

/**
 * What the worker fills a request with, for a whole batch in two storage reads, not two per item
 * (a 200-item cart made 400 storage round trips before its verdicts could go out): the `sale`
 * low and count over the window (D-LOW90), and the highest price ever observed (D-ORIG is
 * all-time; pruning keeps that point on purpose). The hot query of every evaluation, so it reads
 * the small day index, not the series.
 */
export async function readSummaries(
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
    if (isCurrentDayIndex(index)) found.set(itemId, summariseDayIndex(index, nowMs, lookbackDays));
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

export async function readSummary(
  itemId: string,
  lookbackDays: number,
  nowMs: number,
): Promise<HistorySummary> {
  return (await readSummaries([itemId], lookbackDays, nowMs)).get(itemId) ?? noHistory;
}

/** Every recorded item, from the stored keys alone (no value is read). */
export async function readItemIds(): Promise<string[]> {
  return (await listStoredKeys()).flatMap((key) => itemIdOfKey(key) ?? []);
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

const historyCsvHeader = [
  '商品ID item id',
  '时间(北京时间) time (Asia/Shanghai)',
  '价格(¥) price',
  '页面 page kind',
  '价格类型 price kind',
  '来源 source',
];

/** UTF-8 with a BOM so Excel shows the Chinese headers; one row per observation. */
export async function exportHistoryCsv(): Promise<{ csv: string; rows: number }> {
  const lines = [csvRow(historyCsvHeader)];
  for (const itemId of (await readItemIds()).sort()) {
    for (const point of await readPoints(itemId)) {
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
