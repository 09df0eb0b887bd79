/** Settings backups are found by their keys: the price history beside them is never read. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { listSettingsBackups, removeSettingsBackup } from '@/lib/storage/backups';
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
    const backups = await listSettingsBackups();
    expect(backups.map((backup) => backup.at)).toEqual([1700000005000, 1700000000000]);
    expect(backups[0]).toEqual({
      key: 'local:backup:settings:1700000005000',
      at: 1700000005000,
      value: { lookbackDays: -1 },
    });
    expect(probe.reads).toEqual({ full: 0, values: 2, keyListings: 1 });
    await removeSettingsBackup('local:backup:settings:1700000000000');
    expect(await listSettingsBackups()).toHaveLength(1);
  });

  it('are listed in a browser without getKeys too', async () => {
    await storeHistoryAndBackups();
    probeStorageReads({ withoutGetKeys: true });
    expect(await listSettingsBackups()).toHaveLength(2);
  });

  it('none stored: no value is read at all', async () => {
    const probe = probeStorageReads();
    expect(await listSettingsBackups()).toEqual([]);
    expect(probe.reads.values).toBe(0);
  });
});
