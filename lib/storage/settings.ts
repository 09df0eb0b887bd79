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
const settingsProblemKey = 'local:settingsProblem' as const;
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

function defineSettingsItem() {
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
/** A top-level setting's name (own keys only: `constructor` or `__proto__` in a file is not one). */
export const isSettingName = (key: string) => Object.hasOwn(settingsSchema.shape, key);
export const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges `patch` over `base`: objects field by field, anything else (arrays too) replaced. */
function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/** The value at `path` inside `value`, or undefined. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isPlainObject(node) ? node[key] : undefined;
  return node;
}

/**
 * Removes the field an issue points at (or the array holding it), so its default takes over; when
 * that field is absent (a required field missing), the object holding it goes instead — otherwise
 * nothing could be dropped and the whole value would fall back. Returns the path removed.
 */
function dropPath(value: unknown, path: PropertyKey[]): string[] | null {
  const keys = path.map(String);
  // An issue inside an array drops the whole array: a half list would mean something else.
  const arrayIndex = keys.findIndex((key) => /^\d+$/.test(key));
  for (let target = arrayIndex > 0 ? keys.slice(0, arrayIndex) : keys; target.length > 0;) {
    const parent = valueAt(value, target.slice(0, -1));
    const last = target[target.length - 1] as string;
    if (isPlainObject(parent) && last in parent) {
      delete parent[last];
      return target;
    }
    target = target.slice(0, -1);
  }
  return null;
}

/** Sets `path` inside `value` to `field`, creating the objects on the way. */
function setPath(value: Json, path: readonly string[], field: unknown) {
  let node = value;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1] as string] = structuredClone(field);
}

/**
 * Keeps every valid field of a stored value; only what fails validation falls back — to its value
 * in `keep` when given (a restore keeps the user's own value rather than a default), else to the
 * default.
 */
export function salvageSettings(raw: unknown, keep?: Settings): Settings {
  const copy: Json = isPlainObject(raw) ? structuredClone(raw) : {};
  // Each round drops every field zod named; a field inside a dropped one can surface in the next
  // round, so a few rounds settle any real value (the bound guards a pathological one).
  for (let round = 0; round < 10; round += 1) {
    const result = settingsSchema.safeParse(copy);
    if (result.success) return result.data;
    const dropped = result.error.issues.map((issue) => dropPath(copy, issue.path));
    if (!dropped.some(Boolean)) break;
    for (const path of dropped) {
      const kept = path && keep ? valueAt(keep, path) : undefined;
      if (path && kept !== undefined) setPath(copy, path, kept);
    }
  }
  return keep ?? defaultSettings;
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

  /**
   * The settings a restore preview named (settings-restore.ts), each replacing the stored one
   * whole; every other setting stays as it is. Anything but named, valid settings is refused.
   */
  const restore = (named: Record<string, unknown>): Promise<SettingsPatchResult> =>
    inTurn(async () => {
      const names = Object.keys(named);
      const strangers = names.filter((name) => !isSettingName(name));
      if (names.length === 0 || strangers.length > 0) {
        const message = `not a setting: ${strangers.join(', ') || '(none named)'}`;
        return { ok: false, issues: [{ path: '(root)', message }] };
      }
      const parsed = settingsSchema.safeParse({ ...(await load()), ...named });
      if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
      await item.setValue(parsed.data);
      await storage.setMeta(settingsKey, { v: settingsVersion });
      await settingsProblemItem.removeValue();
      return { ok: true, settings: parsed.data };
    });

  return { load, update, reset, restore, problem: () => settingsProblemItem.getValue() };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
