/** The options page's 活动库 against the real worker: list, 我已满足, remove (issue 17). */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import example from '@/examples/campaign-pack-2026-1212.json';
import { PackManager } from '@/components/options/pack-manager';
import { sendMessage } from '@/lib/messaging';
import { click, field } from '../popup/helpers';
import { pickFile, useOptionsTest } from './helpers';

const { mount } = useOptionsTest();
const library = (root: HTMLElement) =>
  field(root, '[data-testid="campaign-library"]').textContent ?? '';

describe('CampaignLibrary', () => {
  it('lists an imported campaign pack, stores 我已满足, and removes it', async () => {
    const root = await mount(<PackManager lang="zh" />);
    const file = new File([JSON.stringify(example)], 'campaign.json', { type: 'application/json' });
    await act(() => pickFile(field(root, '#pack-file'), file));
    await vi.waitFor(() => expect(library(root)).toContain(example.campaigns[0]!.name));
    expect(library(root)).toContain('2026-12-01 ～ 2026-12-14');

    const box = field<HTMLInputElement>(root, `[data-campaign="dec2026"] input[type="checkbox"]`);
    await click(box);
    await vi.waitFor(async () => {
      const entries = (await sendMessage({ type: 'list-packs', day: '2026-12-08' })) as {
        campaigns: { unread: { confirmed: boolean }[] }[];
      }[];
      expect(entries[1]?.campaigns[0]?.unread[0]?.confirmed).toBe(true);
    });

    await click(field(root, `[data-pack="${example.name}"] [data-testid="remove-pack"]`));
    await vi.waitFor(() => expect(library(root)).not.toContain(example.campaigns[0]!.name));
  });
});
