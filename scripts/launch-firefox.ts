/**
 * One way to start the system Firefox for e2e tests: Debian's /usr/bin/firefox-esr driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser), the built
 * firefox-mv2 package installed as a temporary add-on, and the real Kuaishou host names routed
 * to the fixture server by a small forward proxy set in the prefs. Firefox has no
 * `--host-resolver-rules`: the proxy is what maps the hosts, and it answers 403 to every other
 * host (CONNECT included), so nothing leaves the machine and every request is seen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { kuaishouHosts } from './launch-chromium';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const geckoId = 'kuaishou-pay-check@example.org';
/** A fixed moz-extension:// address (pref `extensions.webextensions.uuids`), so tests can open its pages. */
export const extensionUuid = '5b8f3c2e-1d4a-4e6b-9c7f-0a2d4e6f8b1c';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/** One request the proxy saw: an absolute http URL, or `CONNECT host:port` for https. */
export interface ProxiedRequest {
  url: string;
  status: number;
}

/**
 * Hosts of Firefox's own services (remote settings, telemetry, safe browsing…): the browser asks
 * for them whatever the extension does. They get 403 like every other host but are left out of
 * the log, so the privacy check sees only what a page or the extension asked for.
 */
const firefoxServiceHost = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

export interface RoutingProxy {
  port: number;
  /** Every request but Firefox's own service traffic, in arrival order. */
  seen: ProxiedRequest[];
  close(): Promise<void>;
}

