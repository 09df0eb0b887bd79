/**
 * An item's status and how items are counted, decided once for every surface (DESIGN-REVIEW V12,
 * V15, P6): the worst status of the checks shown, or `none` when no check applies — never `pass`,
 * which would claim a check passed, and never `unknown`, which asks for an input.
 */
import { worstStatus, type Status } from '../report';

export type ItemStatus = Status | 'none';

export function itemStatus(checks: readonly { status: Status }[]): ItemStatus {
  return worstStatus(checks) ?? 'none';
}

/** How many checks have each status: what every summary and chip row counts. */
export function statusCounts(checks: readonly { status: Status }[]): Record<Status, number> {
  const counts: Record<Status, number> = { pass: 0, fail: 0, warn: 0, unknown: 0 };
  for (const { status } of checks) counts[status] += 1;
  return counts;
}
