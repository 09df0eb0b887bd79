/**
 * One item's two keys read, rewritten or removed — with the running totals changed in the same
 * turn as the storage call, which is what lets a census running meanwhile stay exact
 * (./usage-counts.ts). Callers hold the item's lock.
 */
import { storage } from 'wxt/utils/storage';
import {
  dayIndexKey,
  itemBytes,
  itemKey,
  toDayIndex,
  toSeries,
  type DayIndex,
  type StoredPoint,
  type StoredSeries,
} from './stored-format';
import type { UsageCountsStore } from './usage-counts';

export interface StoredItem {
  series: StoredSeries | null;
  index: DayIndex | null;
}

export async function readItem(itemId: string): Promise<StoredItem> {
  const [series, index] = await storage.getItems([itemKey(itemId), dayIndexKey(itemId)]);
  return {
    series: (series?.value ?? null) as StoredSeries | null,
    index: (index?.value ?? null) as DayIndex | null,
  };
}

const bytesOfItem = (itemId: string, item: StoredItem) =>
  itemBytes(itemId, item.series, item.index);

/** `points` (oldest first) become the item's series and day index. */
export function writeItem(
  itemId: string,
  before: StoredItem,
  points: readonly StoredPoint[],
  counts: UsageCountsStore,
): Promise<void> {
  const after: StoredItem = { series: toSeries(points), index: toDayIndex(points) };
  const totals = counts.change(
    itemId,
    bytesOfItem(itemId, after) - bytesOfItem(itemId, before),
    before.series ? 0 : 1,
  );
  // One set call for both keys and the totals: the index never describes other points than the
  // series, and the totals never miss a write that landed.
  return storage.setItems([
    { key: itemKey(itemId), value: after.series },
    { key: dayIndexKey(itemId), value: after.index },
    ...totals,
  ]);
}

/** Removes the item; answers how many observations went. */
export async function removeItem(itemId: string, counts: UsageCountsStore): Promise<number> {
  const before = await readItem(itemId);
  if (!before.series && !before.index) return 0;
  counts.change(itemId, -bytesOfItem(itemId, before), before.series ? -1 : 0);
  await Promise.all([
    storage.removeItems([itemKey(itemId), dayIndexKey(itemId)]),
    counts.persist(),
  ]);
  return before.series?.at.length ?? 0;
}
