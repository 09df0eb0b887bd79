/**
 * A content-script test bench: a real WXT context, the real shadow-root mounting, and a stub worker
 * that answers `evaluate` with the REAL core (so badges show real verdicts) and records every
 * message, so tests can hold the message count to what the design promises.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageType, Observation, PriceHistory } from '@/core/messages';
import { defaultPack } from '@/core/pack';
import { defaultSettings, type PageKind, type Settings } from '@/core/settings';
import type { ContentEnv, Send } from '@/lib/content/env';
import { shadowMounter } from '@/lib/content/mount';
import { createHistoryCache, createObservationRecorder } from '@/lib/content/observations';
import { createSettingsStore } from '@/lib/content/settings-store';
import { WorkerError, type OutgoingMessage } from '@/lib/messaging';
import { createWorker, type Worker } from '@/lib/worker/handlers';
import { deepMerge } from '@/lib/storage/settings';
import { evaluateBatch, toVerdicts, type BatchContext } from '@/lib/worker/evaluate-batch';

/** An evaluation day inside the 2023 campaign, so the program windows are open. */
export const CAMPAIGN_DAY = new Date('2023-02-20T04:00:00Z');

export interface StubWorker {
  send: Send;
  messages: OutgoingMessage[];
  settings: Settings;
  of<T extends MessageType>(type: T): Extract<OutgoingMessage, { type: T }>[];
  /** Every observation sent, with a question or on its own, in order. */
  observations(): Observation[];
  fail: boolean;
}

/** The worker's own batch code, with no stored profile and no recorded history. */
function batchContext(
  message: { pageKind?: PageKind; dailyFrom100?: boolean },
  settings: Settings,
): BatchContext {
  return {
    settings,
    pack: defaultPack,
    nowMs: CAMPAIGN_DAY.getTime(),
    pageKind: message.pageKind,
    dailyFrom100: message.dailyFrom100,
    historiesOf: async () => new Map(),
  };
}

export function stubWorker(settings: Settings = structuredClone(defaultSettings)): StubWorker {
  const worker: StubWorker = {
    messages: [],
    settings,
    fail: false,
    of: (type) => worker.messages.filter((message) => message.type === type) as never,
    observations: () =>
      worker.messages.flatMap((message) =>
        'observations' in message ? ((message.observations ?? []) as Observation[]) : [],
      ),
    send: (async (message: OutgoingMessage) => {
      worker.messages.push(structuredClone(message));
      if (worker.fail) throw new Error('worker down');
      switch (message.type) {
        case 'evaluate':
          return evaluateBatch(message.requests, batchContext(message, worker.settings));
        case 'verdicts':
          return (
            await evaluateBatch(message.requests, batchContext(message, worker.settings))
          ).map(toVerdicts);
        case 'get-settings':
          return worker.settings;
        case 'set-settings':
          worker.settings = deepMerge(worker.settings, message.patch) as Settings;
          return worker.settings;
        case 'record-observations':
          return { stored: message.observations.length, refused: 0 };
        case 'price-history':
          return {
            itemId: message.itemId,
            points: [{ at: CAMPAIGN_DAY.getTime(), fen: 100, kind: 'sale' }],
            lowFen: 100,
            highFen: 100,
            count: 1,
            lookbackDays: 180,
          } satisfies PriceHistory;
        default:
          throw new Error(`unexpected ${message.type}`);
      }
    }) as Send,
  };
  return worker;
}

/** The REAL worker handlers over WXT's fake browser storage, with every message kept. */
export interface RealWorker {
  send: Send;
  messages: OutgoingMessage[];
  worker: Worker;
  of<T extends MessageType>(type: T): Extract<OutgoingMessage, { type: T }>[];
}

export function realWorker(clock: () => number = () => CAMPAIGN_DAY.getTime()): RealWorker {
  const worker = createWorker(undefined, clock);
  const messages: OutgoingMessage[] = [];
  return {
    worker,
    messages,
    of: (type) => messages.filter((message) => message.type === type) as never,
    send: (async (message: OutgoingMessage) => {
      messages.push(structuredClone(message));
      const reply = await worker.handle(structuredClone(message));
      if (!reply.ok) throw new WorkerError(message.type, reply.error, reply.issues);
      return reply.data;
    }) as Send,
  };
}

export function testEnv(worker: Pick<StubWorker, 'send'>, url: string): ContentEnv {
  const ctx = new ContentScriptContext('kuaishou-test');
  const now = () => CAMPAIGN_DAY.getTime();
  return {
    ctx,
    send: worker.send,
    settings: createSettingsStore(ctx, worker.send),
    recorder: createObservationRecorder(ctx, worker.send, now),
    history: createHistoryCache(worker.send),
    mount: shadowMounter(),
    doc: document,
    url: () => url,
    now,
  };
}

export function badgeHosts(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('ks-check-badge'));
}

export function panelHost(): HTMLElement | null {
  return document.querySelector<HTMLElement>('ks-check-panel');
}
