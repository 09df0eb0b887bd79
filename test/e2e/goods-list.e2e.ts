/**
 * Goods list (s.kwaixiaodian.com/zone/goods/v1/list): a badge per real row with hand-derived
 * verdicts, rows added late get theirs, and the SPA route from the workbench home re-reads.
 * Expected values come from SPEC + goods-list.html's numbers, not from what the code prints.
 */
import { expect, test } from 'vitest';
import {
  badgeOf,
  checksOf,
  parseChecks,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
  expectControlsReachable,
} from './harness';

const harness = useExtensionBrowser();
const host = 's.kwaixiaodian.com';

/** The 12 product rows of goods-list.html (two written `ID：` with a full-width colon). */
const firstPageIds = [
  '25812911614326',
  '25812911614327',
  '25801234567811',
  '25801234567822',
  '25801234567833',
  '25801234567844',
  '25801234567855',
  '25801234567866',
  '25801234567877',
  '25801234567888',
  '25801234567899',
  '25801234567900',
];

test('every real row gets one badge, measure rows none', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  await expect
    .poll(() => page.locator('[data-check-item][data-checks]').count(), { timeout: 10_000 })
    .toBe(firstPageIds.length);
  const ids = await page
    .locator('[data-check-item]')
    .evaluateAll((hosts) => hosts.map((badge) => badge.getAttribute('data-check-item')));
  expect(ids.sort()).toEqual([...firstPageIds].sort());
  // Zero-height measure rows stay untouched.
  expect(await page.locator('tr[aria-hidden="true"] [data-check-item]').count()).toBe(0);
  await snap(page, 'goods-list');
  await page.close();
});

test("hovering a pill opens its card with the item's whole checks, fetched then", async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  const badge = badgeOf(page, '25801234567822');
  await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
  await badge.locator('button.ks-badge').hover();
  const card = badge.locator('.ks-card');
  // Each check's message, values and source: the whole report, not only the verdicts.
  await expect.poll(() => card.textContent(), { timeout: 5_000 }).toMatch(/来源/);
  expect(await card.textContent()).toMatch(/意向金/);
  await snap(page, 'goods-list-card');
  await page.close();
});

test('deposit rows: 意向金 ÷ price inside [1 %, 20 %] passes D-RATIO', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  // 格力 空调: ¥100 ÷ ¥3,299.00 = 3.0 %; 羊毛大衣: ¥50 ÷ ¥458 = 10.9 %.
  expect(await checksOf(badgeOf(page, '25801234567822'))).toMatchObject({ 'D-RATIO': 'pass' });
  expect(await checksOf(badgeOf(page, '25801234567899'))).toMatchObject({ 'D-RATIO': 'pass' });
  await page.close();
});

test('a badge shows the worst status of its own checks', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  await expect
    .poll(() => page.locator('[data-check-item][data-check-status]').count(), { timeout: 10_000 })
    .toBe(firstPageIds.length);
  const severity = ['pass', 'unknown', 'warn', 'fail'];
  for (const badge of await page.locator('[data-check-item]').all()) {
    const statuses = Object.values(parseChecks(await badge.getAttribute('data-checks')));
    const worst = statuses.sort((a, b) => severity.indexOf(b) - severity.indexOf(a))[0];
    // `none`: no check applies to the item (never `unknown`, which asks for an input).
    expect(await badge.getAttribute('data-check-status')).toBe(worst ?? 'none');
  }
  await page.close();
});

test('today the 2023 campaign is over: no item carries a program or M-* check, and none is red for it', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  await checksOf(badgeOf(page, '25801234567822'));
  for (const badge of await page.locator('[data-check-item]').all()) {
    const ids = Object.keys(parseChecks(await badge.getAttribute('data-checks')));
    expect(ids.filter((id) => /^(M-|BNPL-SUB|FI-)/.test(id))).toEqual([]);
  }
  // 加厚抽绳垃圾袋: no deposit, nothing wrong — a quiet pill, not a red one.
  const plain = badgeOf(page, '25812911614327');
  expect(await plain.getAttribute('data-check-status')).toBe('none');
  await page.close();
});

test('rows added late by 「下一页」 get their badges', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  await expect.poll(() => badgeOf(page, '25801234567900').count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: '下一页' }).click();
  // 索尼 耳机: 意向金 ¥100 ÷ ¥2,499.00 = 4.0 % → D-RATIO pass.
  expect(await checksOf(badgeOf(page, '25801234568003'))).toMatchObject({ 'D-RATIO': 'pass' });
  await expect
    .poll(() => page.locator('[data-check-item][data-checks]').count(), { timeout: 10_000 })
    .toBe(firstPageIds.length + 5);
  await page.close();
});

test('our badges cover none of the table’s own controls', async () => {
  const page = await harness.open(host, '/zone/goods/v1/list');
  await checksOf(badgeOf(page, '25801234567822'));
  await expectControlsReachable(page.locator('tbody tr a', { hasText: /^编辑$/ }), 12);
  await expectControlsReachable(page.locator('tbody input[type="checkbox"]'));
  await expectControlsReachable(page.getByRole('button', { name: '下一页' }));
  await page.close();
});

test('SPA navigation: workbench home → 「商品列表」 → the goods list is read', async () => {
  const page = await harness.open(host, '/zone/home');
  await page.getByRole('button', { name: '商品列表' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/zone/goods/v1/list');
  // The in-app table holds three rows (no deposit tags): each gets a badge with verdicts.
  await expect
    .poll(() => page.locator('[data-check-item][data-checks]').count(), { timeout: 10_000 })
    .toBe(3);
  const ids = await page
    .locator('[data-check-item]')
    .evaluateAll((hosts) => hosts.map((badge) => badge.getAttribute('data-check-item')));
  expect(ids.sort()).toEqual(['25801234567811', '25801234567822', '25812911614326']);
  await snap(page, 'goods-list-after-spa-navigation');
  await page.close();
});

testNoExtensionTraffic(harness);
