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

test('a room whose state names the streamer by the numeric user id, with bare NaN/Infinity', async () => {
  // live-room-numeric.html: /u/haowu88yx, playList[0].author.id 1847392015 — the room's own
  // stream, on air. 破壁机 25803300000011 (意向金 ¥80, 讲解中) and 电饭煲 25803300000022 (意向金 ¥30).
  const page = await harness.open('live.kuaishou.com', '/u/haowu88yx');
  const cart = (itemId: string) =>
    page.locator('[class^="cart-panel"]').locator(`[data-check-item="${itemId}"]`);
  expect(await checksOf(cart('25803300000011'))).toMatchObject({ 'D-LIVE': 'pass' });
  expect(await checksOf(cart('25803300000022'))).toMatchObject({
    'D-LIVE': 'warn',
    'D-RATIO': 'pass', // ¥30 ÷ ¥399.00 = 7.5 %
  });
  await page.close();
});

testNoExtensionTraffic(harness);
