/**
 * The popup (chrome-extension://<id>/popup.html): the installment calculator reproduces SPEC §4's
 * worked examples, and settings changed here reach the panels already open on a page.
 */
import { expect, test } from 'vitest';
import { pageKindNames } from '@/components/i18n';
import {
  checksOf,
  checksWhen,
  panelOf,
  snap,
  testNoExtensionTraffic,
  useExtensionBrowser,
  type Locator,
  type Page,
} from './harness';

const harness = useExtensionBrowser();
let popup: Page;

/** The plan as shown: { 手续费: '¥23.00', 每期: '3 × ¥341.00', … } plus 每日仅需. */
async function shownPlan(): Promise<Record<string, string>> {
  const plan = popup.locator('.ks-plan');
  await expect.poll(() => plan.count()).toBe(1);
  const rows = await plan
    .locator('.ks-value')
    .evaluateAll((pairs) =>
      pairs.map((pair) => [
        pair.querySelector('dt')?.textContent?.trim() ?? '',
        pair.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
  const daily = (await plan.locator('.ks-daily strong').textContent())?.trim() ?? '';
  return { ...Object.fromEntries(rows), 每日仅需: daily };
}

test('¥1,000.00, 3 periods, buyer pays: ¥341.02 + 2 × ¥340.99, 每日 ¥11.37', async () => {
  popup = await harness.openPopup();
  // Planning for the 2023 campaign: the programs' shares apply only inside their active windows.
  await popup.getByRole('tab', { name: '设置' }).click();
  await popup.locator('#settings-asof').fill('2023-02-21');
  await expect.poll(() => popup.locator('.pp-asof').textContent()).toContain('2023-02-21');
  await popup.getByRole('tab', { name: '计算器' }).click();
  await popup.locator('#calc-price').fill('¥1,000.00');
  await popup.locator('input[name="calc-periods"][value="3"]').check();
  await popup.locator('#calc-payer').selectOption('consumer');
  // 花呗: fee 2.3 % = ¥23.00; principal ¥333.34 + ¥333.33 × 2, fee ¥7.68 + ¥7.66 × 2 (each
  // floored, remainders first) → ¥341.02, ¥340.99, ¥340.99; ¥341.02 ÷ 30 = ¥11.367… → ¥11.37.
  await expect.poll(shownPlan).toMatchObject({
    手续费: '¥23.00',
    每期: '¥341.02 + 2 × ¥340.99',
    每日仅需: '¥11.37',
  });
});

test('¥1,000.00, 3 periods, FI-PLAT3 at 1.8 %: the platform pays ¥18.00, ¥333.34 + 2 × ¥333.33', async () => {
  await popup.locator('input[name="calc-periods"][value="3"]').check();
  await popup.locator('#calc-payer').selectOption('FI-PLAT3');
  await expect.poll(shownPlan).toMatchObject({
    手续费: '¥18.00',
    平台承担: '¥18.00',
    商家承担: '¥0.00',
    每期: '¥333.34 + 2 × ¥333.33',
    每日仅需: '¥11.12',
  });
});

test('¥1,000.00, 6 periods, FI-COSUB: platform ¥9.00, merchant ¥36.00, ¥166.70 + 5 × ¥166.66', async () => {
  await popup.locator('input[name="calc-periods"][value="6"]').check();
  await popup.locator('#calc-payer').selectOption('FI-COSUB');
  // 4.5 % → ¥45.00: platform 20 % = ¥9.00, merchant 80 % = ¥36.00; the buyer pays the price only:
  // ¥1,000.00 ÷ 6 = ¥166.66 r 4 fen → first ¥166.70; 每日 ¥166.70 ÷ 30 = ¥5.556… → ¥5.56.
  await expect.poll(shownPlan).toMatchObject({
    手续费: '¥45.00',
    平台承担: '¥9.00',
    商家承担: '¥36.00',
    每期: '¥166.70 + 5 × ¥166.66',
    每日仅需: '¥5.56',
  });
  await popup.locator('.ks-plan').scrollIntoViewIfNeeded();
  await snap(popup, 'popup-calculator');
});

/** The shadow root's visible text of a panel. */
const panelText = (panel: Locator) => panel.evaluate((host) => host.shadowRoot?.textContent ?? '');
const cjkCount = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

test('hiding a check in the popup removes it from the open page’s panel', async () => {
  const page = await harness.open(
    'app.kwaixiaodian.com',
    '/web/kwaishop-goods-detail-page-app?id=25801234567822',
  );
  const panel = panelOf(page, 'detail');
  expect(await checksOf(panel)).toHaveProperty('D-MARK');

  await popup.bringToFront();
  await popup.getByRole('tab', { name: '设置' }).click();
  const detailChecks = popup.locator('details', { hasText: pageKindNames.detail.zh });
  await detailChecks.locator('summary').scrollIntoViewIfNeeded();
  await detailChecks.locator('summary').click();
  await detailChecks.locator('label', { hasText: 'D-MARK' }).locator('input').check();
  await checksWhen(panel, (checks) => !('D-MARK' in checks) && 'D-STYLE' in checks);

  await detailChecks.locator('label', { hasText: 'D-MARK' }).locator('input').uncheck();
  await checksWhen(panel, (checks) => checks['D-MARK'] === 'pass');
  await page.close();
});

test('switching the language to English re-renders the open panel in English', async () => {
  const page = await harness.open(
    'app.kwaixiaodian.com',
    '/web/kwaishop-goods-detail-page-app?id=25801234567822',
  );
  const panel = panelOf(page, 'detail');
  await checksOf(panel);
  const chinese = await panelText(panel);

  await popup.bringToFront();
  await popup.locator('input[name="settings-language"][value="en"]').check();
  await expect
    .poll(async () => cjkCount(await panelText(panel)))
    .toBeLessThan(cjkCount(chinese) / 2);
  await page.bringToFront();
  await snap(page, 'detail-english');

  await popup.locator('input[name="settings-language"][value="zh"]').check();
  await expect.poll(() => panelText(panel)).toBe(chinese);
  await page.close();
});

testNoExtensionTraffic(harness);
