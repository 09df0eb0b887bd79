/** The extension loads in real Chromium with the least permissions, and its popup opens. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { kuaishouHosts } from '../../scripts/launch-chromium';
import { snap, testNoExtensionTraffic, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

test('the service worker starts and names the extension', () => {
  expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
  expect(harness.browser.serviceWorker?.url()).toBe(
    `chrome-extension://${harness.extensionId}/background.js`,
  );
});

test('the manifest asks for storage and the Kuaishou hosts only', () => {
  const manifest = JSON.parse(
    readFileSync(join(inject('extensionDir'), 'manifest.json'), 'utf8'),
  ) as Manifest;
  expect(manifest.manifest_version).toBe(3);
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

testNoExtensionTraffic(harness);
