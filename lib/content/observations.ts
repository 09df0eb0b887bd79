/**
 * Every price seen is recorded for the historical low (SPEC §8). Observations go out WITH the
 * page's next question to the worker (`take()`), or at once on their own (`flush()`): never after
 * a timer, so a tab closed right after its first badge still leaves its prices (Firefox tears the
 * messaging channel down on close; a 300 ms timer lost them).
 *
 * Bounded whatever the page does: per item and price kind the latest pending price only (a
 * superseded one is dropped), at most one sent a minute (the worker keeps no more), and at most
 * `maxItemsPerPage` distinct items per page load (a page inventing new ids every frame adds
 * ≈ 190 bytes of storage each: 2 000 items, 375 KB a page load, measured in `npm run bench`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isItemId } from '@/core/facts/item-id';
import { minGapMs } from '@/core/history';
import type { Observation, PriceHistory, PriceKind } from '@/core/messages';
import type { PageKind } from '@/core/settings';
import type { Send } from './env';
import { logOnce } from './log';

/** The worker keeps at most one observation per item and kind per `minGapMs`: sending more is waste. */
export const sendGapMs = minGapMs;
/** Distinct items one page load may record. */
export const maxItemsPerPage = 2_000;

export interface ObservationRecorder {
  record(
    itemId: string,
    fen: number,
    pageKind: PageKind,
    priceKind: PriceKind,
    source?: Observation['source'],
  ): void;
  /** The observations due now, to send with a question (they leave the queue). */
  take(): Observation[];
  /** Sends what is due now in a `record-observations` message of its own. */
  flush(): void;
}

export function createObservationRecorder(
  ctx: ContentScriptContext,
  send: Send,
  now: () => number,
): ObservationRecorder {
  /** Per item, kind and source: the last price sent (or queued), and when it was sent. */
  const sent = new Map<string, { fen: number; at: number }>();
  const pending = new Map<string, Observation>();
  const items = new Set<string>();
  let timer: number | null = null;

  const take = (): Observation[] => {
    const due: Observation[] = [];
    const at = now();
    let wait = Infinity;
    for (const [key, observation] of pending) {
      const last = sent.get(key);
      const readyAt = last ? last.at + sendGapMs : at;
      if (readyAt > at) {
        wait = Math.min(wait, readyAt - at);
        continue;
      }
      pending.delete(key);
      sent.set(key, { fen: observation.fen, at });
      due.push(observation);
    }
    // A price changed within the minute goes out when its minute is over.
    if (wait !== Infinity && timer === null && !ctx.isInvalid) {
      timer = ctx.setTimeout(() => {
        timer = null;
        flush();
      }, wait);
    }
    return due;
  };

  const flush = () => {
    if (ctx.isInvalid) return;
    const observations = take();
    if (observations.length === 0) return;
    send({ type: 'record-observations', observations }).catch((error: unknown) =>
      logOnce('record-observations', error),
    );
  };

  return {
    record(itemId, fen, pageKind, priceKind, source = 'page') {
      // Digits only, as the worker takes them (core/messages `itemId`): one bad id must not get
      // the whole batch refused.
      if (!Number.isSafeInteger(fen) || fen < 0 || !isItemId(itemId)) return;
      if (!items.has(itemId)) {
        if (items.size >= maxItemsPerPage) return;
        items.add(itemId);
      }
      const key = `${itemId}|${priceKind}|${source}`;
      if ((pending.get(key) ?? sent.get(key))?.fen === fen) return;
      pending.set(key, { itemId, fen, at: now(), pageKind, priceKind, source });
    },
    take,
    flush,
  };
}

/** Price history per item, asked for once and shared by every badge of that item. */
export function createHistoryCache(send: Send): (itemId: string) => Promise<PriceHistory | null> {
  const cache = new Map<string, Promise<PriceHistory | null>>();
  return (itemId) => {
    let history = cache.get(itemId);
    if (!history) {
      history = send({ type: 'price-history', itemId }).catch((error: unknown) => {
        logOnce('price-history', error);
        cache.delete(itemId);
        return null;
      });
      cache.set(itemId, history);
    }
    return history;
  };
}
