/**
 * Restore and pack import in the real options page, with the hostile files of issue 21's audit:
 * a settings file holding `[1,2,3]`, one from a newer version, one with invalid values, a 100 MB
 * file, a rule pack nested 10 000 deep and the all-zero pack. Nothing of them may change a
 * setting or the pack in force unasked, or reach the message channel.
 *
 * Both browsers: the file is made in the page (a File put into the input through a DataTransfer,
 * then its change event), which Chromium and Firefox both allow — so the 100 MB file is a real
 * 100 MB File, and Firefox needs no Playwright `setInputFiles`.
 */
import { expect, test } from 'vitest';
import { defaultPack } from '@/core/pack';
import { allZeroPack, nestedJson } from '../core/pack/hostile-packs';
import {
  askWorker,
  e2eBrowser,
  testNoExtensionTraffic,
  useExtensionBrowser,
  type Page,
} from './harness';

const harness = useExtensionBrowser();
let options: Page;
const problems: string[] = [];

/** Chooses a file in the input, as the file dialog would: `text`, or `bytes` zero bytes. */
async function giveFile(selector: string, file: { name: string; text?: string; bytes?: number }) {
  await options.locator(selector).evaluate((input, sent) => {
    const content = sent.text ?? new Uint8Array(sent.bytes ?? 0);
    const chosen = new File([content], sent.name, { type: 'application/json' });
    const transfer = new DataTransfer();
    transfer.items.add(chosen);
    (input as HTMLInputElement).files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, file);
}

const settingsNow = () =>
  askWorker(harness, { type: 'get-settings' }) as Promise<{
    ok: boolean;
    data: { language: string; lookbackDays: number };
  }>;
const packVersion = async () =>
  ((await askWorker(harness, { type: 'get-pack' })) as { data: { version: string } }).data.version;
const confirmButtons = () => options.getByRole('button', { name: '确认恢复' }).count();

async function closePreview() {
  await options.locator('[role="alertdialog"]').getByRole('button', { name: '取消' }).click();
  await expect.poll(() => options.locator('[role="alertdialog"]').count()).toBe(0);
}

test('the options page opens, in Chinese', { timeout: 40_000 }, async () => {
  await askWorker(harness, { type: 'set-settings', patch: { language: 'zh', lookbackDays: 42 } });
  options = await harness.openExtensionPage('options.html');
  options.on('pageerror', (error) => problems.push(error.message));
  await expect.poll(() => options.locator('#settings-file').count(), { timeout: 20_000 }).toBe(1);
});

/** A settings file the page must refuse, saying `why`, with no confirmation and nothing changed. */
async function expectRestoreRefused(name: string, text: string, why: string) {
  await giveFile('#settings-file', { name, text });
  const refused = options.locator('[data-testid="restore-refused"]');
  await expect.poll(() => refused.textContent(), { timeout: 10_000 }).toContain(why);
  expect(await confirmButtons()).toBe(0);
  await closePreview();
  expect((await settingsNow()).data).toMatchObject({ language: 'zh', lookbackDays: 42 });
}

test('a file holding [1,2,3] is refused with why, and nothing changes', () =>
  expectRestoreRefused('numbers.json', '[1,2,3]', '内容是一个数组'));

test('a file from a newer version is refused', () =>
  expectRestoreRefused(
    'settings-v3.json',
    JSON.stringify({ settingsVersion: 3, language: 'en', lookbackDays: 7, theme: 'dark' }),
    '设置版本 3',
  ));

test('invalid values are listed and keep the current value; only what was named is written', async () => {
  await giveFile('#settings-file', {
    name: 'settings.json',
    text: JSON.stringify({ language: 'EN', lookbackDays: 90, theme: 'dark' }),
  });
  await expect.poll(confirmButtons, { timeout: 10_000 }).toBe(1);
  const codes = (id: string) =>
    options
      .locator(`[data-testid="${id}"] code`)
      .evaluateAll((found) => found.map((c) => c.textContent));
  expect(await codes('restore-changes')).toEqual(['lookbackDays']);
  expect(await codes('restore-invalid')).toEqual(['language']);
  expect(await codes('restore-unknown')).toEqual(['theme']);
  await options.getByRole('button', { name: '确认恢复' }).click();
  await expect
    .poll(async () => (await settingsNow()).data, { timeout: 10_000 })
    .toMatchObject({ language: 'zh', lookbackDays: 90 });
});

test('a 100 MB file is refused by its size, unread', async () => {
  await giveFile('#settings-file', { name: 'huge.json', bytes: 100 * 1024 * 1024 });
  await expect
    .poll(() => options.locator('.pp-error').first().textContent(), { timeout: 20_000 })
    .toContain('文件有 102400 KB');
  expect(await confirmButtons()).toBe(0);
  expect((await settingsNow()).data).toMatchObject({ language: 'zh', lookbackDays: 90 });
});

test('a rule pack nested 10 000 deep is refused as invalid, naming the depth', async () => {
  await giveFile('#pack-file', { name: 'deep.json', text: nestedJson(10_000) });
  const outcome = options.locator('.pp-refused');
  await expect.poll(() => outcome.textContent(), { timeout: 10_000 }).toContain('嵌套 10000 层');
  expect(await outcome.textContent()).toContain('规则包无效，未导入');
  expect(await packVersion()).toBe(defaultPack.version);
});

test('the all-zero pack is refused, naming each senseless field', async () => {
  await giveFile('#pack-file', { name: 'zero.json', text: JSON.stringify(allZeroPack()) });
  const paths = () =>
    options
      .locator('.pp-refused .pp-issues code')
      .evaluateAll((found) => found.map((c) => c.textContent));
  await expect
    .poll(paths, { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['deposit.ratioBp.max', 'deposit.labelColour.hueDeg.max']));
  expect(await packVersion()).toBe(defaultPack.version);
  expect(problems).toEqual([]);
});

// Firefox's watcher does not see an extension page's own loads, so it has nothing to judge the
// traffic on here; its console is still checked after all the tests (useExtensionBrowser).
if (e2eBrowser !== 'firefox') testNoExtensionTraffic(harness);
