/**
 * Viewer live room (live.kuaishou.com/u/<id>): the 小黄车 items get badges, with the deposit
 * label's rendered style judged. live-room.html: 格力 25801234567822 ¥2,999.00 意向金¥300,
 * label #ff4500 22px, not explained; 羊毛大衣 25801234567899 ¥458.00 意向金¥50, 讲解中, label
 * #ff7a45 18px; body 14px.
 */
import { expect, test } from 'vitest';
import {
  badgeOf,
  checksOf,
  panelOf,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
} from './harness';

const harness = useExtensionBrowser();

test('cart items get badges with the hand-derived verdicts', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  expect(await checksOf(badgeOf(page, '25801234567822'))).toMatchObject({
    'D-RATIO': 'pass', // ¥300 ÷ ¥2,999.00 = 10.0 %
    'D-LIVE': 'warn', // a deposit item, but 讲解中 is another one
    'D-STYLE': 'pass', // #ff4500 (h 16°, s 100 %, l 50 %), 22px ≥ 150 % × 14px
  });
  expect(await checksOf(badgeOf(page, '25801234567899'))).toMatchObject({
    'D-RATIO': 'pass', // ¥50 ÷ ¥458.00 = 10.9 %
    'D-LIVE': 'pass', // it is the one being explained
    'D-STYLE': 'fail', // #ff7a45 is orange-red, but 18px < 21px (150 % × 14px)
  });
  await expect.poll(() => panelOf(page, 'live-room').count()).toBe(1);
  // The chat keeps growing; nothing in it is a product.
  await page.waitForTimeout(600);
  expect(await page.locator('#chat-list [data-check-item]').count()).toBe(0);
  await snap(page, 'live-room');
  await page.close();
});

testNoExtensionTraffic(harness);
