/**
 * The campaign library in the real extension, both browsers (issue 17): the example pack of a
 * made-up 2026 campaign is imported on the options page, listed in the popup's calendar, and its
 * programs are on the goods list's pills on a check-as-of day inside it; removed, they are gone.
 * The file is given to the input the way options-restore.e2e.ts does (a File in a DataTransfer).
 */
import { expect, test } from 'vitest';
import example from '@/examples/campaign-pack-2026-1212.json';
import { askWorker, useExtensionBrowser, type Page } from './harness';

const harness = useExtensionBrowser();
const host = 's.kwaixiaodian.com';
const campaignName = example.campaigns[0]!.name;
let options: Page;

async function giveFile(selector: string, name: string, text: string) {
  await options.locator(selector).evaluate(
    (input, sent) => {
      const chosen = new File([sent.text], sent.name, { type: 'application/json' });
      const transfer = new DataTransfer();
      transfer.items.add(chosen);
      (input as HTMLInputElement).files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

/** The `data-checks` of every pill of the goods list, once they carry verdicts. */
async function goodsListChecks(): Promise<string[]> {
  const page = await harness.open(host, '/zone/goods/v1/list');
  const pills = page.locator(
    '[data-check-item][data-checks*="D-"], [data-check-item][data-checks*="M-"]',
  );
  await expect.poll(() => pills.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const checks = await page
    .locator('[data-check-item][data-checks]')
    .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-checks') ?? ''));
  await page.close();
  return checks;
}

async function calendarText(): Promise<string> {
  const popup = await harness.openPopup();
  await popup.getByRole('tab', { name: '活动日历' }).click();
  const calendar = popup.locator('.pp-calendar');
  await expect.poll(() => calendar.count(), { timeout: 20_000 }).toBe(1);
  const text = (await calendar.textContent()) ?? '';
  await popup.close();
  return text;
}

test(
  'imported on the options page, the pack is listed in the library',
  { timeout: 60_000 },
  async () => {
    await askWorker(harness, {
      type: 'set-settings',
      patch: { language: 'zh', asOfDate: '2026-12-08' },
    });
    options = await harness.openExtensionPage('options.html');
    await expect.poll(() => options.locator('#pack-file').count(), { timeout: 20_000 }).toBe(1);
    await giveFile('#pack-file', 'campaign-pack-2026-1212.json', JSON.stringify(example));
    const library = options.locator('[data-testid="campaign-library"]');
    await expect.poll(() => library.textContent(), { timeout: 15_000 }).toContain(campaignName);
    expect(await library.textContent()).toContain('FI-PLAT6');
  },
);

test(
  'the popup calendar lists it, current, before the ended 2023 campaign',
  { timeout: 60_000 },
  async () => {
    const text = await calendarText();
    expect(text).toContain(campaignName);
    expect(text.indexOf(campaignName)).toBeLessThan(text.indexOf('已结束的活动'));
    expect(text).toContain('RATE-1212');
  },
);

test('its programs are on the goods list on a day inside it', { timeout: 90_000 }, async () => {
  const checks = await goodsListChecks();
  expect(checks.some((pill) => pill.includes('FI-COSUB30:'))).toBe(true);
  expect(checks.some((pill) => pill.includes('BNPL-1212:'))).toBe(true);
  expect(checks.some((pill) => pill.includes('FI-PLAT3:'))).toBe(false);
});

test('removed, its programs and its calendar entry are gone', { timeout: 90_000 }, async () => {
  await options.close();
  options = await harness.openExtensionPage('options.html');
  const remove = options.locator(`[data-pack="${example.name}"] [data-testid="remove-pack"]`);
  await expect.poll(() => remove.count(), { timeout: 20_000 }).toBe(1);
  await remove.click();
  await expect
    .poll(() => options.locator('[data-testid="campaign-library"]').textContent(), {
      timeout: 15_000,
    })
    .not.toContain(campaignName);
  const checks = await goodsListChecks();
  expect(checks.some((pill) => /FI-COSUB30:|BNPL-1212:/.test(pill))).toBe(false);
  expect(await calendarText()).not.toContain(campaignName);
  await options.close();
});
