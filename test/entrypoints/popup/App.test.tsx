import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { App } from '@/entrypoints/popup/App';
import { createWorker } from '@/lib/worker/handlers';
import { settingsProblemItem } from '@/lib/storage/settings';
import examplePack from '@/examples/campaign-pack-2026-1212.json';
import { click, field, mount, shown, textOf, type, unmount } from '../../components/popup/helpers';

let host: HTMLElement | undefined;

function startWorker(browserLanguage: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(browserLanguage);
  // The real worker answers, as in the extension (the popup is a trusted sender there).
  const worker = createWorker();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => worker.handle(message));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  startWorker('zh-CN');
});
afterEach(async () => {
  await unmount(host);
  host = undefined;
});

async function openPopup() {
  const root = (host = await mount(<App saveDelayMs={0} />));
  await vi.waitFor(() => expect(root.querySelector('[role="tablist"]')).not.toBeNull());
  await act(() => Promise.resolve());
  return root;
}
const tab = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
    (button) => button.textContent === name,
  );

describe('popup', () => {
  it('shows a campaign imported while it is open (the options page beside it)', async () => {
    const root = await openPopup();
    await act(() => click(tab(root, '活动日历') as HTMLButtonElement));
    const campaignName = examplePack.campaigns[0]!.name;
    expect(textOf(root)).not.toContain(campaignName);
    // Sent to the one worker, as the options page would.
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'import-pack', pack: examplePack });
    expect(reply).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(textOf(root)).toContain(campaignName));
  });

  it('opens on the calculator and plans the SPEC example', async () => {
    const root = await openPopup();
    expect(tab(root, '计算器')?.getAttribute('aria-selected')).toBe('true');
    await type(field(root, '#calc-price'), '¥1,000.00');
    expect(shown(root, '每期')).toBe('¥341.02 + 2 × ¥340.99');
    expect(textOf(root)).toContain('每日仅需 ¥11.37');
  });

  it('moves between tabs with the arrow keys and keeps focus on the selected tab', async () => {
    const root = await openPopup();
    const first = tab(root, '计算器') as HTMLButtonElement;
    first.focus();
    await act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    const profile = tab(root, '商家资料') as HTMLButtonElement;
    expect(profile.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(profile);
    expect(profile.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    expect(root.querySelector('#profile-experienceScore')).not.toBeNull();
    await act(() => {
      profile.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(tab(root, '设置')?.getAttribute('aria-selected')).toBe('true');
  });

  it('saves the merchant profile through the worker, and the calculator uses it', async () => {
    const root = await openPopup();
    await click(tab(root, '商家资料') as HTMLButtonElement);
    await type(field(root, '#profile-cosubsidyUsedFen'), '99990');
    await vi.waitFor(async () => {
      const stored = await storage.getItem<{ merchant: { cosubsidyUsedFen?: number } }>(
        'local:settings',
      );
      expect(stored?.merchant.cosubsidyUsedFen).toBe(9_999_000);
    });
    await vi.waitFor(() => expect(textOf(root)).toContain('已保存'));
    // Planning for the campaign: check as of a day inside FI-COSUB's active window.
    await click(tab(root, '设置') as HTMLButtonElement);
    await type(field(root, '#settings-asof'), '2023-02-21');
    await vi.waitFor(() => expect(textOf(root)).toContain('按 2023-02-21 检查（不是今天）'));
    await click(tab(root, '计算器') as HTMLButtonElement);
    await type(field(root, '#calc-price'), '1000');
    await act(() => {
      const select = field<HTMLSelectElement>(root, '#calc-payer');
      select.value = 'FI-COSUB';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // 3 periods at the merchant rate 1.8 %: fee ¥18.00, platform 20 % = ¥3.60 of the ¥10.00 left.
    expect(shown(root, '剩余补贴')).toBe('¥10.00 → ¥6.40');
  });

  it('follows the browser language on first run', async () => {
    fakeBrowser.reset();
    startWorker('en-GB');
    const root = await openPopup();
    expect(tab(root, 'Calculator')?.getAttribute('aria-selected')).toBe('true');
  });

  it('switches to English and remembers it', async () => {
    const root = await openPopup();
    await click(field<HTMLButtonElement>(root, '.pp-lang'));
    await vi.waitFor(() => expect(tab(root, 'Calculator')).toBeDefined());
    const stored = await storage.getItem<{ language: string }>('local:settings');
    expect(stored?.language).toBe('en');
  });

  it('a language change refused by a full storage says so in words beside the button', async () => {
    const root = await openPopup();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota);
    await click(root.querySelector<HTMLButtonElement>('.pp-lang')!);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('存储空间已满 — 清理价格记录');
    expect(alert.textContent).not.toMatch(/invalid|无效/);
    // Right after the header, beside the button that was pressed.
    expect(alert.previousElementSibling?.tagName).toBe('HEADER');
    expect(root.querySelector('.pp-lang')?.textContent).toBe('EN');
  });

  it('shows the corrupt-settings notice when a backup was taken', async () => {
    await settingsProblemItem.setValue({ at: 1, backupKey: 'local:backup:settings:1', issues: [] });
    const root = await openPopup();
    await vi.waitFor(() =>
      expect(root.querySelector('.pp-notice')?.textContent).toContain('原始数据已备份'),
    );
  });

  it('says so when the worker cannot be reached', async () => {
    fakeBrowser.reset(); // no listener
    const root = (host = await mount(<App />));
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('无法连接扩展后台'),
    );
  });
});

describe('popup campaign calendar and buyer scores', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startWorker('zh-CN');
  });

  it('shows the calendar against today, and says the bundled rules are the 2023 campaign', async () => {
    const root = await openPopup();
    await click(tab(root, '活动日历') as HTMLButtonElement);
    const text = textOf(root);
    expect(text).toContain('2023年快手38节资金权益活动');
    expect(text).toContain('已于 2023-03-31 结束');
    expect(text).toContain('选项页');
    expect([...root.querySelectorAll('.pp-windows tbody tr')].map(textOf).join(' ')).toContain(
      '已结束',
    );
  });

  it('stores the buyer’s own scores, marked as the buyer’s', async () => {
    const root = await openPopup();
    await click(tab(root, '商家资料') as HTMLButtonElement);
    expect(textOf(root)).toContain('买家信用分（你自己作为买家的分数）');
    await type(field(root, '#buyer-sesameScore'), '551');
    await vi.waitFor(async () => {
      const stored = await storage.getItem<{ consumer: { sesameScore?: number } }>(
        'local:settings',
      );
      expect(stored?.consumer.sesameScore).toBe(551);
    });
  });
});
