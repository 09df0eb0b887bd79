/**
 * What the content script costs the page:
 * - badging 200 goods-list items in one batch: adapter read + request build + one (stubbed)
 *   evaluate message + mounting 200 shadow-root badges (and removing them, to start the next run clean);
 * - the adapter read + request build alone for those 200 rows;
 * - 1 000 unrelated chat nodes added to a live room with the extension running, against the same
 *   without it: the difference is the extension's work (it observes the cart, not the chat).
 */
import { bench, describe } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EvaluatedItem } from '@/core/messages';
import { defaultSettings } from '@/core/settings';
import { findGoodsTableBody, readGoodsList } from '@/lib/adapters/goods-list';
import type { ContentEnv, Send } from '@/lib/content/env';
import { jobFor } from '@/lib/content/item-page';
import { toVerdicts } from '@/lib/worker/evaluate-batch';
import { shadowMounter } from '@/lib/content/mount';
import { createHistoryCache, createObservationRecorder } from '@/lib/content/observations';
import { runGoodsList } from '@/lib/content/pages/goods-list';
import { runLiveRoom } from '@/lib/content/pages/live-room';
import { createSettingsStore } from '@/lib/content/settings-store';
import { fixtureHtml, loadHtml } from '../adapters/fixture-page';

const ITEMS = 200;

/** A fixed answer: the worker is stubbed, so only the extension's own page work is timed. */
const answer: EvaluatedItem = {
  ok: true,
  dailyPlans: [],
  report: {
    date: '2023-02-20',
    checks: (['M-EXP', 'BNPL-SUB', 'FI-PLAT3', 'FI-COSUB', 'D-RATIO', 'D-LOW90'] as const).map(
      (id, index) => ({
        id,
        status: index % 3 === 0 ? 'pass' : index % 3 === 1 ? 'unknown' : 'fail',
        values: { priceFen: 12900 },
        message: { zh: '检查', en: 'check' },
        source: 'seed 000 §3',
      }),
    ),
    installment: null,
    hints: [],
    summary: { pass: 2, fail: 2, warn: 0, unknown: 2 },
  },
};

const stubSend = (async (message: { type: string; requests?: unknown[] }) => {
  switch (message.type) {
    case 'evaluate':
      return (message.requests ?? []).map(() => answer);
    case 'verdicts':
      return (message.requests ?? []).map(() => toVerdicts(answer));
    case 'get-settings':
      return defaultSettings;
    default:
      return { stored: 0 };
  }
}) as Send;

function env(url: string): ContentEnv {
  const ctx = new ContentScriptContext(`bench-${Math.random()}`);
  const now = () => Date.UTC(2023, 1, 20);
  return {
    ctx,
    send: stubSend,
    settings: createSettingsStore(ctx, stubSend),
    recorder: createObservationRecorder(ctx, stubSend, now),
    history: createHistoryCache(stubSend),
    mount: shadowMounter(),
    doc: document,
    url: () => url,
    now,
  };
}

/** The goods-list fixture with its rows repeated to ITEMS rows, each with its own id. */
function goodsPage(): void {
  loadHtml(fixtureHtml('goods-list.html'));
  const body = findGoodsTableBody(document) as HTMLTableSectionElement;
  const rows = Array.from(body.querySelectorAll('tr[data-row-key]'));
  for (let index = rows.length; index < ITEMS; index += 1) {
    const copy = rows[index % rows.length]?.cloneNode(true) as HTMLElement;
    const id = String(30000000000000 + index);
    copy.setAttribute('data-row-key', id);
    const idText = copy.querySelector('[class^="goods-id--"] span');
    if (idText) idText.textContent = `ID: ${id}`;
    body.append(copy);
  }
}

