/**
 * `npm run bench:storage` (issue 21): does opening the options page stall the worker's answers to
 * the content scripts when the price history is at its budget? In real Chromium with the built
 * extension, first with an empty history, then with the history filled through the worker's own
 * `record-observations` message (as a merchant's pages fill it: ~5 700 items seen daily over the
 * 180-day window, ≈ 58 MB) it prints:
 *   - a goods-list verdict question (12 recorded items, `verdicts`, as a list page asks it) when
 *     nothing else happens — median of 20;
 *   - the same question asked back to back while the options page opens — the slowest and the
 *     median of those asked until the storage view shows and 1 s after;
 *   - the options page's storage view: from navigation to its figures on screen.
 * Each opening is repeated BENCH_ROUNDS times (default 3), medians. The questions are sent from an
 * extension page: the worker answers them with the same handler and storage reads as a tab's.
 * `EXTENSION_DIR=<built chrome-mv3>` measures another build (e.g. the one before issue 21) for a
 * ratio in the same run conditions; BENCH_TARGET_MB (default 58) sets the fill.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { fillHistory, filledItemId } from './history-fill';
import { buildExtension, launchChromium } from './launch-chromium';

/** The extension pages' own API, as the evaluated functions below see it. */
declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const targetBytes = Number(process.env.BENCH_TARGET_MB ?? 58) * 1024 * 1024;
const listItems = 12;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Usage {
  bytes: number;
  items: number;
}

/** An extension page that stays open to talk to the worker as the extension's pages do. */
async function openMessenger(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/manifest.json`);
  return page;
}

const ask = <T>(page: Page, message: object) =>
  page.evaluate((sent) => chrome.runtime.sendMessage(sent), message) as Promise<{
    ok: boolean;
    data: T;
    error?: string;
  }>;

async function usage(page: Page): Promise<Usage> {
  const reply = await ask<Usage>(page, { type: 'storage-usage' });
  if (!reply.ok) throw new Error(`storage-usage: ${reply.error}`);
  return reply.data;
}

/** Fills the history through the worker's record message until it holds `bytes`. */
const fill = (page: Page, bytes: number) =>
  fillHistory(
    async (message) => {
      const reply = await ask(page, message);
      if (!reply.ok) throw new Error(`record: ${reply.error}`);
    },
    () => usage(page),
    bytes,
  );

const verdictQuestion = (count: number) => ({
  type: 'verdicts',
  pageKind: 'goods-list',
  requests: Array.from({ length: listItems }, (_, index) => ({
    product: { itemId: filledItemId(index % Math.max(1, count)), priceFen: 9_900 },
  })),
});

/** Round-trip times of `times` verdict questions asked one after another, nothing else going on. */
const idleVerdicts = (page: Page, message: object, times: number) =>
  page.evaluate(
    async ({ message, times }) => {
      const took: number[] = [];
      for (let round = 0; round < times; round += 1) {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage(message)) as { ok: boolean };
        if (!reply.ok) throw new Error('verdicts refused');
        took.push(performance.now() - started);
      }
      return took;
    },
    { message, times },
  );

/** Starts asking verdict questions back to back in the messenger page until `stop` is called. */
async function askWhile(page: Page, message: object) {
  await page.evaluate((message) => {
    const state = { took: [] as number[], stop: false };
    (globalThis as unknown as { __bench: typeof state }).__bench = state;
    void (async () => {
      while (!state.stop) {
        const started = performance.now();
        await chrome.runtime.sendMessage(message);
        state.took.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
  }, message);
  return () =>
    page.evaluate(() => {
      const state = (globalThis as unknown as { __bench: { took: number[]; stop: boolean } })
        .__bench;
      state.stop = true;
      return state.took;
    });
}

interface Opening {
  viewMs: number;
  slowestMs: number;
  medianMs: number;
  shown: string;
}

/** Opens the options page while a tab asks for verdicts; when does the storage view show? */
async function openOptions(messenger: Page, origin: string, message: object): Promise<Opening> {
  const stop = await askWhile(messenger, message);
  const page = await messenger.context().newPage();
  const started = Date.now();
  await page.goto(`${origin}/options.html`, { waitUntil: 'commit' });
  const view = page.locator('[data-testid="storage-use"]');
  await view.waitFor({ timeout: 120_000 });
  const viewMs = Date.now() - started;
  const shown = (await view.textContent()) ?? '';
  await page.waitForTimeout(1_000);
  const took = await stop();
  await page.close();
  return { viewMs, slowestMs: Math.max(...took), medianMs: median(took), shown };
}

async function measure(messenger: Page, origin: string, items: number) {
  const message = verdictQuestion(items);
  await idleVerdicts(messenger, message, 5); // warm the worker
  const idle = median(await idleVerdicts(messenger, message, 20));
  const openings: Opening[] = [];
  for (let round = 0; round < rounds; round += 1) {
    openings.push(await openOptions(messenger, origin, message));
  }
  return {
    idle,
    slowest: median(openings.map((opening) => opening.slowestMs)),
    during: median(openings.map((opening) => opening.medianMs)),
    view: median(openings.map((opening) => opening.viewMs)),
    viewRounds: openings.map((opening) => opening.viewMs),
    shown: openings.at(-1)?.shown ?? '',
  };
}

async function main() {
  const extensionDir = buildExtension('chrome');
  const chromium = await launchChromium({ extensionDir });
  try {
    const origin = `chrome-extension://${chromium.extensionId}`;
    const messenger = await openMessenger(chromium.context, origin);
    const empty = await measure(messenger, origin, 0);
    const filledStarted = Date.now();
    const filled = await fill(messenger, targetBytes);
    const fillSeconds = (Date.now() - filledStarted) / 1000;
    const full = await measure(messenger, origin, filled.items);
    console.log(
      `\nHistory filled through record-observations: ${mb(filled.bytes)}, ${filled.items} items in ${fillSeconds.toFixed(0)} s (build: ${process.env.EXTENSION_DIR ?? 'this tree'})`,
    );
    console.table({
      'empty history': {
        'verdicts idle': ms(empty.idle),
        'while options opens (slowest)': ms(empty.slowest),
        'while options opens (median)': ms(empty.during),
        'storage view': `${ms(empty.view)} (${empty.viewRounds.map(ms).join(', ')})`,
      },
      [`filled (${mb(filled.bytes)})`]: {
        'verdicts idle': ms(full.idle),
        'while options opens (slowest)': ms(full.slowest),
        'while options opens (median)': ms(full.during),
        'storage view': `${ms(full.view)} (${full.viewRounds.map(ms).join(', ')})`,
      },
    });
    console.log(`storage view at the budget showed: ${full.shown}`);
    console.log(
      `targets: verdicts while the options page opens within their usual (idle) time; storage view ≤ 1 000 ms — ${
        full.view <= 1_000 ? 'met' : 'NOT met'
      } (view), slowest verdict ÷ idle = ${(full.slowest / full.idle).toFixed(1)}`,
    );
  } finally {
    await chromium.close();
  }
}

await main();
