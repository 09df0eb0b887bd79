/**
 * What every e2e spec shares: one Chromium with the built extension per spec file, the fixture
 * server, a log of every network request in the browser, and readers for the content script's
 * machine-readable verdicts (`data-checks="ID:status …"` on the injected shadow hosts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, projectDir, type LaunchedChromium } from '../../scripts/launch-chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';

export const screenshotDir = join(projectDir, 'test/e2e/__screenshots__');

/** Who sent a request: the page itself, or some part of the extension. */
export type RequestSource = 'page' | 'content-script' | 'extension-page' | 'worker';
export interface SeenRequest {
  url: string;
  source: RequestSource;
}

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

/**
 * The privacy rule: the extension reads pages, never the network. Its own pages may load their
 * own chrome-extension:// files; every other request is a page's, to the fixture server.
 */
export function expectNoExtensionTraffic(seen: readonly SeenRequest[], server: FixtureServer) {
  const network = seen.filter((request) => !request.url.startsWith(extensionScheme));
  const fromExtension = network.filter((request) => request.source !== 'page');
  expect(fromExtension).toEqual([]);
  const offServer = network.filter(
    (request) =>
      new URL(request.url).port !== String(server.port) && !request.url.startsWith('data:'),
  );
  expect(offServer).toEqual([]);
}

export interface Harness {
  browser: LaunchedChromium;
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  network: SeenRequest[];
  /** Opens `http://<host>:<port><path>` in a new tab and waits for the load event. */
  open(host: string, path: string): Promise<Page>;
  /** A page of the extension in a tab: chrome-extension://<id>/<path>. */
  openExtensionPage(path: string): Promise<Page>;
  /** The popup as a tab: chrome-extension://<id>/popup.html. */
  openPopup(): Promise<Page>;
}

/**
 * Starts the server and the browser before the spec file's tests, stops them after, and adds a
 * last test asserting the run made no network request of the extension's own.
 */
export function useExtensionBrowser(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startFixtureServer();
    harness.browser = await launchChromium({ extensionDir: inject('extensionDir') });
    harness.context = harness.browser.context;
    // An action that cannot happen (a control covered by our UI) fails with Playwright's reason.
    harness.context.setDefaultTimeout(8_000);
    harness.extensionId = harness.browser.extensionId ?? '';
    harness.network = watchNetwork(harness.context);
    harness.open = async (host, path) => {
      const page = await harness.context.newPage();
      await page.goto(harness.server.url(host, path));
      return page;
    };
    harness.openExtensionPage = async (path) => {
      const page = await harness.context.newPage();
      await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
      return page;
    };
    harness.openPopup = () => harness.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** Registers the privacy assertion as the spec file's last test. */
export function testNoExtensionTraffic(harness: Harness) {
  test('the extension made no network request of its own', () => {
    expect(harness.network.length).toBeGreaterThan(0); // the watcher did see the pages load
    expectNoExtensionTraffic(harness.network, harness.server);
  });
}

/** Sends the worker one message from an extension page, as the popup would, and returns the reply. */
export async function askWorker(harness: Harness, message: object): Promise<unknown> {
  const page = await harness.openExtensionPage('manifest.json');
  try {
    return await page.evaluate(
      (sent) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage(sent),
      message,
    );
  } finally {
    await page.close();
  }
}

/** `"M-EXP:pass D-RATIO:fail"` → { 'M-EXP': 'pass', 'D-RATIO': 'fail' }. */
export function parseChecks(attribute: string | null): Record<string, string> {
  const checks: Record<string, string> = {};
  for (const pair of (attribute ?? '').split(/\s+/).filter(Boolean)) {
    const at = pair.lastIndexOf(':');
    checks[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return checks;
}

export const panelOf = (page: Page, kind: string) => page.locator(`[data-check-panel="${kind}"]`);
export const badgeOf = (page: Page, itemId: string) =>
  page.locator(`[data-check-item="${itemId}"]`);

/** Waits until the host carries verdicts, then reads them. */
export async function checksOf(host: Locator): Promise<Record<string, string>> {
  await expect
    .poll(() => host.first().getAttribute('data-checks'), { timeout: 10_000 })
    .toBeTruthy();
  return parseChecks(await host.first().getAttribute('data-checks'));
}

/** Waits until the verdicts satisfy `accept` (they change as the page or the settings change). */
export async function checksWhen(
  host: Locator,
  accept: (checks: Record<string, string>) => boolean,
): Promise<Record<string, string>> {
  let last: Record<string, string> = {};
  await expect
    .poll(
      async () => {
        last = parseChecks(
          await host
            .first()
            .getAttribute('data-checks')
            .catch(() => null),
        );
        return accept(last);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

/**
 * Whether a shadow-root UI shows: its host may be a zero-size box (the panel positions itself
 * fixed inside), so look for any element inside with a box on screen.
 */
export function uiVisible(host: Locator): Promise<boolean> {
  return host.first().evaluate((element) => {
    const root = element.shadowRoot;
    if (!root) return false;
    return [...root.querySelectorAll('*')].some((node) => {
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.right > 0 &&
        box.bottom > 0 &&
        box.left < innerWidth &&
        box.top < innerHeight &&
        style.visibility !== 'hidden' &&
        style.display !== 'none'
      );
    });
  });
}

/**
 * Every matched control of the page still takes a click: Playwright's trial click scrolls it into
 * view and fails when another element — our panel or a badge — would receive the click instead.
 */
export async function expectControlsReachable(controls: Locator, atLeast = 1) {
  const all = await controls.all();
  expect(all.length).toBeGreaterThanOrEqual(atLeast);
  for (const control of all) await control.click({ trial: true, timeout: 3_000 });
}

/** A screenshot for people to look at (git-ignored, rewritten on every run). */
export async function snap(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
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
export async function stopServiceWorker(harness: Harness) {
  const page = await harness.openExtensionPage('manifest.json');
  const session = await harness.context.newCDPSession(page);
  const status = new Map<string, string>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions as WorkerVersion[]) {
      if (version.scriptURL.startsWith(`chrome-extension://${harness.extensionId}/`)) {
        status.set(version.versionId, version.runningStatus);
      }
    }
  });
  await session.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()].includes('running')).toBe(true);
  for (const [versionId, running] of status) {
    if (running === 'running') await session.send('ServiceWorker.stopWorker', { versionId });
  }
  await expect
    .poll(() => [...status.values()].every((running) => running === 'stopped'))
    .toBe(true);
  await session.detach();
  await page.close();
}
