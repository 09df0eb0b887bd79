/**
 * One way to start the system Chromium for e2e tests, the demo and the page benchmark:
 * Debian's /usr/bin/chromium driven by playwright-core (never a downloaded browser), the built
 * extension loaded, and the real Kuaishou host names resolved to the local fixture server —
 * every other host fails to resolve, so nothing can leave the machine.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const projectDir = fileURLToPath(new URL('..', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The hosts of the manifest's match patterns, all served by the fixture server. */
export const kuaishouHosts = [
  's.kwaixiaodian.com',
  'zs.kwaixiaodian.com',
  'live.kuaishou.com',
  'app.kwaixiaodian.com',
] as const;

export function hostResolverRules(): string {
  const maps = kuaishouHosts.map((host) => `MAP ${host} 127.0.0.1`);
  // Anything else (Google services, CDNs, an extension phoning home) gets NXDOMAIN.
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
}

/**
 * `wxt build` for one browser, then a private copy of the output: other people build into the
 * same .output/ while a run is going, and a browser must not load a half-written directory.
 */
export function buildExtension(
  browser: 'chrome' | 'firefox' = 'chrome',
  // Firefox's MV3 package, for measuring it against the MV2 one we ship (README).
  firefoxMv3 = false,
): string {
  // EXTENSION_DIR=<a built directory> skips the build (e.g. to bench an older build).
  const prebuilt = process.env.EXTENSION_DIR;
  if (prebuilt) return copyOf(prebuilt, browser);
  const firefox = browser === 'firefox';
  const args = [
    'wxt',
    'build',
    ...(firefox ? ['-b', 'firefox'] : []),
    ...(firefoxMv3 ? ['--mv3'] : []),
  ];
  // NODE_ENV from the caller (vitest sets `test`) would make a development build: Preact's
  // debug hooks in, a different bundle from the one users get.
  // WXT_PLAIN_HTTP: the fixture server is plain http (wxt.config.ts; the store build is https-only).
  // WXT_OPEN_SHADOW_ROOTS: the e2e helpers read the UI through host.shadowRoot (closed in the store).
  // WXT_STORAGE_PROBE: the worker and options page count their storage reads (lib/storage/read-probe).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    WXT_PLAIN_HTTP: 'true',
    WXT_OPEN_SHADOW_ROOTS: 'true',
    WXT_STORAGE_PROBE: 'true',
  };
  execFileSync('npx', args, { cwd: projectDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const built = firefox ? (firefoxMv3 ? 'firefox-mv3' : 'firefox-mv2') : 'chrome-mv3';
  return copyOf(join(projectDir, '.output', 'plain-http', built), browser);
}

function copyOf(built: string, browser: string): string {
  const copy = mkdtempSync(join(tmpdir(), `kpc-ext-${browser}-`));
  cpSync(built, copy, { recursive: true });
  return copy;
}

export interface LaunchOptions {
  /** A built chrome-mv3 directory, or null for a browser without the extension (baseline). */
  extensionDir: string | null;
  /** A visible window; by default only when a display exists. */
  headed?: boolean;
  viewport?: { width: number; height: number };
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's service worker, once it has started (null without the extension). */
  serviceWorker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions): Promise<LaunchedChromium> {
  const headed = options.headed ?? false;
  const userDataDir = mkdtempSync(join(tmpdir(), 'kpc-profile-'));
  const extensionArgs = options.extensionDir
    ? [
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
      ]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    // '--headless=new' (not Playwright's headless) is what lets extensions load.
    headless: false,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [
      ...(headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      `--host-resolver-rules=${hostResolverRules()}`,
      ...extensionArgs,
    ],
  });
  let serviceWorker: Worker | null = null;
  if (options.extensionDir) {
    serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return {
    context,
    serviceWorker,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : null,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
