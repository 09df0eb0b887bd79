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

testNoExtensionTraffic(harness);
