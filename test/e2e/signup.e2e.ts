/**
 * Activity signup (…/business-invitation/business/singleList?id=1119): the three programs of
 * 2023年快手38节资金权益活动. Their windows (SPEC §2) all closed by 2023-03-31, and the tests
 * run later than that, so each program's window term fails and with it the program.
 */
import { expect, test } from 'vitest';
import {
  checksOf,
  panelOf,
  snap,
  testNoExtensionTraffic,
  uiVisible,
  useExtensionBrowser,
  expectControlsReachable,
} from './harness';

const harness = useExtensionBrowser();

test('the signup panel judges the three programs: all ended', async () => {
  const page = await harness.open(
    's.kwaixiaodian.com',
    '/zone/business-invitation/business/singleList?id=1119',
  );
  const panel = panelOf(page, 'signup');
  expect(await checksOf(panel)).toMatchObject({
    'BNPL-SUB': 'fail',
    'FI-PLAT3': 'fail',
    'FI-COSUB': 'fail',
  });
  await expect.poll(() => uiVisible(panel)).toBe(true);
  await snap(page, 'signup');
  await page.close();
});

test('our panel covers none of the signup form’s controls', async () => {
  const page = await harness.open(
    's.kwaixiaodian.com',
    '/zone/business-invitation/business/singleList?id=1119',
  );
  await checksOf(panelOf(page, 'signup'));
  await expectControlsReachable(page.locator('form input'), 2);
  await expectControlsReachable(page.getByRole('button', { name: '提交报名' }));
  await page.close();
});

testNoExtensionTraffic(harness);
