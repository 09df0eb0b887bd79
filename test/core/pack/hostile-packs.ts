/** Rule packs for tests: variants of the bundled one, and the hostile packs of issue 21's audit. */
import bundled from '@/core/pack/default-pack.json';

export type PackJson = typeof bundled;

/** A deep copy of the bundled pack with one change made by `edit`. */
export function variant(edit: (pack: PackJson) => void): unknown {
  const copy = structuredClone(bundled);
  edit(copy);
  return copy;
}

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
