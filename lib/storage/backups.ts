/** The raw copies kept when stored settings failed validation (see settings.ts). */
import { storage } from 'wxt/utils/storage';
import { settingsBackupPrefix } from './settings';

export interface SettingsBackup {
  key: `local:${string}`;
  /** Epoch ms when the copy was taken. */
  at: number;
  value: unknown;
}

const storedPrefix = settingsBackupPrefix.slice('local:'.length);

export async function listSettingsBackups(): Promise<SettingsBackup[]> {
  const everything = await storage.snapshot('local');
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(storedPrefix) && !key.endsWith('$'))
    .map(([key, value]) => ({
      key: `local:${key}` as const,
      at: Number(key.slice(storedPrefix.length)),
      value,
    }))
    .sort((a, b) => b.at - a.at);
}

export async function removeSettingsBackup(key: `local:${string}`): Promise<void> {
  if (!key.startsWith(settingsBackupPrefix)) throw new Error(`${key} is not a settings backup`);
  await storage.removeItem(key);
}
