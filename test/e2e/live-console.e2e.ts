/**
 * Live console (zs.kwaixiaodian.com/page/helper): react-virtuoso keeps 8 rows in the DOM and
 * reuses them on scroll, so a badge must follow the product now in its row. live-console.html:
 * 格力 空调 25901000000000 ¥3,299.00 意向金 ¥100 (not explained); 羊毛大衣 25901000015838
 * ¥458.00 意向金 ¥50 (讲解中). D-LIVE: a deposit item must be the one being explained. Each card
 * prints its 商品ID; viewers' comments run beside the cart.
 */
import { expect, test } from 'vitest';
import {
  badgeOf,
  checksOf,
  checksWhen,
  panelOf,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
  expectControlsReachable,
  type Page,
} from './harness';

const harness = useExtensionBrowser();
let page: Page;

/** The 商品ID shown in the virtual row that holds this badge. */
const rowIdOfBadge = (itemId: string) =>
  badgeOf(page, itemId).evaluate((badge) => {
    const row = badge.closest('[data-index]');
    return /商品ID：(\d+)/.exec(row?.textContent ?? '')?.[1] ?? null;
  });

test('visible rows get badges: the explained deposit item passes D-LIVE, the other warns', async () => {
  page = await harness.open('zs.kwaixiaodian.com', '/page/helper');
  // 格力: ¥100 ÷ ¥3,299.00 = 3.0 %; 大衣: ¥50 ÷ ¥458.00 = 10.9 %.
  expect(await checksOf(badgeOf(page, '25901000000000'))).toMatchObject({
    'D-LIVE': 'warn',
    'D-RATIO': 'pass',
  });
  expect(await checksOf(badgeOf(page, '25901000015838'))).toMatchObject({
    'D-LIVE': 'pass',
    'D-RATIO': 'pass',
  });
  expect(await rowIdOfBadge('25901000000000')).toBe('25901000000000');
  await expect.poll(() => panelOf(page, 'live-console').count()).toBe(1);
  // The comments beside the cart (some say 讲解中 or a price) are no products.
  expect(await page.locator('#chat-list [data-check-item]').count()).toBe(0);
  await snap(page, 'live-console');
});

test('our UI leaves every visible row’s buttons reachable', async () => {
  await expectControlsReachable(
    page.locator('[data-test-id="virtuoso-item-list"] button', { hasText: /讲解|置顶/ }),
    16,
  );
});

test('scrolling reuses the rows: badges follow the products now shown', async () => {
  // Row height 84 px: scrolling to 30 × 84 shows products 30…37 in the same 8 elements.
  await page.locator('[data-test-id="virtuoso-scroller"]').evaluate((scroller) => {
    scroller.scrollTop = 30 * 84;
    scroller.dispatchEvent(new Event('scroll'));
  });
  // Product 30: 格力 第3批 25901000237570, 意向金 ¥100, not explained.
  expect(await checksOf(badgeOf(page, '25901000237570'))).toMatchObject({ 'D-LIVE': 'warn' });
  expect(await rowIdOfBadge('25901000237570')).toBe('25901000237570');
  // The first rows' products scrolled away: no badge is left claiming them.
  await expect.poll(() => badgeOf(page, '25901000000000').count()).toBe(0);
  await snap(page, 'live-console-scrolled');
});

test('「开始讲解」 stays clickable under our UI and makes the item pass D-LIVE', async () => {
  const row = page.locator('[data-index="30"]');
  await row.getByRole('button', { name: '开始讲解' }).click();
  await checksWhen(badgeOf(page, '25901000237570'), (c) => c['D-LIVE'] === 'pass');
  await page.close();
});

/**
 * The console as public automation tools record it (live-console-ids.html): the cards carry the
 * item id only in their element id `c1goods-<itemId>`, the 序号 input is the cart position, the
 * explained card says 结束讲解 and is pinned above the list as `inner_c1goods-<itemId>-recording`.
 * Product i is 25902000000000 + i × 6173; product 0 格力 ¥3,299.00 意向金 ¥100, product 3 大衣
 * ¥458.00 意向金 ¥50 explained; row height 96 px; comments run beside the cart.
 */
