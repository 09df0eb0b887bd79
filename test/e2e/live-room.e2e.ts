/**
 * Viewer live room (live.kuaishou.com/u/<id>): the 小黄车 items get badges, with the deposit
 * label's rendered style judged. live-room.html: 格力 25801234567822 ¥2,999.00, tag 意向金¥100,
 * label 「意向金可抵200元」 #ff4500 22px, not explained; 羊毛大衣 25801234567899 ¥458.00, tag
 * 意向金¥50, 讲解中, label 「意向金可抵100元」 #ff7a45 18px; body 14px.
 */
import { expect, test } from 'vitest';
import {
  checksOf,
  expectControlsReachable,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
  type Page,
} from './harness';

const harness = useExtensionBrowser();

/** The badge inside the 小黄车 list (the 讲解中 pop-up over the player carries one too). */
const cartBadge = (page: Page, itemId: string) =>
  page.locator('[class^="cart-list"]').locator(`[data-check-item="${itemId}"]`);

test('cart items get badges with the hand-derived verdicts', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  expect(await checksOf(cartBadge(page, '25801234567822'))).toMatchObject({
    'D-RATIO': 'pass', // ¥100 ÷ ¥2,999.00 = 3.3 % ∈ [1 %, 20 %]
    'D-LIVE': 'warn', // a deposit item, but 讲解中 is another one
    'D-STYLE': 'pass', // #ff4500 (h 16°, s 100 %, l 50 %), 22px ≥ 150 % × 14px
  });
  expect(await checksOf(cartBadge(page, '25801234567899'))).toMatchObject({
    'D-LIVE': 'pass', // it is the one being explained
    'D-STYLE': 'fail', // #ff7a45 is orange-red, but 18px < 21px (150 % × 14px)
  });
  // The chat keeps growing; nothing in it is a product.
  await page.waitForTimeout(600);
  expect(await page.locator('#chat-list [data-check-item]').count()).toBe(0);
  await snap(page, 'live-room');
  await page.close();
});

test('our badges leave every 去抢购 button reachable', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  await checksOf(cartBadge(page, '25801234567822'));
  await expectControlsReachable(page.locator('[class^="cart-list"] [class^="buy-btn"]'), 6);
  await page.close();
});

test('the deposit is the 意向金 tag (¥50), not the 可抵 amount (¥100): D-RATIO passes', async () => {
  const page = await harness.open('live.kuaishou.com', '/u/3xkz9fa2');
  // ¥50 ÷ ¥458.00 = 10.9 % ∈ [1 %, 20 %]; 「可抵100元」 is the deduction, not the deposit.
  expect(await checksOf(cartBadge(page, '25801234567899'))).toMatchObject({ 'D-RATIO': 'pass' });
  await page.close();
});

testNoExtensionTraffic(harness);
