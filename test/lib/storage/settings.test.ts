import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defaultSettings } from '@/core/settings';
import {
  createSettingsStore,
  firstRunSettings,
  migrateSettingsV1toV2,
  settingsBackupPrefix,
  settingsKey,
  settingsProblemItem,
} from '@/lib/storage/settings';
import { listSettingsBackups } from '@/lib/storage/backups';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings item', () => {
  it('answers first-run settings when nothing is stored, in the browser language', async () => {
    expect(firstRunSettings('en-US').language).toBe('en');
    expect(firstRunSettings('zh-TW').language).toBe('zh');
    const loaded = await createSettingsStore().load();
    expect(loaded.lookbackDays).toBe(180);
    expect(loaded.hiddenPages['goods-list']).toBe(false);
  });

  it('migrates a v1 value (lang, percent fee rates) to v2 without losing anything', async () => {
    // v1 has no version mark: WXT reads a missing mark as v1.
    await storage.setItem(settingsKey, {
      lang: 'en',
      feeRates: { consumer: { 3: 2.3, 6: 4.5, 12: 7.5 }, merchant: { 3: 1.8, 6: 3.95, 12: 6 } },
      merchant: { experienceScore: 4.6, shopType: 'flagship', cosubsidyUsedFen: 12345 },
      lookbackDays: 90,
    });
    const loaded = await createSettingsStore().load();
    expect(loaded.language).toBe('en');
    expect(loaded.feeRatesBp.consumer).toEqual({ 3: 230, 6: 450, 12: 750 });
    expect(loaded.feeRatesBp.merchant).toEqual({ 3: 180, 6: 395, 12: 600 });
    expect(loaded.merchant).toEqual({
      experienceScore: 4.6,
      shopType: 'flagship',
      cosubsidyUsedFen: 12345,
    });
    expect(loaded.lookbackDays).toBe(90);
    expect(await storage.getMeta(settingsKey)).toEqual({ v: 2 });
    const raw = await storage.getItem<Record<string, unknown>>(settingsKey);
    expect(raw).not.toHaveProperty('lang');
    expect(raw).not.toHaveProperty('feeRates');
    expect(await settingsProblemItem.getValue()).toBeNull();
  });

  it('keeps a null fee table (use the pack) as null through the migration', () => {
    expect(migrateSettingsV1toV2({ feeRates: { consumer: null } })).toEqual({
      feeRatesBp: { consumer: null, merchant: undefined },
    });
  });

  it('backs up a corrupt value before repairing it, keeps the valid fields and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const corrupt = {
      language: 'fr',
      merchant: { experienceScore: 4.5, dsr: 'high', certificates: ['3C'] },
      lookbackDays: 90,
      hiddenChecks: { 'goods-list': ['D-RATIO', 'NOPE'] },
    };
    await storage.setItem(settingsKey, corrupt);
    await storage.setMeta(settingsKey, { v: 2 });

    const loaded = await createSettingsStore().load();
    expect(loaded.language).toBe(defaultSettings.language);
    expect(loaded.merchant).toEqual({ experienceScore: 4.5, certificates: ['3C'] });
    expect(loaded.lookbackDays).toBe(90);
    expect(loaded.hiddenChecks['goods-list']).toEqual([]);

    const problem = await settingsProblemItem.getValue();
    expect(problem?.backupKey.startsWith(settingsBackupPrefix)).toBe(true);
    expect(problem?.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['language', 'merchant.dsr', 'hiddenChecks.goods-list.1']),
    );
    const backups = await listSettingsBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.value).toEqual(corrupt);
    // The repaired value is what is stored now: the next load is clean and quiet.
    expect(await storage.getItem(settingsKey)).toEqual(loaded);

    await storage.setItem(settingsKey, { lookbackDays: -1 });
    await createSettingsStore().load();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await listSettingsBackups()).toHaveLength(2);
  });

  it('backs up a bad value once even when two messages load it at the same time', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storage.setItem(settingsKey, { lookbackDays: 'a year' });
    await storage.setMeta(settingsKey, { v: 2 });
    const store = createSettingsStore();
    const writes = vi.spyOn(storage, 'setItems');
    const [first, second] = await Promise.all([store.load(), store.load()]);
    expect(first).toEqual(second);
    const backupWrites = writes.mock.calls
      .flatMap(([items]) => items)
      .filter((item) => 'key' in item && item.key.startsWith(settingsBackupPrefix));
    expect(backupWrites).toHaveLength(1);
  });

  it('merges a patch field by field and refuses an invalid one without writing', async () => {
    const store = createSettingsStore();
    await store.update({ merchant: { dsr: 4.7, enterprise: true } });
    const merged = await store.update({ merchant: { dsr: 4.9 } });
    expect(merged.ok && merged.settings.merchant).toEqual({ dsr: 4.9, enterprise: true });

    const before = await storage.getItem(settingsKey);
    const refused = await store.update({ lookbackDays: 0, merchant: { onTimeShipRate30d: 1.5 } });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues.map((issue) => issue.path)).toEqual([
      'merchant.onTimeShipRate30d',
      'lookbackDays',
    ]);
    expect(await storage.getItem(settingsKey)).toEqual(before);
  });

  it('resets to first-run settings and clears the problem flag', async () => {
    const store = createSettingsStore();
    await store.update({ lookbackDays: 30 });
    await settingsProblemItem.setValue({ at: 1, backupKey: 'local:backup:settings:1', issues: [] });
    const fresh = await store.reset();
    expect(fresh.lookbackDays).toBe(180);
    expect((await store.load()).lookbackDays).toBe(180);
    expect(await store.problem()).toBeNull();
  });
});
