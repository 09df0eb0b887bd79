/**
 * The extension loads in the real browser with the least permissions, and its popup opens:
 * Chromium runs the MV3 package (a service worker), Firefox the MV2 one (a background page;
 * README: why MV2 for Firefox).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { kuaishouHosts } from '../../scripts/launch-chromium';
import { askWorker, snap, testNoExtensionTraffic, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

test('the background script runs and names the extension', async () => {
  if (harness.browserName === 'chromium') {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    expect(harness.backgroundUrl).toBe(`chrome-extension://${harness.extensionId}/background.js`);
  } else {
    expect(harness.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
  }
  // It answers: the background script is up and handles the extension's own messages.
  const reply = (await askWorker(harness, { type: 'price-history', itemId: '1' })) as object;
  expect(reply).toHaveProperty('data');
});

test('the manifest asks for storage and the Kuaishou hosts only', () => {
  const manifest = JSON.parse(
    readFileSync(join(inject('extensionDir'), 'manifest.json'), 'utf8'),
  ) as Manifest;
  // Firefox ships MV2; E2E_FIREFOX_MV3=1 runs the MV3 build for comparison.
  const firefoxMv2 = harness.browserName === 'firefox' && process.env.E2E_FIREFOX_MV3 !== '1';
  expect(manifest.manifest_version).toBe(firefoxMv2 ? 2 : 3);
  expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ].map((pattern) => new URL(pattern.replace('*://', 'https://')).hostname);
  for (const host of hosts) expect(kuaishouHosts).toContain(host);
});

test('the popup page opens and renders', async () => {
  const popup = await harness.openPopup();
  await expect.poll(() => popup.locator('body *').count()).toBeGreaterThan(0);
  await snap(popup, 'popup-opened');
});

test('a Kuaishou page gets the content script', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  await expect
    .poll(() => page.locator('[data-check-item][data-checks]').count())
    .toBeGreaterThan(0);
  await page.close();
});

testNoExtensionTraffic(harness);
