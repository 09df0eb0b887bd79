/**
 * `npm run demo`: a merchant's first day. Builds the extension, serves the fixture pages under
 * the real host names, and in a fresh Chromium profile with the extension loaded — in a window
 * when a display exists, else headless — follows the tour: workbench home (存入 the metrics the
 * page shows) → goods list → product form → detail → signup → live console → live room, on
 * today's date; then sets the popup's "check as of" day inside the 2023 campaign (2023-02-21) and
 * takes the same tour again, so both faces of the product are seen. Each stop's screenshot goes to
 * out/demo/<day>/, and what each panel and badge found is printed (from their `data-checks`).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { shanghaiDay } from '../core/dates';
import {
  buildExtension,
  launchChromium,
  projectDir,
  type LaunchedChromium,
} from './launch-chromium';
import { startFixtureServer, type FixtureServer } from './serve-fixtures';

const outDir = join(projectDir, 'out/demo');

/** One page of each kind, in a merchant's order, with the query strings the real pages carry. */
export const demoTour = [
  { name: 'workbench-home', host: 's.kwaixiaodian.com', path: '/zone/home' },
  { name: 'goods-list', host: 's.kwaixiaodian.com', path: '/zone/goods/v1/list' },
  {
    name: 'goods-form',
    host: 's.kwaixiaodian.com',
    path: '/zone/goods/config/release/detail?itemId=25801234567822',
  },
  {
    name: 'detail',
    host: 'app.kwaixiaodian.com',
    path: '/web/kwaishop-goods-detail-page-app?id=25801234567822',
  },
  {
    name: 'signup',
    host: 's.kwaixiaodian.com',
    path: '/zone/business-invitation/business/singleList?id=1119',
  },
  { name: 'live-console', host: 'zs.kwaixiaodian.com', path: '/page/helper' },
  { name: 'live-room', host: 'live.kuaishou.com', path: '/u/3xkz9fa2' },
] as const;

/** A day inside every 2023 program's active window: the campaign face of the product. */
export const CAMPAIGN_DAY = '2023-02-21';
/** A day inside the made-up 2026 campaign of examples/ (all five program kinds current). */
export const EXAMPLE_DAY = '2026-12-08';
const examplePackPath = join(projectDir, 'examples', 'campaign-pack-2026-1212.json');

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

/** On the workbench home: accept the panel's offer to store the metrics the page shows. */
async function storeMetrics(page: Page): Promise<boolean> {
  const panel = page.locator('ks-check-panel');
  try {
    // The panel folds to its tab rather than cover the home's own controls: open it first.
    await panel.locator('button[aria-expanded]').first().waitFor({ timeout: 5_000 });
    const tab = panel.locator('button[aria-expanded="false"]');
    if ((await tab.count()) > 0) await tab.click();
    await panel.getByRole('button', { name: '存入', exact: true }).click({ timeout: 5_000 });
    await page.waitForTimeout(300);
    return true;
  } catch {
    return false;
  }
}

/** In the popup's 设置: the "check as of" day ('' for today), then the calendar's screenshot. */
async function setCheckDay(popup: Page, day: string, dir: string): Promise<void> {
  await popup.getByRole('tab', { name: '设置' }).click();
  await popup.locator('#settings-asof').fill(day);
  await popup.waitForTimeout(300);
  await popup.getByRole('tab', { name: '活动日历' }).click();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(dir, 'popup-calendar.png') });
  await popup.getByRole('tab', { name: '计算器' }).click();
  await popup.locator('#calc-price').fill('¥1,000.00');
  await popup.locator('#calc-payer').selectOption('FI-PLAT3');
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(dir, 'popup-calculator.png') });
}

async function tour(
  browser: LaunchedChromium,
  server: FixtureServer,
  label: string,
  dir: string,
  headed: boolean,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  console.log(`━━ ${label} ━━\n`);
  for (const stop of demoTour) {
    const url = server.url(stop.host, stop.path);
    const page = await browser.context.newPage();
    const response = await page.goto(url);
    if (!response?.ok()) console.log(`  (the fixture answered HTTP ${response?.status() ?? '—'})`);
    if (stop.name === 'workbench-home' && (await storeMetrics(page))) {
      console.log('  存入: the metrics the home page shows are now the merchant profile');
    }
    const found = await findings(page);
    const shot = join(dir, `${stop.name}.png`);
    await page.screenshot({ path: shot });
    console.log(`■ ${stop.name}  ${url}\n  screenshot: ${relative(projectDir, shot)}`);
    if (found.length === 0) console.log('  (no panel or badge on this page)');
    for (const { surface, checks } of found) {
      const said = checks.includes(':') ? compact(checks) : checks || '· no check applies';
      console.log(`  ${surface.padEnd(24)} ${said}`);
    }
    console.log('');
    if (!headed) await page.close();
  }
}

async function main() {
  const headed = Boolean(process.env.DISPLAY);
  console.log('Building the Chrome package…');
  const extensionDir = buildExtension('chrome');
  const server = await startFixtureServer();
  const browser = await launchChromium({ extensionDir, headed });
  rmSync(outDir, { recursive: true, force: true });
  console.log(`Extension ${browser.extensionId} loaded; fixtures on 127.0.0.1:${server.port}\n`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);

  const today = shanghaiDay(Date.now());
  const todayDir = join(outDir, 'today');
  await tour(
    browser,
    server,
    `Today, ${today}: the bundled 2023 campaign is over`,
    todayDir,
    headed,
  );
  await setCheckDay(popup, '', todayDir);
  const campaignDir = join(outDir, CAMPAIGN_DAY);
  await setCheckDay(popup, CAMPAIGN_DAY, campaignDir);
  await tour(
    browser,
    server,
    `Checked as of ${CAMPAIGN_DAY} (popup › 设置): inside the 2023 campaign`,
    campaignDir,
    headed,
  );
  // The campaign library: the example pack imported beside the bundled one, as on the options page.
  const examplePack = JSON.parse(readFileSync(examplePackPath, 'utf8')) as { name: string };
  const tellWorker = (message: object) =>
    popup.evaluate(
      (sent) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage(sent),
      message,
    );
  const imported = await tellWorker({ type: 'import-pack', pack: examplePack });
  console.log(`Imported ${relative(projectDir, examplePackPath)}: ${JSON.stringify(imported)}\n`);
  const exampleDir = join(outDir, EXAMPLE_DAY);
  await setCheckDay(popup, EXAMPLE_DAY, exampleDir);
  await tour(
    browser,
    server,
    `Checked as of ${EXAMPLE_DAY} with the example pack: its programs (BNPL-1212, FI-PLAT6, FI-COSUB30, RATE-1212, ACT-NEW1212)`,
    exampleDir,
    headed,
  );
  await tellWorker({ type: 'remove-pack', id: examplePack.name });
  await setCheckDay(popup, '', todayDir);

  console.log(
    `Legend: ✗ fail  ! warn  ✓ pass  ? unknown (each names where to give the missing input).\nScreenshots in ${relative(projectDir, outDir)}/today/, ${relative(projectDir, campaignDir)}/ and ${relative(projectDir, join(outDir, EXAMPLE_DAY))}/`,
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
