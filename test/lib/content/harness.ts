/**
 * A content-script test bench: a real WXT context, the real shadow-root mounting, and the REAL
 * worker (`createWorker`: its handlers, its stores in WXT's fake browser storage, a fixed clock),
 * with every message a content script sends recorded so tests can hold the message count to what
 * the design promises. Nothing here re-implements a handler: a page's recorded prices reach the
 * real history store and come back in its next verdicts, exactly as in the browser.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageType, Observation } from '@/core/messages';
import type { Settings } from '@/core/settings';
import type { ContentEnv, Send } from '@/lib/content/env';
import { shadowMounter } from '@/lib/content/mount';
import { createHistoryCache, createObservationRecorder } from '@/lib/content/observations';
import { createSettingsStore } from '@/lib/content/settings-store';
import { WorkerError, type OutgoingMessage } from '@/lib/messaging';
import { createWorker, type Worker } from '@/lib/worker/handlers';

/** An evaluation day inside the 2023 campaign, so the program windows are open. */
export const CAMPAIGN_DAY = new Date('2023-02-20T04:00:00Z');

export interface TestWorker {
  send: Send;
  /** The worker itself: `idle()` waits for the prices it records after answering. */
  worker: Worker;
  messages: OutgoingMessage[];
  of<T extends MessageType>(type: T): Extract<OutgoingMessage, { type: T }>[];
  /** Every observation sent, with a question or on its own, in order. */
  observations(): Observation[];
  /** While true every message fails, as with a worker that cannot be reached. */
  fail: boolean;
  /** The clock the worker and the content script share (epoch ms); tests may move it. */
  nowMs: number;
  /** Changes the stored settings as the popup would (not recorded as a content-script message). */
  patchSettings(patch: Record<string, unknown>): Promise<Settings>;
  settings(): Promise<Settings>;
}

/** A fresh worker on an empty fake storage; the pages' tests read the zh-CN interface. */
export function realWorker(
  nowMs: number = CAMPAIGN_DAY.getTime(),
  initial: Record<string, unknown> = { language: 'zh' },
): TestWorker {
  const worker = createWorker(undefined, () => test.nowMs);
  let ready: Promise<unknown> | null = null;
  const answer = async (message: unknown) => {
    ready ??= worker.handle({ type: 'set-settings', patch: initial });
    await ready;
    const response = await worker.handle(structuredClone(message));
    if (!response.ok) {
      const type = (message as { type?: string }).type ?? '(none)';
      throw new WorkerError(type, response.error, response.issues, response.code);
    }
    return response.data;
  };
  const test: TestWorker = {
    worker,
    messages: [],
    fail: false,
    nowMs,
    of: (type) => test.messages.filter((message) => message.type === type) as never,
    observations: () =>
      test.messages.flatMap((message) =>
        'observations' in message ? ((message.observations ?? []) as Observation[]) : [],
      ),
    send: (async (message: OutgoingMessage) => {
      test.messages.push(structuredClone(message));
      if (test.fail) throw new Error('worker down');
      return answer(message);
    }) as Send,
    patchSettings: async (patch) => (await answer({ type: 'set-settings', patch })) as Settings,
    settings: async () => (await answer({ type: 'get-settings' })) as Settings,
  };
  return test;
}

export function testEnv(worker: TestWorker, url: string): ContentEnv {
  const ctx = new ContentScriptContext('kuaishou-test');
  const now = () => worker.nowMs;
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
