/** Hostile rule packs of the issue-21 audit, built here (shared by unit and real-browser tests). */
import bundled from '@/core/pack/default-pack.json';

/** `{"a":{"a":…{}…}}` nested `depth` levels, as text (JSON.parse builds it without recursion). */
export const nestedJson = (depth: number) =>
  `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

/**
 * The audit's pack: every number of the bundled pack set to 0, except where a 0 was refused
 * already before this change (scores with a floor, day counts ≥ 1, band edges, periods).
 */
export function allZeroPack(): Record<string, unknown> {
  const pack = structuredClone(bundled) as unknown as Record<string, unknown>;
  const keep =
    /^(consumer|installment\.daysPerPeriod|history|depositFlow\.balanceWindowDays|installment\.programs\.[^.]+\.periods|deposit\.suggest\.bands\.\d+\.(fromFen|toFen)|depositFlow\.reminders)/;
  const zero = (node: Record<string, unknown>, at: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = at ? `${at}.${key}` : key;
      if (keep.test(path)) continue;
      if (typeof value === 'number') node[key] = 0;
      else if (value && typeof value === 'object') zero(value as Record<string, unknown>, path);
    }
  };
  zero(pack, '');
  return pack;
}
