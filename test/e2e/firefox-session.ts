/**
 * The harness's Firefox: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi
 * (scripts/launch-firefox.ts). Requests are attributed from two sides: each tab's BiDi request
 * events (with the initiator's stack, which tells a content script's fetch from the page's own),
 * and the routing proxy, which sees everything that leaves the browser — a proxied request that
 * no tab reported came from the extension's background page.
 */
import {
  attributeFirefoxTraffic,
  launchFirefox,
  type LaunchedFirefox,
  type PageRequest,
} from '../../scripts/launch-firefox';
import { FirefoxPage } from './firefox-page';
import type { E2EPage } from './page-api';
import type { BrowserSession } from './session';

/** What lib/content/log.ts puts before every message the content scripts log. */
const extensionLogPrefix = '[快手助手]';

export interface FirefoxSession extends BrowserSession {
  name: 'firefox';
  firefox: LaunchedFirefox;
}

/**
 * What the extension logged is read from the console store: entries whose source (or text, for
 * "Script terminated" and CSP reports that name the script) is the extension's address.
 */
function fromExtension(origin: string) {
  return (entry: { source: string; message: string }) =>
    entry.source.startsWith(origin) || entry.message.includes(origin);
}

export async function startFirefoxSession(
  extensionDir: string,
  fixturePort: number,
): Promise<FirefoxSession> {
  const firefox = await launchFirefox({ extensionDir, fixturePort });
  const tabRequests: PageRequest[] = [];
  const newPage = async (): Promise<E2EPage> =>
    new FirefoxPage(await firefox.browser.newPage(), (request) => tabRequests.push(request));
  const origin = firefox.extensionOrigin;
  return {
    name: 'firefox',
    firefox,
    context: { newPage },
    extensionOrigin: origin,
    extensionId: new URL(origin).host,
    // An MV2 background page: WXT generates the page around background.js.
    backgroundUrl: `${origin}/background.js`,
    network: () => attributeFirefoxTraffic(tabRequests, firefox.proxy.seen),
    async fetchFromBackground(url) {
      // The background page has no tab to evaluate in; an extension page reaches its global.
      const page = await newPage();
      await page.goto(`${origin}/popup.html`);
      await page.evaluate(async (target) => {
        const runtime = (
          globalThis as unknown as {
            browser: { runtime: { getBackgroundPage(): Promise<typeof globalThis> } };
          }
        ).browser.runtime;
        const background = await runtime.getBackgroundPage();
        // Refused by CORS (no host permission), but sent: that is what the watcher must catch.
        await background.fetch(target).catch(() => null);
      }, url);
      await page.close();
    },
    async extensionLog() {
      const entries = await firefox.consoleEntries();
      const errors = entries
        .filter((entry) => entry.level !== 'info')
        .filter(fromExtension(origin))
        .map(({ level, source, message }) => ({ level, source, message }));
      // Console calls carry no source on stdout: ours are the ones with the extension's log
      // prefix (lib/content/log.ts) or its address.
      const calls = firefox.consoleCalls
        .filter(({ text }) => text.includes(extensionLogPrefix) || text.includes(origin))
        .map(({ level, text }) => ({ level, source: 'console', message: text }));
      return [...errors, ...calls];
    },
    close: () => firefox.close(),
  };
}
