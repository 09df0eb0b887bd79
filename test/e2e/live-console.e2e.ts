/**
 * Live console (zs.kwaixiaodian.com/page/helper): react-virtuoso keeps 8 rows in the DOM and
 * reuses them on scroll, so a badge must follow the product now in its row. live-console.html:
 * 格力 空调 25901000000000 ¥3,299.00 意向金 ¥100 (not explained); 羊毛大衣 25901000015838
 * ¥458.00 意向金 ¥50 (讲解中). D-LIVE: a deposit item must be the one being explained.
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

testNoExtensionTraffic(harness);
