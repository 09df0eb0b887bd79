/**
 * The keys of the settings backups, kept in one small key beside them, so the options page lists
 * its backups without listing every stored key: at the 64 MB budget even a key listing
 * (`getKeys()`) holds every other storage read — a tab's verdict question — for 0.5–1.3 s
 * (measured in Chromium 156). The index is written in the same set call as the backup it names;
 * where it is missing (written by an older version, or after reset-all) the keys are listed once
 * and the index written from them.
 */
import { storage } from 'wxt/utils/storage';
import { listStoredKeys } from './stored-keys';

const backupIndexKey = 'local:backup-index' as const;
/** What every backup key begins with (`local:backup:settings:<ms>`, lib/storage/settings.ts). */
const backupPrefix = 'local:backup:';

type StoredKey = `local:${string}`;

const isBackupKey = (key: unknown): key is StoredKey =>
  typeof key === 'string' && key.startsWith(backupPrefix) && !key.endsWith('$');

/** Every backup key, from the index (rebuilt from a key listing when missing or corrupt). */
export async function backupKeys(): Promise<StoredKey[]> {
  const indexed = await storage.getItem<unknown>(backupIndexKey);
  if (Array.isArray(indexed) && indexed.every(isBackupKey)) return indexed;
  const listed = (await listStoredKeys()).map((key) => `local:${key}`).filter(isBackupKey);
  await storage.setItem(backupIndexKey, listed);
  return listed;
}

/** Stores a backup and names it in the index, in one set call. */
export async function writeBackup(key: StoredKey, value: unknown): Promise<void> {
  const keys = (await backupKeys()).filter((known) => known !== key);
  await storage.setItems([
    { key, value },
    { key: backupIndexKey, value: [...keys, key] },
  ]);
}

export async function removeBackup(key: StoredKey): Promise<void> {
  const keys = (await backupKeys()).filter((known) => known !== key);
  await storage.removeItem(key);
  await storage.setItem(backupIndexKey, keys);
}
