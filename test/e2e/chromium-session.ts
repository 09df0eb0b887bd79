/**
 * The harness's Chromium: Debian's Chromium through playwright-core (scripts/launch-chromium.ts),
 * a CDP-based request log, and the service-worker stop that Chrome's idle timeout would do.
 */
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type LaunchedChromium } from '../../scripts/launch-chromium';
import type { E2EContext } from './page-api';
import type { BrowserSession, RequestSource, SeenRequest } from './session';

const extensionScheme = 'chrome-extension://';

/**
 * Logs every request: Playwright sees pages' and the service worker's requests; a CDP session
 * on each page adds the initiator's call stack, which tells a content script's fetch (its stack
 * runs in chrome-extension:// code) from the page's own.
 */
export function watchNetwork(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const fromContentScript = new Set<string>();
  const watchPage = async (page: Page) => {
    const session = await context.newCDPSession(page).catch(() => null);
    if (!session) return;
    session.on('Network.requestWillBeSent', (event) => {
      const frames = event.initiator.stack?.callFrames ?? [];
      if (frames.some((frame) => frame.url.startsWith(extensionScheme))) {
        fromContentScript.add(event.request.url);
      }
    });
    await session.send('Network.enable').catch(() => undefined);
  };
  context.pages().forEach((page) => void watchPage(page));
  context.on('page', (page) => void watchPage(page));
  context.on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker()) return seen.push({ url, source: 'worker' });
    const pageUrl = request.frame().page().url();
    const source: RequestSource = pageUrl.startsWith(extensionScheme)
      ? 'extension-page'
      : fromContentScript.has(url)
        ? 'content-script'
        : 'page';
    seen.push({ url, source });
  });
  return seen;
}

export interface ChromiumSession extends BrowserSession {
  name: 'chromium';
  chromium: LaunchedChromium;
}

export async function startChromiumSession(extensionDir: string): Promise<ChromiumSession> {
  const chromium = await launchChromium({ extensionDir });
  const context = chromium.context;
  // An action that cannot happen (a control covered by our UI) fails with Playwright's reason.
  context.setDefaultTimeout(8_000);
  const network = watchNetwork(context);
  const extensionId = chromium.extensionId ?? '';
  return {
    name: 'chromium',
    chromium,
    // Playwright's own objects are the API the specs are written against (page-api.ts).
    context: context as unknown as E2EContext,
    extensionId,
    extensionOrigin: `${extensionScheme}${extensionId}`,
    backgroundUrl: chromium.serviceWorker?.url() ?? '',
    network: () => network,
    async fetchFromBackground(url) {
      await chromium.serviceWorker?.evaluate(
        (target) =>
          fetch(target).then(
            () => null,
            () => null,
          ),
        url,
      );
    },
    // Chromium's extension errors are not readable from a test without a debugger on each
    // context; the Firefox run covers the same code through its console store.
    extensionLog: async () => [],
    close: () => chromium.close(),
  };
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the extension's service worker the way Chrome does when it idles out: through the
 * DevTools protocol's ServiceWorker domain, on a session of an extension page (the worker lives in
 * the extension's storage partition, which a web page's session does not see). Resolves once
 * Chrome reports it stopped; the next message starts a fresh worker.
 */
export async function stopChromiumServiceWorker(session: ChromiumSession) {
  const context = session.chromium.context;
  const page = await context.newPage();
  await page.goto(`${session.extensionOrigin}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions as WorkerVersion[]) {
      if (version.scriptURL.startsWith(`${session.extensionOrigin}/`)) {
        status.set(version.versionId, version.runningStatus);
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()].includes('running')).toBe(true);
  for (const [versionId, running] of status) {
    if (running === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
  }
  await expect
    .poll(() => [...status.values()].every((running) => running === 'stopped'))
    .toBe(true);
  await cdp.detach();
  await page.close();
}