/** Passes the Kuaishou hosts to 127.0.0.1:fixturePort (Host header kept), 403 for the rest. */
export async function startRoutingProxy(fixturePort: number): Promise<RoutingProxy> {
  const seen: ProxiedRequest[] = [];
  const routed = new Set<string>(kuaishouHosts);
  const log = (host: string, url: string, status: number) => {
    if (!firefoxServiceHost.test(host)) seen.push({ url, status });
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://invalid.invalid');
    if (!routed.has(url.hostname)) {
      log(url.hostname, url.href, 403);
      response.writeHead(403).end();
      return;
    }
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: fixturePort,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: request.headers,
      },
      (answer) => {
        log(url.hostname, url.href, answer.statusCode ?? 502);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('connect', (request, socket) => {
    const host = (request.url ?? '').replace(/:\d+$/, '');
    log(host, `CONNECT ${request.url ?? ''}`, 403);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Which context made a request, as far as the page's own events tell. */
export interface PageRequest {
  url: string;
  fromExtensionCode: boolean;
  pageUrl: string;
}

/** Who sent a request (the e2e privacy check's vocabulary). */
export type RequestSource = 'page' | 'content-script' | 'extension-page' | 'worker';

const isExtensionUrl = (url: string) => /^(moz|chrome)-extension:\/\//.test(url);

/**
 * One list in the order the requests left the browser: each proxied request takes the matching
 * tab request (same URL, first unused), else it is the background page's; tab requests that never
 * reach the network (moz-extension:// files, data: URLs) follow.
 */
export function attributeFirefoxTraffic(
  tabRequests: readonly PageRequest[],
  proxied: readonly ProxiedRequest[],
): { url: string; source: RequestSource }[] {
  const unused = [...tabRequests];
  const sourceOf = (request: PageRequest): RequestSource =>
    isExtensionUrl(request.pageUrl)
      ? 'extension-page'
      : request.fromExtensionCode
        ? 'content-script'
        : 'page';
  const seen = proxied.map(({ url }): { url: string; source: RequestSource } => {
    const at = unused.findIndex((request) => request.url === url);
    if (at < 0) return { url, source: 'worker' };
    const [request] = unused.splice(at, 1) as [PageRequest];
    return { url, source: sourceOf(request) };
  });
  for (const request of unused) seen.push({ url: request.url, source: sourceOf(request) });
  return seen;
}

/** An entry of Firefox's console store (nsIScriptError, or a plain nsIConsoleMessage). */
export interface ConsoleEntry {
  level: 'error' | 'warning' | 'info';
  source: string;
  message: string;
  category: string;
}

/**
 * Read in the browser's parent process (BiDi `moz:scope: chrome`, allowed by
 * `--remote-allow-system-access`): everything logged anywhere, the extension's background page
 * and content scripts included, which no page-level console event shows.
 */
const readConsoleStore = `JSON.stringify(Services.console.getMessageArray().map((entry) => {
  if (entry instanceof Ci.nsIScriptError) {
    const level = entry.flags & Ci.nsIScriptError.warningFlag ? 'warning'
      : entry.flags & Ci.nsIScriptError.infoFlag ? 'info' : 'error';
    return { level, source: entry.sourceName, message: entry.errorMessage, category: entry.category };
  }
  return { level: 'info', source: '', message: entry.message, category: '' };
}))`;

/** A console API call as Firefox prints it: `console.warn: "[\u5FEB…] kind" …` (no source). */
export interface ConsoleCall {
  level: 'error' | 'warning';
  text: string;
}

/** Reads console calls off Firefox's stdout, decoding the \uXXXX escapes it prints them with. */
export function consoleCallsFrom(output: string): ConsoleCall[] {
  return output.split('\n').flatMap((line) => {
    const match = /^console\.(warn|error): (.*)$/.exec(line);
    if (!match) return [];
    const text = (match[2] ?? '').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    return [{ level: match[1] === 'warn' ? 'warning' : 'error', text }];
  });
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface LaunchedFirefox {
  browser: Browser;
  proxy: RoutingProxy;
  /** moz-extension://<fixed uuid> */
  extensionOrigin: string;
  /** The whole console store since the browser started. */
  consoleEntries(): Promise<ConsoleEntry[]>;
  /** `console.warn` / `console.error` calls, in the order Firefox printed them. */
  consoleCalls: ConsoleCall[];
  /** Evaluates `expression` in the browser's parent process (Services, WebExtensionPolicy …). */
  evaluateInParent(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** A built firefox-mv2 directory. */
  extensionDir: string;
  /** The fixture server's port: the proxy sends the Kuaishou hosts there. */
  fixturePort: number;
  viewport?: { width: number; height: number };
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<LaunchedFirefox> {
  const proxy = await startRoutingProxy(options.fixturePort);
  const profile = mkdtempSync(join(tmpdir(), 'kpc-ff-profile-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
    // Needed to open moz-extension:// pages and to read the console store.
    args: ['--remote-allow-system-access'],
    defaultViewport: options.viewport ?? { width: 1280, height: 860 },
    // Same zone as the Chromium runs: dates are Asia/Shanghai days.
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'intl.accept_languages': 'zh-CN, zh',
      'intl.locale.requested': 'zh-CN',
      // console.warn/error of pages, extension pages and content scripts, to stdout (the console
      // store holds only errors, not console API calls).
      'devtools.console.stdout.content': true,
      // An MV3 event page idles out after this long (Firefox's default is 30 s); MV2's
      // persistent background page never does. E2E_FIREFOX_IDLE_MS shortens it to measure that.
      ...(process.env.E2E_FIREFOX_IDLE_MS && {
        'extensions.background.idle.timeout': Number(process.env.E2E_FIREFOX_IDLE_MS),
      }),
    },
  });
  const consoleCalls: ConsoleCall[] = [];
  let partial = '';
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const end = text.lastIndexOf('\n') + 1;
    partial = text.slice(end);
    consoleCalls.push(...consoleCallsFrom(text.slice(0, end)));
  });
  await browser.installExtension(options.extensionDir);
  // puppeteer-core's BiDi browser keeps its connection on a getter it does not type.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const evaluateInParent = async (expression: string) => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [chromeWindow] = tree.result.contexts as { context: string }[];
    if (!chromeWindow) throw new Error('Firefox gave no chrome window to evaluate in');
    const evaluated = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeWindow.context },
      awaitPromise: true,
    });
    const result = evaluated.result as { result?: { value?: unknown }; exceptionDetails?: object };
    if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
    return result.result?.value;
  };
  return {
    browser,
    proxy,
    extensionOrigin,
    evaluateInParent,
    consoleCalls,
    async consoleEntries() {
      return JSON.parse(
        String((await evaluateInParent(readConsoleStore)) ?? '[]'),
      ) as ConsoleEntry[];
    },
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
