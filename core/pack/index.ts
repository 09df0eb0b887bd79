/** The bundled rule pack and the door for any other one (validated, never trusted as is). */
import type { FieldIssue, Parsed } from '../request';
import { toFieldIssues } from '../request';
import { jsonDepth } from '../json-depth';
import bundled from './default-pack.json';
import { migrateLegacyPack } from './migrate';
import {
  campaignPackSchema,
  legacyPackSchema,
  type Campaign,
  type CampaignPackFile,
  type RulePack,
} from './schema';
import { rememberLegacyWarnings } from './sense';

export type {
  BpRange,
  Campaign,
  FeeTable,
  Program,
  ProgramId,
  ProgramKind,
  ProgramTerms,
  Reminder,
  RulePack,
  Term,
  TermMetric,
  TermOp,
} from './schema';
export { campaignPackSchema, legacyPackSchema, programKinds, termMetrics } from './schema';
export { packWarnings } from './sense';

/** A rule pack is a few KB (the bundled one ~5 KB); a file above this is refused unread. */
export const MAX_PACK_BYTES = 256 * 1024;

/**
 * The bundled pack nests 6 levels (deposit.suggest.bands[0].ratioBp); SPEC §2's campaigns as data
 * add two more. Deeper is not a pack, and past a few thousand levels it would overflow whatever
 * walks it recursively (JSON.stringify, the browser's message channel).
 */
export const MAX_PACK_DEPTH = 16;

/** The size a parsed pack had as JSON text, or null when it is not JSON-shaped data. */
function jsonSize(json: unknown): number | null {
  try {
    return JSON.stringify(json)?.length ?? 0;
  } catch {
    return null;
  }
}

/** Validates a pack; every bad field is named by its path (`deposit.ratioBp.min: …`). */
export function parsePack(json: unknown): Parsed<RulePack> {
  const depth = jsonDepth(json);
  if (depth > MAX_PACK_DEPTH) {
    const message = `nested ${depth} levels deep; a rule pack nests at most ${MAX_PACK_DEPTH}`;
    return { ok: false, issues: [{ path: '(root)', message }] };
  }
  const size = jsonSize(json);
  if (size === null || size > MAX_PACK_BYTES) {
    const message = `a rule pack is at most ${MAX_PACK_BYTES / 1024} KB of JSON`;
    return { ok: false, issues: [{ path: '(root)', message }] };
  }
  // Format 2 says so; anything else is read as today's format 1 and migrated (SPEC §2).
  const isFormat2 = typeof json === 'object' && json !== null && 'campaigns' in json;
  if (isFormat2) {
    const result = campaignPackSchema.safeParse(json);
    if (!result.success) return { ok: false, issues: toFieldIssues(result.error) };
    return { ok: true, value: completePack(result.data, true) };
  }
  const result = legacyPackSchema.safeParse(json);
  if (!result.success) return { ok: false, issues: toFieldIssues(result.error) };
  const value = completePack(migrateLegacyPack(result.data), false);
  rememberLegacyWarnings(value, result.data);
  return { ok: true, value };
}

/** Set once the bundled pack is read: the sections a campaigns-only file leaves out. */
const bundledSections: { pack?: RulePack } = {};

/** Every program by id, and its campaign. */
function indexPrograms(campaigns: Campaign[]) {
  const programs = {} as RulePack['programs'];
  const campaignOf: Record<string, Campaign> = {};
  for (const campaign of campaigns) {
    for (const program of campaign.programs) {
      programs[program.id] = program;
      campaignOf[program.id] = campaign;
    }
  }
  return { programs, campaignOf };
}

/**
 * A parsed file as the core judges with: a section the file leaves out is the bundled one
 * (before the bundled pack exists, the file is the bundled one and states them all).
 */
function completePack(file: CampaignPackFile, format2: boolean): RulePack {
  const base = bundledSections.pack;
  const statesRules = !format2 || ruleSectionKeys.every((key) => file[key] !== undefined);
  const pick = <K extends (typeof ruleSectionKeys)[number]>(key: K) =>
    (file[key] ?? base?.[key]) as RulePack[K];
  return {
    format: 2,
    name: file.name,
    version: file.version,
    sources: { ...base?.sources, ...file.sources },
    campaigns: file.campaigns,
    ...indexPrograms(file.campaigns),
    consumer: pick('consumer'),
    installment: pick('installment'),
    depositAccess: pick('depositAccess'),
    deposit: pick('deposit'),
    depositFlow: pick('depositFlow'),
    history: pick('history'),
    statesRules,
  };
}

/** The same pack with its campaigns replaced (e.g. carrying the merchant's 我已满足), re-indexed. */
export function withCampaigns(pack: RulePack, campaigns: Campaign[]): RulePack {
  return { ...pack, campaigns, ...indexPrograms(campaigns) };
}

const ruleSectionKeys = [
  'consumer',
  'installment',
  'depositAccess',
  'deposit',
  'depositFlow',
  'history',
] as const;

/**
 * Several installed packs as one pack the core judges with (the campaign library, SPEC §2): every
 * campaign of every pack, in order; a program id already taken by an earlier pack is suffixed
 * with its campaign key (FI-PLAT3 → FI-PLAT3-cny2027), so ids stay unique and a check names its
 * program unambiguously. The rules outside campaigns come from the last pack that states them.
 */
export function combinePacks(packs: readonly RulePack[]): RulePack {
  const [first] = packs;
  if (!first) return defaultPack;
  if (packs.length === 1) return first;
  const taken = new Set<string>();
  const keys = new Set<string>();
  const campaigns: Campaign[] = [];
  for (const pack of packs) {
    for (const campaign of pack.campaigns) {
      let key = campaign.key;
      for (let n = 2; keys.has(key); n += 1) key = `${campaign.key}-${n}`;
      keys.add(key);
      const programs = campaign.programs.map((program) => {
        let id = program.id;
        if (taken.has(id)) id = `${program.id}-${key}`;
        for (let n = 2; taken.has(id); n += 1) id = `${program.id}-${key}-${n}`;
        taken.add(id);
        const source = program.source ?? pack.sources[program.id] ?? campaign.source ?? null;
        return id === program.id && source === program.source
          ? program
          : { ...program, id, source };
      });
      campaigns.push({ ...campaign, key, programs });
    }
  }
  const rules = packs.filter((pack) => pack.statesRules).at(-1) ?? first;
  return {
    ...rules,
    name: packs.map((pack) => pack.name).join(' + '),
    version: packs.map((pack) => pack.version).join(' + '),
    sources: Object.assign({}, ...packs.map((pack) => pack.sources)) as Record<string, string>,
    campaigns,
    ...indexPrograms(campaigns),
    statesRules: true,
  };
}

function loadDefaultPack(): RulePack {
  const parsed = parsePack(bundled);
  if (!parsed.ok) {
    // The bundled pack is tested; reaching this is a build mistake, so say where.
    const detail = parsed.issues.map((issue: FieldIssue) => `${issue.path}: ${issue.message}`);
    throw new Error(`bundled rule pack is invalid: ${detail.join('; ')}`);
  }
  return parsed.value;
}

export const defaultPack: RulePack = loadDefaultPack();
bundledSections.pack = defaultPack;
