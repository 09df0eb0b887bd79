/**
 * The console assertion every Firefox spec ends with is only worth something if it can fail: here
 * the extension's own contexts are made to log, and the check must name what they logged — and
 * leave the page's own console alone. Firefox only: Chromium gives a test no such store (its
 * extension errors would need a debugger attached to every extension context).
 */
import { expect, test } from 'vitest';
import { e2eBrowser, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser({ checkConsoleAfterAll: false });
const firefoxOnly = test.skipIf(e2eBrowser !== 'firefox');

const logged = async (text: string) =>
  (await harness.session.extensionLog()).some((entry) => entry.message.includes(text));

firefoxOnly('a console.error of the background page, with our prefix, is caught', async () => {
  const popup = await harness.openPopup();
  await popup.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        browser: { runtime: { getBackgroundPage(): Promise<typeof globalThis> } };
      }
    ).browser.runtime;
    (await runtime.getBackgroundPage()).console.error('[快手助手] probe from the background');
  });
  await expect.poll(() => logged('probe from the background')).toBe(true);
  await popup.close();
});

firefoxOnly('an uncaught error in an extension page is caught, with its source', async () => {
  const popup = await harness.openPopup();
  await popup.evaluate(() => {
    setTimeout(() => {
      throw new Error('probe uncaught in the popup');
    });
  });
  await expect.poll(() => logged('probe uncaught in the popup')).toBe(true);
  const entry = (await harness.session.extensionLog()).find((logEntry) =>
    logEntry.message.includes('probe uncaught in the popup'),
  );
  expect(entry?.source).toBe(`${harness.extensionOrigin}/popup.html`);
  await popup.close();
});

firefoxOnly('a page’s own console warning is not the extension’s', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  await page.evaluate(() => console.warn('probe from the page itself'));
  await page.waitForTimeout(500);
  expect(await logged('probe from the page itself')).toBe(false);
  await page.close();
});
