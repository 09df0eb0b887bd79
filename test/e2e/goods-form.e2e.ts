/**
 * Goods form (…/zone/goods/config/release/detail?itemId=): the panel's verdicts follow the
 * form's numbers, and typing into an input re-evaluates. Expected values are SPEC applied by
 * hand to goods-form.html: 价格 ¥3,299.00, 活动价 ¥2,999.00, 意向金 ¥100, 可抵 ¥200,
 * 尾款 ¥2,799.00, 预售数量 1000, 总库存 300, 产能 900, label 「意向金可抵200元」.
 */
import { expect, test } from 'vitest';
import {
  checksOf,
  checksWhen,
  e2eBrowser,
  panelOf,
  snap,
  stopServiceWorker,
  testNoExtensionTraffic,
  uiVisible,
  useExtensionBrowser,
  expectControlsReachable,
  type Page,
} from './harness';

const harness = useExtensionBrowser();
let page: Page;

const input = (placeholder: string) => page.getByPlaceholder(placeholder, { exact: true });

test('the panel shows the verdicts of the form as loaded', async () => {
  page = await harness.open(
    's.kwaixiaodian.com',
    '/zone/goods/config/release/detail?itemId=25801234567822',
  );
  const panel = panelOf(page, 'goods-form');
  const checks = await checksOf(panel);
  expect(checks).toMatchObject({
    'D-RATIO': 'pass', // ¥100 ÷ ¥2,999.00 = 3.3 % ∈ [1 %, 20 %]
    'D-HIKE': 'pass', // ¥100 + ¥2,799.00 = ¥2,899.00 ≤ ¥3,299.00
    'D-STOCK': 'pass', // 300 ≥ 20 % × 1000 = 200
    'D-CAP': 'pass', // 1000 ≤ 120 % × 900 = 1080
    'D-LABEL-TEXT': 'pass', // 可抵200元 = 可抵金额 ¥200
  });
  // A deposit product gets the §5 access checks; no merchant profile is stored, so the
  // merchant's own terms are unknown, never a guessed pass.
  expect(checks['D-ENT']).toBe('unknown');
  // The 2023 campaign has ended: a product page lists only the programs current on the day
  // (SPEC §2), so no program check, not a failing one.
  expect(checks).not.toHaveProperty('FI-COSUB');
  await expect.poll(() => uiVisible(panel)).toBe(true);
  await snap(page, 'goods-form');
});

test('our panel covers none of the form’s own inputs and buttons', async () => {
  await checksOf(panelOf(page, 'goods-form'));
  await expectControlsReachable(page.locator('form input'), 10);
  await expectControlsReachable(page.locator('form button'), 3);
});

test('raising 意向金 to ¥1,000 breaks D-RATIO and D-HIKE; restoring it mends them', async () => {
  const panel = panelOf(page, 'goods-form');
  await input('意向金').fill('1000');
  // ¥1,000 ÷ ¥2,999.00 = 33 % > 20 %; ¥1,000 + ¥2,799.00 = ¥3,799.00 > ¥3,299.00.
  await checksWhen(panel, (c) => c['D-RATIO'] === 'fail' && c['D-HIKE'] === 'fail');
  await snap(page, 'goods-form-deposit-too-high');
  await input('意向金').fill('100');
  await checksWhen(panel, (c) => c['D-RATIO'] === 'pass' && c['D-HIKE'] === 'pass');
});

test('a presale quantity of 2000 is false stock and over capacity', async () => {
  const panel = panelOf(page, 'goods-form');
  await input('预售数量').fill('2000');
  // 300 < 20 % × 2000 = 400 → fail; 2000 > 120 % × 900 = 1080 → warn.
  const checks = await checksWhen(panel, (c) => c['D-STOCK'] === 'fail');
  expect(checks['D-CAP']).toBe('warn');
  await input('预售数量').fill('1000');
  await checksWhen(panel, (c) => c['D-STOCK'] === 'pass' && c['D-CAP'] === 'pass');
});

test('a label that names another amount fails D-LABEL-TEXT', async () => {
  const panel = panelOf(page, 'goods-form');
  await input('如：意向金可抵XX元').fill('意向金可抵300元');
  await checksWhen(panel, (c) => c['D-LABEL-TEXT'] === 'fail');
  await input('如：意向金可抵XX元').fill('意向金可抵200元');
  await checksWhen(panel, (c) => c['D-LABEL-TEXT'] === 'pass');
});

// Chromium only: Firefox runs the MV2 package, whose background page is persistent — it is never
// stopped for idleness, so there is no restart to survive (README: why MV2 for Firefox).
test.skipIf(e2eBrowser === 'firefox')(
  'after Chrome stops the worker, the next edit still gets a fresh verdict',
  async () => {
    const panel = panelOf(page, 'goods-form');
    await stopServiceWorker(harness);
    await input('意向金').fill('1000');
    await checksWhen(panel, (c) => c['D-RATIO'] === 'fail');
    await input('意向金').fill('100');
    await checksWhen(panel, (c) => c['D-RATIO'] === 'pass');
  },
);

test('the form tab closes', async () => {
  await page.close();
});

testNoExtensionTraffic(harness);