const ids = {
  gree: '25902000000000',
  coat: '25902000018519',
  gree3: '25902000123460',
  coat3: '25902000141979',
};

const scrollRowsTo = (top: number) =>
  page.locator('[data-virtuoso-scroller]').evaluate((scroller, to) => {
    scroller.scrollTop = to;
    scroller.dispatchEvent(new Event('scroll'));
  }, top);

/** The element id of the card that holds this badge. */
const cardIdOfBadge = (itemId: string) =>
  badgeOf(page, itemId).evaluate((badge) => badge.closest('[id*="c1goods-"]')?.id ?? null);

test('ids only in element ids: every row is badged, the pinned card and its row agree', async () => {
  page = await harness.open('zs.kwaixiaodian.com', '/page/helper?layout=ids');
  expect(await checksOf(badgeOf(page, ids.gree))).toMatchObject({
    'D-LIVE': 'warn',
    'D-RATIO': 'pass', // ¥100 ÷ ¥3,299.00 = 3.0 %
  });
  expect(await checksOf(badgeOf(page, ids.coat))).toMatchObject({
    'D-LIVE': 'pass',
    'D-RATIO': 'pass', // ¥50 ÷ ¥458.00 = 10.9 %
  });
  expect(await cardIdOfBadge(ids.gree)).toBe(`c1goods-${ids.gree}`);
  // One panel, for the pinned card's product, judged as its row is.
  await expect.poll(() => panelOf(page, 'live-console').count()).toBe(1);
  expect(await checksOf(panelOf(page, 'live-console'))).toMatchObject({ 'D-LIVE': 'pass' });
  expect(await page.locator('[id$="-recording"] [data-check-item]').count()).toBe(0);
  // The comments beside the cart are no products.
  expect(await page.locator('#chat-list [data-check-item]').count()).toBe(0);
  await snap(page, 'live-console-ids');
});

test('ids only: our UI leaves the rows’ and the pinned card’s buttons reachable', async () => {
  await expectControlsReachable(
    page.locator('[data-test-id="virtuoso-item-list"] button, [id$="-recording"] button'),
    24,
  );
});

test('ids only: 「开始讲解」 moves the pinned card, the panel and both pills together', async () => {
  // The reachability test scrolled each button into view: back to the first rows.
  await scrollRowsTo(0);
  await page
    .locator(`[id="c1goods-${ids.gree}"]`)
    .getByRole('button', { name: '开始讲解' })
    .click();
  await checksWhen(badgeOf(page, ids.gree), (c) => c['D-LIVE'] === 'pass');
  await checksWhen(badgeOf(page, ids.coat), (c) => c['D-LIVE'] === 'warn');
  await expect
    .poll(() => page.locator(`[id="inner_c1goods-${ids.gree}-recording"]`).count())
    .toBe(1);
  expect(await checksOf(panelOf(page, 'live-console'))).toMatchObject({ 'D-LIVE': 'pass' });
});

test('ids only: scrolling reuses the rows, the badges follow the element ids', async () => {
  await scrollRowsTo(20 * 96);
  // Products 20…27 now, in the same 8 row elements: 格力 第3批 is product 20.
  expect(await checksOf(badgeOf(page, ids.gree3))).toMatchObject({ 'D-LIVE': 'warn' });
  // A recycled row's badge moves on the frame after the list re-renders the row: wait for it.
  await expect.poll(() => cardIdOfBadge(ids.gree3)).toBe(`c1goods-${ids.gree3}`);
  await expect.poll(() => cardIdOfBadge(ids.coat3)).toBe(`c1goods-${ids.coat3}`);
  await expect.poll(() => badgeOf(page, ids.coat).count()).toBe(0);
  // The explained product's row scrolled away; its panel stays.
  expect(await checksOf(panelOf(page, 'live-console'))).toMatchObject({ 'D-LIVE': 'pass' });
  await page.close();
});

testNoExtensionTraffic(harness);
