/** The raw copies kept when stored settings failed validation (see settings.ts). */
import { storage } from 'wxt/utils/storage';
import { backupKeys, removeBackup } from './backup-index';
import { settingsBackupPrefix } from './settings';

export interface SettingsBackup {
  key: `local:${string}`;
  /** Epoch ms when the copy was taken. */
  at: number;
  value: unknown;
}

/** Found through their index and only they are read: never the whole storage (the history). */
export async function listSettingsBackups(): Promise<SettingsBackup[]> {
  const keys = (await backupKeys()).filter((key) => key.startsWith(settingsBackupPrefix));
  if (keys.length === 0) return [];
  const found = await storage.getItems(keys);
  return found
    .filter(({ value }) => value !== null && value !== undefined)
    .map(({ key, value }) => ({
      key: key as `local:${string}`,
      at: Number(key.slice(settingsBackupPrefix.length)),
      value,
    }))
    .sort((a, b) => b.at - a.at);
}

export async function removeSettingsBackup(key: `local:${string}`): Promise<void> {
  if (!key.startsWith(settingsBackupPrefix)) throw new Error(`${key} is not a settings backup`);
  await removeBackup(key);
}
