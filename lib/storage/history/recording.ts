/**
 * Recording sightings: per item and price kind at most one a minute, the same price once per 10
 * minutes (the same price seen again within that window is the same sighting, not new evidence),
 * none stamped more than a day ahead of the worker's clock (refused and counted).
 */
import { maxFutureMs, mergeObservations } from '@/core/history';
import type { Observation } from '@/core/messages';
import type { KeyedLock } from './keyed-lock';
import { readItem, writeItem } from './item-writes';
import { toPoints } from './migration';
import type { StoredPoint } from './stored-format';
import type { UsageCountsStore } from './usage-counts';

/** The same price seen again within this window is the same sighting, not new evidence. */
export const dedupeWindowMs = 10 * 60_000;

/** What a record call did: points kept, and observations refused (stamped more than a day ahead). */
export interface RecordResult {
  stored: number;
  refused: number;
}

export function createRecorder(deps: {
  withLock: KeyedLock;
  counts: UsageCountsStore;
  /** Run after the writes: the daily sweep and eviction over budget (./budget.ts). */
  keepInBudget: (lookbackDays: number, nowMs: number) => Promise<void>;
}) {
  const { withLock, counts, keepInBudget } = deps;

  /** The observations of one item merged into what is stored; answers how many were kept. */
  const recordItem = (
    itemId: string,
    incoming: readonly Observation[],
    lookbackDays: number,
    nowMs: number,
  ) =>
    withLock(itemId, async () => {
      const before = await readItem(itemId);
      const existing = toPoints(before.series);
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
      if (freshKept === 0 && kept.length === existing.length) return 0;
      await writeItem(itemId, before, kept, counts);
      return freshKept;
    });

  return async function record(
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
    // Loaded before the first write, so each write carries the totals with it.
    await counts.current();
    const kept = await Promise.all(
      [...byItem].map(([itemId, incoming]) => recordItem(itemId, incoming, lookbackDays, nowMs)),
    );
    await keepInBudget(lookbackDays, nowMs);
    return { stored: kept.reduce((sum, count) => sum + count, 0), refused };
  };
}
