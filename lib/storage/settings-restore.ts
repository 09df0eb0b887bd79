/**
 * What a settings restore may do, decided before anything is written: a file or a backup is
 * restored only when it is an exported settings object (or a backup of one) from this version or
 * an older one, and then only the settings it validly holds — each named in the preview. An
 * invalid field keeps the user's current value (a restore brings back what it can read; what it
 * cannot read must not reset a setting), and a field this version does not know is listed, never
 * dropped silently.
 */
import { jsonDepth } from '@/core/json-depth';
import type { Message } from '@/core/report';
import { toFieldIssues, type FieldIssue } from '@/core/request';
import { settingsSchema, type Settings } from '@/core/settings';
import {
  isPlainObject,
  isSettingName,
  migrateSettingsV1toV2,
  salvageSettings,
  settingsVersion,
  type SettingsV1,
} from './settings';

/**
 * An export of first-run settings is 0.5 KB; the fullest one (every check hidden on every page
 * kind, a complete profile and fee tables, indented) 4 KB. A file above 16 times that is not an
 * export, and is refused unread (File.size), so a 100 MB file is never parsed or sent.
 */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;
/** Settings nest 3 levels (hiddenChecks → page kind → list); deeper is not a settings file. */
const MAX_SETTINGS_DEPTH = 16;
/** The export's version mark, so a file from a newer version can be told and refused. */
const settingsVersionKey = 'settingsVersion';

const m = (zh: string, en: string): Message => ({ zh, en });

/** The file `导出设置` writes: the settings with their version. */
export const settingsExport = (settings: Settings) => ({
  [settingsVersionKey]: settingsVersion,
  ...settings,
});

export const settingsFileTooLarge = (bytes: number): Message =>
  m(
    `文件有 ${Math.ceil(bytes / 1024)} KB，不是导出的设置文件（上限 ${MAX_SETTINGS_FILE_BYTES / 1024} KB，导出的设置只有几 KB），未读取。`,
    `The file is ${Math.ceil(bytes / 1024)} KB: not an exported settings file (the limit is ${MAX_SETTINGS_FILE_BYTES / 1024} KB; an export is a few KB). It was not read.`,
  );

export type RestorePlan =
  | {
      ok: true;
      /** The settings that change, by name, with the value they get: what the worker writes. */
      named: Partial<Settings>;
      /** Fields of the file that are invalid: not restored, the current value stays. */
      invalid: FieldIssue[];
      /** Fields this version does not know (by path): not restored. */
      unknown: string[];
    }
  | { ok: false; why: Message };

const kindOf = (value: unknown): Message =>
  Array.isArray(value)
    ? m('一个数组', 'an array')
    : value === null
      ? m('null', 'null')
      : typeof value === 'string'
        ? m('一段文本', 'a string')
        : typeof value === 'boolean'
          ? m('一个布尔值', 'a boolean')
          : m('一个数字', 'a number');

/** Every path of `given` that `kept` does not have (zod strips what a schema does not know). */
function unknownPaths(given: Record<string, unknown>, kept: Record<string, unknown>, at = '') {
  const found: string[] = [];
  for (const [key, value] of Object.entries(given)) {
    const path = `${at}${key}`;
    if (!Object.hasOwn(kept, key)) found.push(path);
    else if (isPlainObject(value) && isPlainObject(kept[key]))
      found.push(...unknownPaths(value, kept[key], `${path}.`));
  }
  return found;
}

/** Why `value` is not a settings object this version may restore, or null when it is. */
function refusal(value: unknown): Message | null {
  const depth = jsonDepth(value);
  if (depth > MAX_SETTINGS_DEPTH) {
    return m(
      `不是设置文件：嵌套 ${depth} 层（设置最多 ${MAX_SETTINGS_DEPTH} 层）。`,
      `Not a settings file: nested ${depth} levels deep (settings nest at most ${MAX_SETTINGS_DEPTH}).`,
    );
  }
  const size = JSON.stringify(value)?.length ?? 0;
  if (size > MAX_SETTINGS_FILE_BYTES) return settingsFileTooLarge(size);
  if (!isPlainObject(value)) {
    const kind = kindOf(value);
    return m(
      `不是设置文件：内容是${kind.zh}，导出的设置是一个 JSON 对象 {…}。未做任何更改。`,
      `Not a settings file: it holds ${kind.en}, while exported settings are a JSON object {…}. Nothing was changed.`,
    );
  }
  if ('sources' in value && 'programs' in value) {
    return m(
      '这是规则包，不是设置文件：请在上方「规则包」中导入。',
      'This is a rule pack, not a settings file: import it under “Rule pack” above.',
    );
  }
  const version = value[settingsVersionKey];
  if (version !== undefined && !(Number.isInteger(version) && (version as number) >= 1)) {
    return m(
      `不是设置文件：版本标记 ${settingsVersionKey} 应为正整数，此文件为 ${JSON.stringify(version)}。`,
      `Not a settings file: its ${settingsVersionKey} should be a whole number, not ${JSON.stringify(version)}.`,
    );
  }
  // Refused, not trimmed: a newer version may give a name this one knows a new meaning or unit
  // (v2 turned percent fee rates into basis points), so restoring "what we know" could set
  // wrong values without a word. The file stays as it is for the newer version.
  if (typeof version === 'number' && version > settingsVersion) {
    return m(
      `此文件来自更新版本的扩展（设置版本 ${version}，本版本为 ${settingsVersion}）。新版本可能改变了同名设置的含义或单位，为免误读，未恢复任何设置：请先更新扩展再恢复。`,
      `This file comes from a newer version of the extension (settings version ${version}; this one is ${settingsVersion}). A newer version may have changed what a setting means or its unit, so nothing was restored: update the extension first.`,
    );
  }
  const names = Object.keys(value).filter(
    (key) => isSettingName(key) || key === 'lang' || key === 'feeRates',
  );
  if (names.length === 0) {
    return m(
      '不是设置文件：其中没有任何设置字段（如 language、merchant、lookbackDays）。',
      'Not a settings file: none of its fields is a setting (such as language, merchant, lookbackDays).',
    );
  }
  return null;
}

/**
 * What restoring `value` (a parsed file or a backup) over `current` would do; the options page
 * shows it and, once confirmed, sends `named` — the worker changes nothing else.
 */
export function planSettingsRestore(current: Settings, value: unknown): RestorePlan {
  const why = refusal(value);
  if (why) return { ok: false, why };
  const { [settingsVersionKey]: version, ...fields } = value as Record<string, unknown>;
  const looksV1 =
    version === 1 || (version === undefined && ('lang' in fields || 'feeRates' in fields));
  const migrated = looksV1 ? migrateSettingsV1toV2(fields as SettingsV1) : fields;
  const parsed = settingsSchema.safeParse(migrated);
  const invalid = parsed.success ? [] : toFieldIssues(parsed.error);
  const restored = parsed.success ? parsed.data : salvageSettings(migrated, current);
  const named: Record<string, unknown> = {};
  for (const key of Object.keys(migrated)) {
    if (!isSettingName(key)) continue;
    const next = restored[key as keyof Settings];
    if (JSON.stringify(next) !== JSON.stringify(current[key as keyof Settings])) named[key] = next;
  }
  // A field salvaged away for being invalid is listed as invalid, not again as unknown.
  const isInvalid = (path: string) =>
    invalid.some((issue) => `${issue.path}.`.startsWith(`${path}.`));
  const unknown = unknownPaths(migrated, restored).filter((path) => !isInvalid(path));
  return { ok: true, named, invalid, unknown };
}
