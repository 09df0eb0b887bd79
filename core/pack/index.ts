/** The bundled rule pack and the door for any other one (validated, never trusted as is). */
import type { FieldIssue, Parsed } from '../request';
import { toFieldIssues } from '../request';
import { jsonDepth } from '../json-depth';
import bundled from './default-pack.json';
import { rulePackSchema, type RulePack } from './schema';

export type { BpRange, FeeTable, ProgramId, ProgramTerms, Reminder, RulePack } from './schema';
export { rulePackSchema } from './schema';
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
  const result = rulePackSchema.safeParse(json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
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
