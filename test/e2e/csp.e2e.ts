/**
 * No CSP violation in the extension's own pages: zod is configured jitless (core/zod.ts), so it
 * never probes `new Function`, which MV3's policy refuses and Chromium reports as a violation.
 *
 * Chromium only: it listens to the page's console and `securitypolicyviolation` events through
 * Playwright. In Firefox the harness reads the browser's console store over the whole run and
 * fails on any error or warning from the extension's address, CSP reports included.
 */
import { expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { e2eBrowser, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();

test.skipIf(e2eBrowser === 'firefox').each(['popup.html', 'options.html'])(
  '%s logs no CSP violation',
  async (path) => {
    // In Chromium the harness's pages are Playwright's own.
    const page = (await harness.context.newPage()) as unknown as PlaywrightPage;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval/i.test(message.text()))
        violations.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspSeen: string[] }).cspSeen = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
    // Both pages parse with zod on load (the popup its settings and pack, options its pack).
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { cspSeen?: string[] }).cspSeen);
    expect(seen).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  },
);
