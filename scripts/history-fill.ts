/**
 * Fills the price history the way a merchant's pages do — through the worker's own
 * `record-observations` message — to a given size: items seen once a day at a wandering price over
 * the 180-day window (≈ 9.5 KB an item). For `npm run bench:storage` and the budget e2e spec.
 */
import type { Observation } from '../core/messages';

export const daysSeen = 180;
/** 27 items × 180 days per message: under the worker's 5 000 observations a message. */
const itemsPerMessage = 27;

export const filledItemId = (index: number) => `2589${String(index).padStart(8, '0')}`;

export interface HistoryUsage {
  bytes: number;
  items: number;
}

/** Items `from`…`to`-1, each seen once a day over the window ending `nowMs`. */
function dailySightings(from: number, to: number, nowMs: number): Observation[] {
  const observations: Observation[] = [];
  for (let index = from; index < to; index += 1) {
    for (let back = 0; back < daysSeen; back += 1) {
      observations.push({
        itemId: filledItemId(index),
        fen: 9_900 + ((index * 7 + back * 13) % 5_000),
        at: nowMs - back * 86_400_000 - index * 1_000,
        pageKind: 'goods-list',
        priceKind: 'sale',
        source: 'page',
      });
    }
  }
  return observations;
}

/**
 * Sends record messages (two in flight, as two busy tabs would) until the history holds `bytes`:
 * a first batch says how big an item is, then the rest. Answers the worker's usage at the end.
 */
export async function fillHistory(
  send: (message: object) => Promise<void>,
  usage: () => Promise<HistoryUsage>,
  bytes: number,
): Promise<HistoryUsage> {
  let next = 0;
  const record = (from: number) =>
    send({
      type: 'record-observations',
      observations: dailySightings(from, from + itemsPerMessage, Date.now()),
    });
  const batch = async (count: number) => {
    for (let sent = 0; sent < count; sent += 2 * itemsPerMessage) {
      const from = next;
      next += 2 * itemsPerMessage;
      await Promise.all([record(from), record(from + itemsPerMessage)]);
    }
  };
  await batch(270);
  const perItem = (await usage()).bytes / next;
  await batch(Math.ceil(bytes / perItem) - next);
  return usage();
}
