/**
 * The campaign library (SPEC §2): the rules in force are the bundled pack — or a whole rule set
 * (every format-1 pack, or a format-2 pack stating every section) the merchant imported in its
 * place, as before — plus any number of campaigns-only packs beside it, each listed with its campaigns, removable and exportable. An import is validated as a whole
 * and stored only when every field passes, so a bad file never replaces what is in force; a pack
 * with thresholds that ask nothing (core/pack/sense.ts) is stored only once the merchant has seen
 * them and confirmed. Unread requirements the merchant marks 我已满足 are stored per campaign key.
 *
 * Bounded: at most MAX_LIBRARY_PACKS campaign packs and MAX_LIBRARY_BYTES of them in all (each file
 * is ≤ MAX_PACK_BYTES already). At the bound an import is refused with the reason and nothing is
 * replaced; a pack of the same name replaces its older version and so is always welcome.
 */
import { storage } from 'wxt/utils/storage';
import {
  combinePacks,
  defaultPack,
  packWarnings,
  parsePack,
  withCampaigns,
  type Campaign,
  type RulePack,
} from '@/core/pack';
import bundledJson from '@/core/pack/default-pack.json';
import { campaignCalendar } from '@/core/campaign';
import type { FieldIssue } from '@/core/request';
import { createSerialQueue } from './write-gate';

/** The whole rule set in force instead of the bundled one (today's key, kept). */
export const rulePackKey = 'local:rulePack' as const;
/** Format-2 campaign packs beside it, as imported. */
export const campaignPacksKey = 'local:campaignPacks' as const;
/** 我已满足, per campaign key: the unread requirements the merchant confirmed. */
export const confirmedKey = 'local:confirmedRequirements' as const;
/** Every key whose change changes the pack in force (the popup watches them). */
export const campaignLibraryKeys = [rulePackKey, campaignPacksKey, confirmedKey] as const;

export const MAX_LIBRARY_PACKS = 10;
export const MAX_LIBRARY_BYTES = 1024 * 1024;

export type PackImportResult =
  | { ok: true; pack: RulePack }
  | { ok: false; issues: FieldIssue[] }
  /** Valid, but not saved: these warnings wait for the merchant's confirmation. */
  | { ok: 'unconfirmed'; pack: RulePack; warnings: FieldIssue[] };

/** A library entry as the options page lists it. */
export interface LibraryEntry {
  /** `bundled`, `base` (a whole rule set in the bundled one's place) or the pack's name. */
  id: string;
  name: string;
  version: string;
  removable: boolean;
  campaigns: {
    key: string;
    name: string;
    firstDay: string | null;
    lastDay: string | null;
    programs: { id: string; kind: string; title: { zh: string; en: string } }[];
    unread: { program: string; requirement: string; confirmed: boolean }[];
  }[];
}

type Confirmed = Record<string, string[]>;

const sizeOf = (json: unknown) => JSON.stringify(json).length;

