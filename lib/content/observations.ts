/**
 * Every price seen is recorded for the historical low (SPEC §8): batched, one
 * `record-observations` message per flush, and each (item, price, source) only once per page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Observation, PriceHistory } from '@/core/messages';
import type { PageKind } from '@/core/settings';
import type { Send } from './env';
import { logOnce } from './log';

export interface ObservationRecorder {
  record(itemId: string, fen: number, pageKind: PageKind, source?: Observation['source']): void;
  /** Sends what is queued now (also done on a timer and when the context ends). */
  flush(): void;
}

export function createObservationRecorder(
  ctx: ContentScriptContext,
  send: Send,
  now: () => number,
  delayMs = 300,
): ObservationRecorder {
  const seen = new Set<string>();
  let queue: Observation[] = [];
  let timer: number | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (queue.length === 0 || ctx.isInvalid) return;
    const observations = queue;
    queue = [];
    send({ type: 'record-observations', observations }).catch((error: unknown) =>
      logOnce('record-observations', error),
    );
  };

  // A merchant glancing at a page and closing it must still leave its prices in the history.
  const onHide = () => {
    if (document.visibilityState !== 'visible') flush();
  };
  ctx.addEventListener(window, 'pagehide', flush);
  ctx.addEventListener(document, 'visibilitychange', onHide);

  return {
    record(itemId, fen, pageKind, source = 'page') {
      // Digits only, as the worker takes them (core/messages `itemId`): one bad id must not get
      // the whole batch refused.
      if (!Number.isSafeInteger(fen) || fen < 0 || !/^\d{1,30}$/.test(itemId)) return;
      const key = `${itemId}|${fen}|${source}`;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ itemId, fen, at: now(), pageKind, source });
      timer ??= ctx.setTimeout(flush, delayMs);
    },
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
