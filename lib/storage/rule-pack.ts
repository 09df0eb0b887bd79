/**
 * The rule pack in force: the bundled one, or one the merchant imported. An import is validated
 * as a whole and stored only when every field passes, so a bad file never replaces a good pack;
 * a pack with thresholds that ask nothing (core/pack/sense.ts) is stored only once the merchant
 * has seen them and confirmed.
 */
import { storage } from 'wxt/utils/storage';
import { defaultPack, packWarnings, parsePack, type RulePack } from '@/core/pack';
import type { FieldIssue } from '@/core/request';
import { createSerialQueue } from './write-gate';

export const rulePackKey = 'local:rulePack' as const;

export type PackImportResult =
  | { ok: true; pack: RulePack }
  | { ok: false; issues: FieldIssue[] }
  /** Valid, but not saved: these warnings wait for the merchant's confirmation. */
  | { ok: 'unconfirmed'; pack: RulePack; warnings: FieldIssue[] };

export function createRulePackStore() {
  const item = storage.defineItem<unknown>(rulePackKey, { fallback: null });
  // A cache of the parsed pack; rebuilt from storage whenever the worker restarts.
  let cached: RulePack | null = null;
  /** An import and a reset at once: the one that ran last is the one in force, in storage too. */
  const inTurn = createSerialQueue();

  async function current(): Promise<RulePack> {
    if (cached) return cached;
    const stored = await item.getValue();
    if (stored === null) return (cached = defaultPack);
    const parsed = parsePack(stored);
    if (parsed.ok) return (cached = parsed.value);
    // A pack that validated when imported but not under this release's schema: keep the file
    // (the merchant may re-import a fixed one) and run on the bundled rules meanwhile.
    console.warn('Stored rule pack no longer validates; using the bundled one', parsed.issues);
    return (cached = defaultPack);
  }

  /** `confirmed`: the merchant saw this pack's warnings and imports it anyway. */
  const importPack = (json: unknown, confirmed = false): Promise<PackImportResult> =>
    inTurn(async () => {
      const parsed = parsePack(json);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      const warnings = packWarnings(parsed.value);
      if (warnings.length > 0 && !confirmed) {
        return { ok: 'unconfirmed', pack: parsed.value, warnings };
      }
      await item.setValue(parsed.value);
      cached = parsed.value;
      return { ok: true, pack: parsed.value };
    });

  const reset = (): Promise<RulePack> =>
    inTurn(async () => {
      await item.removeValue();
      cached = defaultPack;
      return defaultPack;
    });

  return { current, importPack, reset };
}
export type RulePackStore = ReturnType<typeof createRulePackStore>;
