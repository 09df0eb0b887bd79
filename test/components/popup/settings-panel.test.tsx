import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '@/core/pack';
import { defaultSettings } from '@/core/settings';
import { parseFeeTable, SettingsPanel } from '@/components/popup/settings-panel';
import { click, field, mount, type, unmount } from './helpers';

let host: HTMLElement | undefined;
afterEach(async () => {
  await unmount(host);
  host = undefined;
});

describe('parseFeeTable', () => {
  it('reads percent as basis points, all three or none', () => {
    expect(parseFeeTable({ 3: '2.3', 6: '4.5', 12: '7.5' })).toEqual({
      ok: true,
      table: { 3: 230, 6: 450, 12: 750 },
    });
    expect(parseFeeTable({ 3: '', 6: '', 12: '' })).toEqual({ ok: true, table: null });
    const partial = parseFeeTable({ 3: '2', 6: '', 12: '' });
    expect(partial.ok === false && Object.keys(partial.errors)).toEqual(['6', '12']);
    const tooFine = parseFeeTable({ 3: '2.345', 6: '4', 12: '7' });
    expect(tooFine.ok === false && tooFine.errors[3]?.zh).toBe('最多两位小数');
  });
});

describe('SettingsPanel', () => {
  const setup = (onPatch = vi.fn(async (_patch: Record<string, unknown>) => undefined)) =>
    mount(
      <SettingsPanel lang="zh" settings={defaultSettings} pack={defaultPack} onPatch={onPatch} />,
    );

  it('saves a valid look-back and refuses an invalid one with its reason', async () => {
    const onPatch = vi.fn(async (_patch: Record<string, unknown>) => undefined);
    const root = (host = await setup(onPatch));
    await type(field(root, '#settings-lookback'), '0');
    expect(field(root, '#settings-lookback-error').textContent).toBe('须在 1 到 3650 之间');
    expect(onPatch).not.toHaveBeenCalled();
    await type(field(root, '#settings-lookback'), '90');
    expect(onPatch).toHaveBeenLastCalledWith({ lookbackDays: 90 });
  });

  it('saves fee-rate overrides once a table is complete, and the hidden pages and checks', async () => {
    const onPatch = vi.fn(async (_patch: Record<string, unknown>) => undefined);
    const root = (host = await setup(onPatch));
    await type(field(root, '#settings-rate-merchant-3'), '1.8');
    expect(onPatch).not.toHaveBeenCalled();
    await type(field(root, '#settings-rate-merchant-6'), '3.9');
    await type(field(root, '#settings-rate-merchant-12'), '6');
    expect(onPatch).toHaveBeenLastCalledWith({
      feeRatesBp: { merchant: { 3: 180, 6: 390, 12: 600 } },
    });

    const liveRoom = [...root.querySelectorAll<HTMLInputElement>('.pp-checks input')][4];
    await click(liveRoom as HTMLInputElement);
    expect(onPatch).toHaveBeenLastCalledWith({ hiddenPages: { 'live-room': true } });

    const firstRule = root.querySelector<HTMLInputElement>('.pp-details .pp-check-grid input');
    await click(firstRule as HTMLInputElement);
    expect(onPatch).toHaveBeenLastCalledWith({ hiddenChecks: { 'goods-list': ['M-EXP'] } });
  });
});
