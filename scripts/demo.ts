/**
 * `npm run demo`: builds the extension, serves the fixture pages under the real host names and
 * opens each in Chromium with the extension loaded — in a window when a display exists, else
 * headless — then saves a screenshot per page into out/demo/ and prints what each panel and
 * badge found (read back from their `data-checks` attributes).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, launchChromium, projectDir } from './launch-chromium';
import { startFixtureServer } from './serve-fixtures';

const outDir = join(projectDir, 'out/demo');

/** One page of each kind, with the query strings the real pages carry. */
export const demoTour = [
  { name: 'workbench-home', host: 's.kwaixiaodian.com', path: '/zone/home' },
  { name: 'goods-list', host: 's.kwaixiaodian.com', path: '/zone/goods/v1/list' },
  {
    name: 'goods-form',
    host: 's.kwaixiaodian.com',
    path: '/zone/goods/config/release/detail?itemId=25801234567822',
  },
  {
    name: 'signup',
    host: 's.kwaixiaodian.com',
    path: '/zone/business-invitation/business/singleList?id=1119',
  },
  { name: 'live-console', host: 'zs.kwaixiaodian.com', path: '/page/helper' },
  { name: 'live-room', host: 'live.kuaishou.com', path: '/u/3xkz9fa2' },
  {
    name: 'detail',
    host: 'app.kwaixiaodian.com',
    path: '/web/kwaishop-goods-detail-page-app?id=25801234567822',
  },
] as const;

interface Finding {
  surface: string;
  checks: string;
}

const verdictHosts = '[data-check-panel], [data-check-item]';
const judgedHosts = '[data-check-panel][data-checks], [data-check-item][data-checks]';

/** Every panel and badge on the page, once the content script has had time to draw them. */
async function findings(page: Page): Promise<Finding[]> {
  await page.waitForSelector(judgedHosts, { timeout: 6_000 }).catch(() => undefined);
  await page.waitForTimeout(500); // let late badges and re-evaluations settle
  return page.$$eval(verdictHosts, (hosts) =>
    hosts.map((host) => {
      const panel = host.getAttribute('data-check-panel');
      return {
        surface: panel ? `panel ${panel}` : `item ${host.getAttribute('data-check-item') ?? '?'}`,
        checks: host.getAttribute('data-checks') ?? '(no verdict yet)',
      };
    }),
  );
}

const statusMark: Record<string, string> = { fail: '✗', warn: '!', unknown: '?', pass: '✓' };

/**
 * `D-RATIO:pass BNPL-SUB:fail M-EXP:unknown …` → `✗ BNPL-SUB │ ✓ D-RATIO │ ? 1 unknown`: the
 * verdicts worth reading by name, worst first; unknowns (no merchant profile yet) only counted.
 */
function compact(checks: string): string {
  const byStatus = new Map<string, string[]>();
  for (const pair of checks.split(/\s+/)) {
    const at = pair.lastIndexOf(':');
    if (at < 0) continue;
    const status = pair.slice(at + 1);
    byStatus.set(status, [...(byStatus.get(status) ?? []), pair.slice(0, at)]);
  }
  return Object.entries(statusMark)
    .filter(([status]) => byStatus.has(status))
    .map(([status, mark]) => {
      const ids = byStatus.get(status) ?? [];
      return status === 'unknown' ? `${mark} ${ids.length} unknown` : `${mark} ${ids.join(' ')}`;
    })
    .join(' │ ');
}

async function main() {
  const headed = Boolean(process.env.DISPLAY);
  console.log('Building the Chrome package…');
  const extensionDir = buildExtension('chrome');
  const server = await startFixtureServer();
  const browser = await launchChromium({ extensionDir, headed });
  mkdirSync(outDir, { recursive: true });
  console.log(`Extension ${browser.extensionId} loaded; fixtures on 127.0.0.1:${server.port}\n`);

  for (const stop of demoTour) {
    const url = server.url(stop.host, stop.path);
    const page = await browser.context.newPage();
    const response = await page.goto(url);
    if (!response?.ok()) console.log(`  (the fixture answered HTTP ${response?.status() ?? '—'})`);
    const found = await findings(page);
    const shot = join(outDir, `${stop.name}.png`);
    await page.screenshot({ path: shot });
    console.log(`■ ${stop.name}  ${url}\n  screenshot: ${relative(projectDir, shot)}`);
    if (found.length === 0) console.log('  (no panel or badge on this page)');
    for (const { surface, checks } of found) {
      console.log(`  ${surface.padEnd(24)} ${checks.includes(':') ? compact(checks) : checks}`);
    }
    console.log('');
    if (!headed) await page.close();
  }

  console.log(
    `Legend: ✗ fail  ! warn  ✓ pass  ? unknown (enter the merchant profile in the popup to fill these in).\nScreenshots in ${relative(projectDir, outDir)}/`,
  );
  if (headed) {
    console.log('The window stays open; press Ctrl+C to quit.');
    process.once('SIGINT', () => {
      void browser.close().then(() => {
        rmSync(extensionDir, { recursive: true, force: true });
        return server.close();
      });
    });
    return;
  }
  await browser.close();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
}

await main();
