/** The bundled rule pack and the door for any other one (validated, never trusted as is). */
import type { FieldIssue, Parsed } from '../request';
import { toFieldIssues } from '../request';
import bundled from './default-pack.json';
import { rulePackSchema, type RulePack } from './schema';

export type { BpRange, FeeTable, ProgramId, ProgramTerms, Reminder, RulePack } from './schema';
export { rulePackSchema } from './schema';

/** Validates a pack; every bad field is named by its path (`deposit.ratioBp.min: …`). */
export function parsePack(json: unknown): Parsed<RulePack> {
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
