/**
 * Keeping the history within its byte budget. Over budget, items seen only once go first (a page
 * inventing ids must not push out real histories), then the least recently seen, until the total
 * is 90 % of the budget. Once a day the sweep shrinks every item whose last sighting left the
 * look-back window to the one point D-ORIG needs (its all-time high), and recounts the totals.
 * Both run a census (./usage-counts.ts): a chunk at a time, never one read of everything.
 */
import { lookbackWindow, prune } from '@/core/history';
import type { KeyedLock } from './keyed-lock';
import { readItem, removeItem, writeItem } from './item-writes';
import { toPoints } from './migration';
import type { UsageCountsStore } from './usage-counts';

/** History's byte budget (with `unlimitedStorage`; see price-history.ts for the measured grounds). */
export const historyBudgetBytes = 64 * 1024 * 1024;
/** Eviction frees down to this share of the budget, so it does not run again on the next write. */
const evictToShare = 0.9;
/** How often the sweep recounts the bytes and shrinks the items not seen within the window. */
const sweepIntervalMs = 24 * 3_600_000;

export function createBudgetKeeper(deps: {
  budgetBytes: number;
  withLock: KeyedLock;
  counts: UsageCountsStore;
}) {
  const { budgetBytes, withLock, counts } = deps;
  let evicting: Promise<void> | null = null;
  let sweeping: Promise<void> | null = null;

  async function evict(): Promise<void> {
    const once = (points: number) => (points <= 1 ? 0 : 1);
    const items = [...(await counts.census())].sort(
      (a, b) => once(a[1].points) - once(b[1].points) || a[1].lastSeenMs - b[1].lastSeenMs,
    );
    let bytes = items.reduce((sum, [, item]) => sum + item.bytes, 0);
    const gone: string[] = [];
    for (const [itemId, item] of items) {
      if (bytes <= budgetBytes * evictToShare) break;
      gone.push(itemId);
      bytes -= item.bytes;
    }
    // One at a time: a tab's verdict question waits for one removal, not for all of them.
    for (const itemId of gone) await withLock(itemId, () => removeItem(itemId, counts));
  }

  async function sweep(lookbackDays: number, nowMs: number): Promise<void> {
    const { startMs } = lookbackWindow(nowMs, lookbackDays);
    for (const [itemId, item] of await counts.census()) {
      if (item.lastSeenMs >= startMs) continue;
      await withLock(itemId, async () => {
        const before = await readItem(itemId);
        const points = toPoints(before.series);
        const kept = prune(points, nowMs, lookbackDays);
        if (kept.length === points.length) return;
        await writeItem(itemId, before, kept, counts);
      });
    }
    await counts.markSwept(nowMs);
    if ((counts.known()?.bytes ?? 0) > budgetBytes) await evict();
  }

  /** After a write: a sweep once a day, an eviction when over budget; one of each at a time. */
  function keepInBudget(lookbackDays: number, nowMs: number): Promise<void> {
    const known = counts.known();
    if (!known) return Promise.resolve();
    if (!sweeping && nowMs - known.sweptAt >= sweepIntervalMs) {
      sweeping = sweep(lookbackDays, nowMs).finally(() => (sweeping = null));
      return sweeping;
    }
    if (!evicting && !sweeping && known.bytes > budgetBytes) {
      evicting = evict().finally(() => (evicting = null));
      return evicting;
    }
    return sweeping ?? evicting ?? Promise.resolve();
  }

  return { keepInBudget, sweep };
}
