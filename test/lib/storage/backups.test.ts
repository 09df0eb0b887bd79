/** Settings backups are found by their keys: the price history beside them is never read. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { listSettingsBackups, removeSettingsBackup } from '@/lib/storage/backups';
import { createSettingsStore } from '@/lib/storage/settings';
import { probeStorageReads } from './read-probe';

beforeEach(() => fakeBrowser.reset());

async function storeHistoryAndBackups() {
  await storage.setItems([
    ...Array.from({ length: 500 }, (_, index) => ({
      key: `local:history:2580${index}` as const,
      value: { v: 2, at: [1], fen: [100], kind: [0], src: [0], pk: [1] },
    })),
    { key: 'local:backup:settings:1700000000000', value: { language: 'xx' } },
    { key: 'local:backup:settings:1700000005000', value: { lookbackDays: -1 } },
  ]);
  await storage.setMeta('local:backup:settings:1700000005000', { v: 1 });
}

describe('settings backups', () => {
  it('are listed newest first by reading their own values only', async () => {
    await storeHistoryAndBackups();
    const probe = probeStorageReads();
    // Written by an older version, without an index: the keys are listed once, the index kept.
    expect(await listSettingsBackups()).toHaveLength(2);
    expect(probe.reads).toMatchObject({ full: 0, keyListings: 1 });
    probe.reset();
    const backups = await listSettingsBackups();
    expect(backups.map((backup) => backup.at)).toEqual([1700000005000, 1700000000000]);
    expect(backups[0]).toEqual({
      key: 'local:backup:settings:1700000005000',
      at: 1700000005000,
      value: { lookbackDays: -1 },
    });
    // The index and the two backups: nothing else, no key listing.
    expect(probe.reads).toEqual({ full: 0, values: 3, keyListings: 0 });
    await removeSettingsBackup('local:backup:settings:1700000000000');
    expect(await listSettingsBackups()).toHaveLength(1);
  });

  it('are listed in a browser without getKeys too', async () => {
    await storeHistoryAndBackups();
    probeStorageReads({ withoutGetKeys: true });
    expect(await listSettingsBackups()).toHaveLength(2);
  });

  it('none stored: the empty index is all that is read', async () => {
    const probe = probeStorageReads();
    expect(await listSettingsBackups()).toEqual([]);
    probe.reset();
    expect(await listSettingsBackups()).toEqual([]);
    expect(probe.reads).toEqual({ full: 0, values: 1, keyListings: 0 });
  });

  it('a backup written by the settings repair is named in the index in the same write', async () => {
    await storage.setItems([{ key: 'local:settings', value: { lookbackDays: 'a year' } }]);
    await storage.setMeta('local:settings', { v: 2 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await createSettingsStore().load();
    const probe = probeStorageReads();
    const [backup] = await listSettingsBackups();
    expect(backup?.value).toEqual({ lookbackDays: 'a year' });
    expect(probe.reads.keyListings).toBe(0);
  });
});
