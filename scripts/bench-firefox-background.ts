/**
 * Firefox MV2 or MV3 (README): the background's lifetime and what it costs a message, measured
 * side by side in one run. For each package: a message round trip from an extension page while
 * the background runs (median of 20), then — after the background has been idle longer than
 * Firefox's idle timeout (set to 3 s here; 30 s by default) — whether it was stopped and what the
 * first message after that costs (median of 5 cold wakes).
 *   npx tsx scripts/bench-firefox-background.ts
 */
import type { Page } from 'puppeteer-core';
import { buildExtension } from './launch-chromium';
import { extensionOrigin, geckoId, launchFirefox } from './launch-firefox';
import { startFixtureServer } from './serve-fixtures';

const idleMs = 3_000;
process.env.E2E_FIREFOX_IDLE_MS = String(idleMs);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One message to the background from the page, in ms (the page's own clock). */
const roundTrip = (page: Page) =>
  page.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage(message: object): Promise<unknown> } };
      }
    ).browser.runtime;
    const start = performance.now();
    await runtime.sendMessage({ type: 'price-history', itemId: '1' });
    return performance.now() - start;
  });

async function measure(label: string, mv3: boolean) {
  const server = await startFixtureServer();
  const firefox = await launchFirefox({
    extensionDir: buildExtension('firefox', mv3),
    fixturePort: server.port,
  });
  const backgroundState = async () =>
    String(
      await firefox.evaluateInParent(
        `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension?.backgroundState ?? 'n/a'`,
      ),
    );
  try {
    const page = await firefox.browser.newPage();
    // BiDi never reports an extension page's load: wait for its document instead.
    page.goto(`${extensionOrigin}/popup.html`).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete' && 'browser' in globalThis);
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) warm.push(await roundTrip(page));
    const cold: number[] = [];
    const states: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sleep(idleMs + 2_000);
      states.push(await backgroundState());
      cold.push(await roundTrip(page));
    }
    console.log(
      `${label.padEnd(12)} warm ${median(warm).toFixed(1)} ms · after ${(idleMs + 2_000) / 1000} s idle: background ${[...new Set(states)].join('/')}, first message ${median(cold).toFixed(1)} ms (${(median(cold) / median(warm)).toFixed(1)}× warm)`,
    );
  } finally {
    await firefox.close();
    await server.close();
  }
}

await measure('firefox-mv2', false);
await measure('firefox-mv3', true);
