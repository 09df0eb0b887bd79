/**
 * No stall at the 64 MB budget (issue 21), in the real browser: the price history is filled to
 * ~58 MB through the worker's own `record-observations` message (as a merchant's pages fill it),
 * then the options page opens while a goods list asks for its verdicts. The e2e build counts its
 * storage reads (`WXT_STORAGE_PROBE`, lib/storage/read-probe.ts), so this asserts without a clock:
 * the storage view shows the right figures, the list gets every verdict, and neither the worker
 * nor the options page reads every stored value or lists every key to get there — the reads that
 * held every tab's verdicts for seconds. The times are `npm run bench:storage`'s.
 */
import { beforeAll, expect, test } from 'vitest';
import type { StorageReads } from '@/lib/storage/read-probe';
import { fillHistory } from '../../scripts/history-fill';
import type { ChromiumSession } from './chromium-session';
import {
  askWorker,
  e2eBrowser,
  stopServiceWorker,
  testNoExtensionTraffic,
  useExtensionBrowser,
  type Page,
} from './harness';

const harness = useExtensionBrowser();
const host = 's.kwaixiaodian.com';
/**
 * The case is 58 MB of the 64 MB budget; Chromium fills it in ~70 s. Firefox's
 * storage.local (IndexedDB) took 574 s for the same 58 MB on a loaded machine (and the checks
 * below passed), so it fills 12 MB: nothing asserted depends on the size, only on what is read.
 * E2E_STALL_FILL_MB sets it for either browser.
 */
const fillBytes =
  Number(process.env.E2E_STALL_FILL_MB ?? (e2eBrowser === 'firefox' ? 12 : 58)) * 1024 * 1024;
/** The items the goods list fixture records (12 pills; as storage-messaging.e2e.ts counts). */
const listItems = 11;

interface Reply<T> {
  ok: boolean;
  data: T;
  error?: string;
}
interface Usage {
  bytes: number;
  items: number;
}
const ask = async <T>(message: object) => (await askWorker(harness, message)) as Reply<T>;

/** An extension page kept open to talk to the worker and storage as the extension's pages do. */
let messenger: Page;
beforeAll(async () => {
  // Firefox shows manifest.json in its JSON viewer, without the extension API.
  messenger = await harness.openExtensionPage(
    e2eBrowser === 'firefox' ? 'popup.html' : 'manifest.json',
  );
});

type ExtensionApi = {
  runtime: {
    sendMessage(message: object): Promise<unknown>;
    getBackgroundPage(): Promise<{ __storageReads?: StorageReads }>;
  };
  storage: {
    local: {
      get(keys: null | string[]): Promise<Record<string, unknown>>;
      getKeys(): Promise<string[]>;
      set(items: object): Promise<void>;
    };
  };
};

/** What the worker has read so far (a restarted MV3 worker starts again from 0). */
async function workerReads(): Promise<StorageReads> {
  if (harness.browserName === 'chromium') {
    const { context } = (harness.session as ChromiumSession).chromium;
    await expect
      .poll(() => context.serviceWorkers().some((w) => w.url().startsWith(harness.extensionOrigin)))
      .toBe(true);
    const worker = context
      .serviceWorkers()
      .find((candidate) => candidate.url().startsWith(harness.extensionOrigin));
    return worker!.evaluate(
      () => (globalThis as unknown as { __storageReads: StorageReads }).__storageReads,
    );
  }
  // Firefox's MV2 background page, reached from an extension page.
  return messenger.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return (await api.runtime.getBackgroundPage()).__storageReads as StorageReads;
  });
}

const pageReads = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __storageReads: StorageReads }).__storageReads);

/** Fills the history to `bytes` through the worker's record message, from the messenger page. */
const fill = (bytes: number) =>
  fillHistory(
    async (message) => {
      const reply = (await messenger.evaluate((sent) => {
        const global = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi>;
        return (global.browser ?? global.chrome).runtime.sendMessage(sent);
      }, message)) as Reply<unknown>;
      expect(reply.ok, reply.error).toBe(true);
    },
    async () => (await ask<Usage>({ type: 'storage-usage' })).data,
    bytes,
  );

/** The history's bytes as the quota counts them, read back by the test itself a chunk at a time. */
const countedFromStorage = () =>
  messenger.evaluate(async () => {
    const global = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi>;
    const local = (global.browser ?? global.chrome).storage.local;
    const keys = (await local.getKeys()).filter(
      (key) =>
        (key.startsWith('history:') || key.startsWith('history-days:')) && !key.endsWith('$'),
    );
    let bytes = 0;
    for (let start = 0; start < keys.length; start += 200) {
      const found = await local.get(keys.slice(start, start + 200));
      for (const [key, value] of Object.entries(found)) {
        bytes += key.length + JSON.stringify(value).length;
      }
    }
    return { bytes, items: keys.filter((key) => key.startsWith('history:')).length };
  });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What the storage view says: the bytes as shown (`58.0 MB`) and the items. */
interface Shown {
  mb: string;
  items: number;
}

