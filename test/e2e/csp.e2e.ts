/**
 * No CSP violation in the extension's own pages: zod is configured jitless (core/zod.ts), so it
 * never probes `new Function`, which MV3's policy refuses and Chromium reports as a violation.
 */
import { expect, test } from 'vitest';
import { useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();

test.each(['popup.html', 'options.html'])('%s logs no CSP violation', async (path) => {
  const page = await harness.context.newPage();
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
});
