/** The raw copies kept when stored settings failed validation (see settings.ts). */
import { storage } from 'wxt/utils/storage';
import { settingsBackupPrefix } from './settings';
import { listStoredKeys } from './stored-keys';

export interface SettingsBackup {
  key: `local:${string}`;
  /** Epoch ms when the copy was taken. */
  at: number;
  value: unknown;
}

const storedPrefix = settingsBackupPrefix.slice('local:'.length);

/** Found by their keys and only they are read: never the whole storage (the price history). */
export async function listSettingsBackups(): Promise<SettingsBackup[]> {
  const keys = (await listStoredKeys())
    .filter((key) => key.startsWith(storedPrefix) && !key.endsWith('$'))
    .map((key) => `local:${key}` as const);
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
  await storage.removeItem(key);
}
