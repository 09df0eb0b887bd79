/**
 * A hostile live room (live-room-hostile.html): `* { all: unset; font-size: 40px !important }`,
 * sabotaged Array.prototype.map/forEach/filter and JSON.parse, a DOM flood and uncaught errors.
 * The extension's UI must look as on the normal page, the page must keep behaving as its own
 * scripts say, and the only page errors are the page's own.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { panelOf, snap, testNoExtensionTraffic, useExtensionBrowser } from './harness';

const harness = useExtensionBrowser();

/** Computed font-size and colour of the first text-bearing element inside the panel's shadow root. */
async function panelLook(page: Page) {
  const panel = panelOf(page, 'live-room');
  await expect.poll(() => panel.getAttribute('data-checks'), { timeout: 10_000 }).toBeTruthy();
  return panel.evaluate((host) => {
    const root = host.shadowRoot;
    const walker = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node = walker?.nextNode();
    while (node && !(node.nodeValue ?? '').trim()) node = walker?.nextNode();
    const element = node?.parentElement;
    if (!element) return null;
    const style = getComputedStyle(element);
    const box = host.getBoundingClientRect();
    return {
      fontSize: style.fontSize,
      color: style.color,
      fontFamily: style.fontFamily,
      visible: box.width > 0 && box.height > 0 && getComputedStyle(host).visibility !== 'hidden',
    };
  });
}

test('the panel looks the same on the hostile page as on the normal one', async () => {
  const normal = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  const expected = await panelLook(normal);
  await normal.close();
  expect(expected).not.toBeNull();

  const errors: string[] = [];
  const page = await harness.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.server.url('live.kuaishou.com', '/u/hostile'));
  const hostile = await panelLook(page);
  expect(hostile).toEqual(expected);
  expect(hostile?.fontSize).not.toBe('40px');
  expect(hostile?.visible).toBe(true);
  await snap(page, 'live-room-hostile');

  // The page's own behaviour is its own: its counter counts, its hijacked JSON.parse stays so.
  await page.locator('#page-counter').click();
  await page.locator('#page-counter').click();
  await expect.poll(() => page.locator('#page-counter').textContent()).toBe('点赞 2');
  expect(await page.locator('#page-parsed').textContent()).toBe('已劫持');
  await expect.poll(() => page.locator('body').getAttribute('data-flood')).not.toBe('0');
  // Its errors are only the two it throws itself.
  await expect.poll(() => errors.length, { timeout: 5_000 }).toBe(2);
  expect(errors.sort()).toEqual(['hostile page error: at load', 'hostile page error: late']);
  // Badges still come for the cart items despite the flood.
  await expect
    .poll(() => page.locator('[data-check-item][data-checks]').count())
    .toBeGreaterThan(0);
  await page.close();
});

testNoExtensionTraffic(harness);
