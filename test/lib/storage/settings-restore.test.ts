/**
 * What a settings restore may do (issue 21's audit): only an exported settings object or a backup
 * of one is restored, a newer version's file is refused, invalid fields keep the current value,
 * unknown fields are listed, and the worker writes only the settings the preview named.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundled from '@/core/pack/default-pack.json';
import { defaultSettings, type Settings } from '@/core/settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  planSettingsRestore,
  settingsExport,
} from '@/lib/storage/settings-restore';
import { createSettingsStore, salvageSettings } from '@/lib/storage/settings';
import { nestedJson } from '../../core/pack/hostile-packs';

beforeEach(() => fakeBrowser.reset());

/** The user's settings today: English, a 30-day look-back, a DSR typed in. */
const mine: Settings = {
  ...defaultSettings,
  language: 'en',
  lookbackDays: 30,
  merchant: { dsr: 4.7 },
};

const refusedWhy = (value: unknown) => {
  const plan = planSettingsRestore(mine, value);
  if (plan.ok) throw new Error(`not refused: ${JSON.stringify(plan)}`);
  return plan.why;
};
const planOf = (value: unknown) => {
  const plan = planSettingsRestore(mine, value);
  if (!plan.ok) throw new Error(`refused: ${plan.why.en}`);
  return plan;
};

describe('what is not a settings file is refused, with why (zh and en)', () => {
  it.each<[string, unknown, RegExp]>([
    ['[1,2,3]', [1, 2, 3], /an array/],
    ['a number', 42, /a number/],
    ['a string', 'settings', /a string/],
    ['null', null, /null/],
    ['{}', {}, /none of its fields is a setting/],
    ['an object of other things', { theme: 'dark', fontSize: 14 }, /none of its fields/],
    ['a rule pack', bundled, /rule pack/],
    ['a bad version mark', { settingsVersion: 'two', language: 'en' }, /whole number/],
  ])('%s', (_, value, why) => {
    const message = refusedWhy(value);
    expect(message.en).toMatch(why);
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a file from a newer version, naming both versions', () => {
    const message = refusedWhy({ settingsVersion: 3, language: 'en', theme: 'dark' });
    expect(message.en).toContain('settings version 3; this one is 2');
    expect(message.zh).toContain('设置版本 3');
  });

  it('a backup too large or too deep to be settings, before anything walks it recursively', () => {
    const big = {
      language: 'en',
      merchant: { certificates: ['x'.repeat(MAX_SETTINGS_FILE_BYTES)] },
    };
    expect(refusedWhy(big).en).toMatch(/KB: not an exported settings file/);
    const deep = { language: 'en', merchant: JSON.parse(nestedJson(10_000)) as unknown };
    expect(refusedWhy(deep).en).toContain('nested 10001 levels deep');
  });
});

describe('what a settings file restores', () => {
  it('an export of the current settings changes nothing', () => {
    expect(planOf(settingsExport(mine))).toEqual({ ok: true, named: {}, invalid: [], unknown: [] });
  });

  it('names exactly the settings that change, with their new value', () => {
    const plan = planOf(settingsExport({ ...mine, lookbackDays: 90, language: 'zh' }));
    expect(plan.named).toEqual({ lookbackDays: 90, language: 'zh' });
  });

  it('an invalid value keeps the current one (the audit: en became zh) and is listed', () => {
    const plan = planOf({ language: 'fr', lookbackDays: 90, merchant: { dsr: 'high' } });
    expect(plan.named).toEqual({ lookbackDays: 90 });
    expect(plan.invalid.map((issue) => issue.path)).toEqual(['language', 'merchant.dsr']);
  });

  it('a table missing a required field falls back alone, not the whole file', () => {
    const plan = planOf({ language: 'zh', feeRatesBp: { consumer: { 3: 250 } } });
    expect(plan.named).toEqual({ language: 'zh' });
    expect(plan.invalid.map((issue) => issue.path)).toEqual([
      'feeRatesBp.consumer.6',
      'feeRatesBp.consumer.12',
    ]);
  });

  it('lists every field this version does not know, at any level, and restores the rest', () => {
    const plan = planOf({
      language: 'zh',
      theme: 'dark',
      merchant: { dsr: 4.7, fanCount: 100 },
      hiddenPages: { 'goods-list': true, 'shop-home': true },
    });
    expect(plan.unknown).toEqual(['theme', 'merchant.fanCount', 'hiddenPages.shop-home']);
    expect(Object.keys(plan.named)).toEqual(['language', 'hiddenPages']);
  });

  it('reads an older (v1) file, marked or not', () => {
    const v1 = { lang: 'zh', feeRates: { consumer: { 3: 2.5, 6: 4.5, 12: 7.5 } } };
    for (const file of [v1, { settingsVersion: 1, ...v1 }]) {
      const plan = planOf(file);
      expect(plan.named).toMatchObject({
        language: 'zh',
        feeRatesBp: { consumer: { 3: 250, 6: 450, 12: 750 } },
      });
      expect(plan.unknown).toEqual([]);
    }
  });

  it('a settings key the file leaves out is not touched', () => {
    expect(planOf({ language: 'zh' }).named).toEqual({ language: 'zh' });
  });
});

describe('the worker writes only what the preview named', () => {
  it('replaces the named settings and keeps every other', async () => {
    const store = createSettingsStore();
    await store.update({ lookbackDays: 30, merchant: { dsr: 4.7 } });
    const result = await store.restore({ language: 'en' });
    expect(result.ok && result.settings).toMatchObject({
      language: 'en',
      lookbackDays: 30,
      merchant: { dsr: 4.7 },
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['nothing named', {}],
    ['an unknown name', { theme: 'dark' }],
    ['an invalid value', { lookbackDays: 0 }],
  ])('refuses %s and changes nothing', async (_, named) => {
    const store = createSettingsStore();
    await store.update({ lookbackDays: 30 });
    const before = await store.load();
    expect((await store.restore(named)).ok).toBe(false);
    expect(await store.load()).toEqual(before);
  });
});

describe('salvage of a corrupt stored value', () => {
  it('drops the table missing a required field, not every setting', () => {
    const salvaged = salvageSettings({ language: 'en', feeRatesBp: { merchant: { 3: 100 } } });
    expect(salvaged.language).toBe('en');
    expect(salvaged.feeRatesBp.merchant).toBeUndefined();
  });
});

describe('names inherited from Object are not settings', () => {
  it('a file of `constructor` and `__proto__` holds no setting', () => {
    const file = JSON.parse('{"constructor": 1, "__proto__": {"language": "zh"}}') as unknown;
    expect(refusedWhy(file).en).toMatch(/none of its fields is a setting/);
  });
  it('the worker refuses to restore `constructor`', async () => {
    expect((await createSettingsStore().restore({ constructor: 1 })).ok).toBe(false);
  });
});