export function createRulePackStore() {
  const baseItem = storage.defineItem<unknown>(rulePackKey, { fallback: null });
  const packsItem = storage.defineItem<unknown[]>(campaignPacksKey, { fallback: [] });
  const confirmedItem = storage.defineItem<Confirmed>(confirmedKey, { fallback: {} });
  // A cache of the combined pack; rebuilt from storage whenever the worker restarts.
  let cached: RulePack | null = null;
  /** An import and a reset at once: the one that ran last is the one in force, in storage too. */
  const inTurn = createSerialQueue();
  /**
   * A change to the library, in turn. The cache goes before the write, and a rebuild waits in
   * the same turn: storage tells every page of the change as the write lands, and a page that
   * asks at once (the popup's watch) must get the new pack, never the one cached before it.
   */
  const change = <T>(task: () => Promise<T>): Promise<T> =>
    inTurn(() => {
      cached = null;
      return task();
    });

  async function base(): Promise<RulePack> {
    const stored = await baseItem.getValue();
    if (stored === null) return defaultPack;
    const parsed = parsePack(stored);
    if (parsed.ok) return parsed.value;
    // A pack that validated when imported but not under this release's schema: keep the file
    // (the merchant may re-import a fixed one) and run on the bundled rules meanwhile.
    console.warn('Stored rule pack no longer validates; using the bundled one', parsed.issues);
    return defaultPack;
  }

  /** The campaign packs that still validate, with their files. */
  async function added(): Promise<{ json: unknown; pack: RulePack }[]> {
    const files = await packsItem.getValue();
    return files.flatMap((json) => {
      const parsed = parsePack(json);
      if (parsed.ok) return [{ json, pack: parsed.value }];
      console.warn('A stored campaign pack no longer validates; left out', parsed.issues);
      return [];
    });
  }

  const withConfirmed = (pack: RulePack, confirmed: Confirmed): RulePack => {
    if (!pack.campaigns.some((c) => confirmed[c.key]?.length)) return pack;
    const campaigns: Campaign[] = pack.campaigns.map((c) =>
      confirmed[c.key] ? { ...c, confirmed: confirmed[c.key] } : c,
    );
    return withCampaigns(pack, campaigns);
  };

  async function combined(): Promise<RulePack> {
    const [first, rest, confirmed] = await Promise.all([base(), added(), confirmedItem.getValue()]);
    const packs = [first, ...rest.map((entry) => entry.pack)];
    return combinePacks(packs.map((pack) => withConfirmed(pack, confirmed)));
  }

  const current = (): Promise<RulePack> =>
    cached ? Promise.resolve(cached) : inTurn(async () => (cached ??= await combined()));

  /** `confirmed`: the merchant saw this pack's warnings and imports it anyway. */
  const importPack = (json: unknown, confirmed = false): Promise<PackImportResult> =>
    change(async () => {
      const parsed = parsePack(json);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      const warnings = packWarnings(parsed.value);
      if (warnings.length > 0 && !confirmed) {
        return { ok: 'unconfirmed', pack: parsed.value, warnings };
      }
      if (parsed.value.statesRules) {
        // A whole rule set (format 1 always is) takes the bundled pack's place, as it always did.
        await baseItem.setValue(json);
      } else {
        const files = (await packsItem.getValue()).filter(
          (file) => (file as { name?: unknown }).name !== parsed.value.name,
        );
        const refusal = boundRefusal(files, json);
        if (refusal) return { ok: false, issues: [refusal] };
        await packsItem.setValue([...files, json]);
      }
      return { ok: true, pack: parsed.value };
    });

  const reset = (): Promise<RulePack> =>
    change(async () => {
      await Promise.all([baseItem.removeValue(), packsItem.removeValue()]);
      return defaultPack;
    });

  /** Removes one pack: `base` puts the bundled one back, a name removes that campaign pack. */
  const remove = (id: string): Promise<boolean> =>
    change(async () => {
      if (id === 'base') {
        await baseItem.removeValue();
        return true;
      }
      const files = await packsItem.getValue();
      const kept = files.filter((file) => (file as { name?: unknown }).name !== id);
      await packsItem.setValue(kept);
      return kept.length < files.length;
    });

  /** The file of one pack, as imported (the bundled one as shipped). */
  async function exportPack(id: string): Promise<unknown> {
    if (id === 'bundled') return bundledJson;
    if (id === 'base') return (await baseItem.getValue()) ?? bundledJson;
    const files = await packsItem.getValue();
    return files.find((file) => (file as { name?: unknown }).name === id) ?? null;
  }

  /** Marks (or unmarks) an unread requirement of a campaign 我已满足. */
  const confirm = (campaign: string, requirement: string, met: boolean): Promise<void> =>
    change(async () => {
      const all = await confirmedItem.getValue();
      const list = new Set(all[campaign] ?? []);
      if (met) list.add(requirement);
      else list.delete(requirement);
      await confirmedItem.setValue({ ...all, [campaign]: [...list].slice(0, 100) });
    });

  async function list(day: string): Promise<LibraryEntry[]> {
    const [stored, rest, confirmed] = await Promise.all([
      baseItem.getValue(),
      added(),
      confirmedItem.getValue(),
    ]);
    const first = await base();
    const entry = (id: string, pack: RulePack, removable: boolean): LibraryEntry => ({
      id,
      name: pack.name,
      version: pack.version,
      removable,
      campaigns: pack.campaigns.map((c) => {
        const calendar = campaignCalendar(pack, day, c);
        return {
          key: c.key,
          name: c.name,
          firstDay: calendar.firstDay,
          lastDay: calendar.lastDay,
          programs: c.programs.map((p) => ({ id: p.id, kind: p.kind, title: p.title })),
          unread: c.programs.flatMap((p) =>
            p.unread.map((requirement) => ({
              program: p.id,
              requirement,
              confirmed: confirmed[c.key]?.includes(requirement) ?? false,
            })),
          ),
        };
      }),
    });
    return [
      entry(stored === null ? 'bundled' : 'base', first, stored !== null),
      ...rest.map(({ pack }) => entry(pack.name, pack, true)),
    ];
  }

  return { current, importPack, reset, remove, exportPack, confirm, list };
}
export type RulePackStore = ReturnType<typeof createRulePackStore>;

/** Why a campaign pack cannot join the library, or null (see the header's bounds). */
function boundRefusal(files: unknown[], json: unknown): FieldIssue | null {
  if (files.length >= MAX_LIBRARY_PACKS) {
    return {
      path: '(root)',
      message: `活动库已满：最多 ${MAX_LIBRARY_PACKS} 个活动规则包，请先移除一个 / the campaign library holds at most ${MAX_LIBRARY_PACKS} packs: remove one first`,
    };
  }
  const bytes = files.reduce<number>((sum, file) => sum + sizeOf(file), sizeOf(json));
  if (bytes > MAX_LIBRARY_BYTES) {
    return {
      path: '(root)',
      message: `活动库超过 ${MAX_LIBRARY_BYTES / 1024} KB，请先移除一个规则包 / the campaign library would pass ${MAX_LIBRARY_BYTES / 1024} KB: remove a pack first`,
    };
  }
  return null;
}
