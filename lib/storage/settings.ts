/**
 * The user's settings, stored as one versioned item. A stored value that no longer validates is
 * never trusted and never silently dropped: a raw copy goes to `local:backup:settings:<ms>`, a
 * problem flag tells the popup and the options page, and only the invalid fields fall back to
 * their defaults.
 */
import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { defaultSettings, settingsSchema, type Settings } from '@/core/settings';
import { toFieldIssues, type FieldIssue } from '@/core/request';
import { writeBackup } from './backup-index';
import { createSerialQueue } from './write-gate';

export const settingsKey = 'local:settings' as const;
export const settingsProblemKey = 'local:settingsProblem' as const;
export const settingsBackupPrefix = 'local:backup:settings:';

/** v1 (0.0.x builds) kept the language as `lang` and fee rates as percent floats (2.3 = 2.3 %). */
export interface SettingsV1 {
  lang?: 'zh' | 'en';
  feeRates?: Partial<Record<'consumer' | 'merchant', Record<string, number> | null>>;
  [other: string]: unknown;
}

/** Percent → basis points. Rates carry at most two decimals, so rounding removes float noise. */
function percentTableToBp(table: Record<string, number> | null | undefined) {
  if (table === null || table === undefined) return table;
  return Object.fromEntries(
    Object.entries(table).map(([periods, percent]) => [periods, Math.round(percent * 100)]),
  );
}

export function migrateSettingsV1toV2(old: SettingsV1): Record<string, unknown> {
  const { lang, feeRates, ...rest } = old;
  const migrated: Record<string, unknown> = { ...rest };
  if (lang !== undefined) migrated.language = lang;
  if (feeRates !== undefined) {
    migrated.feeRatesBp = {
      consumer: percentTableToBp(feeRates.consumer),
      merchant: percentTableToBp(feeRates.merchant),
    };
  }
  return migrated;
}

/** First run follows the browser's language: zh-CN for any Chinese locale, else English. */
export function firstRunSettings(language = globalThis.navigator?.language ?? 'zh-CN'): Settings {
  return { ...defaultSettings, language: language.toLowerCase().startsWith('zh') ? 'zh' : 'en' };
}

/** Created per worker start (and per test), so the migration runs against what is stored now. */
export const settingsVersion = 2;

export function defineSettingsItem() {
  return storage.defineItem<unknown>(settingsKey, {
    fallback: firstRunSettings(),
    version: settingsVersion,
    migrations: { 2: (old: SettingsV1) => migrateSettingsV1toV2(old) },
  });
}

export interface SettingsProblem {
  /** Epoch ms when the bad value was found. */
  at: number;
  /** Where the untouched original was copied (a `local:` storage key). */
  backupKey: string;
  issues: FieldIssue[];
}

export const settingsProblemItem = storage.defineItem<SettingsProblem | null>(settingsProblemKey, {
  fallback: null,
});

type Json = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges `patch` over `base`: objects field by field, anything else (arrays too) replaced. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/** Removes the field an issue points at (or the array holding it), so its default takes over. */
function dropPath(value: unknown, path: PropertyKey[]): boolean {
  const keys = path.map(String);
  // An issue inside an array drops the whole array: a half list would mean something else.
  const arrayIndex = keys.findIndex((key) => /^\d+$/.test(key));
  const target = arrayIndex > 0 ? keys.slice(0, arrayIndex) : keys;
  if (target.length === 0) return false;
  let parent: unknown = value;
  for (const key of target.slice(0, -1)) {
    if (!isPlainObject(parent)) return false;
    parent = parent[key];
  }
  if (!isPlainObject(parent)) return false;
  const last = target[target.length - 1] as string;
  if (!(last in parent)) return false;
  delete parent[last];
  return true;
}

/** Keeps every valid field of a stored value; only what fails validation falls back. */
export function salvageSettings(raw: unknown): Settings {
  const copy: unknown = isPlainObject(raw) ? structuredClone(raw) : {};
  // Each round drops every field zod named; a field inside a dropped one can surface in the next
  // round, so a few rounds settle any real value (the bound guards a pathological one).
  for (let round = 0; round < 10; round += 1) {
    const result = settingsSchema.safeParse(copy);
    if (result.success) return result.data;
    const dropped = result.error.issues.map((issue) => dropPath(copy, issue.path));
    if (!dropped.includes(true)) break;
  }
  return defaultSettings;
}

/**
 * What restoring a backup or an export would give: the settings (valid fields kept, a v1 value
 * migrated) and the fields that fall back to their defaults — the options page shows both before
 * anything is written.
 */
export function previewSettingsRestore(value: unknown): {
  settings: Settings;
  dropped: FieldIssue[];
} {
  const looksV1 = isPlainObject(value) && ('lang' in value || 'feeRates' in value);
  const migrated = looksV1 ? migrateSettingsV1toV2(value as SettingsV1) : value;
  const parsed = settingsSchema.safeParse(migrated);
  if (parsed.success) return { settings: parsed.data, dropped: [] };
  return { settings: salvageSettings(migrated), dropped: toFieldIssues(parsed.error) };
}

let warnedAboutCorruptSettings = false;

export type SettingsPatchResult =
  { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

export function createSettingsStore(item = defineSettingsItem()) {
  // Two messages arriving together must not back up and repair the same bad value twice.
  let repairing: Promise<Settings> | null = null;
  /** Every write in turn: a read-merge-write racing another loses nothing (the popup's language
   *  change and a content script's panel state at the same moment). */
  const inTurn = createSerialQueue();

  async function repair(raw: unknown, error: z.ZodError): Promise<Settings> {
    const at = Date.now();
    const backupKey = `${settingsBackupPrefix}${at}` as const;
    // Backup first: if anything below fails, the user's original is already safe.
    await writeBackup(backupKey, raw);
    const issues = toFieldIssues(error);
    await settingsProblemItem.setValue({ at, backupKey, issues });
    if (!warnedAboutCorruptSettings) {
      warnedAboutCorruptSettings = true;
      console.warn(`Stored settings were invalid; original kept at ${backupKey}`, issues);
    }
    const repaired = salvageSettings(raw);
    await item.setValue(repaired);
    return repaired;
  }

  async function load(): Promise<Settings> {
    if (repairing) return repairing;
    const raw = await item.getValue();
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    if (repairing) return repairing;
    repairing = repair(raw, parsed.error).finally(() => (repairing = null));
    return repairing;
  }

  const update = (patch: Record<string, unknown>): Promise<SettingsPatchResult> =>
    inTurn(async () => {
      const current = await load();
      const parsed = settingsSchema.safeParse(deepMerge(current, patch));
      if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
      await item.setValue(parsed.data);
      return { ok: true, settings: parsed.data };
    });

  /** Back to first-run settings; the version mark is written too, as after a clear it is gone. */
  const reset = (): Promise<Settings> =>
    inTurn(async () => {
      const fresh = firstRunSettings();
      await item.setValue(fresh);
      await storage.setMeta(settingsKey, { v: settingsVersion });
      await settingsProblemItem.removeValue();
      return fresh;
    });

  /** A backup or an export, as `previewSettingsRestore` showed it (the user confirmed). */
  const restore = (value: unknown): Promise<Settings> =>
    inTurn(async () => {
      const { settings } = previewSettingsRestore(value);
      await item.setValue(settings);
      await storage.setMeta(settingsKey, { v: settingsVersion });
      await settingsProblemItem.removeValue();
      return settings;
    });

  return { load, update, reset, restore, problem: () => settingsProblemItem.getValue() };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
