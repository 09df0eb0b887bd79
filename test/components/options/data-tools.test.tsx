import { describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { DataTools, SettingsBackups } from '@/components/options/data-tools';
import { sendMessage } from '@/lib/messaging';
import { listSettingsBackups } from '@/lib/storage/backups';
import { settingsProblemItem } from '@/lib/storage/settings';
import { click, textOf } from '../popup/helpers';
import { buttonNamed, captureDownloads, useOptionsTest } from './helpers';

const { mount } = useOptionsTest();

describe('DataTools', () => {
  it('exports the settings as JSON', async () => {
    const downloads = captureDownloads();
    await sendMessage({ type: 'set-settings', patch: { lookbackDays: 42 } });
    const root = await mount(<DataTools lang="zh" onReset={() => undefined} />);
    await click(buttonNamed(root, '导出设置（JSON）'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    // Marked with its version, so a newer version's file can be told and refused on restore.
    expect(JSON.parse((await downloads[0]?.text()) ?? '')).toMatchObject({
      settingsVersion: 2,
      lookbackDays: 42,
    });
  });

  it('resets everything only after the confirmation, and can be cancelled', async () => {
    await sendMessage({ type: 'set-settings', patch: { lookbackDays: 42 } });
    const onReset = vi.fn();
    const root = await mount(<DataTools lang="zh" onReset={onReset} />);
    await click(buttonNamed(root, '重置所有数据…'));
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('无法撤销');
    await click(buttonNamed(root, '取消'));
    expect((await sendMessage({ type: 'get-settings' })).lookbackDays).toBe(42);

    await click(buttonNamed(root, '重置所有数据…'));
    await click(buttonNamed(root, '确认重置'));
    await vi.waitFor(() => expect(onReset).toHaveBeenCalled());
    expect((await sendMessage({ type: 'get-settings' })).lookbackDays).toBe(180);
    expect(textOf(root)).toContain('已重置为初始状态');
  });
});

describe('SettingsBackups', () => {
  it('shows nothing when there was never a problem', async () => {
    const root = await mount(<SettingsBackups lang="zh" onRestore={() => undefined} />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.textContent).toBe('');
  });

  it('names the bad fields, offers the backup for download, and dismisses', async () => {
    const downloads = captureDownloads();
    const corrupt = { lookbackDays: 'forever', merchant: { dsr: 4.9 } };
    await storage.setItem('local:settings', corrupt);
    await storage.setMeta('local:settings', { v: 2 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await sendMessage({ type: 'get-settings' })).merchant.dsr).toBe(4.9);

    const root = await mount(<SettingsBackups lang="zh" onRestore={() => undefined} />);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect([...root.querySelectorAll('.pp-issues code')].map((code) => code.textContent)).toEqual([
      'lookbackDays',
    ]);
    await click(buttonNamed(root, '下载备份'));
    expect(JSON.parse((await downloads[0]?.text()) ?? '')).toEqual(corrupt);

    await click(buttonNamed(root, '知道了'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).toBeNull());
    expect(await settingsProblemItem.getValue()).toBeNull();
    // The backup itself stays until the user deletes it.
    expect(await listSettingsBackups()).toHaveLength(1);
    await click(buttonNamed(root, '删除备份'));
    await vi.waitFor(() => expect(root.textContent).toBe(''));
    expect(await listSettingsBackups()).toHaveLength(0);
  });
});

describe('restoring settings', () => {
  it('restores a backup after a preview of what changes and what falls back, on confirmation', async () => {
    // A corrupt value, backed up by the worker on its first read.
    const corrupt = { language: 'en', lookbackDays: 'forever', merchant: { dsr: 4.9 } };
    await storage.setItem('local:settings', corrupt);
    await storage.setMeta('local:settings', { v: 2 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sendMessage({ type: 'get-settings' });
    await sendMessage({ type: 'set-settings', patch: { language: 'zh', lookbackDays: 30 } });

    const onRestore = vi.fn();
    const root = await mount(<SettingsBackups lang="zh" onRestore={onRestore} />);
    await vi.waitFor(() => expect(buttonNamed(root, '恢复此备份…')).toBeTruthy());
    await click(buttonNamed(root, '恢复此备份…'));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="restore-changes"]')).not.toBeNull(),
    );
    const changes = [...root.querySelectorAll('[data-testid="restore-changes"] code')].map(
      (code) => code.textContent,
    );
    // language back to en; lookbackDays, invalid in the backup, is listed and keeps today's 30.
    expect(changes).toEqual(['language']);
    expect(textOf(root)).toContain('以下字段无效，不会恢复（保留当前值）');
    // Nothing written before the confirmation.
    expect((await sendMessage({ type: 'get-settings' })).language).toBe('zh');
    await click(buttonNamed(root, '确认恢复'));
    await vi.waitFor(() => expect(onRestore).toHaveBeenCalled());
    const restored = await sendMessage({ type: 'get-settings' });
    expect(restored).toMatchObject({ language: 'en', lookbackDays: 30 });
    expect(restored.merchant.dsr).toBe(4.9);
  });

  it('a cancelled restore writes nothing', async () => {
    await storage.setItem('local:backup:settings:1', { lookbackDays: 42 });
    const root = await mount(<SettingsBackups lang="zh" onRestore={() => undefined} />);
    await vi.waitFor(() => expect(buttonNamed(root, '恢复此备份…')).toBeTruthy());
    await click(buttonNamed(root, '恢复此备份…'));
    await vi.waitFor(() => expect(textOf(root)).toContain('确认恢复'));
    await click(buttonNamed(root, '取消'));
    expect((await sendMessage({ type: 'get-settings' })).lookbackDays).toBe(180);
  });
});
