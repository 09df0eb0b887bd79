import { describe, expect, it, vi } from 'vitest';
import { defaultPack } from '@/core/pack';
import { OptionsApp } from '@/entrypoints/options/App';
import { sendMessage } from '@/lib/messaging';
import { click } from '../../components/popup/helpers';
import { buttonNamed, useOptionsTest } from '../../components/options/helpers';

const { mount } = useOptionsTest();

const headings = (root: HTMLElement) =>
  [...root.querySelectorAll('h2')].map((h2) => h2.textContent);

describe('options page', () => {
  it('shows the pack, the batch check, the price history and the data tools in the stored language', async () => {
    await sendMessage({ type: 'set-settings', patch: { language: 'en' } });
    const root = await mount(<OptionsApp />);
    await vi.waitFor(() =>
      expect(headings(root)).toEqual([
        'Rule pack',
        'Batch check',
        'Storage',
        'Price history',
        'Data',
      ]),
    );
    expect(root.querySelector('main')?.getAttribute('lang')).toBe('en');
  });

  it('reloads every section after a reset', async () => {
    await sendMessage({ type: 'set-settings', patch: { language: 'en', lookbackDays: 42 } });
    await sendMessage({ type: 'import-pack', pack: { ...defaultPack, version: 'mine' } });
    const root = await mount(<OptionsApp />);
    const packShown = () => root.querySelector('[data-testid="pack-current"]')?.textContent ?? '';
    await vi.waitFor(() => expect(packShown()).toContain('mine'));
    await click(buttonNamed(root, 'Reset all data…'));
    await click(buttonNamed(root, 'Yes, reset'));
    await vi.waitFor(() => expect(packShown()).toContain(defaultPack.version));
    expect((await sendMessage({ type: 'get-settings' })).lookbackDays).toBe(180);
  });
});