/**
 * Opens the options page and waits for all it shows on opening: the storage view (its figures
 * returned), the history table's count and the settings backup's row.
 */
async function openOptions(): Promise<{ page: Page; shown: Shown }> {
  const page = await harness.openExtensionPage('options.html');
  let shown: Shown | null = null;
  await expect
    .poll(
      async () => {
        const text = (await page.locator('main').textContent()) ?? '';
        const view = /价格记录占用 ([\d.]+ [KM]B)，上限64\.0 MB（\d+%）· 已记录商品数：(\d+)/.exec(
          text,
        );
        const tableCount = text.split('已记录商品数：').length === 3;
        if (!view || !tableCount || !text.includes('备份时间')) return false;
        shown = { mb: view[1] ?? '', items: Number(view[2]) };
        return true;
      },
      { timeout: 60_000, interval: 100 },
    )
    .toBe(true);
  return { page, shown: shown! };
}

test('at the budget the options page shows the right figures without reading everything, and a list gets its verdicts meanwhile', async () => {
  await ask({ type: 'reset-all' });
  // Stored settings that fail validation: the worker backs them up (a merchant with a backup).
  await messenger.evaluate(() => {
    const global = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi>;
    return (global.browser ?? global.chrome).storage.local.set({
      settings: { lookbackDays: 'a year' },
    });
  });
  await ask({ type: 'get-settings' });
  // Judged on a campaign day, so each answered pill carries M-EXP (as storage-messaging does).
  await ask({ type: 'set-settings', patch: { asOfDate: '2023-02-21' } });
  const started = Date.now();
  const stage = (name: string) =>
    console.log(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  const filled = await fill(fillBytes);
  stage('filled');
  expect(filled.bytes).toBeGreaterThanOrEqual(fillBytes * 0.98);
  expect(filled.bytes).toBeLessThanOrEqual(64 * 1024 * 1024);

  const before = await workerReads();
  // A goods list asking for its verdicts while the options page opens.
  const list = await harness.context.newPage();
  const listLoaded = list.goto(harness.server.url(host, '/zone/goods/v1/list'));
  const { page: options, shown } = await openOptions();
  await listLoaded;
  await expect
    .poll(() => list.locator('[data-check-item][data-checks*="M-EXP:"]').count(), {
      timeout: 60_000,
    })
    .toBe(12);
  stage('options page and list done');
  const after = await workerReads();
  const page = await pageReads(options);

  // Neither side read everything, nor listed every key (the backups have their index).
  expect(after.full - before.full).toBe(0);
  expect(after.keyListings - before.keyListings).toBe(0);
  expect(page).toMatchObject({ full: 0, keyListings: 0 });
  // A few small values — settings, the totals, the backup and its index — not 6 000 items.
  expect(page.values).toBeLessThanOrEqual(10);
  console.log(
    `${mb(filled.bytes)}, ${filled.items} items; the options page read ${page.values} values in ${page.calls} calls, the worker ${after.values - before.values} in ${after.calls - before.calls} (with the list's verdicts)`,
  );

  // The figures shown: what was filled, with as many of the list's items as were recorded
  // before the page asked.
  expect(shown.items).toBeGreaterThanOrEqual(filled.items);
  expect(shown.items).toBeLessThanOrEqual(filled.items + listItems);
  if (shown.items === filled.items) expect(shown.mb).toBe(mb(filled.bytes));
  // …and once the list's prices are written, the worker's totals are the stored truth, exactly.
  await expect
    .poll(async () => (await ask<Usage>({ type: 'storage-usage' })).data.items, {
      timeout: 30_000,
    })
    .toBe(filled.items + listItems);
  stage('list recorded');
  const truth = await countedFromStorage();
  stage('counted');
  const usage = (await ask<Usage>({ type: 'storage-usage' })).data;
  expect(usage).toMatchObject(truth);
  const reopened = await openOptions();
  expect(reopened.shown).toMatchObject({ items: truth.items, mb: mb(truth.bytes) });
  await reopened.page.close();

  // The probe is not blind: a read through the page's storage API is counted.
  await options.evaluate(() => {
    const global = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi>;
    return (global.browser ?? global.chrome).storage.local.get(['settings']);
  });
  expect((await pageReads(options)).calls).toBe(page.calls + 1);
  await options.close();
  await list.close();
}, 600_000);

// Firefox runs the MV2 package, whose background page is persistent: there is no worker to stop.
test.skipIf(e2eBrowser === 'firefox')(
  'a restarted worker shows the same figures from the stored totals, reading one small value',
  async () => {
    const usage = (await ask<Usage>({ type: 'storage-usage' })).data;
    await stopServiceWorker(harness);
    const { page: options, shown } = await openOptions();
    expect(shown).toMatchObject({ items: usage.items, mb: mb(usage.bytes) });
    const fresh = await workerReads();
    expect(fresh).toMatchObject({ full: 0, keyListings: 0 });
    expect(fresh.values).toBeLessThanOrEqual(10);
    await options.close();
  },
  120_000,
);

testNoExtensionTraffic(harness);