/** Tinybench times a whole iteration; the badge phase alone (without unmount) is timed here. */
const badgePhaseMs: number[] = [];
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const settle = async (done: () => boolean) => {
  for (let spins = 0; spins < 1000 && !done(); spins += 1)
    await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('goods list, 200 items in one batch', () => {
  bench(
    'read + build requests (adapter only)',
    () => {
      const body = findGoodsTableBody(document) as HTMLTableSectionElement;
      const items = readGoodsList(body);
      const jobs = items.map((item) => jobFor(`row:${item.itemId}`, item));
      if (jobs.length !== ITEMS) throw new Error(`read ${jobs.length} items`);
    },
    {
      setup: () => {
        fakeBrowser.reset();
        goodsPage();
      },
    },
  );

  bench(
    'read + request + stubbed evaluate + mount 200 badges (+ unmount)',
    async () => {
      const started = performance.now();
      const run = env('https://s.kwaixiaodian.com/zone/goods/v1/list');
      const page = runGoodsList(run);
      page.flushNow();
      await settle(
        () =>
          page.registry.size === ITEMS && page.evaluator.result(`row:30000000000199`) !== undefined,
      );
      page.flushNow();
      await settle(() => document.querySelectorAll('ks-check-badge').length === ITEMS);
      if (document.querySelectorAll('ks-check-badge').length !== ITEMS)
        throw new Error('not all badges mounted');
      badgePhaseMs.push(performance.now() - started);
      page.stop();
      run.ctx.abort();
    },
    {
      setup: () => {
        fakeBrowser.reset();
        goodsPage();
      },
      // Each run also tears 200 shadow roots down (WXT's remove queries the document per UI, slow in
      // happy-dom): a few runs are enough.
      iterations: 6,
      time: 0,
      warmupIterations: 1,
      warmupTime: 0,
      teardown: () => {
        if (badgePhaseMs.length === 0) return;
        console.log(
          `[badges.bench] badge phase (read + request + evaluate + mount 200, no unmount): median ${median(badgePhaseMs).toFixed(1)} ms over ${badgePhaseMs.length} runs`,
        );
      },
    },
  );
});

/** Time spent inside MutationObserver callbacks created while this is on: the extension's own. */
const observerWork = { calls: 0, ms: 0 };
function instrumentObservers(): () => void {
  const Original = window.MutationObserver;
  class Counted extends Original {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        const started = performance.now();
        callback(records, observer);
        observerWork.calls += 1;
        observerWork.ms += performance.now() - started;
      });
    }
  }
  window.MutationObserver = Counted;
  globalThis.MutationObserver = Counted;
  return () => {
    window.MutationObserver = Original;
    globalThis.MutationObserver = Original;
  };
}

describe('live room, 1 000 unrelated chat nodes', () => {
  let stop: (() => void) | null = null;
  let runs = 0;
  const addChat = async () => {
    const chat = document.getElementById('chat-list') as HTMLElement;
    for (let index = 0; index < 1000; index += 1) {
      const line = document.createElement('div');
      line.textContent = `观众${index}：主播好 ¥${index}`;
      chat.append(line);
    }
    // Let any MutationObserver callback (a microtask) and frame run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    chat.replaceChildren();
  };

  bench('without the extension', addChat, {
    setup: () => {
      stop?.();
      stop = null;
      loadHtml(fixtureHtml('live-room.html'), 'https://live.kuaishou.com/u/3xkz9fa2');
    },
  });

  bench(
    'with the extension running',
    async () => {
      await addChat();
      runs += 1;
    },
    {
      setup: async () => {
        stop?.();
        loadHtml(fixtureHtml('live-room.html'), 'https://live.kuaishou.com/u/3xkz9fa2');
        const run = env('https://live.kuaishou.com/u/3xkz9fa2');
        const restore = instrumentObservers();
        const page = runLiveRoom(run);
        restore();
        page.flushNow();
        await settle(() => document.querySelectorAll('ks-check-badge').length >= 6);
        // Only what the chat causes from here on is counted.
        await new Promise((resolve) => setTimeout(resolve, 0));
        observerWork.calls = 0;
        observerWork.ms = 0;
        runs = 0;
        stop = () => {
          page.stop();
          run.ctx.abort();
        };
      },
      teardown: () => {
        console.log(
          `[badges.bench] extension MutationObserver work per 1 000 chat nodes: ${(observerWork.calls / Math.max(runs, 1)).toFixed(2)} callbacks, ${(observerWork.ms / Math.max(runs, 1)).toFixed(3)} ms (${runs} runs)`,
        );
        stop?.();
        stop = null;
      },
    },
  );
});
